"""What the repositories run their statements on: SQLAlchemy's ``AsyncConnection``, or for
SQLite's single-statement reads a synchronous connection on the event loop's own thread.

The async SQLite driver runs every call on a thread of its connection's own and hands the
answer back to the event loop: five such hops for one keyed read (cursor, execute, fetch, close,
rollback), each a wake-up and a hand-over of the GIL, many times the microseconds SQLite spends
finding the row. A read of one statement runs instead where the request is, to completion:
the loop waits for it as it would for any short computation. Reads of several statements (a
snapshot) and the writes, which may wait for SQLite's one writer, keep the driver's thread,
where a long statement or a wait does not hold up other requests.
"""

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol, TypeVar, TypeVarTuple, overload

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql.selectable import TypedReturnsRows

_T = TypeVar("_T")
_Ts = TypeVarTuple("_Ts")


class Connection(Protocol):
    """The statements a repository runs, typed as ``AsyncConnection`` types them (it has them
    all)."""

    @property
    def dialect(self) -> sa.Dialect: ...

    @overload
    async def execute(
        self, statement: TypedReturnsRows[*_Ts], parameters: Any = None
    ) -> sa.CursorResult[*_Ts]: ...

    @overload
    async def execute(
        self, statement: sa.Executable, parameters: Any = None
    ) -> sa.CursorResult[*tuple[Any, ...]]: ...

    @overload
    async def scalar(
        self, statement: TypedReturnsRows[_T], parameters: Any = None
    ) -> _T | None: ...

    @overload
    async def scalar(self, statement: sa.Executable, parameters: Any = None) -> Any: ...

    @overload
    async def scalars(
        self, statement: TypedReturnsRows[_T], parameters: Any = None
    ) -> sa.ScalarResult[_T]: ...

    @overload
    async def scalars(
        self, statement: sa.Executable, parameters: Any = None
    ) -> sa.ScalarResult[Any]: ...

    async def exec_driver_sql(
        self, statement: str, parameters: Any = None
    ) -> sa.CursorResult[*tuple[Any, ...]]: ...


class OnLoop:
    """A synchronous connection whose statements run on the calling thread, the event loop's
    (typed by ``Connection``, which it forwards to SQLAlchemy's own)."""

    def __init__(self, sync: sa.Connection) -> None:
        self._sync = sync
        self.dialect = sync.dialect

    async def execute(self, statement: Any, parameters: Any = None) -> Any:
        return self._sync.execute(statement, parameters)

    async def scalar(self, statement: Any, parameters: Any = None) -> Any:
        return self._sync.scalar(statement, parameters)

    async def scalars(self, statement: Any, parameters: Any = None) -> Any:
        return self._sync.scalars(statement, parameters)

    async def exec_driver_sql(self, statement: str, parameters: Any = None) -> Any:
        return self._sync.exec_driver_sql(statement, parameters)


class Reader(Protocol):
    """Where single-statement reads get their connection (an ``AsyncEngine`` is one)."""

    def connect(self) -> AbstractAsyncContextManager[Connection]: ...

    async def dispose(self) -> None: ...


class LoopReader:
    """One connection of a synchronous engine, handed out as ``OnLoop`` to every read. Sharing
    it is safe: its statements run one at a time on the event loop's thread, each to completion,
    and in SQLite's autocommit (the driver begins no transaction) each sees the database as it
    then is, whoever else reads. It spares each read a pool's checkout and return, about a tenth
    of a keyed read's CPU. A read that fails, or leaves a transaction it began of its own open
    (``storage.imports`` takes the write lock so), is rolled back before the next read. Its
    statements do not wait, so nothing else runs between a read's BEGIN and its COMMIT."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._shared: sa.Connection | None = None

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[OnLoop]:
        if self._shared is None:
            self._shared = self.engine.connect()
        shared = self._shared
        try:
            yield OnLoop(shared)
        except BaseException:
            shared.rollback()
            raise
        if shared.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
            shared.rollback()  # a read that began a transaction of its own and left it open

    async def dispose(self) -> None:
        shared, self._shared = self._shared, None
        if shared is not None:
            shared.close()
        self.engine.dispose()


class HeldReader:
    """PostgreSQL's single-statement reads, on connections of an engine of their own (in
    autocommit) that the worker keeps checked out, each lent to one read at a time and opened
    when a read first needs it. Checking an ``AsyncConnection`` out of the pool for each read
    takes two more hops into SQLAlchemy's synchronous core and a task of its own to return it:
    a sixth of a keyed read's CPU (measured: 18% more reads a second held). A connection
    SQLAlchemy invalidated, found broken or its statement cancelled midway (its driver may
    still be busy with it), is dropped, not lent again; a read after that opens another."""

    def __init__(self, engine: AsyncEngine, size: int) -> None:
        self.engine = engine
        # Each a connection free to lend, or None for one not (or no longer) open.
        self._free: asyncio.Queue[AsyncConnection | None] = asyncio.Queue()
        for _ in range(size):
            self._free.put_nowait(None)

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[AsyncConnection]:
        conn = await self._lent()
        try:
            yield conn
        finally:
            if conn.invalidated:
                self._free.put_nowait(None)
                await conn.close()  # gives its place in the pool back
            else:
                self._free.put_nowait(conn)

    async def _lent(self) -> AsyncConnection:
        """A free connection, or a new one in the place of one not open; waiting no longer
        than the pool would (``sqlalchemy.exc.TimeoutError`` then, as from the pool)."""
        try:
            async with asyncio.timeout(self.engine.pool.timeout()):  # type: ignore[attr-defined]
                conn = await self._free.get()
        except TimeoutError:
            raise sa.exc.TimeoutError("no connection free to read on") from None
        if conn is not None:
            return conn
        try:
            return await self.engine.connect()
        except BaseException:
            self._free.put_nowait(None)
            raise

    async def dispose(self) -> None:
        """Close the connections free to lend; a later read opens new ones. One lent meanwhile
        is lent again when returned, until it is found broken (the disposed pool closes it)."""
        for _ in range(self._free.qsize()):
            conn = self._free.get_nowait()
            if conn is not None:
                await conn.close()
            self._free.put_nowait(None)
        await self.engine.dispose()
