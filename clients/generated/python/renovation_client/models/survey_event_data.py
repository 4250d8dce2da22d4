from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyEventData")


@_attrs_define
class SurveyEventData:
    """What changed: a residents' survey opened, or its results published.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        code (None | str | Unset):
        opened_on (datetime.date | None | Unset):
        published_on (datetime.date | None | Unset):
    """

    changed: list[str]
    code: None | str | Unset = UNSET
    opened_on: datetime.date | None | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        opened_on: None | str | Unset
        if isinstance(self.opened_on, Unset):
            opened_on = UNSET
        elif isinstance(self.opened_on, datetime.date):
            opened_on = self.opened_on.isoformat()
        else:
            opened_on = self.opened_on

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if opened_on is not UNSET:
            field_dict["opened_on"] = opened_on
        if published_on is not UNSET:
            field_dict["published_on"] = published_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

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

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        survey_event_data = cls(
            changed=changed,
            code=code,
            opened_on=opened_on,
            published_on=published_on,
        )

        survey_event_data.additional_properties = d
        return survey_event_data

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
