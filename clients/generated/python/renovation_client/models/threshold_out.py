from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ThresholdOut")


@_attrs_define
class ThresholdOut:
    """
    Attributes:
        code (str):
        required (str): An exact share as a fraction (numerator/denominator in lowest terms).
        inclusive (bool):
        actual (str): An exact share as a fraction (numerator/denominator in lowest terms).
        actual_rate (str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        met (bool):
    """

    code: str
    required: str
    inclusive: bool
    actual: str
    actual_rate: str
    met: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        required = self.required

        inclusive = self.inclusive

        actual = self.actual

        actual_rate = self.actual_rate

        met = self.met

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "required": required,
                "inclusive": inclusive,
                "actual": actual,
                "actual_rate": actual_rate,
                "met": met,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        required = d.pop("required")

        inclusive = d.pop("inclusive")

        actual = d.pop("actual")

        actual_rate = d.pop("actual_rate")

        met = d.pop("met")

        threshold_out = cls(
            code=code,
            required=required,
            inclusive=inclusive,
            actual=actual,
            actual_rate=actual_rate,
            met=met,
        )

        threshold_out.additional_properties = d
        return threshold_out

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
