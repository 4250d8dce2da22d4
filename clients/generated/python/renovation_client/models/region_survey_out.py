from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.span import Span

if TYPE_CHECKING:
    from ..models.mismatch_out import MismatchOut
    from ..models.region_line_out import RegionLineOut


T = TypeVar("T", bound="RegionSurveyOut")


@_attrs_define
class RegionSurveyOut:
    """
    Attributes:
        region (str): A GB/T 2260 code; 000000 stands for the nation.
        month (str):
        span (Span): year_to_date (本年累计, the national table's) or month (本月) alone.
        first_day (datetime.date):
        last_day (datetime.date):
        lines (list[RegionLineOut]):
        findings (list[MismatchOut]):
    """

    region: str
    month: str
    span: Span
    first_day: datetime.date
    last_day: datetime.date
    lines: list[RegionLineOut]
    findings: list[MismatchOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        month = self.month

        span = self.span.value

        first_day = self.first_day.isoformat()

        last_day = self.last_day.isoformat()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "month": month,
                "span": span,
                "first_day": first_day,
                "last_day": last_day,
                "lines": lines,
                "findings": findings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mismatch_out import MismatchOut  # noqa: PLC0415
        from ..models.region_line_out import RegionLineOut  # noqa: PLC0415

        d = dict(src_dict)
        region = d.pop("region")

        month = d.pop("month")

        span = Span(d.pop("span"))

        first_day = datetime.date.fromisoformat(d.pop("first_day"))

        last_day = datetime.date.fromisoformat(d.pop("last_day"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = RegionLineOut.from_dict(lines_item_data)

            lines.append(lines_item)

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = MismatchOut.from_dict(findings_item_data)

            findings.append(findings_item)

        region_survey_out = cls(
            region=region,
            month=month,
            span=span,
            first_day=first_day,
            last_day=last_day,
            lines=lines,
            findings=findings,
        )

        region_survey_out.additional_properties = d
        return region_survey_out

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
