from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvestmentRowOut")


@_attrs_define
class InvestmentRowOut:
    """
    Attributes:
        year (int):
        district (None | str):
        district_name (str): One line of text: no control characters.
        published_yuan (None | str): Yuan, as an exact decimal string with at most 2 decimal places.
        published_yi_yuan (None | str): 亿元 (10⁸ yuan), rounded half up to 3 places as plans print it.
        planned_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        planned_yi_yuan (str): 亿元 (10⁸ yuan), rounded half up to 3 places as plans print it.
        approved_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        disbursed_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        completed_yi_yuan (str): 亿元 (10⁸ yuan), rounded half up to 3 places as plans print it.
        variance_yuan (None | str): Yuan, signed exact decimal string.
    """

    year: int
    district: None | str
    district_name: str
    published_yuan: None | str
    published_yi_yuan: None | str
    planned_yuan: str
    planned_yi_yuan: str
    approved_yuan: str
    disbursed_yuan: str
    completed_yi_yuan: str
    variance_yuan: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        district: None | str
        district = self.district

        district_name = self.district_name

        published_yuan: None | str
        published_yuan = self.published_yuan

        published_yi_yuan: None | str
        published_yi_yuan = self.published_yi_yuan

        planned_yuan = self.planned_yuan

        planned_yi_yuan = self.planned_yi_yuan

        approved_yuan = self.approved_yuan

        disbursed_yuan = self.disbursed_yuan

        completed_yi_yuan = self.completed_yi_yuan

        variance_yuan: None | str
        variance_yuan = self.variance_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "district": district,
                "district_name": district_name,
                "published_yuan": published_yuan,
                "published_yi_yuan": published_yi_yuan,
                "planned_yuan": planned_yuan,
                "planned_yi_yuan": planned_yi_yuan,
                "approved_yuan": approved_yuan,
                "disbursed_yuan": disbursed_yuan,
                "completed_yi_yuan": completed_yi_yuan,
                "variance_yuan": variance_yuan,
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

        district_name = d.pop("district_name")

        def _parse_published_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_yuan = _parse_published_yuan(d.pop("published_yuan"))

        def _parse_published_yi_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_yi_yuan = _parse_published_yi_yuan(d.pop("published_yi_yuan"))

        planned_yuan = d.pop("planned_yuan")

        planned_yi_yuan = d.pop("planned_yi_yuan")

        approved_yuan = d.pop("approved_yuan")

        disbursed_yuan = d.pop("disbursed_yuan")

        completed_yi_yuan = d.pop("completed_yi_yuan")

        def _parse_variance_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        variance_yuan = _parse_variance_yuan(d.pop("variance_yuan"))

        investment_row_out = cls(
            year=year,
            district=district,
            district_name=district_name,
            published_yuan=published_yuan,
            published_yi_yuan=published_yi_yuan,
            planned_yuan=planned_yuan,
            planned_yi_yuan=planned_yi_yuan,
            approved_yuan=approved_yuan,
            disbursed_yuan=disbursed_yuan,
            completed_yi_yuan=completed_yi_yuan,
            variance_yuan=variance_yuan,
        )

        investment_row_out.additional_properties = d
        return investment_row_out

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
