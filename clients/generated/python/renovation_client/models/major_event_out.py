from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind

if TYPE_CHECKING:
    from ..models.event_closure_body import EventClosureBody


T = TypeVar("T", bound="MajorEventOut")


@_attrs_define
class MajorEventOut:
    """
    Attributes:
        number (int): Numbered from 1 within the project.
        kind (EventKind):
        occurred_at (datetime.datetime): An RFC 3339 date and time with its offset.
        consequence (str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
        measures (str): Text that may run over several lines: not empty, and no control characters but line breaks and
            tabs.
        reported_on (datetime.date):
        reported_by (str): One line of text: no control characters.
        late (bool):
        closure (EventClosureBody | None):
    """

    number: int
    kind: EventKind
    occurred_at: datetime.datetime
    consequence: str
    measures: str
    reported_on: datetime.date
    reported_by: str
    late: bool
    closure: EventClosureBody | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_closure_body import EventClosureBody  # noqa: PLC0415

        number = self.number

        kind = self.kind.value

        occurred_at = self.occurred_at.isoformat()

        consequence = self.consequence

        measures = self.measures

        reported_on = self.reported_on.isoformat()

        reported_by = self.reported_by

        late = self.late

        closure: dict[str, Any] | None
        if isinstance(self.closure, EventClosureBody):
            closure = self.closure.to_dict()
        else:
            closure = self.closure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "kind": kind,
                "occurred_at": occurred_at,
                "consequence": consequence,
                "measures": measures,
                "reported_on": reported_on,
                "reported_by": reported_by,
                "late": late,
                "closure": closure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_closure_body import EventClosureBody  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        kind = EventKind(d.pop("kind"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        consequence = d.pop("consequence")

        measures = d.pop("measures")

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        reported_by = d.pop("reported_by")

        late = d.pop("late")

        def _parse_closure(data: object) -> EventClosureBody | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                closure_type_0 = EventClosureBody.from_dict(data)

                return closure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventClosureBody | None, data)

        closure = _parse_closure(d.pop("closure"))

        major_event_out = cls(
            number=number,
            kind=kind,
            occurred_at=occurred_at,
            consequence=consequence,
            measures=measures,
            reported_on=reported_on,
            reported_by=reported_by,
            late=late,
            closure=closure,
        )

        major_event_out.additional_properties = d
        return major_event_out

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
