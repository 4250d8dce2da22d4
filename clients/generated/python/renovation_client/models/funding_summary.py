from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_status import FundingStatus

T = TypeVar("T", bound="FundingSummary")


@_attrs_define
class FundingSummary:
    """
    Attributes:
        compound (str):
        district (str):
        year (int):
        status (FundingStatus):
        total_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        approved_yuan (None | str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    compound: str
    district: str
    year: int
    status: FundingStatus
    total_yuan: str
    approved_yuan: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        district = self.district

        year = self.year

        status = self.status.value

        total_yuan = self.total_yuan

        approved_yuan: None | str
        approved_yuan = self.approved_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "district": district,
                "year": year,
                "status": status,
                "total_yuan": total_yuan,
                "approved_yuan": approved_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        district = d.pop("district")

        year = d.pop("year")

        status = FundingStatus(d.pop("status"))

        total_yuan = d.pop("total_yuan")

        def _parse_approved_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_yuan = _parse_approved_yuan(d.pop("approved_yuan"))

        funding_summary = cls(
            compound=compound,
            district=district,
            year=year,
            status=status,
            total_yuan=total_yuan,
            approved_yuan=approved_yuan,
        )

        funding_summary.additional_properties = d
        return funding_summary

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
