from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.elevator_mode import ElevatorMode

T = TypeVar("T", bound="ElevatorBody")


@_attrs_define
class ElevatorBody:
    """
    Attributes:
        building (str):
        entrance (str):
        mode (ElevatorMode):
        since (datetime.date):
    """

    building: str
    entrance: str
    mode: ElevatorMode
    since: datetime.date

    def to_dict(self) -> dict[str, Any]:
        building = self.building

        entrance = self.entrance

        mode = self.mode.value

        since = self.since.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "building": building,
                "entrance": entrance,
                "mode": mode,
                "since": since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        building = d.pop("building")

        entrance = d.pop("entrance")

        mode = ElevatorMode(d.pop("mode"))

        since = datetime.date.fromisoformat(d.pop("since"))

        elevator_body = cls(
            building=building,
            entrance=entrance,
            mode=mode,
            since=since,
        )

        return elevator_body
