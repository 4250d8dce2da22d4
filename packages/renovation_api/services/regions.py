"""The reporting chain above the city: provinces from their files, figures regions declare,
and the survey's figures rolled up from district to nation for a month or a year to date.

A region's figures are computed where its programme is kept here (a city and its districts,
from the compounds' works, in the survey's view), declared where the region submits them, and
summed from the regions under it otherwise (the core's ``roll_up``).
"""

import datetime
from collections import defaultdict

import attrs

import renovation_core as core
from renovation_api.services import resources, scope
from renovation_api.services.errors import NotFound, NotPermitted, OutsideScope
from renovation_api.services.unit_of_work import Stored, UnitOfWork
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.labels import Labelled
from renovation_core.oversight import Month
from renovation_core.register.regions import NATION, Level, country, level_of, parent_of, within
from renovation_core.statistics import (
    Declaration,
    Line,
    Mismatch,
    Period,
    Source,
    SurveyFigures,
    declare,
    mismatches,
    month_alone,
    roll_up,
)


class Span(Labelled):
    MONTH = ("month", "本月")
    YEAR_TO_DATE = ("year_to_date", "本年累计")


@attrs.frozen(kw_only=True)
class AddProvince:
    province: core.Region


@attrs.frozen(kw_only=True)
class Declare:
    """A region's year to date at a month's end, dated the day it is received."""

    region: str
    month: Month
    figures: SurveyFigures


@attrs.frozen(kw_only=True)
class CorrectDeclaration(Declare):
    reason: str


@attrs.frozen(kw_only=True)
class RollUp:
    """A region's line (two levels of the regions under it), for ``span`` ending with
    ``month`` (or today, within it), and the lines whose figures are not their parts' sum."""

    line: Line
    month: Month
    span: Span
    period: Period
    findings: tuple[Mismatch, ...]


async def add_province(command: AddProvince, uow: UnitOfWork) -> Stored[core.Region]:
    """Store a province file; only a deployment's administrator (bound to no region) adds
    one, and a province is added once."""
    if uow.by.region is not None:
        raise NotPermitted("the deployment's administrator adds provinces")
    province = core.register.province(command.province)
    if any(p.code == province.code for p in await uow.regions.provinces()):
        raise RuleViolation("duplicate", f"province {province.code} is held already")
    stored = await uow.regions.add(province)
    await uow.audit.record("create", resources.region(province.code), after=stored)
    return stored


async def nation(uow: UnitOfWork) -> core.Region:
    """The nation over every province held, each city with the districts its programmes kept
    here hold."""
    provinces = await uow.regions.provinces()
    kept: defaultdict[str, dict[str, core.Region]] = defaultdict(dict)
    for programme in await uow.programmes.within(NATION):
        for d in programme.districts:
            shown = core.Region(code=d.code, name=d.name, name_en=d.name_en)
            kept[parent_of(d.code) or NATION].setdefault(d.code, shown)

    def grafted(region: core.Region) -> core.Region:
        if region.level is Level.CITY:
            named = {p.code: p for p in region.parts} | kept[region.code]
            return attrs.evolve(region, parts=tuple(named[c] for c in sorted(named)))
        return attrs.evolve(region, parts=tuple(grafted(p) for p in region.parts))

    return grafted(country(tuple(provinces)))


async def region(uow: UnitOfWork, code: str) -> core.Region:
    """The region and the regions under it; every region is public."""
    found = (await nation(uow)).find(code)
    if found is None:
        raise NotFound(f"region {code}")
    return found


async def _around(uow: UnitOfWork, code: str) -> list[core.Programme]:
    """The programmes kept here within the region, or holding it (a district of a city
    whose programme is kept here)."""
    province = NATION if level_of(code) is Level.NATION else code[:2] + "0000"
    return [
        p
        for p in await uow.programmes.within(province)
        if within(p.city.code, code) or within(code, p.city.code)
    ]


async def _computed_year(uow: UnitOfWork, code: str, year: int) -> bool:
    """Whether a programme kept here holds the region and covers ``year``."""
    return any(year in p.years and within(code, p.city.code) for p in await _around(uow, code))


def _latest(
    found: dict[tuple[str, Month], list[Declaration]], key: tuple[str, Month]
) -> SurveyFigures | None:
    versions = found.get(key)
    return versions[-1].figures if versions else None


