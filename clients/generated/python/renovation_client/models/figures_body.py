from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.quantities_body import QuantitiesBody


T = TypeVar("T", bound="FiguresBody")


@_attrs_define
class FiguresBody:
    """
    Attributes:
        planned (QuantitiesBody):
        started (QuantitiesBody):
        completed (QuantitiesBody):
        investment_planned_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        investment_completed_yuan (str): Yuan, signed exact decimal string.
    """

    planned: QuantitiesBody
    started: QuantitiesBody
    completed: QuantitiesBody
    investment_planned_yuan: str
    investment_completed_yuan: str

    def to_dict(self) -> dict[str, Any]:
        planned = self.planned.to_dict()

        started = self.started.to_dict()

        completed = self.completed.to_dict()

        investment_planned_yuan = self.investment_planned_yuan

        investment_completed_yuan = self.investment_completed_yuan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "planned": planned,
                "started": started,
                "completed": completed,
                "investment_planned_yuan": investment_planned_yuan,
                "investment_completed_yuan": investment_completed_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quantities_body import QuantitiesBody  # noqa: PLC0415

        d = dict(src_dict)
        planned = QuantitiesBody.from_dict(d.pop("planned"))

        started = QuantitiesBody.from_dict(d.pop("started"))

        completed = QuantitiesBody.from_dict(d.pop("completed"))

        investment_planned_yuan = d.pop("investment_planned_yuan")

        investment_completed_yuan = d.pop("investment_completed_yuan")

        figures_body = cls(
            planned=planned,
            started=started,
            completed=completed,
            investment_planned_yuan=investment_planned_yuan,
            investment_completed_yuan=investment_completed_yuan,
        )

        return figures_body
