from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlagResponseOut")


@_attrs_define
class FlagResponseOut:
    """
    Attributes:
        on (datetime.date):
        by (str): One line of text: no control characters.
        action (str): Text that may run over several lines: not empty, and no control characters but line breaks and
            tabs.
        recorded_by (str): One line of text: no control characters.
    """

    on: datetime.date
    by: str
    action: str
    recorded_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        by = self.by

        action = self.action

        recorded_by = self.recorded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on": on,
                "by": by,
                "action": action,
                "recorded_by": recorded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        by = d.pop("by")

        action = d.pop("action")

        recorded_by = d.pop("recorded_by")

        flag_response_out = cls(
            on=on,
            by=by,
            action=action,
            recorded_by=recorded_by,
        )

        flag_response_out.additional_properties = d
        return flag_response_out

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
