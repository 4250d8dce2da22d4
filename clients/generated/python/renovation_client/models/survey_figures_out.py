from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.quantities_out import QuantitiesOut


T = TypeVar("T", bound="SurveyFiguresOut")


@_attrs_define
class SurveyFiguresOut:
    """
    Attributes:
        planned (QuantitiesOut):
        started (QuantitiesOut):
        completed (QuantitiesOut):
        investment_planned_yuan (str): A total of m² or yuan, as an exact decimal string with at most 2 places.
        investment_completed_yuan (str): A signed total of yuan, as an exact decimal string.
        start_rate_compounds (None | str): A ratio as an exact decimal string (at most 6 places): above 1 where more
            started or completed than was planned.
        start_rate_households (None | str): A ratio as an exact decimal string (at most 6 places): above 1 where more
            started or completed than was planned.
        completion_rate_compounds (None | str): A ratio as an exact decimal string (at most 6 places): above 1 where
            more started or completed than was planned.
        completion_rate_households (None | str): A ratio as an exact decimal string (at most 6 places): above 1 where
            more started or completed than was planned.
    """

    planned: QuantitiesOut
    started: QuantitiesOut
    completed: QuantitiesOut
    investment_planned_yuan: str
    investment_completed_yuan: str
    start_rate_compounds: None | str
    start_rate_households: None | str
    completion_rate_compounds: None | str
    completion_rate_households: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        planned = self.planned.to_dict()

        started = self.started.to_dict()

        completed = self.completed.to_dict()

        investment_planned_yuan = self.investment_planned_yuan

        investment_completed_yuan = self.investment_completed_yuan

        start_rate_compounds: None | str
        start_rate_compounds = self.start_rate_compounds

        start_rate_households: None | str
        start_rate_households = self.start_rate_households

        completion_rate_compounds: None | str
        completion_rate_compounds = self.completion_rate_compounds

        completion_rate_households: None | str
        completion_rate_households = self.completion_rate_households

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planned": planned,
                "started": started,
                "completed": completed,
                "investment_planned_yuan": investment_planned_yuan,
                "investment_completed_yuan": investment_completed_yuan,
                "start_rate_compounds": start_rate_compounds,
                "start_rate_households": start_rate_households,
                "completion_rate_compounds": completion_rate_compounds,
                "completion_rate_households": completion_rate_households,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quantities_out import QuantitiesOut  # noqa: PLC0415

        d = dict(src_dict)
        planned = QuantitiesOut.from_dict(d.pop("planned"))

        started = QuantitiesOut.from_dict(d.pop("started"))

        completed = QuantitiesOut.from_dict(d.pop("completed"))

        investment_planned_yuan = d.pop("investment_planned_yuan")

        investment_completed_yuan = d.pop("investment_completed_yuan")

        def _parse_start_rate_compounds(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_rate_compounds = _parse_start_rate_compounds(d.pop("start_rate_compounds"))

        def _parse_start_rate_households(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_rate_households = _parse_start_rate_households(d.pop("start_rate_households"))

        def _parse_completion_rate_compounds(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completion_rate_compounds = _parse_completion_rate_compounds(d.pop("completion_rate_compounds"))

        def _parse_completion_rate_households(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completion_rate_households = _parse_completion_rate_households(d.pop("completion_rate_households"))

        survey_figures_out = cls(
            planned=planned,
            started=started,
            completed=completed,
            investment_planned_yuan=investment_planned_yuan,
            investment_completed_yuan=investment_completed_yuan,
            start_rate_compounds=start_rate_compounds,
            start_rate_households=start_rate_households,
            completion_rate_compounds=completion_rate_compounds,
            completion_rate_households=completion_rate_households,
        )

        survey_figures_out.additional_properties = d
        return survey_figures_out

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
