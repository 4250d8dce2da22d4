"""The database, seen three ways for three kinds of work.

``writer`` runs each write as one transaction; ``reader`` runs single-statement reads with no
transaction around them (no BEGIN/ROLLBACK round trips; on SQLite on one connection on the
event loop's own thread, on PostgreSQL on connections a pool of their own lends it to hold:
see ``storage.connection``); ``snapshot`` runs reads of several statements that must agree
with each other (a report's compounds and their plans), on the writer's pool.

SQLite's driver starts transactions lazily, only before a write, so a read of several
statements would see several states. Here the driver's own BEGIN is switched off and the engine
emits one itself: ``BEGIN IMMEDIATE`` for writes (SQLite has one writer at a time; taking the
lock up front means waiting for it instead of failing half-way) and a plain ``BEGIN`` for
snapshots. PostgreSQL gets the same guarantees from isolation levels.
"""

import sqlite3
from typing import Any

import attrs
import msgspec
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from renovation_api.settings import Settings
from renovation_api.storage.connection import HeldReader, LoopReader, Reader

_SQLITE_BEGIN = "sqlite_begin"
SQLITE_BUSY_MS = 5000  # how long a write waits for SQLite's one writer
_KEEPALIVES = {
    "tcp_keepalives_idle": "60",
    "tcp_keepalives_interval": "10",
    "tcp_keepalives_count": "6",
}


@attrs.frozen(kw_only=True)
class Database:
    writer: AsyncEngine
    reader: Reader
    snapshot: AsyncEngine

    async def dispose(self) -> None:
        await self.writer.dispose()  # shared with the snapshots
        await self.reader.dispose()


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the driver emits no BEGIN of its own
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.close()


def busy(error: OperationalError) -> bool:
    """Whether SQLite refused a statement because another connection writes (its one writer
    was not free within the busy timeout)."""
    return getattr(error.orig, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_BUSY


def _sqlite_begin(conn: sa.Connection) -> None:
    conn.exec_driver_sql(conn.get_execution_options().get(_SQLITE_BEGIN, "BEGIN IMMEDIATE"))


def _json(value: object) -> str:
    """JSON columns (the audit log's records above all) encoded by msgspec: several times
    faster than the json module, which matters when an import records every compound."""
    return msgspec.json.encode(value).decode()


def open_database(settings: Settings) -> Database:
    url = sa.make_url(settings.database_url)
    if url.get_backend_name() == "sqlite":
        engine = create_async_engine(url, json_serializer=_json)
        sa.event.listen(engine.sync_engine, "connect", _sqlite_connect)
        sa.event.listen(engine.sync_engine, "begin", _sqlite_begin)
        on_loop = sa.create_engine(url.set(drivername="sqlite+pysqlite"))
        sa.event.listen(on_loop, "connect", _sqlite_connect)
        return Database(
            writer=engine,
            reader=LoopReader(on_loop),
            snapshot=engine.execution_options(**{_SQLITE_BEGIN: "BEGIN"}),
        )

    def pooled(size: int, **options: Any) -> AsyncEngine:
        return create_async_engine(
            url,
            pool_size=size,
            max_overflow=0,
            json_serializer=_json,
            # A worker's host that dies without closing its connections (power, network) is
            # found out in about two minutes, not TCP's two hours: its locks (an import's) go.
            connect_args={"server_settings": _KEEPALIVES},
            **options,
        )

    # The worker's ``pool_size`` connections, half held by the reader (a pool of its own), the
    # rest for writes and snapshots: a single-statement read holds its connection for a round
    # trip, so fewer serve as many requests at once.
    reads = max(1, settings.pool_size // 2)
    engine = pooled(max(1, settings.pool_size - reads))
    return Database(
        writer=engine,
        reader=HeldReader(pooled(reads, isolation_level="AUTOCOMMIT"), reads),
        snapshot=engine.execution_options(isolation_level="REPEATABLE READ"),
    )


async def count_rows(conn: AsyncConnection, *tables: sa.Table) -> None:
    """Count ``tables``' rows (every table if none is named) for the query planner. SQLite
    keeps no statistics unless told to: without them it takes an equality on any index to find
    ten rows, and at a national inventory's size reads all of a programme's fundings to find a
    few hundred by their compounds (some 500 ms against 9). PostgreSQL's autovacuum keeps its
    own, which a transaction that has just written many rows may refresh the same way."""
    for name in [t.name for t in tables] or [""]:
        await conn.execute(sa.text(f"ANALYZE {name}".strip()))
