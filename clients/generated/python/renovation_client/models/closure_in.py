from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClosureIn")


@_attrs_define
class ClosureIn:
    """
    Attributes:
        on (datetime.date):
    """

    on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        closure_in = cls(
            on=on,
        )

        return closure_in
