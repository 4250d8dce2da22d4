from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.programme_file_figures import ProgrammeFileFigures


T = TypeVar("T", bound="ProgrammeFileAnnualPlanTarget")


@_attrs_define
class ProgrammeFileAnnualPlanTarget:
    """One row of a year's published plan table.

    Attributes:
        year (int):
        figures (ProgrammeFileFigures): The figures a plan table publishes per row: compounds (小区个数), buildings (楼栋数),
                households (户数), floor area (建筑面积, m²) and investment (yuan). A published table may
                leave any of them out (None); counted from the register, every one is known. A sum is
                known where every part is.
        district (None | str | Unset):
    """

    year: int
    figures: ProgrammeFileFigures
    district: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        figures = self.figures.to_dict()

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "figures": figures,
            }
        )
        if district is not UNSET:
            field_dict["district"] = district

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_file_figures import ProgrammeFileFigures  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        figures = ProgrammeFileFigures.from_dict(d.pop("figures"))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        programme_file_annual_plan_target = cls(
            year=year,
            figures=figures,
            district=district,
        )

        return programme_file_annual_plan_target