async def _declare(uow: UnitOfWork, command: Declare, reason: str | None) -> Stored[Declaration]:
    code, month = command.region, command.month
    if (await nation(uow)).find(code) is None:
        raise FieldValueError("region", f"no region {code} is held (load its province first)")
    if not uow.by.declares_for(code):
        raise OutsideScope(f"region {code}'s figures are not this caller's to declare", ("region",))
    versions = await uow.declarations.versions(code, month)
    if reason is not None and not versions:
        raise NotFound(f"a declaration of region {code} for {month} to correct")
    found = await uow.declarations.of_year(month.year, code)
    declared = sorted(m for r, m in found if r == code and m != month)
    before = [m for m in declared if m < month]
    after = [m for m in declared if m > month]
    declaration = declare(
        versions,
        code,
        month,
        command.figures,
        computed=await _computed_year(uow, code, month.year),
        neighbours=(
            (before[-1], found[code, before[-1]][-1].figures) if before else None,
            (after[0], found[code, after[0]][-1].figures) if after else None,
        ),
        on=uow.today,
        by=uow.by.actor,
        reason=reason,
    )
    stored = await uow.declarations.add(declaration)
    resource = resources.declaration(code, str(month))
    # A correction is recorded beside the version it corrects: what it changed is what differs.
    corrected = attrs.evolve(stored, value=versions[-1]) if reason else None
    await uow.audit.record(
        "correct" if reason else "submit", resource, before=corrected, after=stored
    )
    return stored


async def declare_figures(command: Declare, uow: UnitOfWork) -> Stored[Declaration]:
    """A region's first declaration for a month; a second is refused (the core's
    ``declare``): a correction is a new version with its reason."""
    return await _declare(uow, command, None)


async def correct_declaration(command: CorrectDeclaration, uow: UnitOfWork) -> Stored[Declaration]:
    return await _declare(uow, command, command.reason)


async def declarations(uow: UnitOfWork, code: str, month: Month) -> list[Declaration]:
    """Every version of the region's declaration for the month, if the caller sees it."""
    found = await uow.declarations.versions(code, month)
    if not found or not scope.sees_region(uow, code):
        raise NotFound(f"a declaration of region {code} for {month}")
    return found


def _period(month: Month, span: Span, today: datetime.date) -> Period:
    first = month.first_day if span is Span.MONTH else datetime.date(month.year, 1, 1)
    return Period(first=first, last=min(month.last_day, today))


async def _computed(
    uow: UnitOfWork, top: core.Region, month: Month, period: Period
) -> dict[str, tuple[Source, SurveyFigures]]:
    """The figures of every programme's city kept here within ``top`` (or holding it), and of
    its districts, from the works of its programmes that cover the year."""
    summed: defaultdict[str, SurveyFigures] = defaultdict(SurveyFigures)
    for programme in await _around(uow, top.code):
        if month.year not in programme.years:
            continue
        districts = await uow.money.survey(programme.code, month.year, period, uow.by)
        for district, figures in districts.items():
            summed[district] += figures
            summed[programme.city.code] += figures
    return {code: (Source.COMPUTED, figures) for code, figures in summed.items()}


async def _declared(
    uow: UnitOfWork, top: core.Region, month: Month, span: Span
) -> dict[str, tuple[Source, SurveyFigures]]:
    """The latest declared figures of every region within ``top`` for the month (a month
    alone from its year to date and the month before's, which it needs)."""
    found = await uow.declarations.of_year(month.year, top.code)
    given = {}
    for code in {r for r, m in found if m == month}:
        ytd = found[code, month][-1].figures
        if span is Span.YEAR_TO_DATE or month.month == 1:
            given[code] = (Source.DECLARED, ytd)
        elif (before := _latest(found, (code, month.previous))) is not None:
            given[code] = (Source.DECLARED, month_alone(ytd, before))
    return given


def _trimmed(line: Line, depth: int = 2) -> Line:
    """The line and ``depth`` levels of the lines under it."""
    parts = tuple(_trimmed(p, depth - 1) for p in line.parts) if depth else ()
    return attrs.evolve(line, parts=parts)


async def survey(uow: UnitOfWork, code: str, month: Month, span: Span) -> RollUp:
    """The region's survey figures for the month (alone or the year to date), each region two
    levels under it beside them, computed, declared or summed."""
    if not scope.sees_region(uow, code):
        raise NotFound(f"region {code}")
    if month.first_day > uow.today:
        raise FieldValueError("month", f"{month} has not begun (today is {uow.today})")
    top = await region(uow, code)
    period = _period(month, span, uow.today)
    given = await _declared(uow, top, month, span)
    given.update(await _computed(uow, top, month, period))
    line = roll_up(top, given)
    return RollUp(
        line=_trimmed(line),
        month=month,
        span=span,
        period=period,
        findings=tuple(mismatches(line)),
    )
