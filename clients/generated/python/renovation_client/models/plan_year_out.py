from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.quantities_out import QuantitiesOut


T = TypeVar("T", bound="PlanYearOut")


@_attrs_define
class PlanYearOut:
    """
    Attributes:
        plan_year (int):
        started (QuantitiesOut):
    """

    plan_year: int
    started: QuantitiesOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_year = self.plan_year

        started = self.started.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_year": plan_year,
                "started": started,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quantities_out import QuantitiesOut  # noqa: PLC0415

        d = dict(src_dict)
        plan_year = d.pop("plan_year")

        started = QuantitiesOut.from_dict(d.pop("started"))

        plan_year_out = cls(
            plan_year=plan_year,
            started=started,
        )

        plan_year_out.additional_properties = d
        return plan_year_out

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
