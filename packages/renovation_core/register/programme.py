"""A city's multi-year renovation programme (改造行动实施方案): where, when, what and how much."""

import datetime
from collections.abc import Iterator
from functools import cached_property

import attrs

from renovation_core.errors import DataError, FieldError, FieldValueError
from renovation_core.register.catalogue import STANDARD_CATALOGUE, Catalogue
from renovation_core.register.geography import City, District, Street
from renovation_core.register.targets import AnnualPlanTarget, CoverageTarget, ProgrammeTotal
from renovation_core.validators import (
    MAX_DISTRICTS,
    MAX_PROGRAMME_YEARS,
    at_most,
    code,
    not_blank,
    plausible_year,
    unique_by,
)


@attrs.frozen(kw_only=True)
class Programme:
    """The programme as published, and the settings its rules read.

    ``eligibility_cutoff_year``: compounds built in or before this year are in scope (2005 for the
    reference plan, "built before the end of 2005"). ``first_year_cutoff_year``: those built in or
    before it must all be renovated in the first year (2000 for the reference plan).
    ``partial_annual_rows``: the annual tables publish rows for some districts only, their
    totals covering every district (the consistency report then explains a total above its rows
    instead of flagging it).
    """

    code: str = attrs.field(validator=code)
    name: str = attrs.field(validator=not_blank)
    city: City
    published_on: datetime.date | None = None
    start_year: int = attrs.field(validator=plausible_year)
    end_year: int = attrs.field(validator=plausible_year)
    eligibility_cutoff_year: int = attrs.field(validator=plausible_year)
    first_year_cutoff_year: int | None = attrs.field(default=None)
    districts: tuple[District, ...] = attrs.field(
        validator=[
            at_most(MAX_DISTRICTS, "districts"),
            unique_by(lambda d: d.code, "district code"),
        ]
    )
    catalogue: Catalogue = STANDARD_CATALOGUE
    annual_targets: tuple[AnnualPlanTarget, ...] = ()
    total_target: ProgrammeTotal | None = None
    coverage_targets: tuple[CoverageTarget, ...] = ()
    partial_annual_rows: bool = False

    @end_year.validator
    def _after_start(self, attribute: "attrs.Attribute[int]", value: int) -> None:
        if value < self.start_year:
            raise FieldValueError(
                attribute.name, f"must not be before start_year {self.start_year}, got {value}"
            )
        if value - self.start_year >= MAX_PROGRAMME_YEARS:
            raise FieldValueError(
                attribute.name,
                f"a programme spans at most {MAX_PROGRAMME_YEARS} years, got "
                f"{self.start_year}–{value}",
            )

    @first_year_cutoff_year.validator
    def _before_cutoff(self, attribute: "attrs.Attribute[int | None]", value: int | None) -> None:
        if value is not None and value > self.eligibility_cutoff_year:
            raise FieldValueError(
                attribute.name,
                f"must not be after eligibility_cutoff_year {self.eligibility_cutoff_year}, "
                f"got {value}",
            )

    def __attrs_post_init__(self) -> None:
        errors = list(self._target_reference_errors())
        if errors:
            raise DataError(errors)

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)

    def report_year(self, year: int | None) -> None:
        """Refuse a report for a year the programme does not run (``None``: every year)."""
        if year is not None and year not in self.years:
            raise FieldValueError(
                "year", f"{year} is outside the programme ({self.start_year}–{self.end_year})"
            )

    def district(self, code: str) -> District:
        """The district with ``code``; ``KeyError`` if the programme has none."""
        return self._places[code][0]

    def street(self, district: str, code: str) -> Street | None:
        """The street with ``code`` in the district with code ``district``, if there is one."""
        found = self._places.get(district)
        return None if found is None else found[1].get(code)

    @cached_property
    def _places(self) -> dict[str, tuple[District, dict[str, Street]]]:
        """Each district by code, with its streets by code: every compound's place is looked
        up, and a nation's programme has thousands of streets."""
        return {d.code: (d, {s.code: s for s in d.streets}) for d in self.districts}

    def _target_reference_errors(self) -> Iterator[FieldError]:
        """Targets must name this programme's districts and years, one row per key."""
        codes = {d.code for d in self.districts}
        seen_annual: set[tuple[int, str | None]] = set()
        for i, row in enumerate(self.annual_targets):
            where = f"annual_targets[{i}]"
            if row.year not in self.years:
                yield FieldError(
                    path=f"{where}.year",
                    message=f"year {row.year} is outside the programme "
                    f"({self.start_year}–{self.end_year})",
                )
            if row.district is not None and row.district not in codes:
                yield FieldError(
                    path=f"{where}.district", message=f"unknown district {row.district!r}"
                )
            if (row.year, row.district) in seen_annual:
                yield FieldError(
                    path=where,
                    message=f"a second target for year {row.year}, "
                    f"{'the city total' if row.district is None else row.district}",
                )
            seen_annual.add((row.year, row.district))
        seen_coverage: set[tuple[str, str | None]] = set()
        for i, target in enumerate(self.coverage_targets):
            where = f"coverage_targets[{i}]"
            if target.district is not None and target.district not in codes:
                yield FieldError(
                    path=f"{where}.district", message=f"unknown district {target.district!r}"
                )
            key = (target.category.code, target.district)
            if key in seen_coverage:
                yield FieldError(
                    path=where, message=f"a second {target.category.code} coverage target"
                )
            seen_coverage.add(key)
