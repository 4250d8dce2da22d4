from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plan_year_out import PlanYearOut
    from ..models.survey_figures_out import SurveyFiguresOut


T = TypeVar("T", bound="PlaceFiguresOut")


@_attrs_define
class PlaceFiguresOut:
    """
    Attributes:
        district (None | str):
        name (str): One line of text: no control characters.
        by_period (SurveyFiguresOut):
        by_plan (SurveyFiguresOut):
        started_by_plan_year (list[PlanYearOut]):
    """

    district: None | str
    name: str
    by_period: SurveyFiguresOut
    by_plan: SurveyFiguresOut
    started_by_plan_year: list[PlanYearOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        district: None | str
        district = self.district

        name = self.name

        by_period = self.by_period.to_dict()

        by_plan = self.by_plan.to_dict()

        started_by_plan_year = []
        for started_by_plan_year_item_data in self.started_by_plan_year:
            started_by_plan_year_item = started_by_plan_year_item_data.to_dict()
            started_by_plan_year.append(started_by_plan_year_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district": district,
                "name": name,
                "by_period": by_period,
                "by_plan": by_plan,
                "started_by_plan_year": started_by_plan_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_year_out import PlanYearOut  # noqa: PLC0415
        from ..models.survey_figures_out import SurveyFiguresOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        name = d.pop("name")

        by_period = SurveyFiguresOut.from_dict(d.pop("by_period"))

        by_plan = SurveyFiguresOut.from_dict(d.pop("by_plan"))

        started_by_plan_year = []
        _started_by_plan_year = d.pop("started_by_plan_year")
        for started_by_plan_year_item_data in _started_by_plan_year:
            started_by_plan_year_item = PlanYearOut.from_dict(started_by_plan_year_item_data)

            started_by_plan_year.append(started_by_plan_year_item)

        place_figures_out = cls(
            district=district,
            name=name,
            by_period=by_period,
            by_plan=by_plan,
            started_by_plan_year=started_by_plan_year,
        )

        place_figures_out.additional_properties = d
        return place_figures_out

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
