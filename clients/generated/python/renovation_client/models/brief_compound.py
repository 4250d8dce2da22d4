from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BriefCompound")


@_attrs_define
class BriefCompound:
    """
    Attributes:
        code (str):
        name (str): One line of text: no control characters.
        district (str):
        street (str):
        built_year (int):
        buildings (int):
        households (int):
    """

    code: str
    name: str
    district: str
    street: str
    built_year: int
    buildings: int
    households: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        district = self.district

        street = self.street

        built_year = self.built_year

        buildings = self.buildings

        households = self.households

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "district": district,
                "street": street,
                "built_year": built_year,
                "buildings": buildings,
                "households": households,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        district = d.pop("district")

        street = d.pop("street")

        built_year = d.pop("built_year")

        buildings = d.pop("buildings")

        households = d.pop("households")

        brief_compound = cls(
            code=code,
            name=name,
            district=district,
            street=street,
            built_year=built_year,
            buildings=buildings,
            households=households,
        )

        brief_compound.additional_properties = d
        return brief_compound

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
