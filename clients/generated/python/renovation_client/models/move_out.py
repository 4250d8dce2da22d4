from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MoveOut")


@_attrs_define
class MoveOut:
    """
    Attributes:
        compound (str):
        was (int | None):
        now (int | None):
        reason (str): Text that may run over several lines: not empty, and no control characters but line breaks and
            tabs.
    """

    compound: str
    was: int | None
    now: int | None
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        was: int | None
        was = self.was

        now: int | None
        now = self.now

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "was": was,
                "now": now,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        def _parse_was(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        was = _parse_was(d.pop("was"))

        def _parse_now(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        now = _parse_now(d.pop("now"))

        reason = d.pop("reason")

        move_out = cls(
            compound=compound,
            was=was,
            now=now,
            reason=reason,
        )

        move_out.additional_properties = d
        return move_out

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
