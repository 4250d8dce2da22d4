from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.change_out import ChangeOut
    from ..models.district_month_out import DistrictMonthOut
    from ..models.progress_out import ProgressOut


T = TypeVar("T", bound="MonthOut")


@_attrs_define
class MonthOut:
    """
    Attributes:
        month (str):
        due_on (datetime.date):
        districts (list[DistrictMonthOut]):
        city (None | ProgressOut):
        city_change (ChangeOut | None):
    """

    month: str
    due_on: datetime.date
    districts: list[DistrictMonthOut]
    city: None | ProgressOut
    city_change: ChangeOut | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.change_out import ChangeOut  # noqa: PLC0415
        from ..models.progress_out import ProgressOut  # noqa: PLC0415

        month = self.month

        due_on = self.due_on.isoformat()

        districts = []
        for districts_item_data in self.districts:
            districts_item = districts_item_data.to_dict()
            districts.append(districts_item)

        city: dict[str, Any] | None
        if isinstance(self.city, ProgressOut):
            city = self.city.to_dict()
        else:
            city = self.city

        city_change: dict[str, Any] | None
        if isinstance(self.city_change, ChangeOut):
            city_change = self.city_change.to_dict()
        else:
            city_change = self.city_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "due_on": due_on,
                "districts": districts,
                "city": city,
                "city_change": city_change,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_out import ChangeOut  # noqa: PLC0415
        from ..models.district_month_out import DistrictMonthOut  # noqa: PLC0415
        from ..models.progress_out import ProgressOut  # noqa: PLC0415

        d = dict(src_dict)
        month = d.pop("month")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        districts = []
        _districts = d.pop("districts")
        for districts_item_data in _districts:
            districts_item = DistrictMonthOut.from_dict(districts_item_data)

            districts.append(districts_item)

        def _parse_city(data: object) -> None | ProgressOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                city_type_0 = ProgressOut.from_dict(data)

                return city_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgressOut, data)

        city = _parse_city(d.pop("city"))

        def _parse_city_change(data: object) -> ChangeOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                city_change_type_0 = ChangeOut.from_dict(data)

                return city_change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeOut | None, data)

        city_change = _parse_city_change(d.pop("city_change"))

        month_out = cls(
            month=month,
            due_on=due_on,
            districts=districts,
            city=city,
            city_change=city_change,
        )

        month_out.additional_properties = d
        return month_out

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
