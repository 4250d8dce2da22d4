from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.approved_line_out import ApprovedLineOut


T = TypeVar("T", bound="ApprovedOut")


@_attrs_define
class ApprovedOut:
    """
    Attributes:
        approved_on (datetime.date):
        total_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        lines (list[ApprovedLineOut]):
    """

    approved_on: datetime.date
    total_yuan: str
    lines: list[ApprovedLineOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved_on = self.approved_on.isoformat()

        total_yuan = self.total_yuan

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approved_on": approved_on,
                "total_yuan": total_yuan,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approved_line_out import ApprovedLineOut  # noqa: PLC0415

        d = dict(src_dict)
        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))

        total_yuan = d.pop("total_yuan")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = ApprovedLineOut.from_dict(lines_item_data)

            lines.append(lines_item)

        approved_out = cls(
            approved_on=approved_on,
            total_yuan=total_yuan,
            lines=lines,
        )

        approved_out.additional_properties = d
        return approved_out

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
