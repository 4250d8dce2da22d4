from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProgrammeFileRenovationPlan")


@_attrs_define
class ProgrammeFileRenovationPlan:
    """The renovation plan (改造方案) of one compound.

    Attributes:
        compound (str):
        year (int):
        items (list[str]):
        investment_yuan (int | str): An exact decimal: a string such as "1234.50", or an integer; never a float.
    """

    compound: str
    year: int
    items: list[str]
    investment_yuan: int | str

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        year = self.year

        items = self.items

        investment_yuan: int | str
        investment_yuan = self.investment_yuan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "compound": compound,
                "year": year,
                "items": items,
                "investment_yuan": investment_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compound = d.pop("compound")

        year = d.pop("year")

        items = cast(list[str], d.pop("items"))

        def _parse_investment_yuan(data: object) -> int | str:
            return cast(int | str, data)

        investment_yuan = _parse_investment_yuan(d.pop("investment_yuan"))

        programme_file_renovation_plan = cls(
            compound=compound,
            year=year,
            items=items,
            investment_yuan=investment_yuan,
        )

        return programme_file_renovation_plan
