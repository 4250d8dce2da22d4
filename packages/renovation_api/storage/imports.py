"""Bulk imports' own records, and how an import whose worker ended is told from a running one.

An import holds its row for as long as its transaction runs: PostgreSQL's row lock, or SQLite's
write lock, which that transaction has from its first statement. A worker that dies drops its
connection, and the database releases the lock; an import still marked running whose row
nobody holds was abandoned, and is marked failed (its transaction, never committed, wrote
nothing). Any worker may find this out, so the state stays in the database.
"""

from typing import Any

import msgspec
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

import renovation_core as core
from renovation_api.imports import ImportReport, ImportStatus, Written
from renovation_api.storage import bulk, tables
from renovation_api.storage.connection import Connection
from renovation_api.storage.engine import SQLITE_BUSY_MS, Database, busy

i = tables.imports.c
RUNNING, FAILED = ImportStatus.RUNNING.code, ImportStatus.FAILED.code
ABANDONED = (
    "nothing was imported: the import stopped before it finished (the server running it "
    "ended, or could not begin it); send the file again"
)


async def find(conn: Connection, import_id: int) -> Any:
    """The import's row, or None."""
    return (await conn.execute(sa.select(tables.imports).where(i.id == import_id))).first()


class Abandoned(Exception):
    """The import was reported failed (abandoned) before its transaction could claim it."""


async def hold(conn: Connection, import_id: int) -> None:
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
    # SQLite: a running import has the write lock; ask for it without waiting. The reader's
    # connection emits no BEGIN of its own, so its transaction is the one begun here, and none
    # of its statements waits, so no other read runs on it before the COMMIT.
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


async def insert(
    conn: Connection,
    *,
    programme_id: int,
    mode: str,
    filename: str | None,
    size: int,
    sha256: str,
    actor: str,
) -> int:
    """Record a new import, running; its id."""
    return int(
        await conn.scalar(
            tables.imports.insert()
            .values(
                programme_id=programme_id,
                status=RUNNING,
                mode=mode,
                filename=filename,
                size_bytes=size,
                sha256=sha256,
                submitted_by=actor,
            )
            .returning(i.id)
        )
    )


async def close(
    conn: Connection, import_id: int, report: ImportReport | None, failure: str | None
) -> None:
    """Record how the import ended: done, with its report, or failed, with why."""
    await conn.execute(
        tables.imports.update()
        .where(i.id == import_id)
        .values(
            status=(ImportStatus.FAILED if failure else ImportStatus.DONE).code,
            report=None if report is None else msgspec.to_builtins(report),
            failure=failure,
            finished_at=sa.func.now(),
        )
    )


async def record_changes(conn: Connection, import_id: int, written: list[Written]) -> None:
    """One batch's writes, each as the audit trail keeps it (``Written.kept``)."""
    rows = []
    for w in written:
        before, after = w.kept()
        rows.append(
            {
                "import_id": import_id,
                "row": w.row,
                "compound": w.code,
                "record": "plan" if isinstance(w.after, core.RenovationPlan) else "compound",
                "action": w.action,
                "before": before,
                "after": after,
            }
        )
    await bulk.insert(conn, tables.import_changes, rows)


async def changes(
    conn: Connection,
    programme_id: int,
    *,
    import_id: int | None,
    compound: str | None,
    after: int | None,
    limit: int,
) -> list[Any]:
    """The programme's import changes in the order written, of one import or one compound
    (or both), after the change ``after``; each with its import's who and when."""
    c = tables.import_changes.c
    query = (
        sa.select(
            tables.import_changes,
            i.submitted_by,
            i.created_at.label("submitted_at"),
            i.sha256,
        )
        .join(tables.imports, i.id == c.import_id)
        .where(i.programme_id == programme_id)
        .order_by(c.id)
        .limit(limit)
    )
    if import_id is not None:
        query = query.where(c.import_id == import_id)
    if compound is not None:
        query = query.where(c.compound == compound)
    if after is not None:
        query = query.where(c.id > after)
    return list(await conn.execute(query))
