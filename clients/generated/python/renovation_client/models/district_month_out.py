from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_status import ReportStatus

if TYPE_CHECKING:
    from ..models.change_out import ChangeOut
    from ..models.month_event_out import MonthEventOut
    from ..models.progress_out import ProgressOut
    from ..models.report_out import ReportOut


T = TypeVar("T", bound="DistrictMonthOut")


@_attrs_define
class DistrictMonthOut:
    """
    Attributes:
        district (str):
        name (str): One line of text: no control characters.
        status (ReportStatus):
        report (None | ReportOut):
        progress (ProgressOut):
        change (ChangeOut):
        major_events (list[MonthEventOut]):
        major_events_total (int):
    """

    district: str
    name: str
    status: ReportStatus
    report: None | ReportOut
    progress: ProgressOut
    change: ChangeOut
    major_events: list[MonthEventOut]
    major_events_total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_out import ReportOut  # noqa: PLC0415

        district = self.district

        name = self.name

        status = self.status.value

        report: dict[str, Any] | None
        if isinstance(self.report, ReportOut):
            report = self.report.to_dict()
        else:
            report = self.report

        progress = self.progress.to_dict()

        change = self.change.to_dict()

        major_events = []
        for major_events_item_data in self.major_events:
            major_events_item = major_events_item_data.to_dict()
            major_events.append(major_events_item)

        major_events_total = self.major_events_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district": district,
                "name": name,
                "status": status,
                "report": report,
                "progress": progress,
                "change": change,
                "major_events": major_events,
                "major_events_total": major_events_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_out import ChangeOut  # noqa: PLC0415
        from ..models.month_event_out import MonthEventOut  # noqa: PLC0415
        from ..models.progress_out import ProgressOut  # noqa: PLC0415
        from ..models.report_out import ReportOut  # noqa: PLC0415

        d = dict(src_dict)
        district = d.pop("district")

        name = d.pop("name")

        status = ReportStatus(d.pop("status"))

        def _parse_report(data: object) -> None | ReportOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = ReportOut.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportOut, data)

        report = _parse_report(d.pop("report"))

        progress = ProgressOut.from_dict(d.pop("progress"))

        change = ChangeOut.from_dict(d.pop("change"))

        major_events = []
        _major_events = d.pop("major_events")
        for major_events_item_data in _major_events:
            major_events_item = MonthEventOut.from_dict(major_events_item_data)

            major_events.append(major_events_item)

        major_events_total = d.pop("major_events_total")

        district_month_out = cls(
            district=district,
            name=name,
            status=status,
            report=report,
            progress=progress,
            change=change,
            major_events=major_events,
            major_events_total=major_events_total,
        )

        district_month_out.additional_properties = d
        return district_month_out

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
