"""Single-statement reads see what writes have committed and nothing else, on both backends;
on SQLite they run on the event loop's own thread and never wait for a connection (a wait
there would block the very loop the other holders need to give theirs back)."""

import asyncio
import threading
from contextlib import AsyncExitStack
from pathlib import Path

import sqlalchemy as sa

from renovation_api.migrate import upgrade
from renovation_api.settings import Settings
from renovation_api.storage import tables
from renovation_api.storage.connection import LoopReader
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
