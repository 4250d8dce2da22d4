from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind

T = TypeVar("T", bound="MonthEventOut")


@_attrs_define
class MonthEventOut:
    """
    Attributes:
        compound (str):
        year (int):
        number (int):
        kind (EventKind):
        occurred_at (datetime.datetime):
        reported_on (datetime.date):
        late (bool):
        closed_on (datetime.date | None):
    """

    compound: str
    year: int
    number: int
    kind: EventKind
    occurred_at: datetime.datetime
    reported_on: datetime.date
    late: bool
    closed_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        year = self.year

        number = self.number

        kind = self.kind.value

        occurred_at = self.occurred_at.isoformat()

        reported_on = self.reported_on.isoformat()

        late = self.late

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "year": year,
                "number": number,
                "kind": kind,
                "occurred_at": occurred_at,
                "reported_on": reported_on,
                "late": late,
                "closed_on": closed_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        year = d.pop("year")

        number = d.pop("number")

        kind = EventKind(d.pop("kind"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        late = d.pop("late")

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        month_event_out = cls(
            compound=compound,
            year=year,
            number=number,
            kind=kind,
            occurred_at=occurred_at,
            reported_on=reported_on,
            late=late,
            closed_on=closed_on,
        )

        month_event_out.additional_properties = d
        return month_event_out

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
