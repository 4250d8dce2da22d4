from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.programme_file_funding_line import ProgrammeFileFundingLine


T = TypeVar("T", bound="ProgrammeFileFundingPlan")


@_attrs_define
class ProgrammeFileFundingPlan:
    """The funding of one compound's project in one programme year.

    Attributes:
        compound (str):
        year (int):
        lines (list[ProgrammeFileFundingLine]):
    """

    compound: str
    year: int
    lines: list[ProgrammeFileFundingLine]

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        year = self.year

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "compound": compound,
                "year": year,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_file_funding_line import ProgrammeFileFundingLine  # noqa: PLC0415

        d = dict(src_dict)
        compound = d.pop("compound")

        year = d.pop("year")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = ProgrammeFileFundingLine.from_dict(lines_item_data)

            lines.append(lines_item)

        programme_file_funding_plan = cls(
            compound=compound,
            year=year,
            lines=lines,
        )

        return programme_file_funding_plan
