from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.target_in_figure import TargetInFigure
from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetIn")


@_attrs_define
class TargetIn:
    """
    Attributes:
        year (int):
        figure (TargetInFigure):
        at_least (str): Above zero, as an exact decimal string: compounds, buildings or households, or m² to 2 places.
        district (None | str | Unset):
    """

    year: int
    figure: TargetInFigure
    at_least: str
    district: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        figure = self.figure.value

        at_least = self.at_least

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "figure": figure,
                "at_least": at_least,
            }
        )
        if district is not UNSET:
            field_dict["district"] = district

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        figure = TargetInFigure(d.pop("figure"))

        at_least = d.pop("at_least")

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        target_in = cls(
            year=year,
            figure=figure,
            at_least=at_least,
            district=district,
        )

        return target_in
