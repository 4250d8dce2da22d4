from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PairingEventData")


@_attrs_define
class PairingEventData:
    """What changed: a leader paired with compounds (包联).

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        id (Any | Unset): The pairing's id, as it shows it.
        district (Any | Unset): The pairing's district, as it shows it.
        leader (Any | Unset): The pairing's leader, as it shows it.
    """

    changed: list[str]
    id: Any | Unset = UNSET
    district: Any | Unset = UNSET
    leader: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        id = self.id

        district = self.district

        leader = self.leader

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if district is not UNSET:
            field_dict["district"] = district
        if leader is not UNSET:
            field_dict["leader"] = leader

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        id = d.pop("id", UNSET)

        district = d.pop("district", UNSET)

        leader = d.pop("leader", UNSET)

        pairing_event_data = cls(
            changed=changed,
            id=id,
            district=district,
            leader=leader,
        )

        pairing_event_data.additional_properties = d
        return pairing_event_data

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
