from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.attendee_body import AttendeeBody


T = TypeVar("T", bound="AcceptanceOut")


@_attrs_define
class AcceptanceOut:
    """
    Attributes:
        number (int): Numbered from 1 within the project.
        held_on (datetime.date):
        attendees (list[AttendeeBody]):
        passed (bool):
        remarks (None | str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
    """

    number: int
    held_on: datetime.date
    attendees: list[AttendeeBody]
    passed: bool
    remarks: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        held_on = self.held_on.isoformat()

        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = attendees_item_data.to_dict()
            attendees.append(attendees_item)

        passed = self.passed

        remarks: None | str
        remarks = self.remarks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "held_on": held_on,
                "attendees": attendees,
                "passed": passed,
                "remarks": remarks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attendee_body import AttendeeBody  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        attendees = []
        _attendees = d.pop("attendees")
        for attendees_item_data in _attendees:
            attendees_item = AttendeeBody.from_dict(attendees_item_data)

            attendees.append(attendees_item)

        passed = d.pop("passed")

        def _parse_remarks(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remarks = _parse_remarks(d.pop("remarks"))

        acceptance_out = cls(
            number=number,
            held_on=held_on,
            attendees=attendees,
            passed=passed,
            remarks=remarks,
        )

        acceptance_out.additional_properties = d
        return acceptance_out

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
