from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType

if TYPE_CHECKING:
    from ..models.backlog import Backlog


T = TypeVar("T", bound="SubscriptionWithSecret")


@_attrs_define
class SubscriptionWithSecret:
    """
    Attributes:
        number (int):
        url (str): Where deliveries are POSTed: https, on a public address (plain http and private addresses only where
            the deployment allows them). Redirects are not followed.
        types (list[EventType] | None): The event types to deliver; null for every type the subscriber may read.
        description (None | str): Text that may run over several lines: not empty, and no control characters but line
            breaks and tabs.
        owner (str): Who subscribed (as the audit log names callers): deliveries tell only what it may read.
        enabled (bool):
        disabled_reason (None | str): Text that may run over several lines: not empty, and no control characters but
            line breaks and tabs.
        disabled_at (datetime.datetime | None):
        failures (int): Failed attempts in a row since the last success.
        previous_secret_until (datetime.datetime | None): Until when the secret before the last rotation still signs.
        created_at (datetime.datetime):
        deliveries (Backlog):
        secret (None | str): The signing secret (Standard Webhooks): shown once, in this answer only; a replay of the
            request under its Idempotency-Key answers null.
    """

    number: int
    url: str
    types: list[EventType] | None
    description: None | str
    owner: str
    enabled: bool
    disabled_reason: None | str
    disabled_at: datetime.datetime | None
    failures: int
    previous_secret_until: datetime.datetime | None
    created_at: datetime.datetime
    deliveries: Backlog
    secret: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        url = self.url

        types: list[str] | None
        if isinstance(self.types, list):
            types = []
            for types_type_0_item_data in self.types:
                types_type_0_item = types_type_0_item_data.value
                types.append(types_type_0_item)

        else:
            types = self.types

        description: None | str
        description = self.description

        owner = self.owner

        enabled = self.enabled

        disabled_reason: None | str
        disabled_reason = self.disabled_reason

        disabled_at: None | str
        if isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        failures = self.failures

        previous_secret_until: None | str
        if isinstance(self.previous_secret_until, datetime.datetime):
            previous_secret_until = self.previous_secret_until.isoformat()
        else:
            previous_secret_until = self.previous_secret_until

        created_at = self.created_at.isoformat()

        deliveries = self.deliveries.to_dict()

        secret: None | str
        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "url": url,
                "types": types,
                "description": description,
                "owner": owner,
                "enabled": enabled,
                "disabled_reason": disabled_reason,
                "disabled_at": disabled_at,
                "failures": failures,
                "previous_secret_until": previous_secret_until,
                "created_at": created_at,
                "deliveries": deliveries,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backlog import Backlog  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        url = d.pop("url")

        def _parse_types(data: object) -> list[EventType] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                types_type_0 = []
                _types_type_0 = data
                for types_type_0_item_data in _types_type_0:
                    types_type_0_item = EventType(types_type_0_item_data)

                    types_type_0.append(types_type_0_item)

                return types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EventType] | None, data)

        types = _parse_types(d.pop("types"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        owner = d.pop("owner")

        enabled = d.pop("enabled")

        def _parse_disabled_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason"))

        def _parse_disabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_at_type_0 = datetime.datetime.fromisoformat(data)

                return disabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))

        failures = d.pop("failures")

        def _parse_previous_secret_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_secret_until_type_0 = datetime.datetime.fromisoformat(data)

                return previous_secret_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        previous_secret_until = _parse_previous_secret_until(d.pop("previous_secret_until"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        deliveries = Backlog.from_dict(d.pop("deliveries"))

        def _parse_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        secret = _parse_secret(d.pop("secret"))

        subscription_with_secret = cls(
            number=number,
            url=url,
            types=types,
            description=description,
            owner=owner,
            enabled=enabled,
            disabled_reason=disabled_reason,
            disabled_at=disabled_at,
            failures=failures,
            previous_secret_until=previous_secret_until,
            created_at=created_at,
            deliveries=deliveries,
            secret=secret,
        )

        subscription_with_secret.additional_properties = d
        return subscription_with_secret

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
