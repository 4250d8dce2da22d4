from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bureau import Bureau
from ..models.verdict import Verdict

T = TypeVar("T", bound="ReviewOut")


@_attrs_define
class ReviewOut:
    """
    Attributes:
        round_ (int): The submission's number.
        bureau (Bureau):
        verdict (Verdict):
        on (datetime.date):
        by (str): One line of text: no control characters.
        reasons (list[str]):
    """

    round_: int
    bureau: Bureau
    verdict: Verdict
    on: datetime.date
    by: str
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        round_ = self.round_

        bureau = self.bureau.value

        verdict = self.verdict.value

        on = self.on.isoformat()

        by = self.by

        reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "round": round_,
                "bureau": bureau,
                "verdict": verdict,
                "on": on,
                "by": by,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        round_ = d.pop("round")

        bureau = Bureau(d.pop("bureau"))

        verdict = Verdict(d.pop("verdict"))

        on = datetime.date.fromisoformat(d.pop("on"))

        by = d.pop("by")

        reasons = cast(list[str], d.pop("reasons"))

        review_out = cls(
            round_=round_,
            bureau=bureau,
            verdict=verdict,
            on=on,
            by=by,
            reasons=reasons,
        )

        review_out.additional_properties = d
        return review_out

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
