from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage

T = TypeVar("T", bound="TransitionOut")


@_attrs_define
class TransitionOut:
    """
    Attributes:
        from_stage (None | Stage):
        to (Stage):
        on (datetime.date):
        by (str): One line of text: no control characters.
        reason (None | str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
        reference (None | str): One line of text: no control characters.
    """

    from_stage: None | Stage
    to: Stage
    on: datetime.date
    by: str
    reason: None | str
    reference: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_stage: None | str
        if isinstance(self.from_stage, Stage):
            from_stage = self.from_stage.value
        else:
            from_stage = self.from_stage

        to = self.to.value

        on = self.on.isoformat()

        by = self.by

        reason: None | str
        reason = self.reason

        reference: None | str
        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_stage": from_stage,
                "to": to,
                "on": on,
                "by": by,
                "reason": reason,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_from_stage(data: object) -> None | Stage:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_stage_type_0 = Stage(data)

                return from_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Stage, data)

        from_stage = _parse_from_stage(d.pop("from_stage"))

        to = Stage(d.pop("to"))

        on = datetime.date.fromisoformat(d.pop("on"))

        by = d.pop("by")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference = _parse_reference(d.pop("reference"))

        transition_out = cls(
            from_stage=from_stage,
            to=to,
            on=on,
            by=by,
            reason=reason,
            reference=reference,
        )

        transition_out.additional_properties = d
        return transition_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
