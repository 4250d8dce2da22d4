from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.city_body import CityBody


T = TypeVar("T", bound="ProvinceBody")


@_attrs_define
class ProvinceBody:
    """
    Attributes:
        code (str):
        name (str): One line of text: no control characters.
        cities (list[CityBody]):
        name_en (None | str | Unset): One line of text: no control characters.
    """

    code: str
    name: str
    cities: list[CityBody]
    name_en: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        cities = []
        for cities_item_data in self.cities:
            cities_item = cities_item_data.to_dict()
            cities.append(cities_item)

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "cities": cities,
            }
        )
        if name_en is not UNSET:
            field_dict["name_en"] = name_en

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.city_body import CityBody  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        cities = []
        _cities = d.pop("cities")
        for cities_item_data in _cities:
            cities_item = CityBody.from_dict(cities_item_data)

            cities.append(cities_item)

        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))

        province_body = cls(
            code=code,
            name=name,
            cities=cities,
            name_en=name_en,
        )

        return province_body
