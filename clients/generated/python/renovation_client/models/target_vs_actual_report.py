from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.target_vs_actual_row import TargetVsActualRow


T = TypeVar("T", bound="TargetVsActualReport")


@_attrs_define
class TargetVsActualReport:
    """
    Attributes:
        programme (str):
        rows (list[TargetVsActualRow]):
    """

    programme: str
    rows: list[TargetVsActualRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        programme = self.programme

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "programme": programme,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_vs_actual_row import TargetVsActualRow  # noqa: PLC0415

        d = dict(src_dict)
        programme = d.pop("programme")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = TargetVsActualRow.from_dict(rows_item_data)

            rows.append(rows_item)

        target_vs_actual_report = cls(
            programme=programme,
            rows=rows,
        )

        target_vs_actual_report.additional_properties = d
        return target_vs_actual_report

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
