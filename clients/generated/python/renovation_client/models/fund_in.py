from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FundIn")


@_attrs_define
class FundIn:
    """
    Attributes:
        created_on (datetime.date):
    """

    created_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_on": created_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_on = datetime.date.fromisoformat(d.pop("created_on"))

        fund_in = cls(
            created_on=created_on,
        )

        return fund_in
