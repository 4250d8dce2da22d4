"""Programmes and their published parts: stored whole, read whole or by part."""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

import renovation_core as core
from renovation_api.services.unit_of_work import Published, Stored
from renovation_api.storage import funding, mapping, register, tables
from renovation_api.storage.connection import Connection
from renovation_api.storage.register import new_revision
from renovation_core.register.regions import NATION, prefix

CHILD_TABLES = {
    "districts": tables.districts,
    "streets": tables.streets,
    "communities": tables.communities,
    "catalogue_items": tables.catalogue_items,
    "annual_targets": tables.annual_targets,
    "coverage_targets": tables.coverage_targets,
}


async def insert_programme(conn: Connection, dataset: core.Dataset) -> int:
    """Store a programme, its published parts and its policy; returns its id."""
    programme = dataset.programme
    result = await conn.execute(
        tables.programmes.insert().values(
            **mapping.programme_values(programme, dataset.provenance, dataset.policy),
            revision=new_revision(),
        )
    )
    new_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    for name, rows in mapping.programme_children(programme, new_id).items():
        if rows:
            await conn.execute(CHILD_TABLES[name].insert(), rows)
    return new_id


async def programme_id(conn: Connection, code: str) -> int | None:
    return await conn.scalar(
        sa.select(tables.programmes.c.id).where(tables.programmes.c.code == code)
    )


async def load_programme(conn: Connection, code: str) -> tuple[sa.Row[Any], core.Programme] | None:
    """The programme's row and its domain object, or ``None``."""
    row = (
        await conn.execute(sa.select(tables.programmes).where(tables.programmes.c.code == code))
    ).first()
    if row is None:
        return None
    children: dict[str, Sequence[Any]] = {}
    for name, table in CHILD_TABLES.items():
        result = await conn.execute(sa.select(table).where(table.c.programme_id == row.id))
        children[name] = result.mappings().all()
    return row, mapping.programme_from_rows(row._mapping, children)


async def list_programmes(
    conn: Connection, after: str | None, limit: int | None, within: str = NATION
) -> Sequence[sa.Row[Any]]:
    query = (
        sa.select(tables.programmes)
        .where(tables.programmes.c.city_code.like(f"{prefix(within)}%"))
        .order_by(tables.programmes.c.code)
        .limit(limit)
    )
    if after is not None:
        query = query.where(tables.programmes.c.code > after)
    return (await conn.execute(query)).all()


async def has_programmes(conn: Connection) -> bool:
    return (await conn.scalar(sa.select(sa.func.count()).select_from(tables.programmes))) != 0


async def programme_codes(conn: Connection) -> list[str]:
    return list(await conn.scalars(sa.select(tables.programmes.c.code)))


class ProgrammeCache:
    """Programmes are immutable once stored (the API adds them; nothing changes or removes
    them), so a worker may keep each one it has read: no per-request reload of the programme's
    districts, catalogue and targets. Nothing here can go stale behind a load balancer."""

    def __init__(self) -> None:
        self._by_code: dict[str, tuple[Any, core.Programme]] = {}

    async def get(self, conn: Connection, code: str) -> tuple[Any, core.Programme] | None:
        found = self._by_code.get(code)
        if found is None:
            found = await load_programme(conn, code)
            if found is not None:
                self._by_code[code] = found
        return found


class SqlProgrammes:
    """The programmes repository, through the worker's cache."""

    def __init__(self, conn: Connection, cache: ProgrammeCache) -> None:
        self._conn, self._cache = conn, cache

    async def get(self, code: str) -> core.Programme | None:
        found = await self._cache.get(self._conn, code)
        return None if found is None else found[1]

    async def stored(self, code: str) -> Stored[Published] | None:
        found = await self._cache.get(self._conn, code)
        return None if found is None else _published(*found)

    async def page(self, after: str | None, limit: int, within: str) -> list[Stored[Published]]:
        rows = await list_programmes(self._conn, after, limit, within)
        return [_published(*held) for held in await self._held(rows)]

    async def _held(self, rows: Sequence[sa.Row[Any]]) -> list[tuple[Any, core.Programme]]:
        found = []
        for row in rows:
            held = await self._cache.get(self._conn, row.code)
            assert held is not None  # programmes are never removed
            found.append(held)
        return found

    async def within(self, region: str) -> list[core.Programme]:
        rows = await list_programmes(self._conn, None, None, region)
        return [programme for _, programme in await self._held(rows)]

    async def add(self, dataset: core.Dataset) -> Stored[Published]:
        await store_dataset(self._conn, dataset)
        added = await self.stored(dataset.programme.code)
        assert added is not None
        return added

    async def id_of(self, code: str) -> int | None:
        """The programme's row id, for the other repositories' queries."""
        found = await self._cache.get(self._conn, code)
        return None if found is None else int(found[0].id)


def _published(row: Any, programme: core.Programme) -> Stored[Published]:
    return Stored(
        value=Published(
            programme=programme,
            provenance=mapping.provenance_from_row(row._mapping),
            policy=mapping.policy_from_row(row._mapping),
        ),
        revision=row.revision,
        ref=row.id,
    )


async def store_dataset(conn: Connection, dataset: core.Dataset) -> int:
    """Store a whole dataset in the caller's transaction; the programme's row id."""
    new_id = await insert_programme(conn, dataset)
    ids = await register.insert_compounds(
        conn,
        new_id,
        (mapping.compound_values(dataset.programme, c) for c in dataset.compounds),
    )
    await register.insert_plans(conn, [(ids[p.compound], p) for p in dataset.plans])
    await funding.insert_fundings(conn, new_id, dataset.fundings)
    return new_id
