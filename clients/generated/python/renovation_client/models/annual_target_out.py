from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnnualTargetOut")


@_attrs_define
class AnnualTargetOut:
    """
    Attributes:
        year (int):
        district (None | str):
        compounds (int | None):
        buildings (int | None):
        households (int | None):
        floor_area_m2 (None | str): Square metres, as an exact decimal string with at most 2 decimal places.
        floor_area_wan_m2 (None | str): 万m² (10⁴ m²), rounded half up to 2 places as plans print it.
        investment_yuan (None | str): Yuan, as an exact decimal string with at most 2 decimal places.
        investment_yi_yuan (None | str): 亿元 (10⁸ yuan), rounded half up to 3 places as plans print it.
    """

    year: int
    district: None | str
    compounds: int | None
    buildings: int | None
    households: int | None
    floor_area_m2: None | str
    floor_area_wan_m2: None | str
    investment_yuan: None | str
    investment_yi_yuan: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        district: None | str
        district = self.district

        compounds: int | None
        compounds = self.compounds

        buildings: int | None
        buildings = self.buildings

        households: int | None
        households = self.households

        floor_area_m2: None | str
        floor_area_m2 = self.floor_area_m2

        floor_area_wan_m2: None | str
        floor_area_wan_m2 = self.floor_area_wan_m2

        investment_yuan: None | str
        investment_yuan = self.investment_yuan

        investment_yi_yuan: None | str
        investment_yi_yuan = self.investment_yi_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "district": district,
                "compounds": compounds,
                "buildings": buildings,
                "households": households,
                "floor_area_m2": floor_area_m2,
                "floor_area_wan_m2": floor_area_wan_m2,
                "investment_yuan": investment_yuan,
                "investment_yi_yuan": investment_yi_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        def _parse_compounds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        compounds = _parse_compounds(d.pop("compounds"))

        def _parse_buildings(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        buildings = _parse_buildings(d.pop("buildings"))

        def _parse_households(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        households = _parse_households(d.pop("households"))

        def _parse_floor_area_m2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        floor_area_m2 = _parse_floor_area_m2(d.pop("floor_area_m2"))

        def _parse_floor_area_wan_m2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        floor_area_wan_m2 = _parse_floor_area_wan_m2(d.pop("floor_area_wan_m2"))

        def _parse_investment_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        investment_yuan = _parse_investment_yuan(d.pop("investment_yuan"))

        def _parse_investment_yi_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        investment_yi_yuan = _parse_investment_yi_yuan(d.pop("investment_yi_yuan"))

        annual_target_out = cls(
            year=year,
            district=district,
            compounds=compounds,
            buildings=buildings,
            households=households,
            floor_area_m2=floor_area_m2,
            floor_area_wan_m2=floor_area_wan_m2,
            investment_yuan=investment_yuan,
            investment_yi_yuan=investment_yi_yuan,
        )

        annual_target_out.additional_properties = d
        return annual_target_out

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
