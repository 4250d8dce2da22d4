"""Provinces, each kept whole as its file describes it, and the figures regions declare, each
version one row never rewritten; the unique key (region, month, version) settles two
declarations racing for the same version."""

from collections import defaultdict

import sqlalchemy as sa

import renovation_core as core
from renovation_api.services.unit_of_work import Stored
from renovation_api.storage import tables
from renovation_api.storage.connection import Connection
from renovation_core.converter import structure, unstructure
from renovation_core.oversight import Month
from renovation_core.statistics import Declaration

p, d = tables.provinces, tables.declarations


class SqlRegions:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def provinces(self) -> list[core.Region]:
        rows = await self._conn.scalars(sa.select(p.c.record).order_by(p.c.code))
        return [structure(record, core.Region) for record in rows]

    async def add(self, province: core.Region) -> Stored[core.Region]:
        await self._conn.execute(
            p.insert().values(code=province.code, record=unstructure(province))
        )
        return Stored(value=province, revision="")


class SqlDeclarations:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def versions(self, region: str, month: Month) -> list[Declaration]:
        query = (
            sa.select(d.c.record)
            .where(d.c.region_code == region, d.c.month == str(month))
            .order_by(d.c.version)
        )
        return [structure(record, Declaration) for record in await self._conn.scalars(query)]

    async def of_year(self, year: int, within: str) -> dict[tuple[str, Month], list[Declaration]]:
        query = (
            sa.select(d.c.record)
            .where(
                d.c.month.like(f"{year:04d}-%"),
                d.c.region_code.like(f"{core.register.regions.prefix(within)}%"),
            )
            .order_by(d.c.region_code, d.c.month, d.c.version)
        )
        found: dict[tuple[str, Month], list[Declaration]] = defaultdict(list)
        for record in await self._conn.scalars(query):
            declaration = structure(record, Declaration)
            found[declaration.region, declaration.month].append(declaration)
        return found

    async def add(self, declaration: Declaration) -> Stored[Declaration]:
        await self._conn.execute(
            d.insert().values(
                region_code=declaration.region,
                month=str(declaration.month),
                version=declaration.version,
                record=unstructure(declaration),
            )
        )
        return Stored(value=declaration, revision="")
