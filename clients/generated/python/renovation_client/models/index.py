from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Index")


@_attrs_define
class Index:
    """
    Attributes:
        name (Literal['renovation']):
        version (str):
        docs (str):
        openapi (str):
        health (str):
        programmes (str):
    """

    name: Literal["renovation"]
    version: str
    docs: str
    openapi: str
    health: str
    programmes: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        docs = self.docs

        openapi = self.openapi

        health = self.health

        programmes = self.programmes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "docs": docs,
                "openapi": openapi,
                "health": health,
                "programmes": programmes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["renovation"], d.pop("name"))
        if name != "renovation":
            raise ValueError(f"name must match const 'renovation', got '{name}'")

        version = d.pop("version")

        docs = d.pop("docs")

        openapi = d.pop("openapi")

        health = d.pop("health")

        programmes = d.pop("programmes")

        index = cls(
            name=name,
            version=version,
            docs=docs,
            openapi=openapi,
            health=health,
            programmes=programmes,
        )

        index.additional_properties = d
        return index

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
