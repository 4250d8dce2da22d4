from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PackageIn")


@_attrs_define
class PackageIn:
    """
    Attributes:
        code (str):
        name (str): One line of text: no control characters.
        year (int):
        compounds (list[str]):
    """

    code: str
    name: str
    year: int
    compounds: list[str]

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        year = self.year

        compounds = self.compounds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "year": year,
                "compounds": compounds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        year = d.pop("year")

        compounds = cast(list[str], d.pop("compounds"))

        package_in = cls(
            code=code,
            name=name,
            year=year,
            compounds=compounds,
        )

        return package_in
