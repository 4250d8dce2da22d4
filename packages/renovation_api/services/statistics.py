"""The survey's figures of a programme (统计调查), year to date: each district the caller
answers for and, for a city-wide caller, the city, in the survey's view (what happened in the
period) beside the plan's (the year's plan as it stood), from the compounds' works; and the
account of what was delivered beside the published targets (一年交小账，三年交总账)."""

import datetime
from collections import defaultdict

import attrs

import renovation_core as core
from renovation_api.services import scope
from renovation_api.services.unit_of_work import Seen, UnitOfWork
from renovation_core.errors import FieldValueError
from renovation_core.statistics import Account, Period, Quantities, SurveyFigures, accounts_of


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


async def year_to_date(
    uow: UnitOfWork, programme: str, year: int, as_of: datetime.date | None
) -> YearToDate:
    """``year`` from its first day to ``as_of`` (today by default; its last day at most), each
    view summed by district where the works are kept, the city's the sum of its districts'."""
    found = await scope.programme(uow, programme)
    day = min(as_of or uow.today, datetime.date(year, 12, 31))
    if day < datetime.date(year, 1, 1) or day > uow.today:
        field = "year" if as_of is None else "as_of"
        raise FieldValueError(field, f"{year} to {day} has not happened by {uow.today}")
    period = Period.year_to(day)
    mine = [d for d in found.districts if scope.answers_for(uow, d.code)]
    if not mine and not uow.by.city_wide:  # a street's officer answers for no place here
        return YearToDate(city=found.city, year=year, period=period, places=())
    in_period = await uow.money.survey(programme, year, period, uow.by)
    of_plan = await uow.money.survey_of_plan(programme, year, day, uow.by)
    starts = await uow.money.starts(programme, period, uow.by)

    codes = set(in_period) | set(of_plan) | set(starts)

    def place(district: core.District | None) -> PlaceFigures:
        within = [c for c in codes if district is None or c == district.code]
        by_year: defaultdict[int, Quantities] = defaultdict(Quantities)
        for code in within:
            for plan_year, started in starts.get(code, {}).items():
                by_year[plan_year] += started
        return PlaceFigures(
            district=district,
            by_period=sum((in_period.get(c, SurveyFigures()) for c in within), SurveyFigures()),
            by_plan=sum((of_plan.get(c, SurveyFigures()) for c in within), SurveyFigures()),
            started_by_plan_year=dict(sorted(by_year.items())),
        )

    places = [place(d) for d in mine]
    if uow.by.city_wide:
        places.append(place(None))
    return YearToDate(city=found.city, year=year, period=period, places=tuple(places))


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
    rows = accounts_of(found, await uow.money.deliveries(programme, day, uow.by))
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
    # Counted over the compounds the caller sees: the city's cell is its districts' sum.
    seen = Seen(by=uow.by)
    in_scope, covered = await uow.register.coverage_counts(programme, found.catalogue, day, seen)
    cells = core.coverage_cells(found, in_scope, covered)
    return found, tuple(
        c
        for c in cells
        if (uow.by.city_wide if c.district is None else scope.answers_for(uow, c.district))
    )
