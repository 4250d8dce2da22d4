from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportEventData")


@_attrs_define
class ImportEventData:
    """What changed: a spreadsheet of compounds imported: what it wrote (one event for the whole file).

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        rows (Any | Unset): The import's rows, as it shows it.
        inserted (Any | Unset): The import's inserted, as it shows it.
        updated (Any | Unset): The import's updated, as it shows it.
        unchanged (Any | Unset): The import's unchanged, as it shows it.
        rejected (Any | Unset): The import's rejected, as it shows it.
        plans_added (Any | Unset): The import's plans_added, as it shows it.
    """

    changed: list[str]
    rows: Any | Unset = UNSET
    inserted: Any | Unset = UNSET
    updated: Any | Unset = UNSET
    unchanged: Any | Unset = UNSET
    rejected: Any | Unset = UNSET
    plans_added: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        rows = self.rows

        inserted = self.inserted

        updated = self.updated

        unchanged = self.unchanged

        rejected = self.rejected

        plans_added = self.plans_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if rows is not UNSET:
            field_dict["rows"] = rows
        if inserted is not UNSET:
            field_dict["inserted"] = inserted
        if updated is not UNSET:
            field_dict["updated"] = updated
        if unchanged is not UNSET:
            field_dict["unchanged"] = unchanged
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if plans_added is not UNSET:
            field_dict["plans_added"] = plans_added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        rows = d.pop("rows", UNSET)

        inserted = d.pop("inserted", UNSET)

        updated = d.pop("updated", UNSET)

        unchanged = d.pop("unchanged", UNSET)

        rejected = d.pop("rejected", UNSET)

        plans_added = d.pop("plans_added", UNSET)

        import_event_data = cls(
            changed=changed,
            rows=rows,
            inserted=inserted,
            updated=updated,
            unchanged=unchanged,
            rejected=rejected,
            plans_added=plans_added,
        )

        import_event_data.additional_properties = d
        return import_event_data

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
