from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.hazard_level import HazardLevel

T = TypeVar("T", bound="HazardIn")


@_attrs_define
class HazardIn:
    """
    Attributes:
        found_on (datetime.date):
        description (str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
        level (HazardLevel):
        deadline (datetime.date):
    """

    found_on: datetime.date
    description: str
    level: HazardLevel
    deadline: datetime.date

    def to_dict(self) -> dict[str, Any]:
        found_on = self.found_on.isoformat()

        description = self.description

        level = self.level.value

        deadline = self.deadline.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "found_on": found_on,
                "description": description,
                "level": level,
                "deadline": deadline,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        found_on = datetime.date.fromisoformat(d.pop("found_on"))

        description = d.pop("description")

        level = HazardLevel(d.pop("level"))

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        hazard_in = cls(
            found_on=found_on,
            description=description,
            level=level,
            deadline=deadline,
        )

        return hazard_in
