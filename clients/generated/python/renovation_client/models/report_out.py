from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.progress_out import ProgressOut
    from ..models.survey_figures_out import SurveyFiguresOut


T = TypeVar("T", bound="ReportOut")


@_attrs_define
class ReportOut:
    """
    Attributes:
        district (str):
        month (str):
        version (int):
        progress (ProgressOut):
        survey (None | SurveyFiguresOut):
        remarks (None | str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
        submitted_on (datetime.date):
        submitted_by (str): One line of text: no control characters.
        reason (None | str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
        due_on (datetime.date):
    """

    district: str
    month: str
    version: int
    progress: ProgressOut
    survey: None | SurveyFiguresOut
    remarks: None | str
    submitted_on: datetime.date
    submitted_by: str
    reason: None | str
    due_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.survey_figures_out import SurveyFiguresOut  # noqa: PLC0415

        district = self.district

        month = self.month

        version = self.version

        progress = self.progress.to_dict()

        survey: dict[str, Any] | None
        if isinstance(self.survey, SurveyFiguresOut):
            survey = self.survey.to_dict()
        else:
            survey = self.survey

        remarks: None | str
        remarks = self.remarks

        submitted_on = self.submitted_on.isoformat()

        submitted_by = self.submitted_by

        reason: None | str
        reason = self.reason

        due_on = self.due_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district": district,
                "month": month,
                "version": version,
                "progress": progress,
                "survey": survey,
                "remarks": remarks,
                "submitted_on": submitted_on,
                "submitted_by": submitted_by,
                "reason": reason,
                "due_on": due_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.progress_out import ProgressOut  # noqa: PLC0415
        from ..models.survey_figures_out import SurveyFiguresOut  # noqa: PLC0415

        d = dict(src_dict)
        district = d.pop("district")

        month = d.pop("month")

        version = d.pop("version")

        progress = ProgressOut.from_dict(d.pop("progress"))

        def _parse_survey(data: object) -> None | SurveyFiguresOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                survey_type_0 = SurveyFiguresOut.from_dict(data)

                return survey_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SurveyFiguresOut, data)

        survey = _parse_survey(d.pop("survey"))

        def _parse_remarks(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remarks = _parse_remarks(d.pop("remarks"))

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        submitted_by = d.pop("submitted_by")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        report_out = cls(
            district=district,
            month=month,
            version=version,
            progress=progress,
            survey=survey,
            remarks=remarks,
            submitted_on=submitted_on,
            submitted_by=submitted_by,
            reason=reason,
            due_on=due_on,
        )

        report_out.additional_properties = d
        return report_out

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
