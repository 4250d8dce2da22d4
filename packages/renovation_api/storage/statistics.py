"""The survey's figures summed by the database: ``renovation_core.statistics.by_period`` of a
programme's planned compounds, district by district, in four GROUP BYs (planned, started,
completed, paid) over the days the projects' columns copy from their records, so that a
province's or the nation's roll-up never reads a register whole; the plan's view, the starts by
plan year and the delivered account the same way, and the monthly reports' and the contracts'
progress and what the city's assessment counts."""

import datetime
from collections import defaultdict
from decimal import Decimal
from typing import Any

import attrs
import sqlalchemy as sa

import renovation_core as core
from renovation_api.storage import tables
from renovation_api.storage.connection import Connection
from renovation_api.storage.mapping import from_hundredths
from renovation_api.storage.register import within
from renovation_core.oversight import Counts, Progress, prepared_by
from renovation_core.statistics import Delivery, Period, Quantities, SurveyFigures

c, pl, pr = tables.compounds, tables.plans, tables.projects
f, e = tables.fundings, tables.ledger_entries
_SIZE = (
    c.c.district_code,
    sa.func.count(),
    sa.func.sum(c.c.buildings),
    sa.func.sum(c.c.households),
    sa.func.sum(c.c.floor_area_centi),
)


# A ledger entry's amount as it counts toward the money paid: a reversal takes its amount back
# (``Entry.signed_yuan``).
SIGNED_FEN = sa.case((e.c.reverses.is_(None), e.c.amount_fen), else_=-e.c.amount_fen)


def _quantities(row: Any) -> Quantities:
    return Quantities(
        compounds=row[1],
        buildings=int(row[2]),
        households=int(row[3]),
        floor_area_m2=from_hundredths(int(row[4])),
    )


def _planned(programme_id: int, seen_by: core.Principal, *groups: Any) -> sa.Select[Any]:
    """The planned compounds ``seen_by`` may see, grouped by ``groups``."""
    return (
        sa.select()
        .select_from(pl.join(c, c.c.id == pl.c.compound_id))
        .where(c.c.programme_id == programme_id, *within(seen_by))
        .group_by(*groups)
    )


def _live(planned: sa.Select[Any], *, outer: bool = False) -> sa.Select[Any]:
    """``planned`` joined to each compound's live project (one at most: a partial unique
    index); ``outer``, keeping the compounds without one."""
    live = sa.and_(pr.c.compound_id == c.c.id, tables.live(pr.c.stage))
    return planned.outerjoin(pr, live) if outer else planned.join(pr, live)


def _sum_where(condition: sa.ColumnElement[bool], value: Any = 1) -> sa.ColumnElement[Any]:
    """The sum of ``value`` over the rows meeting ``condition`` (0 where none does)."""
    return sa.func.sum(sa.case((condition, value), else_=0))


def _paid(planned: sa.Select[Any]) -> sa.Select[Any]:
    """``planned`` joined to its compounds' ledger entries, summing the money they paid."""
    return (
        planned.join(f, f.c.compound_id == c.c.id)
        .join(e, e.c.funding_id == f.c.id)
        .add_columns(sa.func.sum(SIGNED_FEN))
    )


async def by_district(
    conn: Connection,
    programme_id: int,
    year: int,
    period: Period,
    seen_by: core.Principal,
    *,
    of_plan: bool = False,
) -> dict[str, SurveyFigures]:
    """Each district's figures: ``year``'s plan as planned, and what started, completed and
    was paid within ``period``, whatever the plan it belongs to (``statistics.by_period``), or
    of ``year``'s plan alone (``of_plan``: ``statistics.by_plan`` when ``period`` begins with
    the calendar)."""
    planned_compounds = _planned(programme_id, seen_by, c.c.district_code)
    if of_plan:
        planned_compounds = planned_compounds.where(pl.c.year == year)
    live = _live(planned_compounds)

    def reached(day: sa.Column[Any]) -> sa.Select[Any]:
        return live.add_columns(*_SIZE).where(day.between(period.first, period.last))

    planned = planned_compounds.add_columns(*_SIZE, sa.func.sum(pl.c.investment_fen)).where(
        pl.c.year == year
    )
    paid = _paid(planned_compounds.add_columns(c.c.district_code)).where(
        e.c.paid_on.between(period.first, period.last)
    )
    found: defaultdict[str, SurveyFigures] = defaultdict(SurveyFigures)
    for row in await conn.execute(planned):
        found[row[0]] = attrs.evolve(
            found[row[0]],
            planned=_quantities(row),
            investment_planned_yuan=from_hundredths(int(row[5])),
        )
    for row in await conn.execute(reached(pr.c.started_on)):
        found[row[0]] = attrs.evolve(found[row[0]], started=_quantities(row))
    for row in await conn.execute(reached(pr.c.completed_on)):
        found[row[0]] = attrs.evolve(found[row[0]], completed=_quantities(row))
    for district, amount in await conn.execute(paid):
        found[district] = attrs.evolve(
            found[district], investment_completed_yuan=from_hundredths(int(amount))
        )
    return dict(found)


