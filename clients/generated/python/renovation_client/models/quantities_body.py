from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="QuantitiesBody")


@_attrs_define
class QuantitiesBody:
    """
    Attributes:
        compounds (int):
        buildings (int):
        households (int):
        floor_area_m2 (str): Square metres, as an exact decimal string with at most 2 decimal places.
    """

    compounds: int
    buildings: int
    households: int
    floor_area_m2: str

    def to_dict(self) -> dict[str, Any]:
        compounds = self.compounds

        buildings = self.buildings

        households = self.households

        floor_area_m2 = self.floor_area_m2

        field_dict: dict[str, Any] = {}

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

        quantities_body = cls(
            compounds=compounds,
            buildings=buildings,
            households=households,
            floor_area_m2=floor_area_m2,
        )

        return quantities_body
