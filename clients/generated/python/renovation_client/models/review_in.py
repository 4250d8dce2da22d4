from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bureau import Bureau
from ..models.verdict import Verdict
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewIn")


@_attrs_define
class ReviewIn:
    """
    Attributes:
        round_ (int): The submission's number.
        bureau (Bureau):
        verdict (Verdict):
        on (datetime.date):
        reasons (list[str] | Unset):
    """

    round_: int
    bureau: Bureau
    verdict: Verdict
    on: datetime.date
    reasons: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        round_ = self.round_

        bureau = self.bureau.value

        verdict = self.verdict.value

        on = self.on.isoformat()

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "round": round_,
                "bureau": bureau,
                "verdict": verdict,
                "on": on,
            }
        )
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        round_ = d.pop("round")

        bureau = Bureau(d.pop("bureau"))

        verdict = Verdict(d.pop("verdict"))

        on = datetime.date.fromisoformat(d.pop("on"))

        reasons = cast(list[str], d.pop("reasons", UNSET))

        review_in = cls(
            round_=round_,
            bureau=bureau,
            verdict=verdict,
            on=on,
            reasons=reasons,
        )

        return review_in
