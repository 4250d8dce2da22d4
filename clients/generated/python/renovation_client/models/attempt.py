from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType

T = TypeVar("T", bound="Attempt")


@_attrs_define
class Attempt:
    """
    Attributes:
        id (int):
        event (int):
        event_type (EventType):
        webhook_id (str):
        attempt (int):
        at (datetime.datetime):
        status_code (int | None):
        latency_ms (int):
        delivered (bool):
        error (None | str):
        excerpt (None | str): The answer's first characters, control characters shown visibly.
    """

    id: int
    event: int
    event_type: EventType
    webhook_id: str
    attempt: int
    at: datetime.datetime
    status_code: int | None
    latency_ms: int
    delivered: bool
    error: None | str
    excerpt: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event = self.event

        event_type = self.event_type.value

        webhook_id = self.webhook_id

        attempt = self.attempt

        at = self.at.isoformat()

        status_code: int | None
        status_code = self.status_code

        latency_ms = self.latency_ms

        delivered = self.delivered

        error: None | str
        error = self.error

        excerpt: None | str
        excerpt = self.excerpt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event": event,
                "event_type": event_type,
                "webhook_id": webhook_id,
                "attempt": attempt,
                "at": at,
                "status_code": status_code,
                "latency_ms": latency_ms,
                "delivered": delivered,
                "error": error,
                "excerpt": excerpt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        event = d.pop("event")

        event_type = EventType(d.pop("event_type"))

        webhook_id = d.pop("webhook_id")

        attempt = d.pop("attempt")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))

        latency_ms = d.pop("latency_ms")

        delivered = d.pop("delivered")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        def _parse_excerpt(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        excerpt = _parse_excerpt(d.pop("excerpt"))

        attempt = cls(
            id=id,
            event=event,
            event_type=event_type,
            webhook_id=webhook_id,
            attempt=attempt,
            at=at,
            status_code=status_code,
            latency_ms=latency_ms,
            delivered=delivered,
            error=error,
            excerpt=excerpt,
        )

        attempt.additional_properties = d
        return attempt

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
