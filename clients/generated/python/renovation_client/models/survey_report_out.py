from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.place_figures_out import PlaceFiguresOut


T = TypeVar("T", bound="SurveyReportOut")


@_attrs_define
class SurveyReportOut:
    """
    Attributes:
        year (int):
        first_day (datetime.date):
        last_day (datetime.date):
        places (list[PlaceFiguresOut]):
    """

    year: int
    first_day: datetime.date
    last_day: datetime.date
    places: list[PlaceFiguresOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        first_day = self.first_day.isoformat()

        last_day = self.last_day.isoformat()

        places = []
        for places_item_data in self.places:
            places_item = places_item_data.to_dict()
            places.append(places_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "first_day": first_day,
                "last_day": last_day,
                "places": places,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.place_figures_out import PlaceFiguresOut  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        first_day = datetime.date.fromisoformat(d.pop("first_day"))

        last_day = datetime.date.fromisoformat(d.pop("last_day"))

        places = []
        _places = d.pop("places")
        for places_item_data in _places:
            places_item = PlaceFiguresOut.from_dict(places_item_data)

            places.append(places_item)

        survey_report_out = cls(
            year=year,
            first_day=first_day,
            last_day=last_day,
            places=places,
        )

        survey_report_out.additional_properties = d
        return survey_report_out

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
