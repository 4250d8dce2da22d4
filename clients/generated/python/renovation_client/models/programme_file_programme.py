from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.programme_file_annual_plan_target import ProgrammeFileAnnualPlanTarget
    from ..models.programme_file_catalogue import ProgrammeFileCatalogue
    from ..models.programme_file_city import ProgrammeFileCity
    from ..models.programme_file_coverage_target import ProgrammeFileCoverageTarget
    from ..models.programme_file_district import ProgrammeFileDistrict
    from ..models.programme_file_programme_total import ProgrammeFileProgrammeTotal


T = TypeVar("T", bound="ProgrammeFileProgramme")


@_attrs_define
class ProgrammeFileProgramme:
    """The programme as published, and the settings its rules read.

    Attributes:
        code (str):
        name (str):
        city (ProgrammeFileCity): The city that runs the programme.
        start_year (int):
        end_year (int):
        eligibility_cutoff_year (int):
        districts (list[ProgrammeFileDistrict]):
        published_on (datetime.date | None | Unset):
        first_year_cutoff_year (int | None | Unset):
        catalogue (ProgrammeFileCatalogue | Unset): The items a programme's plans choose from, each code unique.
        annual_targets (list[ProgrammeFileAnnualPlanTarget] | Unset):
        total_target (None | ProgrammeFileProgrammeTotal | Unset):
        coverage_targets (list[ProgrammeFileCoverageTarget] | Unset):
        partial_annual_rows (bool | Unset):
    """

    code: str
    name: str
    city: ProgrammeFileCity
    start_year: int
    end_year: int
    eligibility_cutoff_year: int
    districts: list[ProgrammeFileDistrict]
    published_on: datetime.date | None | Unset = UNSET
    first_year_cutoff_year: int | None | Unset = UNSET
    catalogue: ProgrammeFileCatalogue | Unset = UNSET
    annual_targets: list[ProgrammeFileAnnualPlanTarget] | Unset = UNSET
    total_target: None | ProgrammeFileProgrammeTotal | Unset = UNSET
    coverage_targets: list[ProgrammeFileCoverageTarget] | Unset = UNSET
    partial_annual_rows: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.programme_file_programme_total import ProgrammeFileProgrammeTotal  # noqa: PLC0415

        code = self.code

        name = self.name

        city = self.city.to_dict()

        start_year = self.start_year

        end_year = self.end_year

        eligibility_cutoff_year = self.eligibility_cutoff_year

        districts = []
        for districts_item_data in self.districts:
            districts_item = districts_item_data.to_dict()
            districts.append(districts_item)

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        first_year_cutoff_year: int | None | Unset
        if isinstance(self.first_year_cutoff_year, Unset):
            first_year_cutoff_year = UNSET
        else:
            first_year_cutoff_year = self.first_year_cutoff_year

        catalogue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.catalogue, Unset):
            catalogue = self.catalogue.to_dict()

        annual_targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annual_targets, Unset):
            annual_targets = []
            for annual_targets_item_data in self.annual_targets:
                annual_targets_item = annual_targets_item_data.to_dict()
                annual_targets.append(annual_targets_item)

        total_target: dict[str, Any] | None | Unset
        if isinstance(self.total_target, Unset):
            total_target = UNSET
        elif isinstance(self.total_target, ProgrammeFileProgrammeTotal):
            total_target = self.total_target.to_dict()
        else:
            total_target = self.total_target

        coverage_targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coverage_targets, Unset):
            coverage_targets = []
            for coverage_targets_item_data in self.coverage_targets:
                coverage_targets_item = coverage_targets_item_data.to_dict()
                coverage_targets.append(coverage_targets_item)

        partial_annual_rows = self.partial_annual_rows

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "city": city,
                "start_year": start_year,
                "end_year": end_year,
                "eligibility_cutoff_year": eligibility_cutoff_year,
                "districts": districts,
            }
        )
        if published_on is not UNSET:
            field_dict["published_on"] = published_on
        if first_year_cutoff_year is not UNSET:
            field_dict["first_year_cutoff_year"] = first_year_cutoff_year
        if catalogue is not UNSET:
            field_dict["catalogue"] = catalogue
        if annual_targets is not UNSET:
            field_dict["annual_targets"] = annual_targets
        if total_target is not UNSET:
            field_dict["total_target"] = total_target
        if coverage_targets is not UNSET:
            field_dict["coverage_targets"] = coverage_targets
        if partial_annual_rows is not UNSET:
            field_dict["partial_annual_rows"] = partial_annual_rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_file_annual_plan_target import ProgrammeFileAnnualPlanTarget  # noqa: PLC0415
        from ..models.programme_file_catalogue import ProgrammeFileCatalogue  # noqa: PLC0415
        from ..models.programme_file_city import ProgrammeFileCity  # noqa: PLC0415
        from ..models.programme_file_coverage_target import ProgrammeFileCoverageTarget  # noqa: PLC0415
        from ..models.programme_file_district import ProgrammeFileDistrict  # noqa: PLC0415
        from ..models.programme_file_programme_total import ProgrammeFileProgrammeTotal  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        city = ProgrammeFileCity.from_dict(d.pop("city"))

        start_year = d.pop("start_year")

        end_year = d.pop("end_year")

        eligibility_cutoff_year = d.pop("eligibility_cutoff_year")

        districts = []
        _districts = d.pop("districts")
        for districts_item_data in _districts:
            districts_item = ProgrammeFileDistrict.from_dict(districts_item_data)

            districts.append(districts_item)

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        def _parse_first_year_cutoff_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        first_year_cutoff_year = _parse_first_year_cutoff_year(d.pop("first_year_cutoff_year", UNSET))

        _catalogue = d.pop("catalogue", UNSET)
        catalogue: ProgrammeFileCatalogue | Unset
        if isinstance(_catalogue, Unset):
            catalogue = UNSET
        else:
            catalogue = ProgrammeFileCatalogue.from_dict(_catalogue)

        _annual_targets = d.pop("annual_targets", UNSET)
        annual_targets: list[ProgrammeFileAnnualPlanTarget] | Unset = UNSET
        if _annual_targets is not UNSET:
            annual_targets = []
            for annual_targets_item_data in _annual_targets:
                annual_targets_item = ProgrammeFileAnnualPlanTarget.from_dict(annual_targets_item_data)

                annual_targets.append(annual_targets_item)

        def _parse_total_target(data: object) -> None | ProgrammeFileProgrammeTotal | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_target_type_0 = ProgrammeFileProgrammeTotal.from_dict(data)

                return total_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgrammeFileProgrammeTotal | Unset, data)

        total_target = _parse_total_target(d.pop("total_target", UNSET))

        _coverage_targets = d.pop("coverage_targets", UNSET)
        coverage_targets: list[ProgrammeFileCoverageTarget] | Unset = UNSET
        if _coverage_targets is not UNSET:
            coverage_targets = []
            for coverage_targets_item_data in _coverage_targets:
                coverage_targets_item = ProgrammeFileCoverageTarget.from_dict(coverage_targets_item_data)

                coverage_targets.append(coverage_targets_item)

        partial_annual_rows = d.pop("partial_annual_rows", UNSET)

        programme_file_programme = cls(
            code=code,
            name=name,
            city=city,
            start_year=start_year,
            end_year=end_year,
            eligibility_cutoff_year=eligibility_cutoff_year,
            districts=districts,
            published_on=published_on,
            first_year_cutoff_year=first_year_cutoff_year,
            catalogue=catalogue,
            annual_targets=annual_targets,
            total_target=total_target,
            coverage_targets=coverage_targets,
            partial_annual_rows=partial_annual_rows,
        )

        return programme_file_programme
