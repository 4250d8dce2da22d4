from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QuantitiesOut")


@_attrs_define
class QuantitiesOut:
    """
    Attributes:
        compounds (int):
        buildings (int):
        households (int):
        floor_area_m2 (str): A total of m² or yuan, as an exact decimal string with at most 2 places.
    """

    compounds: int
    buildings: int
    households: int
    floor_area_m2: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compounds = self.compounds

        buildings = self.buildings

        households = self.households

        floor_area_m2 = self.floor_area_m2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compounds": compounds,
                "buildings": buildings,
                "households": households,
                "floor_area_m2": floor_area_m2,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compounds = d.pop("compounds")

        buildings = d.pop("buildings")

        households = d.pop("households")

        floor_area_m2 = d.pop("floor_area_m2")

        quantities_out = cls(
            compounds=compounds,
            buildings=buildings,
            households=households,
            floor_area_m2=floor_area_m2,
        )

        quantities_out.additional_properties = d
        return quantities_out

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
