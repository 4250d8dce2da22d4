from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority_level import PriorityLevel

T = TypeVar("T", bound="PriorityOut")


@_attrs_define
class PriorityOut:
    """
    Attributes:
        level (PriorityLevel): The order of work: urgent compounds are renovated first.
        level_label (str): What to show (zh-CN).
        score (int):
    """

    level: PriorityLevel
    level_label: str
    score: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level.value

        level_label = self.level_label

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "level_label": level_label,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = PriorityLevel(d.pop("level"))

        level_label = d.pop("level_label")

        score = d.pop("score")

        priority_out = cls(
            level=level,
            level_label=level_label,
            score=score,
        )

        priority_out.additional_properties = d
        return priority_out

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
