from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PinIn")


@_attrs_define
class PinIn:
    """
    Attributes:
        compound (str):
        year (int):
    """

    compound: str
    year: int

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "compound": compound,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        year = d.pop("year")

        pin_in = cls(
            compound=compound,
            year=year,
        )

        return pin_in
