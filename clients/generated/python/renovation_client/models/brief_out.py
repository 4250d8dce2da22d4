from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage

if TYPE_CHECKING:
    from ..models.brief_compound import BriefCompound
    from ..models.brief_survey import BriefSurvey
    from ..models.plan_out import PlanOut
    from ..models.source_share_out import SourceShareOut


T = TypeVar("T", bound="BriefOut")


@_attrs_define
class BriefOut:
    """
    Attributes:
        programme (str):
        compound (BriefCompound):
        plan (None | PlanOut):
        budget_yuan (None | str): Yuan, as an exact decimal string with at most 2 decimal places.
        funding_approved_on (datetime.date | None):
        funding (list[SourceShareOut]):
        stage (None | Stage):
        stage_label (None | str): What to show (zh-CN).
        surveys (list[BriefSurvey]):
    """

    programme: str
    compound: BriefCompound
    plan: None | PlanOut
    budget_yuan: None | str
    funding_approved_on: datetime.date | None
    funding: list[SourceShareOut]
    stage: None | Stage
    stage_label: None | str
    surveys: list[BriefSurvey]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plan_out import PlanOut  # noqa: PLC0415

        programme = self.programme

        compound = self.compound.to_dict()

        plan: dict[str, Any] | None
        if isinstance(self.plan, PlanOut):
            plan = self.plan.to_dict()
        else:
            plan = self.plan

        budget_yuan: None | str
        budget_yuan = self.budget_yuan

        funding_approved_on: None | str
        if isinstance(self.funding_approved_on, datetime.date):
            funding_approved_on = self.funding_approved_on.isoformat()
        else:
            funding_approved_on = self.funding_approved_on

        funding = []
        for funding_item_data in self.funding:
            funding_item = funding_item_data.to_dict()
            funding.append(funding_item)

        stage: None | str
        if isinstance(self.stage, Stage):
            stage = self.stage.value
        else:
            stage = self.stage

        stage_label: None | str
        stage_label = self.stage_label

        surveys = []
        for surveys_item_data in self.surveys:
            surveys_item = surveys_item_data.to_dict()
            surveys.append(surveys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "programme": programme,
                "compound": compound,
                "plan": plan,
                "budget_yuan": budget_yuan,
                "funding_approved_on": funding_approved_on,
                "funding": funding,
                "stage": stage,
                "stage_label": stage_label,
                "surveys": surveys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brief_compound import BriefCompound  # noqa: PLC0415
        from ..models.brief_survey import BriefSurvey  # noqa: PLC0415
        from ..models.plan_out import PlanOut  # noqa: PLC0415
        from ..models.source_share_out import SourceShareOut  # noqa: PLC0415

        d = dict(src_dict)
        programme = d.pop("programme")

        compound = BriefCompound.from_dict(d.pop("compound"))

        def _parse_plan(data: object) -> None | PlanOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plan_type_0 = PlanOut.from_dict(data)

                return plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlanOut, data)

        plan = _parse_plan(d.pop("plan"))

        def _parse_budget_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        budget_yuan = _parse_budget_yuan(d.pop("budget_yuan"))

        def _parse_funding_approved_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                funding_approved_on_type_0 = datetime.date.fromisoformat(data)

                return funding_approved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        funding_approved_on = _parse_funding_approved_on(d.pop("funding_approved_on"))

        funding = []
        _funding = d.pop("funding")
        for funding_item_data in _funding:
            funding_item = SourceShareOut.from_dict(funding_item_data)

            funding.append(funding_item)

        def _parse_stage(data: object) -> None | Stage:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = Stage(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Stage, data)

        stage = _parse_stage(d.pop("stage"))

        def _parse_stage_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stage_label = _parse_stage_label(d.pop("stage_label"))

        surveys = []
        _surveys = d.pop("surveys")
        for surveys_item_data in _surveys:
            surveys_item = BriefSurvey.from_dict(surveys_item_data)

            surveys.append(surveys_item)

        brief_out = cls(
            programme=programme,
            compound=compound,
            plan=plan,
            budget_yuan=budget_yuan,
            funding_approved_on=funding_approved_on,
            funding=funding,
            stage=stage,
            stage_label=stage_label,
            surveys=surveys,
        )

        brief_out.additional_properties = d
        return brief_out

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
