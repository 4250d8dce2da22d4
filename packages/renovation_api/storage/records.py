"""Records stored whole, as the core's converter writes them, under a revision.

A compound's one-per-compound records (households, committee, menu, aftercare) are a row each,
replaced as one only if still at the revision read; ``lock`` makes concurrent writers queue.
"""

from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from renovation_api.services.unit_of_work import Place, Stored
from renovation_api.storage import tables
from renovation_api.storage.register import ProgrammeIds, new_revision
from renovation_core.converter import structure, unstructure

T = TypeVar("T")


def record_of(row: Any, kind: type[T]) -> T:
    return structure(row.record, kind)


async def get_one(
    conn: AsyncConnection, table: sa.Table, compound_id: int, *, lock: bool = False
) -> sa.Row[Any] | None:
    """A compound's row of a one-per-compound table (households, committee, menu); ``lock``
    holds it until the transaction ends, so concurrent changes queue instead of failing."""
    query = sa.select(table).where(table.c.compound_id == compound_id)
    return (await conn.execute(query.with_for_update() if lock else query)).first()


async def insert_one(
    conn: AsyncConnection, table: sa.Table, compound_id: int, record: object
) -> str:
    """Store the compound's first record (the unique key settles a race between two)."""
    revision = new_revision()
    await conn.execute(
        table.insert().values(
            compound_id=compound_id, record=unstructure(record), revision=revision
        )
    )
    return revision


async def put_one(
    conn: AsyncConnection, table: sa.Table, compound_id: int, row: Any, record: object
) -> str | None:
    """Store the compound's record, replacing ``row`` (if any) only if it is still at its
    revision; None if it has moved on."""
    if row is None:
        return await insert_one(conn, table, compound_id, record)
    return await save(conn, table, row, record)


async def save(conn: AsyncConnection, table: sa.Table, row: Any, record: object) -> str | None:
    """Rewrite ``row`` of ``table`` with ``record`` if it is still at its revision; the new
    revision, or None if it has moved on."""
    revision = new_revision()
    result = await conn.execute(
        table.update()
        .where(table.c.id == row.id, table.c.revision == row.revision)
        .values(record=unstructure(record), revision=revision)
    )
    return revision if result.rowcount == 1 else None


class SqlCompoundRecords(Generic[T]):
    """A repository of a one-per-compound record (committee, aftercare, households, menu)."""

    def __init__(
        self, conn: AsyncConnection, programme_id: ProgrammeIds, table: sa.Table, kind: type[T]
    ) -> None:
        self._conn, self._programme_id = conn, programme_id
        self._table, self._kind = table, kind

    async def get(self, programme: str, compound: str) -> Stored[T] | None:
        c, table = tables.compounds, self._table
        programme_id = await self._programme_id(programme)
        query = (
            sa.select(table, c.c.district_code, c.c.street_code)
            .join(c, c.c.id == table.c.compound_id)
            .where(c.c.programme_id == programme_id, c.c.code == compound)
        )
        row = (await self._conn.execute(query)).first()
        if row is None:
            return None
        return Stored(
            value=record_of(row, self._kind),
            revision=row.revision,
            place=Place(district=row.district_code, street=row.street_code),
            ref=row.id,
        )
