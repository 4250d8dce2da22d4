from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.survey_figures_out import SurveyFiguresOut


T = TypeVar("T", bound="DeclarationOut")


@_attrs_define
class DeclarationOut:
    """
    Attributes:
        region (str): A GB/T 2260 code; 000000 stands for the nation.
        month (str):
        version (int):
        figures (SurveyFiguresOut):
        declared_on (datetime.date):
        declared_by (str): One line of text: no control characters.
        reason (None | str): One line of text: no control characters.
    """

    region: str
    month: str
    version: int
    figures: SurveyFiguresOut
    declared_on: datetime.date
    declared_by: str
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        month = self.month

        version = self.version

        figures = self.figures.to_dict()

        declared_on = self.declared_on.isoformat()

        declared_by = self.declared_by

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "month": month,
                "version": version,
                "figures": figures,
                "declared_on": declared_on,
                "declared_by": declared_by,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_figures_out import SurveyFiguresOut  # noqa: PLC0415

        d = dict(src_dict)
        region = d.pop("region")

        month = d.pop("month")

        version = d.pop("version")

        figures = SurveyFiguresOut.from_dict(d.pop("figures"))

        declared_on = datetime.date.fromisoformat(d.pop("declared_on"))

        declared_by = d.pop("declared_by")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        declaration_out = cls(
            region=region,
            month=month,
            version=version,
            figures=figures,
            declared_on=declared_on,
            declared_by=declared_by,
            reason=reason,
        )

        declaration_out.additional_properties = d
        return declaration_out

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
