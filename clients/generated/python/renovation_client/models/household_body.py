from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HouseholdBody")


@_attrs_define
class HouseholdBody:
    """
    Attributes:
        building (str):
        entrance (str):
        unit (str):
        floor_area_m2 (str): Square metres above zero, as an exact decimal string with at most 2 places.
        owner (None | str | Unset):
    """

    building: str
    entrance: str
    unit: str
    floor_area_m2: str
    owner: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        building = self.building

        entrance = self.entrance

        unit = self.unit

        floor_area_m2 = self.floor_area_m2

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "building": building,
                "entrance": entrance,
                "unit": unit,
                "floor_area_m2": floor_area_m2,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        building = d.pop("building")

        entrance = d.pop("entrance")

        unit = d.pop("unit")

        floor_area_m2 = d.pop("floor_area_m2")

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        household_body = cls(
            building=building,
            entrance=entrance,
            unit=unit,
            floor_area_m2=floor_area_m2,
            owner=owner,
        )

        return household_body
