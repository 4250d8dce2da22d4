from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendee_body import AttendeeBody


T = TypeVar("T", bound="AcceptanceIn")


@_attrs_define
class AcceptanceIn:
    """
    Attributes:
        held_on (datetime.date):
        attendees (list[AttendeeBody]):
        passed (bool):
        remarks (None | str | Unset): Text that may run over several lines: not empty, and no control characters but
            line breaks and tabs.
    """

    held_on: datetime.date
    attendees: list[AttendeeBody]
    passed: bool
    remarks: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = attendees_item_data.to_dict()
            attendees.append(attendees_item)

        passed = self.passed

        remarks: None | str | Unset
        if isinstance(self.remarks, Unset):
            remarks = UNSET
        else:
            remarks = self.remarks

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "held_on": held_on,
                "attendees": attendees,
                "passed": passed,
            }
        )
        if remarks is not UNSET:
            field_dict["remarks"] = remarks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attendee_body import AttendeeBody  # noqa: PLC0415

        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        attendees = []
        _attendees = d.pop("attendees")
        for attendees_item_data in _attendees:
            attendees_item = AttendeeBody.from_dict(attendees_item_data)

            attendees.append(attendees_item)

        passed = d.pop("passed")

        def _parse_remarks(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remarks = _parse_remarks(d.pop("remarks", UNSET))

        acceptance_in = cls(
            held_on=held_on,
            attendees=attendees,
            passed=passed,
            remarks=remarks,
        )

        return acceptance_in
