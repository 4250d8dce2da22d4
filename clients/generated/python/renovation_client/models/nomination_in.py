from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="NominationIn")


@_attrs_define
class NominationIn:
    """
    Attributes:
        nominated_on (datetime.date):
        reasons (list[str]):
    """

    nominated_on: datetime.date
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        nominated_on = self.nominated_on.isoformat()

        reasons = self.reasons

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "nominated_on": nominated_on,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nominated_on = datetime.date.fromisoformat(d.pop("nominated_on"))

        reasons = cast(list[str], d.pop("reasons"))

        nomination_in = cls(
            nominated_on=nominated_on,
            reasons=reasons,
        )

        return nomination_in
