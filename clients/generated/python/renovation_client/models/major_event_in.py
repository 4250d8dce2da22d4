from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.event_kind import EventKind

T = TypeVar("T", bound="MajorEventIn")


@_attrs_define
class MajorEventIn:
    """
    Attributes:
        kind (EventKind):
        occurred_at (datetime.datetime): An RFC 3339 date and time with its offset.
        consequence (str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
        measures (str): Text that may run over several lines: not empty, and no control characters but line breaks and
            tabs.
    """

    kind: EventKind
    occurred_at: datetime.datetime
    consequence: str
    measures: str

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        occurred_at = self.occurred_at.isoformat()

        consequence = self.consequence

        measures = self.measures

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "occurred_at": occurred_at,
                "consequence": consequence,
                "measures": measures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = EventKind(d.pop("kind"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        consequence = d.pop("consequence")

        measures = d.pop("measures")

        major_event_in = cls(
            kind=kind,
            occurred_at=occurred_at,
            consequence=consequence,
            measures=measures,
        )

        return major_event_in
