from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_source import FundingSource

T = TypeVar("T", bound="SourceRowOut")


@_attrs_define
class SourceRowOut:
    """
    Attributes:
        year (int):
        district (None | str):
        district_name (str): One line of text: no control characters.
        source (FundingSource):
        planned_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        approved_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        disbursed_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    year: int
    district: None | str
    district_name: str
    source: FundingSource
    planned_yuan: str
    approved_yuan: str
    disbursed_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        district: None | str
        district = self.district

        district_name = self.district_name

        source = self.source.value

        planned_yuan = self.planned_yuan

        approved_yuan = self.approved_yuan

        disbursed_yuan = self.disbursed_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "district": district,
                "district_name": district_name,
                "source": source,
                "planned_yuan": planned_yuan,
                "approved_yuan": approved_yuan,
                "disbursed_yuan": disbursed_yuan,
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

        source = FundingSource(d.pop("source"))

        planned_yuan = d.pop("planned_yuan")

        approved_yuan = d.pop("approved_yuan")

        disbursed_yuan = d.pop("disbursed_yuan")

        source_row_out = cls(
            year=year,
            district=district,
            district_name=district_name,
            source=source,
            planned_yuan=planned_yuan,
            approved_yuan=approved_yuan,
            disbursed_yuan=disbursed_yuan,
        )

        source_row_out.additional_properties = d
        return source_row_out

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
