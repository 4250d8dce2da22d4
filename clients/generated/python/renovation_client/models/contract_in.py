from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ContractIn")


@_attrs_define
class ContractIn:
    """
    Attributes:
        district (str):
        year (int):
    """

    district: str
    year: int

    def to_dict(self) -> dict[str, Any]:
        district = self.district

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "district": district,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        district = d.pop("district")

        year = d.pop("year")

        contract_in = cls(
            district=district,
            year=year,
        )

        return contract_in
