from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompoundResult")


@_attrs_define
class CompoundResult:
    """
    Attributes:
        compound (str):
        district (str):
        respondents (int):
        satisfaction (None | str): A score from 0 to 100, to two decimal places.
    """

    compound: str
    district: str
    respondents: int
    satisfaction: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        district = self.district

        respondents = self.respondents

        satisfaction: None | str
        satisfaction = self.satisfaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "district": district,
                "respondents": respondents,
                "satisfaction": satisfaction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        district = d.pop("district")

        respondents = d.pop("respondents")

        def _parse_satisfaction(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction"))

        compound_result = cls(
            compound=compound,
            district=district,
            respondents=respondents,
            satisfaction=satisfaction,
        )

        compound_result.additional_properties = d
        return compound_result

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
