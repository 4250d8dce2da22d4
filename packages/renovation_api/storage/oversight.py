"""Oversight records. Each version of a monthly report is one row, never rewritten; the unique
key (programme, district, month, version) settles two submissions racing for the same version.
Aftercare records are one per compound (``records``), read here programme-wide for coverage."""

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from renovation_api.storage import tables
from renovation_api.storage.register import new_revision
from renovation_core.converter import structure, unstructure
from renovation_core.oversight import Aftercare, Month, MonthlyReport, ResponsibilityContract

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


async def insert_contract(
    conn: AsyncConnection, programme_id: int, contract: ResponsibilityContract
) -> str:
    revision = new_revision()
    await conn.execute(
        tables.responsibility_contracts.insert().values(
            programme_id=programme_id,
            district_code=contract.district,
            year=contract.year,
            record=unstructure(contract),
            revision=revision,
        )
    )
    return revision
