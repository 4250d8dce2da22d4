from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standing_out_figure import StandingOutFigure

T = TypeVar("T", bound="StandingOut")


@_attrs_define
class StandingOut:
    """
    Attributes:
        year (int):
        district (None | str):
        figure (StandingOutFigure):
        bound (str): An exact decimal: yuan for a budget, the figure's unit for a target.
        planned (str): An exact decimal: yuan for a budget, the figure's unit for a target.
        kept (bool):
    """

    year: int
    district: None | str
    figure: StandingOutFigure
    bound: str
    planned: str
    kept: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        district: None | str
        district = self.district

        figure = self.figure.value

        bound = self.bound

        planned = self.planned

        kept = self.kept

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "district": district,
                "figure": figure,
                "bound": bound,
                "planned": planned,
                "kept": kept,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        figure = StandingOutFigure(d.pop("figure"))

        bound = d.pop("bound")

        planned = d.pop("planned")

        kept = d.pop("kept")

        standing_out = cls(
            year=year,
            district=district,
            figure=figure,
            bound=bound,
            planned=planned,
            kept=kept,
        )

        standing_out.additional_properties = d
        return standing_out

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
