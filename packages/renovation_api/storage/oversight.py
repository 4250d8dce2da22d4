"""Oversight records. Each version of a monthly report is one row, never rewritten; the unique
key (programme, district, month, version) settles two submissions racing for the same version.
Aftercare records and nominations are one per compound (``records``), read here programme-wide;
a contract is one per district and year, an assessment one per year."""

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from renovation_api.storage import tables
from renovation_api.storage.register import new_revision
from renovation_core.converter import structure, unstructure
from renovation_core.oversight import (
    Aftercare,
    Assessment,
    Month,
    MonthlyReport,
    Nomination,
    Pairing,
    ResponsibilityContract,
)

m = tables.monthly_reports


async def versions(
    conn: AsyncConnection, programme_id: int, district: str, month: Month
) -> list[MonthlyReport]:
    """The district's versions of its report for ``month``, first to last."""
    query = (
        sa.select(m.c.record)
        .where(
            m.c.programme_id == programme_id,
            m.c.district_code == district,
            m.c.month == str(month),
        )
        .order_by(m.c.version)
    )
    return [structure(record, MonthlyReport) for record in await conn.scalars(query)]


async def of_months(
    conn: AsyncConnection, programme_id: int, months: list[Month]
) -> dict[tuple[str, Month], list[MonthlyReport]]:
    """Every district's versions for each of ``months``."""
    query = (
        sa.select(m.c.record)
        .where(m.c.programme_id == programme_id, m.c.month.in_([str(x) for x in months]))
        .order_by(m.c.district_code, m.c.month, m.c.version)
    )
    found: dict[tuple[str, Month], list[MonthlyReport]] = defaultdict(list)
    for record in await conn.scalars(query):
        report = structure(record, MonthlyReport)
        found[report.district, report.month].append(report)
    return found


async def insert(conn: AsyncConnection, programme_id: int, report: MonthlyReport) -> None:
    values: dict[str, Any] = {
        "programme_id": programme_id,
        "district_code": report.district,
        "month": str(report.month),
        "version": report.version,
        "record": unstructure(report),
    }
    await conn.execute(m.insert().values(**values))


async def all_aftercare(conn: AsyncConnection, programme_id: int) -> dict[str, Aftercare]:
    """Every aftercare record of the programme's compounds, by compound code."""
    a, c = tables.aftercare, tables.compounds
    query = (
        sa.select(c.c.code, a.c.record)
        .join(c, c.c.id == a.c.compound_id)
        .where(c.c.programme_id == programme_id)
    )
    return {row.code: structure(row.record, Aftercare) for row in await conn.execute(query)}


async def get_contract(
    conn: AsyncConnection, programme_id: int, district: str, year: int, *, lock: bool = False
) -> sa.Row[Any] | None:
    k = tables.responsibility_contracts
    query = sa.select(k).where(
        k.c.programme_id == programme_id, k.c.district_code == district, k.c.year == year
    )
    return (await conn.execute(query.with_for_update() if lock else query)).first()


async def list_contracts(
    conn: AsyncConnection, programme_id: int, year: int | None
) -> list[ResponsibilityContract]:
    k = tables.responsibility_contracts
    query = sa.select(k.c.record).where(k.c.programme_id == programme_id)
    if year is not None:
        query = query.where(k.c.year == year)
    query = query.order_by(k.c.year, k.c.district_code)
    return [structure(r, ResponsibilityContract) for r in await conn.scalars(query)]


async def insert_record(conn: AsyncConnection, table: sa.Table, **values: Any) -> tuple[int, str]:
    """Store a new row of ``table`` whose record is ``values["record"]``; its id and revision."""
    revision = new_revision()
    values["record"] = unstructure(values["record"])
    row_id = await conn.scalar(
        table.insert().values(**values, revision=revision).returning(table.c.id)
    )
    assert row_id is not None
    return row_id, revision


async def pairings(
    conn: AsyncConnection, programme_id: int, district: str | None = None
) -> list[tuple[int, Pairing]]:
    """The programme's pairings (one district's), by id."""
    p = tables.pairings
    query = sa.select(p.c.id, p.c.record).where(p.c.programme_id == programme_id)
    if district is not None:
        query = query.where(p.c.district_code == district)
    rows = await conn.execute(query.order_by(p.c.id))
    return [(row.id, structure(row.record, Pairing)) for row in rows]


async def get_pairing(
    conn: AsyncConnection, programme_id: int, pairing_id: int, *, lock: bool = False
) -> Any:
    p = tables.pairings
    query = sa.select(p).where(p.c.programme_id == programme_id, p.c.id == pairing_id)
    return (await conn.execute(query.with_for_update() if lock else query)).first()


async def count_pairings(conn: AsyncConnection, programme_id: int) -> int:
    p = tables.pairings
    query = sa.select(sa.func.count()).where(p.c.programme_id == programme_id)
    return await conn.scalar(query) or 0


async def districts_of(
    conn: AsyncConnection, programme_id: int, codes: Sequence[str]
) -> dict[str, str]:
    """The districts of those of ``codes`` that are compounds of the programme."""
    c = tables.compounds
    query = sa.select(c.c.code, c.c.district_code).where(
        c.c.programme_id == programme_id, c.c.code.in_(codes)
    )
    return {row.code: row.district_code for row in await conn.execute(query)} if codes else {}


async def get_assessment(conn: AsyncConnection, programme_id: int, year: int) -> sa.Row[Any] | None:
    a = tables.assessments
    query = sa.select(a).where(a.c.programme_id == programme_id, a.c.year == year)
    return (await conn.execute(query)).first()


async def assessments(conn: AsyncConnection, programme_id: int) -> list[Assessment]:
    a = tables.assessments
    query = sa.select(a.c.record).where(a.c.programme_id == programme_id).order_by(a.c.year)
    return [structure(r, Assessment) for r in await conn.scalars(query)]


async def nominations(
    conn: AsyncConnection, programme_id: int, district: str | None, year: int | None
) -> list[tuple[str, Nomination]]:
    """The programme's nominations with their compounds' districts, by compound code."""
    n, c = tables.nominations, tables.compounds
    query = (
        sa.select(c.c.district_code, n.c.record)
        .join(c, c.c.id == n.c.compound_id)
        .where(c.c.programme_id == programme_id)
        .order_by(c.c.code)
    )
    if district is not None:
        query = query.where(c.c.district_code == district)
    found = [
        (row.district_code, structure(row.record, Nomination)) for row in await conn.execute(query)
    ]
    return [(d, x) for d, x in found if year in (None, x.year)]
