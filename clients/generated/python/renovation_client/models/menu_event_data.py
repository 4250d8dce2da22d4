from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MenuEventData")


@_attrs_define
class MenuEventData:
    """What changed: a compound's menu of works: opened, ordered from, closed and confirmed.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        compound (None | str | Unset):
        opened_on (datetime.date | None | Unset):
        closed_on (datetime.date | None | Unset):
        confirmed_on (datetime.date | None | Unset):
    """

    changed: list[str]
    compound: None | str | Unset = UNSET
    opened_on: datetime.date | None | Unset = UNSET
    closed_on: datetime.date | None | Unset = UNSET
    confirmed_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        compound: None | str | Unset
        if isinstance(self.compound, Unset):
            compound = UNSET
        else:
            compound = self.compound

        opened_on: None | str | Unset
        if isinstance(self.opened_on, Unset):
            opened_on = UNSET
        elif isinstance(self.opened_on, datetime.date):
            opened_on = self.opened_on.isoformat()
        else:
            opened_on = self.opened_on

        closed_on: None | str | Unset
        if isinstance(self.closed_on, Unset):
            closed_on = UNSET
        elif isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        confirmed_on: None | str | Unset
        if isinstance(self.confirmed_on, Unset):
            confirmed_on = UNSET
        elif isinstance(self.confirmed_on, datetime.date):
            confirmed_on = self.confirmed_on.isoformat()
        else:
            confirmed_on = self.confirmed_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if compound is not UNSET:
            field_dict["compound"] = compound
        if opened_on is not UNSET:
            field_dict["opened_on"] = opened_on
        if closed_on is not UNSET:
            field_dict["closed_on"] = closed_on
        if confirmed_on is not UNSET:
            field_dict["confirmed_on"] = confirmed_on

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

        def _parse_opened_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_on_type_0 = datetime.date.fromisoformat(data)

                return opened_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        opened_on = _parse_opened_on(d.pop("opened_on", UNSET))

        def _parse_closed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        closed_on = _parse_closed_on(d.pop("closed_on", UNSET))

        def _parse_confirmed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmed_on_type_0_type_0 = datetime.date.fromisoformat(data)

                return confirmed_on_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        confirmed_on = _parse_confirmed_on(d.pop("confirmed_on", UNSET))

        menu_event_data = cls(
            changed=changed,
            compound=compound,
            opened_on=opened_on,
            closed_on=closed_on,
            confirmed_on=confirmed_on,
        )

        menu_event_data.additional_properties = d
        return menu_event_data

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
