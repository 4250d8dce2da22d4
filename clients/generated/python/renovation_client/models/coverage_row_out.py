from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoverageRowOut")


@_attrs_define
class CoverageRowOut:
    """
    Attributes:
        district (None | str):
        renovated (int):
        managed (int):
        share (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        without (list[str]):
        funded (int):
        fund_share (None | str): A share from 0 to 1 as an exact decimal string (at most 6 places).
    """

    district: None | str
    renovated: int
    managed: int
    share: None | str
    without: list[str]
    funded: int
    fund_share: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        district: None | str
        district = self.district

        renovated = self.renovated

        managed = self.managed

        share: None | str
        share = self.share

        without = self.without

        funded = self.funded

        fund_share: None | str
        fund_share = self.fund_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district": district,
                "renovated": renovated,
                "managed": managed,
                "share": share,
                "without": without,
                "funded": funded,
                "fund_share": fund_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        renovated = d.pop("renovated")

        managed = d.pop("managed")

        def _parse_share(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        share = _parse_share(d.pop("share"))

        without = cast(list[str], d.pop("without"))

        funded = d.pop("funded")

        def _parse_fund_share(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fund_share = _parse_fund_share(d.pop("fund_share"))

        coverage_row_out = cls(
            district=district,
            renovated=renovated,
            managed=managed,
            share=share,
            without=without,
            funded=funded,
            fund_share=fund_share,
        )

        coverage_row_out.additional_properties = d
        return coverage_row_out

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
