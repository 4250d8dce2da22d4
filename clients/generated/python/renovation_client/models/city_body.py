from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.place_body import PlaceBody


T = TypeVar("T", bound="CityBody")


@_attrs_define
class CityBody:
    """
    Attributes:
        code (str):
        name (str): One line of text: no control characters.
        name_en (None | str | Unset): One line of text: no control characters.
        districts (list[PlaceBody] | Unset):
    """

    code: str
    name: str
    name_en: None | str | Unset = UNSET
    districts: list[PlaceBody] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

        districts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.districts, Unset):
            districts = []
            for districts_item_data in self.districts:
                districts_item = districts_item_data.to_dict()
                districts.append(districts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if districts is not UNSET:
            field_dict["districts"] = districts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.place_body import PlaceBody  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))

        _districts = d.pop("districts", UNSET)
        districts: list[PlaceBody] | Unset = UNSET
        if _districts is not UNSET:
            districts = []
            for districts_item_data in _districts:
                districts_item = PlaceBody.from_dict(districts_item_data)

                districts.append(districts_item)

        city_body = cls(
            code=code,
            name=name,
            name_en=name_en,
            districts=districts,
        )

        return city_body
