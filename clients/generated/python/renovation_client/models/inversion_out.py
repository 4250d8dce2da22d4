from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InversionOut")


@_attrs_define
class InversionOut:
    """
    Attributes:
        compound (str):
        year (int):
        before (int):
        forced_by (list[str]):
        unforced (list[str]):
    """

    compound: str
    year: int
    before: int
    forced_by: list[str]
    unforced: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        year = self.year

        before = self.before

        forced_by = self.forced_by

        unforced = self.unforced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "year": year,
                "before": before,
                "forced_by": forced_by,
                "unforced": unforced,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        year = d.pop("year")

        before = d.pop("before")

        forced_by = cast(list[str], d.pop("forced_by"))

        unforced = cast(list[str], d.pop("unforced"))

        inversion_out = cls(
            compound=compound,
            year=year,
            before=before,
            forced_by=forced_by,
            unforced=unforced,
        )

        inversion_out.additional_properties = d
        return inversion_out

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