async def starts_by_district(
    conn: Connection, programme_id: int, period: Period, seen_by: core.Principal
) -> dict[str, dict[int, Quantities]]:
    """Each district's ``statistics.started_by_plan_year``: what started within ``period``, by
    the plan year each start belongs to, in one GROUP BY."""
    started = (
        _live(_planned(programme_id, seen_by, c.c.district_code, pl.c.year))
        .add_columns(*_SIZE, pl.c.year)
        .where(pr.c.started_on.between(period.first, period.last))
    )
    found: defaultdict[str, dict[int, Quantities]] = defaultdict(dict)
    for row in await conn.execute(started.order_by(pl.c.year)):
        found[row[0]][row[5]] = _quantities(row)
    return dict(found)


async def deliveries(
    conn: Connection, programme_id: int, as_of: datetime.date, seen_by: core.Principal
) -> dict[tuple[int, str], Delivery]:
    """``statistics.deliveries`` of the planned compounds ``seen_by`` may see, by plan year and
    district, in two GROUP BYs: the works accepted by ``as_of``, and the money paid by then."""
    planned = _planned(programme_id, seen_by, pl.c.year, c.c.district_code)
    accepted = _live(planned).add_columns(*_SIZE, pl.c.year).where(pr.c.accepted_on <= as_of)
    paid = _paid(planned.add_columns(pl.c.year, c.c.district_code)).where(e.c.paid_on <= as_of)
    found: defaultdict[tuple[int, str], Delivery] = defaultdict(Delivery)
    for row in await conn.execute(accepted):
        found[row[5], row[0]] += Delivery(delivered=_quantities(row))
    for year, district, amount in await conn.execute(paid):
        found[year, district] += Delivery(paid_yuan=from_hundredths(int(amount)))
    return dict(found)


async def progress_by_district(
    conn: Connection, programme_id: int, year: int, day: datetime.date, seen_by: core.Principal
) -> dict[str, Progress]:
    """Each district's ``core.oversight.progress``: ``year``'s planned compounds ``seen_by``
    may see, those whose live project had first reached construction and completion by
    ``day`` (the days its columns copy from its record), and all the money paid for them by
    then, in two GROUP BYs."""
    planned = _planned(programme_id, seen_by, c.c.district_code).where(pl.c.year == year)

    def reached(column: sa.Column[Any]) -> tuple[sa.ColumnElement[Any], ...]:
        return _sum_where(column <= day), _sum_where(column <= day, c.c.households)

    counts = _live(planned, outer=True).add_columns(
        c.c.district_code,
        sa.func.count(),
        sa.func.sum(c.c.households),
        *reached(pr.c.started_on),
        *reached(pr.c.completed_on),
    )
    paid = _paid(planned.add_columns(c.c.district_code)).where(e.c.paid_on <= day)
    invested = {district: int(fen) for district, fen in await conn.execute(paid)}
    return {
        row[0]: Progress(
            compounds_planned=row[1],
            households_planned=int(row[2]),
            compounds_started=int(row[3]),
            households_started=int(row[4]),
            compounds_completed=int(row[5]),
            households_completed=int(row[6]),
            investment_completed_yuan=from_hundredths(invested[row[0]])
            if row[0] in invested
            else Decimal(0),  # as the core's sum of no payments
        )
        for row in await conn.execute(counts)
    }


async def counts_by_district(
    conn: Connection, programme_id: int, year: int, as_of: datetime.date, seen_by: core.Principal
) -> dict[str, Counts]:
    """Each district's ``core.oversight.count`` of ``year``'s planned compounds ``seen_by`` may
    see as of ``as_of``, in one GROUP BY over the days and outcome the live projects' columns
    copy from their records."""
    by = prepared_by(year, as_of)
    held = pr.c.first_acceptance_on <= as_of
    planned = _planned(programme_id, seen_by, c.c.district_code).where(pl.c.year == year)
    query = _live(planned, outer=True).add_columns(
        c.c.district_code,
        sa.func.count(),
        _sum_where(pr.c.approved_on <= by),
        _sum_where(pr.c.let_on <= by),
        _sum_where(pr.c.started_on <= as_of),
        _sum_where(held),
        _sum_where(sa.and_(held, pr.c.first_acceptance_passed)),
    )
    return {
        row[0]: Counts(
            planned=row[1],
            approved=int(row[2]),
            tendered=int(row[3]),
            started=int(row[4]),
            held=int(row[5]),
            passed=int(row[6]),
        )
        for row in await conn.execute(query)
    }
