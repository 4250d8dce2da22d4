"""Single-statement reads see what writes have committed and nothing else, on both backends;
on SQLite they share one connection on the event loop's own thread and never wait for it (a
wait there would block the very loop); a connection a read may have left busy or broken is
never lent again."""

import asyncio
import threading
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from renovation_api.migrate import upgrade
from renovation_api.settings import Settings
from renovation_api.storage import tables
from renovation_api.storage.connection import HeldReader, LoopReader
from renovation_api.storage.engine import open_database
from tests.conftest import Databases

SETTINGS = tables.instance_settings
NAMES = sa.select(SETTINGS.c.name).where(SETTINGS.c.name.like("reader-%"))


def test_a_read_sees_what_is_committed_and_nothing_else(databases: Databases) -> None:
    url = databases.new(with_wuhai=False)

    async def run() -> tuple[list[str], list[str]]:
        database = open_database(Settings(database_url=url))
        try:
            async with database.writer.connect() as conn:
                await conn.execute(SETTINGS.insert(), {"name": "reader-1", "value": "x"})
                async with database.reader.connect() as read:
                    during = list(await read.scalars(NAMES))
                await conn.commit()
            async with database.reader.connect() as read:
                return during, list(await read.scalars(NAMES))
        finally:
            await database.dispose()

    assert asyncio.run(run()) == ([], ["reader-1"])


def _sqlite(tmp_path: Path, pool_size: int) -> Settings:
    url = f"sqlite+aiosqlite:///{tmp_path / 'reader.sqlite3'}"
    upgrade(url)
    return Settings(database_url=url, pool_size=pool_size)


def test_on_sqlite_a_read_runs_on_the_event_loops_thread(tmp_path: Path) -> None:
    settings = _sqlite(tmp_path, pool_size=2)

    async def run() -> set[int]:
        database = open_database(settings)
        assert isinstance(database.reader, LoopReader)
        threads: set[int] = set()
        sa.event.listen(
            database.reader.engine,
            "before_cursor_execute",
            lambda *_: threads.add(threading.get_ident()),
        )
        try:
            async with database.reader.connect() as read:
                await read.scalars(NAMES)
        finally:
            await database.dispose()
        return threads

    assert asyncio.run(run()) == {threading.get_ident()}


def test_on_sqlite_more_reads_at_once_than_the_pool_holds_never_wait(tmp_path: Path) -> None:
    settings = _sqlite(tmp_path, pool_size=1)

    async def run() -> list[int]:
        database = open_database(settings)
        try:
            async with AsyncExitStack() as held:
                reads = [
                    await held.enter_async_context(database.reader.connect()) for _ in range(5)
                ]
                return [len(list(await read.scalars(NAMES))) for read in reads]
        finally:
            await database.dispose()

    assert asyncio.run(asyncio.wait_for(run(), timeout=10)) == [0] * 5


async def _mark(read: Any, backend: str) -> object:
    """What tells this read's connection from another: PostgreSQL's backend pid, or on SQLite
    whether the connection holds the temporary table made on the first."""
    if backend == "postgresql":
        return await read.scalar(sa.text("SELECT pg_backend_pid()"))
    await read.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS mark (n)")
    await read.exec_driver_sql("INSERT INTO mark VALUES (1)")
    return await read.scalar(sa.text("SELECT count(*) FROM mark"))


def test_a_read_never_leaves_the_next_a_busy_connection(databases: Databases) -> None:
    """An error of the caller's own keeps the connection; on PostgreSQL a read cancelled
    mid-statement drops its connection (the driver may still be busy with it) and the next read
    opens another; on SQLite a read that failed inside a transaction of its own (as a write's
    check takes the write lock) is rolled back before the shared connection serves again."""
    url = databases.new(with_wuhai=False)
    backend = databases.backend

    async def mark() -> object:
        async with database.reader.connect() as read:
            return await _mark(read, backend)

    async def run() -> list[object]:
        marks = [await mark()]
        with pytest.raises(LookupError):
            async with database.reader.connect():
                raise LookupError("not found")
        marks.append(await mark())
        if backend == "postgresql":
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(sleep(), timeout=0.3)
        else:
            with pytest.raises(sa.exc.OperationalError):
                await fail_in_a_transaction()
            async with database.writer.begin() as conn:  # the write lock is free again
                await conn.execute(SETTINGS.insert(), {"name": "reader-2", "value": "x"})
        marks.append(await asyncio.wait_for(mark(), timeout=10))
        await database.dispose()
        return marks

    async def fail_in_a_transaction() -> None:
        async with database.reader.connect() as read:
            await read.exec_driver_sql("BEGIN IMMEDIATE")
            await read.execute(sa.text("SELECT * FROM nowhere"))

    async def sleep() -> None:
        async with database.reader.connect() as read:
            await read.execute(sa.text("SELECT pg_sleep(30)"))

    database = open_database(Settings(database_url=url, pool_size=1))
    first, kept, after = asyncio.run(run())
    if backend == "postgresql":
        assert kept == first
        assert after != first
    else:
        assert (first, kept, after) == (1, 2, 3)


def test_on_postgresql_a_read_waits_for_a_held_connection_no_longer_than_the_pool(
    tmp_path: Path,
) -> None:
    """All the reader's connections lent: the next read waits the pool's timeout, then fails as
    the pool would; once disposed, the reader opens new connections."""
    postgres = Databases("postgresql", tmp_path)
    try:
        url = postgres.new(with_wuhai=False)
        assert asyncio.run(asyncio.wait_for(_held(url), timeout=10)) == []
    finally:
        postgres.drop_all()


async def _held(url: str) -> list[str]:
    reader = HeldReader(create_async_engine(url, pool_size=1, max_overflow=0, pool_timeout=0.2), 1)
    async with reader.connect():
        with pytest.raises(sa.exc.TimeoutError):
            async with reader.connect():
                pass
    await reader.dispose()
    try:
        async with reader.connect() as read:
            return list(await read.scalars(NAMES))
    finally:
        await reader.dispose()
