"""Bulk inserts store each value exactly as SQLAlchemy's own insert does, on both backends, and
a broken constraint is SQLAlchemy's IntegrityError, as from any write."""

import asyncio
import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from renovation_api.settings import Settings
from renovation_api.storage import bulk, tables
from renovation_api.storage.engine import open_database
from tests.conftest import Databases

AT = (
    datetime.datetime(2026, 11, 30, 12, 0, tzinfo=datetime.UTC),
    datetime.datetime(2026, 11, 30, 12, 0, 1, 250000, tzinfo=datetime.UTC),
)


def _events(kind: str) -> list[dict[str, Any]]:
    """As many audit events as bulk inserts copy, with a timestamp of whole seconds and one
    with a fraction, JSON with non-ASCII text, an absent value and None."""
    return [
        {
            "at": AT[n % 2],
            "actor": kind,
            "role": "city_admin",
            "action": "create",
            "resource": f"/v1/things/{n}",
            "before": None,
            "after": {"名称": "海勃湾区", "n": n, "items": ["A01", "B02"]},
            "request_id": None if n % 3 else f"r-{n}",
        }
        for n in range(bulk.COPY_FROM)
    ]


def _stored(url: str) -> dict[str, list[tuple[Any, ...]]]:
    async def run() -> dict[str, list[tuple[Any, ...]]]:
        database = open_database(Settings(database_url=url))
        e = tables.audit_events.c
        async with database.writer.begin() as conn:
            await conn.execute(tables.audit_events.insert(), _events("core"))
            await bulk.insert(conn, tables.audit_events, _events("bulk"))
        stored: dict[str, list[tuple[Any, ...]]] = {}
        async with database.reader.connect() as conn:
            for kind in ("core", "bulk"):
                # the raw text too: a filter compares the stored timestamps
                rows = await conn.execute(
                    sa.select(
                        e.at,
                        sa.cast(e.at, sa.String),
                        e.role,
                        e.action,
                        e.resource,
                        e.before,
                        e.after,
                        e.request_id,
                    )
                    .where(e.actor == kind)
                    .order_by(e.id)
                )
                stored[kind] = [tuple(row) for row in rows]
        await database.dispose()
        return stored

    return asyncio.run(run())


def test_a_bulk_insert_stores_what_an_insert_stores(databases: Databases) -> None:
    stored = _stored(databases.new(with_wuhai=False))
    assert stored["bulk"] == stored["core"]
    assert len(stored["bulk"]) == bulk.COPY_FROM
    assert stored["bulk"][1][5] is None  # before: SQL NULL, not JSON null
    assert stored["bulk"][1][6] == {"名称": "海勃湾区", "n": 1, "items": ["A01", "B02"]}


def test_a_broken_constraint_is_an_integrity_error(databases: Databases) -> None:
    url = databases.new(with_wuhai=True)

    async def run() -> None:
        database = open_database(Settings(database_url=url))
        try:
            async with database.writer.begin() as conn:
                programme = await conn.scalar(sa.select(tables.programmes.c.id))
                rows = [
                    {"programme_id": programme, "status": "running", "mode": "all_or_nothing"}
                    | {"size_bytes": 1, "submitted_by": "x", "id": 7}
                    for _ in range(bulk.COPY_FROM)
                ]
                await bulk.insert(conn, tables.imports, rows)  # one id, many times
        finally:
            await database.dispose()

    with pytest.raises(sa.exc.IntegrityError):
        asyncio.run(run())


def test_new_ids_are_unused_and_the_database_numbers_on_after_them(databases: Databases) -> None:
    url = databases.new(with_wuhai=True)
    i = tables.imports.c

    async def run() -> tuple[list[int], list[int], int]:
        database = open_database(Settings(database_url=url))
        try:
            async with database.writer.begin() as conn:
                programme = await conn.scalar(sa.select(tables.programmes.c.id))
                row = {"programme_id": programme, "status": "running", "mode": "all_or_nothing"}
                row |= {"size_bytes": 1, "submitted_by": "x"}
                await conn.execute(tables.imports.insert(), [row, row])
                before = list(await conn.scalars(sa.select(i.id)))
                ids = await bulk.new_ids(conn, tables.imports, 3)
                await conn.execute(tables.imports.insert(), [row | {"id": n} for n in ids])
                after = await conn.scalar(tables.imports.insert().values(row).returning(i.id))
                assert after is not None
                return before, ids, after
        finally:
            await database.dispose()

    before, ids, after = asyncio.run(run())
    assert len(set(ids)) == 3
    assert not set(ids) & set(before)
    assert after > max(ids)


def test_new_ids_are_refused_where_sqlite_keeps_them_apart(tmp_path: Path) -> None:
    async def run() -> None:
        database = open_database(Settings(database_url=f"sqlite+aiosqlite:///{tmp_path}/x.db"))
        try:
            async with database.writer.begin() as conn:
                await bulk.new_ids(conn, tables.events, 1)
        finally:
            await database.dispose()

    with pytest.raises(ValueError, match="sqlite_sequence"):
        asyncio.run(run())
