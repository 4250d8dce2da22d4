"""Programmes and their published parts: stored whole, read whole or by part."""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api.storage import mapping, tables
from renovation_api.storage.register import new_revision

CHILD_TABLES = {
    "districts": tables.districts,
    "streets": tables.streets,
    "communities": tables.communities,
    "catalogue_items": tables.catalogue_items,
    "annual_targets": tables.annual_targets,
    "coverage_targets": tables.coverage_targets,
}


async def insert_programme(
    conn: AsyncConnection, programme: core.Programme, provenance: core.Provenance | None
) -> int:
    """Store a programme and its published parts; returns its id."""
    result = await conn.execute(
        tables.programmes.insert().values(
            **mapping.programme_values(programme, provenance), revision=new_revision()
        )
    )
    new_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    for name, rows in mapping.programme_children(programme, new_id).items():
        if rows:
            await conn.execute(CHILD_TABLES[name].insert(), rows)
    return new_id


async def programme_id(conn: AsyncConnection, code: str) -> int | None:
    return await conn.scalar(
        sa.select(tables.programmes.c.id).where(tables.programmes.c.code == code)
    )


async def load_programme(
    conn: AsyncConnection, code: str
) -> tuple[sa.Row[Any], core.Programme] | None:
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
    conn: AsyncConnection, after: str | None, limit: int
) -> Sequence[sa.Row[Any]]:
    query = sa.select(tables.programmes).order_by(tables.programmes.c.code).limit(limit)
    if after is not None:
        query = query.where(tables.programmes.c.code > after)
    return (await conn.execute(query)).all()


async def has_programmes(conn: AsyncConnection) -> bool:
    return (await conn.scalar(sa.select(sa.func.count()).select_from(tables.programmes))) != 0


async def programme_codes(conn: AsyncConnection) -> list[str]:
    return list(await conn.scalars(sa.select(tables.programmes.c.code)))
