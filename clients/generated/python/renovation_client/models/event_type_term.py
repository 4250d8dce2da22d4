from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..models.permission import Permission

T = TypeVar("T", bound="EventTypeTerm")


@_attrs_define
class EventTypeTerm:
    """
    Attributes:
        code (EventType):
        label (str): What to show (zh-CN).
        read_with (Permission): A kind of action, independent of which compound it touches.
        description (str):
    """

    code: EventType
    label: str
    read_with: Permission
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        label = self.label

        read_with = self.read_with.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
                "read_with": read_with,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = EventType(d.pop("code"))

        label = d.pop("label")

        read_with = Permission(d.pop("read_with"))

        description = d.pop("description")

        event_type_term = cls(
            code=code,
            label=label,
            read_with=read_with,
            description=description,
        )

        event_type_term.additional_properties = d
        return event_type_term

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
