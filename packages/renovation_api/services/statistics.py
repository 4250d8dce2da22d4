"""The survey's figures of a programme (统计调查), year to date: each district the caller
answers for and, for a city-wide caller, the city, in the survey's view (what happened in the
period) beside the plan's (the year's plan as it stood), from the compounds' works; and the
account of what was delivered beside the published targets (一年交小账，三年交总账)."""

import datetime

import attrs

import renovation_core as core
from renovation_api.services import scope
from renovation_api.services.unit_of_work import UnitOfWork
from renovation_core.errors import FieldValueError
from renovation_core.statistics import (
    Account,
    Period,
    Quantities,
    SurveyFigures,
    Works,
    accounts,
    by_period,
    by_plan,
    delivered_coverage,
    started_by_plan_year,
)


@attrs.frozen(kw_only=True)
class PlaceFigures:
    """One district's figures (``district`` None: the city's), both views, and what started in
    the period by the plan year it belongs to."""

    district: core.District | None
    by_period: SurveyFigures
    by_plan: SurveyFigures
    started_by_plan_year: dict[int, Quantities]


@attrs.frozen(kw_only=True)
class YearToDate:
    city: core.City
    year: int
    period: Period
    places: tuple[PlaceFigures, ...]  # the districts in the plan's order, then the city's


def _figures(
    works: list[Works], district: core.District | None, year: int, period: Period
) -> PlaceFigures:
    mine = [w for w in works if district is None or w.district == district.code]
    return PlaceFigures(
        district=district,
        by_period=by_period(mine, year, period),
        by_plan=by_plan(mine, year, period.last),
        started_by_plan_year=started_by_plan_year(mine, period),
    )


async def year_to_date(
    uow: UnitOfWork, programme: str, year: int, as_of: datetime.date | None
) -> YearToDate:
    """``year`` from its first day to ``as_of`` (today by default; its last day at most)."""
    found = await scope.programme(uow, programme)
    day = min(as_of or uow.today, datetime.date(year, 12, 31))
    if day < datetime.date(year, 1, 1) or day > uow.today:
        field = "year" if as_of is None else "as_of"
        raise FieldValueError(field, f"{year} to {day} has not happened by {uow.today}")
    period = Period.year_to(day)
    works = await programme_works(uow, programme)
    places = [
        _figures(works, d, year, period) for d in found.districts if scope.answers_for(uow, d.code)
    ]
    if uow.by.city_wide:
        places.append(_figures(works, None, year, period))
    return YearToDate(city=found.city, year=year, period=period, places=tuple(places))


async def programme_works(uow: UnitOfWork, programme: str) -> list[Works]:
    """The works of every planned compound the caller may see."""
    return [
        Works.of(m.compound, m.plan, m.project, m.ledger)
        for m in await uow.money.compounds(programme, uow.by)
    ]


@attrs.frozen(kw_only=True)
class DeliveredAccount:
    programme: core.Programme
    as_of: datetime.date
    rows: tuple[Account, ...]


async def delivered(
    uow: UnitOfWork, programme: str, as_of: datetime.date | None
) -> DeliveredAccount:
    """Each published row the caller answers for (its districts'; the totals and the
    programme's for a city-wide caller) beside what was delivered by ``as_of`` (today by
    default)."""
    found = await scope.programme(uow, programme)
    day = as_of or uow.today
    if day > uow.today:
        raise FieldValueError("as_of", f"{day} is after today ({uow.today})")
    rows = accounts(found, await programme_works(uow, programme), day)
    return DeliveredAccount(
        programme=found,
        as_of=day,
        rows=tuple(
            r
            for r in rows
            if (uow.by.city_wide if r.district is None else scope.answers_for(uow, r.district))
        ),
    )


async def coverage_delivered(
    uow: UnitOfWork, programme: str, as_of: datetime.date | None
) -> tuple[core.Programme, tuple[core.CoverageCell, ...]]:
    """Coverage on the works delivered by ``as_of`` (today by default): the cells of the
    districts the caller answers for, and the city's for a city-wide caller."""
    found = await scope.programme(uow, programme)
    day = as_of or uow.today
    if day > uow.today:
        raise FieldValueError("as_of", f"{day} is after today ({uow.today})")
    compounds, plans = await uow.register.whole(programme)
    projects = [s.value for s in await uow.projects.every(programme)]
    cells = delivered_coverage(found, compounds, plans, projects, day)
    return found, tuple(
        c
        for c in cells
        if (uow.by.city_wide if c.district is None else scope.answers_for(uow, c.district))
    )
