from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.programme_file_street import ProgrammeFileStreet


T = TypeVar("T", bound="ProgrammeFileDistrict")


@_attrs_define
class ProgrammeFileDistrict:
    """An administrative district (区), the unit that owns targets and reports progress.

    Attributes:
        code (str):
        name (str):
        name_en (None | str | Unset):
        streets (list[ProgrammeFileStreet] | Unset):
    """

    code: str
    name: str
    name_en: None | str | Unset = UNSET
    streets: list[ProgrammeFileStreet] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

        streets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.streets, Unset):
            streets = []
            for streets_item_data in self.streets:
                streets_item = streets_item_data.to_dict()
                streets.append(streets_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if streets is not UNSET:
            field_dict["streets"] = streets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_file_street import ProgrammeFileStreet  # noqa: PLC0415

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

        _streets = d.pop("streets", UNSET)
        streets: list[ProgrammeFileStreet] | Unset = UNSET
        if _streets is not UNSET:
            streets = []
            for streets_item_data in _streets:
                streets_item = ProgrammeFileStreet.from_dict(streets_item_data)

                streets.append(streets_item)

        programme_file_district = cls(
            code=code,
            name=name,
            name_en=name_en,
            streets=streets,
        )

        return programme_file_district
