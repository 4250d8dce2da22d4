from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level import Level

if TYPE_CHECKING:
    from ..models.region_part_out import RegionPartOut


T = TypeVar("T", bound="RegionOut")


@_attrs_define
class RegionOut:
    """
    Attributes:
        code (str): A GB/T 2260 code; 000000 stands for the nation.
        name (str): One line of text: no control characters.
        name_en (None | str): One line of text: no control characters.
        level (Level):
        parent (None | str): A GB/T 2260 code; 000000 stands for the nation.
        parts (list[RegionPartOut]):
    """

    code: str
    name: str
    name_en: None | str
    level: Level
    parent: None | str
    parts: list[RegionPartOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        name_en: None | str
        name_en = self.name_en

        level = self.level.value

        parent: None | str
        parent = self.parent

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "name_en": name_en,
                "level": level,
                "parent": parent,
                "parts": parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.region_part_out import RegionPartOut  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_name_en(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_en = _parse_name_en(d.pop("name_en"))

        level = Level(d.pop("level"))

        def _parse_parent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent = _parse_parent(d.pop("parent"))

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = RegionPartOut.from_dict(parts_item_data)

            parts.append(parts_item)

        region_out = cls(
            code=code,
            name=name,
            name_en=name_en,
            level=level,
            parent=parent,
            parts=parts,
        )

        region_out.additional_properties = d
        return region_out

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
