"""Records stored whole, as the core's converter writes them, under a revision.

A compound's one-per-compound records (households, committee, menu, aftercare) are a row each,
replaced as one only if still at the revision read; ``hold`` makes concurrent writers queue.
"""

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import sqlalchemy as sa

from renovation_api.services.unit_of_work import Place, Seen, Stored
from renovation_api.storage import tables
from renovation_api.storage.connection import Connection
from renovation_api.storage.register import ProgrammeIds, narrowed, new_revision
from renovation_core.converter import structure, unstructure

T = TypeVar("T")


def record_of(row: Any, kind: type[T]) -> T:
    return structure(row.record, kind)


async def insert_one(
    conn: Connection,
    table: sa.Table,
    compound_id: int,
    record: object,
    beside: Mapping[str, Any] | None = None,
) -> str:
    """Store the compound's first record (the unique key settles a race between two), with
    the columns kept ``beside`` it."""
    revision = new_revision()
    await conn.execute(
        table.insert().values(
            compound_id=compound_id,
            record=unstructure(record),
            revision=revision,
            **(beside or {}),
        )
    )
    return revision


async def save_at(
    conn: Connection,
    table: sa.Table,
    row_id: int,
    revision: str,
    record: object,
    beside: Mapping[str, Any] | None = None,
) -> str | None:
    """Rewrite row ``row_id`` with ``record`` (and the columns kept ``beside`` it) if it is
    still at ``revision``; the new revision, or None if it has moved on."""
    new = new_revision()
    result = await conn.execute(
        table.update()
        .where(table.c.id == row_id, table.c.revision == revision)
        .values(record=unstructure(record), revision=new, **(beside or {}))
    )
    return new if result.rowcount == 1 else None


async def delete_at(conn: Connection, table: sa.Table, row_id: int, revision: str) -> bool:
    """Delete row ``row_id`` if it is still at ``revision``."""
    result = await conn.execute(
        table.delete().where(table.c.id == row_id, table.c.revision == revision)
    )
    return result.rowcount == 1


class SqlCompoundRecords(Generic[T]):
    """A repository of a one-per-compound record (committee, aftercare, households, menu)."""

    def __init__(
        self,
        conn: Connection,
        programme_id: ProgrammeIds,
        table: sa.Table,
        kind: type[T],
        beside: Callable[[T], Mapping[str, Any]] = lambda _: {},
    ) -> None:
        self._conn, self._programme_id = conn, programme_id
        self._table, self._kind, self._beside = table, kind, beside

    async def _select(self, programme: str) -> sa.Select[Any]:
        """The programme's records with their compounds' places."""
        c, table = tables.compounds, self._table
        programme_id = await self._programme_id(programme)
        return (
            sa.select(table, c.c.district_code, c.c.street_code, c.c.code.label("compound_code"))
            .join(c, c.c.id == table.c.compound_id)
            .where(c.c.programme_id == programme_id)
        )

    def _stored(self, row: Any) -> Stored[T]:
        return Stored(
            value=record_of(row, self._kind),
            revision=row.revision,
            place=Place(district=row.district_code, street=row.street_code),
            ref=row.id,
        )

    async def get(self, programme: str, compound: str) -> Stored[T] | None:
        query = (await self._select(programme)).where(tables.compounds.c.code == compound)
        row = (await self._conn.execute(query)).first()
        return None if row is None else self._stored(row)

    async def hold(self, programme: str, compound: str) -> Stored[T] | None:
        """The record, its row locked until the transaction ends: concurrent changes queue
        behind this one instead of failing."""
        query = (await self._select(programme)).where(tables.compounds.c.code == compound)
        row = (await self._conn.execute(query.with_for_update(of=self._table))).first()
        return None if row is None else self._stored(row)

    async def every(self, programme: str) -> list[Stored[T]]:
        """Every record of the programme's compounds, by compound code."""
        query = (await self._select(programme)).order_by(tables.compounds.c.code)
        return [self._stored(row) for row in await self._conn.execute(query)]

    async def by_compound(self, programme: str, seen: Seen | None = None) -> dict[str, T]:
        """Every record of the programme's compounds (those ``seen``, if given), by compound
        code."""
        query = (await self._select(programme)).where(*narrowed(seen))
        return {
            row.compound_code: record_of(row, self._kind) for row in await self._conn.execute(query)
        }

    async def add(self, programme: str, compound: str, record: T) -> Stored[T]:
        """Store the compound's first record (the unique key settles a race between two)."""
        c = tables.compounds
        programme_id = await self._programme_id(programme)
        found = (
            await self._conn.execute(
                sa.select(c.c.id, c.c.district_code, c.c.street_code).where(
                    c.c.programme_id == programme_id, c.c.code == compound
                )
            )
        ).one()
        revision = await insert_one(self._conn, self._table, found.id, record, self._beside(record))
        place = Place(district=found.district_code, street=found.street_code)
        row_id = await self._conn.scalar(
            sa.select(self._table.c.id).where(self._table.c.compound_id == found.id)
        )
        return Stored(value=record, revision=revision, place=place, ref=row_id)

    async def save(self, stored: Stored[T], record: T) -> str | None:
        return await save_at(
            self._conn, self._table, stored.ref, stored.revision, record, self._beside(record)
        )

    async def delete(self, stored: Stored[T]) -> bool:
        """Delete the record if it is still at the revision read."""
        return await delete_at(self._conn, self._table, stored.ref, stored.revision)
