from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeclarationEventData")


@_attrs_define
class DeclarationEventData:
    """What changed: a region's own survey figures declared, or corrected as a new version.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        region (Any | Unset): The declaration's region, as it shows it.
        month (Any | Unset): The declaration's month, as it shows it.
        version (Any | Unset): The declaration's version, as it shows it.
        reason (Any | Unset): The declaration's reason, as it shows it.
    """

    changed: list[str]
    region: Any | Unset = UNSET
    month: Any | Unset = UNSET
    version: Any | Unset = UNSET
    reason: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        region = self.region

        month = self.month

        version = self.version

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if month is not UNSET:
            field_dict["month"] = month
        if version is not UNSET:
            field_dict["version"] = version
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        region = d.pop("region", UNSET)

        month = d.pop("month", UNSET)

        version = d.pop("version", UNSET)

        reason = d.pop("reason", UNSET)

        declaration_event_data = cls(
            changed=changed,
            region=region,
            month=month,
            version=version,
            reason=reason,
        )

        declaration_event_data.additional_properties = d
        return declaration_event_data

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
