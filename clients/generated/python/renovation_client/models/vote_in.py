from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.matter import Matter
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoteIn")


@_attrs_define
class VoteIn:
    """
    Attributes:
        matter (Matter): The matters owners decide together (art. 278, items 1–9).
        opened_on (datetime.date):
        building (None | str | Unset):
        entrance (None | str | Unset):
    """

    matter: Matter
    opened_on: datetime.date
    building: None | str | Unset = UNSET
    entrance: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        matter = self.matter.value

        opened_on = self.opened_on.isoformat()

        building: None | str | Unset
        if isinstance(self.building, Unset):
            building = UNSET
        else:
            building = self.building

        entrance: None | str | Unset
        if isinstance(self.entrance, Unset):
            entrance = UNSET
        else:
            entrance = self.entrance

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "matter": matter,
                "opened_on": opened_on,
            }
        )
        if building is not UNSET:
            field_dict["building"] = building
        if entrance is not UNSET:
            field_dict["entrance"] = entrance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        matter = Matter(d.pop("matter"))

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        def _parse_building(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        building = _parse_building(d.pop("building", UNSET))

        def _parse_entrance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entrance = _parse_entrance(d.pop("entrance", UNSET))

        vote_in = cls(
            matter=matter,
            opened_on=opened_on,
            building=building,
            entrance=entrance,
        )

        return vote_in
