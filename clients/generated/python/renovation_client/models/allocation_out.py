from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AllocationOut")


@_attrs_define
class AllocationOut:
    """
    Attributes:
        by_volume_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        by_score_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        total_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    by_volume_yuan: str
    by_score_yuan: str
    total_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_volume_yuan = self.by_volume_yuan

        by_score_yuan = self.by_score_yuan

        total_yuan = self.total_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_volume_yuan": by_volume_yuan,
                "by_score_yuan": by_score_yuan,
                "total_yuan": total_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        by_volume_yuan = d.pop("by_volume_yuan")

        by_score_yuan = d.pop("by_score_yuan")

        total_yuan = d.pop("total_yuan")

        allocation_out = cls(
            by_volume_yuan=by_volume_yuan,
            by_score_yuan=by_score_yuan,
            total_yuan=total_yuan,
        )

        allocation_out.additional_properties = d
        return allocation_out

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
