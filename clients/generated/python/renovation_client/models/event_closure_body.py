from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EventClosureBody")


@_attrs_define
class EventClosureBody:
    """
    Attributes:
        on (datetime.date):
        by (str): One line of text: no control characters.
        outcome (str): Text that may run over several lines: not empty, and no control characters but line breaks and
            tabs.
    """

    on: datetime.date
    by: str
    outcome: str

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        by = self.by

        outcome = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
                "by": by,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        by = d.pop("by")

        outcome = d.pop("outcome")

        event_closure_body = cls(
            on=on,
            by=by,
            outcome=outcome,
        )

        return event_closure_body
