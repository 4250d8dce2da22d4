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
        compounds (int):
        households (int):
        floor_area_m2 (str): Square metres, as an exact decimal string with at most 2 decimal places.
        floor_area_wan_m2 (str): 万m² (10⁴ m²), rounded half up to 2 places as plans print it.
        investment_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        investment_yi_yuan (str): 亿元 (10⁸ yuan), rounded half up to 3 places as plans print it.
    """

    year: int
    district: None | str
    compounds: int
    households: int
    floor_area_m2: str
    floor_area_wan_m2: str
    investment_yuan: str
    investment_yi_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        district: None | str
        district = self.district

        compounds = self.compounds

        households = self.households

        floor_area_m2 = self.floor_area_m2

        floor_area_wan_m2 = self.floor_area_wan_m2

        investment_yuan = self.investment_yuan

        investment_yi_yuan = self.investment_yi_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "district": district,
                "compounds": compounds,
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

        compounds = d.pop("compounds")

        households = d.pop("households")

        floor_area_m2 = d.pop("floor_area_m2")

        floor_area_wan_m2 = d.pop("floor_area_wan_m2")

        investment_yuan = d.pop("investment_yuan")

        investment_yi_yuan = d.pop("investment_yi_yuan")

        annual_target_out = cls(
            year=year,
            district=district,
            compounds=compounds,
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
