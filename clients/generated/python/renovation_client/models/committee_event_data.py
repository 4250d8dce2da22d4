from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommitteeEventData")


@_attrs_define
class CommitteeEventData:
    """What changed: a compound's residents' committee.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        compound (None | str | Unset):
        formed_on (datetime.date | None | Unset):
    """

    changed: list[str]
    compound: None | str | Unset = UNSET
    formed_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        compound: None | str | Unset
        if isinstance(self.compound, Unset):
            compound = UNSET
        else:
            compound = self.compound

        formed_on: None | str | Unset
        if isinstance(self.formed_on, Unset):
            formed_on = UNSET
        elif isinstance(self.formed_on, datetime.date):
            formed_on = self.formed_on.isoformat()
        else:
            formed_on = self.formed_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if compound is not UNSET:
            field_dict["compound"] = compound
        if formed_on is not UNSET:
            field_dict["formed_on"] = formed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        def _parse_compound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compound = _parse_compound(d.pop("compound", UNSET))

        def _parse_formed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                formed_on_type_0 = datetime.date.fromisoformat(data)

                return formed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        formed_on = _parse_formed_on(d.pop("formed_on", UNSET))

        committee_event_data = cls(
            changed=changed,
            compound=compound,
            formed_on=formed_on,
        )

        committee_event_data.additional_properties = d
        return committee_event_data

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
