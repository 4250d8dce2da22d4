from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_row_out import AccountRowOut


T = TypeVar("T", bound="DeliveredReportOut")


@_attrs_define
class DeliveredReportOut:
    """
    Attributes:
        as_of (datetime.date):
        rows (list[AccountRowOut]):
    """

    as_of: datetime.date
    rows: list[AccountRowOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_row_out import AccountRowOut  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = AccountRowOut.from_dict(rows_item_data)

            rows.append(rows_item)

        delivered_report_out = cls(
            as_of=as_of,
            rows=rows,
        )

        delivered_report_out.additional_properties = d
        return delivered_report_out

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
