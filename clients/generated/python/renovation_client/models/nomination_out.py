from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NominationOut")


@_attrs_define
class NominationOut:
    """
    Attributes:
        compound (str):
        year (int):
        nominated_on (datetime.date):
        nominated_by (str): One line of text: no control characters.
        reasons (list[str]):
    """

    compound: str
    year: int
    nominated_on: datetime.date
    nominated_by: str
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        year = self.year

        nominated_on = self.nominated_on.isoformat()

        nominated_by = self.nominated_by

        reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "year": year,
                "nominated_on": nominated_on,
                "nominated_by": nominated_by,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        year = d.pop("year")

        nominated_on = datetime.date.fromisoformat(d.pop("nominated_on"))

        nominated_by = d.pop("nominated_by")

        reasons = cast(list[str], d.pop("reasons"))

        nomination_out = cls(
            compound=compound,
            year=year,
            nominated_on=nominated_on,
            nominated_by=nominated_by,
            reasons=reasons,
        )

        nomination_out.additional_properties = d
        return nomination_out

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
