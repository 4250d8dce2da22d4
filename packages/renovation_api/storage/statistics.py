"""The survey's figures summed by the database: ``renovation_core.statistics.by_period`` of a
programme's planned compounds, district by district, in four GROUP BYs (planned, started,
completed, paid) over the days the projects' columns copy from their records, so that a
province's or the nation's roll-up never reads a register whole; and the monthly reports' and
the contracts' progress the same way."""

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
from renovation_core.delivery import Stage
from renovation_core.oversight import Progress
from renovation_core.statistics import Period, Quantities, SurveyFigures

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


async def by_district(
    conn: Connection,
    programme_id: int,
    year: int,
    period: Period,
    seen_by: core.Principal,
) -> dict[str, SurveyFigures]:
    """Each district's figures: ``year``'s plan as planned, and what started, completed and
    was paid within ``period``, whatever the plan it belongs to."""
    planned_compounds = (
        sa.select()
        .select_from(pl.join(c, c.c.id == pl.c.compound_id))
        .where(c.c.programme_id == programme_id, *within(seen_by))
        .group_by(c.c.district_code)
    )
    live = planned_compounds.join(
        pr, sa.and_(pr.c.compound_id == c.c.id, pr.c.stage != Stage.CANCELLED.code)
    )

    def reached(day: sa.Column[Any]) -> sa.Select[Any]:
        return live.add_columns(*_SIZE).where(day.between(period.first, period.last))

    planned = planned_compounds.add_columns(*_SIZE, sa.func.sum(pl.c.investment_fen)).where(
        pl.c.year == year
    )
    paid = (
        planned_compounds.join(f, f.c.compound_id == c.c.id)
        .join(e, e.c.funding_id == f.c.id)
        .add_columns(c.c.district_code, sa.func.sum(SIGNED_FEN))
        .where(e.c.paid_on.between(period.first, period.last))
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


async def progress_by_district(
    conn: Connection, programme_id: int, year: int, day: datetime.date, seen_by: core.Principal
) -> dict[str, Progress]:
    """Each district's ``core.oversight.progress``: ``year``'s planned compounds ``seen_by``
    may see, those whose live project had first reached construction and completion by
    ``day`` (the days its columns copy from its record), and all the money paid for them by
    then, in two GROUP BYs."""
    planned = (
        sa.select()
        .select_from(pl.join(c, c.c.id == pl.c.compound_id))
        .where(c.c.programme_id == programme_id, pl.c.year == year, *within(seen_by))
        .group_by(c.c.district_code)
    )

    def reached(column: sa.Column[Any]) -> tuple[sa.ColumnElement[Any], ...]:
        by_day = column <= day
        return (
            sa.func.sum(sa.case((by_day, 1), else_=0)),
            sa.func.sum(sa.case((by_day, c.c.households), else_=0)),
        )

    counts = planned.outerjoin(  # one live project at most (a partial unique index)
        pr, sa.and_(pr.c.compound_id == c.c.id, pr.c.stage != Stage.CANCELLED.code)
    ).add_columns(
        c.c.district_code,
        sa.func.count(),
        sa.func.sum(c.c.households),
        *reached(pr.c.started_on),
        *reached(pr.c.completed_on),
    )
    paid = (
        planned.join(f, f.c.compound_id == c.c.id)
        .join(e, e.c.funding_id == f.c.id)
        .add_columns(c.c.district_code, sa.func.sum(SIGNED_FEN))
        .where(e.c.paid_on <= day)
    )
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
