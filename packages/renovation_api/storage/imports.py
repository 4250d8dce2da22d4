"""Bulk imports' own records, and how an import whose worker ended is told from a running one.

An import holds its row for as long as its transaction runs: PostgreSQL's row lock, or SQLite's
write lock, which that transaction has from its first statement. A worker that dies drops its
connection, and the database releases the lock; an import still marked running whose row
nobody holds was abandoned, and is marked failed (its transaction, never committed, wrote
nothing). Any worker may find this out, so the state stays in the database.
"""

from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection

from renovation_api.imports import ImportStatus
from renovation_api.storage import tables
from renovation_api.storage.engine import SQLITE_BUSY_MS, Database, busy

i = tables.imports.c
RUNNING, FAILED = ImportStatus.RUNNING.code, ImportStatus.FAILED.code
ABANDONED = (
    "nothing was imported: the import stopped before it finished (the server running it "
    "ended, or could not begin it); send the file again"
)


async def find(conn: AsyncConnection, import_id: int) -> Any:
    """The import's row, or None."""
    return (await conn.execute(sa.select(tables.imports).where(i.id == import_id))).first()


class Abandoned(Exception):
    """The import was reported failed (abandoned) before its transaction could claim it."""


async def hold(conn: AsyncConnection, import_id: int) -> None:
    """Claim the import's row for the rest of ``conn``'s transaction (on SQLite, the write
    lock of ``BEGIN IMMEDIATE`` already does); :class:`Abandoned` if it is no longer running,
    so that an import reported failed never writes after all."""
    status = await conn.scalar(sa.select(i.status).where(i.id == import_id).with_for_update())
    if status != RUNNING:
        raise Abandoned(f"import {import_id} was closed before it began")


async def abandon(database: Database, import_id: int) -> bool:
    """Mark the import failed if it is running and no transaction holds it; whether it was.
    Never waits for a running import."""
    fail = (
        tables.imports.update()
        .where(i.id == import_id, i.status == RUNNING)
        .values(status=FAILED, failure=ABANDONED, finished_at=sa.func.now())
    )
    if database.writer.dialect.name == "postgresql":
        async with database.writer.begin() as conn:
            free = await conn.scalar(
                sa.select(i.id)
                .where(i.id == import_id, i.status == RUNNING)
                .with_for_update(skip_locked=True)
            )
            return free is not None and (await conn.execute(fail)).rowcount == 1
    # SQLite: a running import has the write lock; ask for it without waiting. The reader
    # engine emits no BEGIN of its own, so this connection's transaction is the one begun here.
    async with database.reader.connect() as conn:
        await conn.exec_driver_sql("PRAGMA busy_timeout=0")
        try:
            try:
                await conn.exec_driver_sql("BEGIN IMMEDIATE")
            except OperationalError as error:
                if busy(error):
                    return False  # a write is under way: perhaps the import's
                raise
            failed = (await conn.execute(fail)).rowcount == 1
            await conn.exec_driver_sql("COMMIT")
            return failed
        finally:
            await conn.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
