from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PlanIn")


@_attrs_define
class PlanIn:
    """
    Attributes:
        year (int):
        items (list[str]): Catalogue item codes, each once.
        investment_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    year: int
    items: list[str]
    investment_yuan: str

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        items = self.items

        investment_yuan = self.investment_yuan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "items": items,
                "investment_yuan": investment_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        items = cast(list[str], d.pop("items"))

        investment_yuan = d.pop("investment_yuan")

        plan_in = cls(
            year=year,
            items=items,
            investment_yuan=investment_yuan,
        )

        return plan_in
