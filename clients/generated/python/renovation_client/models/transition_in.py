from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.stage import Stage
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransitionIn")


@_attrs_define
class TransitionIn:
    """
    Attributes:
        to (Stage):
        on (datetime.date):
        reason (None | str | Unset): Text that may run over several lines: not empty, and no control characters but line
            breaks and tabs.
        reference (None | str | Unset): One line of text: no control characters.
    """

    to: Stage
    on: datetime.date
    reason: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to = self.to.value

        on = self.on.isoformat()

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
                "on": on,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = Stage(d.pop("to"))

        on = datetime.date.fromisoformat(d.pop("on"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        transition_in = cls(
            to=to,
            on=on,
            reason=reason,
            reference=reference,
        )

        return transition_in
