from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage

T = TypeVar("T", bound="CoveredOut")


@_attrs_define
class CoveredOut:
    """
    Attributes:
        compound (str):
        name (str): One line of text: no control characters.
        year (int):
        stage (Stage):
    """

    compound: str
    name: str
    year: int
    stage: Stage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        name = self.name

        year = self.year

        stage = self.stage.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "name": name,
                "year": year,
                "stage": stage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        name = d.pop("name")

        year = d.pop("year")

        stage = Stage(d.pop("stage"))

        covered_out = cls(
            compound=compound,
            name=name,
            year=year,
            stage=stage,
        )

        covered_out.additional_properties = d
        return covered_out

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
