from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonthlyReportEventData")


@_attrs_define
class MonthlyReportEventData:
    """What changed: a district's monthly progress report submitted, or corrected as a new version.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        month (Any | Unset): The monthly_report's month, as it shows it.
        district (Any | Unset): The monthly_report's district, as it shows it.
        version (Any | Unset): The monthly_report's version, as it shows it.
        reason (Any | Unset): The monthly_report's reason, as it shows it.
    """

    changed: list[str]
    month: Any | Unset = UNSET
    district: Any | Unset = UNSET
    version: Any | Unset = UNSET
    reason: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        month = self.month

        district = self.district

        version = self.version

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if month is not UNSET:
            field_dict["month"] = month
        if district is not UNSET:
            field_dict["district"] = district
        if version is not UNSET:
            field_dict["version"] = version
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        month = d.pop("month", UNSET)

        district = d.pop("district", UNSET)

        version = d.pop("version", UNSET)

        reason = d.pop("reason", UNSET)

        monthly_report_event_data = cls(
            changed=changed,
            month=month,
            district=district,
            version=version,
            reason=reason,
        )

        monthly_report_event_data.additional_properties = d
        return monthly_report_event_data

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
