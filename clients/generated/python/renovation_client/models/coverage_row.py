from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category

T = TypeVar("T", bound="CoverageRow")


@_attrs_define
class CoverageRow:
    """
    Attributes:
        category (Category): 改造内容分类.
        category_label (str): What to show (zh-CN).
        district (None | str):
        district_name (str): One line of text: no control characters.
        covered (int):
        in_scope (int):
        rate (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        percent (None | str): Rate in whole percent, half up.
        target_rate (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        target_compounds (int | None):
    """

    category: Category
    category_label: str
    district: None | str
    district_name: str
    covered: int
    in_scope: int
    rate: None | str
    percent: None | str
    target_rate: None | str
    target_compounds: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        category_label = self.category_label

        district: None | str
        district = self.district

        district_name = self.district_name

        covered = self.covered

        in_scope = self.in_scope

        rate: None | str
        rate = self.rate

        percent: None | str
        percent = self.percent

        target_rate: None | str
        target_rate = self.target_rate

        target_compounds: int | None
        target_compounds = self.target_compounds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "category_label": category_label,
                "district": district,
                "district_name": district_name,
                "covered": covered,
                "in_scope": in_scope,
                "rate": rate,
                "percent": percent,
                "target_rate": target_rate,
                "target_compounds": target_compounds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = Category(d.pop("category"))

        category_label = d.pop("category_label")

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        district_name = d.pop("district_name")

        covered = d.pop("covered")

        in_scope = d.pop("in_scope")

        def _parse_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rate = _parse_rate(d.pop("rate"))

        def _parse_percent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        percent = _parse_percent(d.pop("percent"))

        def _parse_target_rate(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_rate = _parse_target_rate(d.pop("target_rate"))

        def _parse_target_compounds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        target_compounds = _parse_target_compounds(d.pop("target_compounds"))

        coverage_row = cls(
            category=category,
            category_label=category_label,
            district=district,
            district_name=district_name,
            covered=covered,
            in_scope=in_scope,
            rate=rate,
            percent=percent,
            target_rate=target_rate,
            target_compounds=target_compounds,
        )

        coverage_row.additional_properties = d
        return coverage_row

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
