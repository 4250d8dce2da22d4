"""Running a service for a route: the unit of work over the right engine, the caller and the
day, and for commands one transaction, ``Idempotency-Key`` and the ETag of the result."""

import datetime
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from litestar import Request, Response

from renovation_api import headers, views
from renovation_api.clock import today
from renovation_api.etags import etag
from renovation_api.guards import principal
from renovation_api.idempotency import encoded, run_once
from renovation_api.services.unit_of_work import Stored, UnitOfWork
from renovation_api.storage.connection import Connection
from renovation_api.storage.unit_of_work import SqlUnitOfWork

C = TypeVar("C")
R = TypeVar("R")
Service = Callable[[C, UnitOfWork], Awaitable[Stored[Any]]]


def unit_of_work(
    request: Request[Any, Any, Any], conn: Connection, day: datetime.date | None = None
) -> SqlUnitOfWork:
    """``day``: today as the route's clock reads it, where the route reads one of its own."""
    return SqlUnitOfWork(
        conn,
        by=principal(request),
        today=day or today(),
        request_id=headers.request_id(request.scope),
        show=views.show,
        programmes=request.app.state.programmes,
    )


async def command(
    request: Request[Any, Any, Any],
    service: Service[C],
    command: C,
    *,
    idempotency_key: str | None = None,
    created: Callable[[Stored[Any]], str | None] | None = None,
    day: datetime.date | None = None,
) -> Response[Any]:
    """Run ``service`` on ``command`` as one transaction and answer with the record it returns
    and its ETag (none for a record that is never changed, stored without a revision: a
    ledger entry): 201 when ``created`` is given, with the ``Location`` it says the new record
    is at (none for a record never read back one by one: a survey response)."""

    async def write(conn: Connection) -> Any:
        result = await service(command, unit_of_work(request, conn, day))
        where = created(result) if created else None
        tag = etag(result.revision) if result.revision else None
        return encoded(201 if created else 200, views.show(result), location=where, etag=tag)

    return await run_once(request, request.app.state.database.writer, idempotency_key, write)


async def removal(
    request: Request[Any, Any, Any], service: Callable[[C, UnitOfWork], Awaitable[None]], command: C
) -> None:
    """Run ``service``, a command that leaves nothing to show (a deletion: 204), as one
    transaction."""
    async with request.app.state.database.writer.begin() as conn:
        await service(command, unit_of_work(request, conn))


async def query(
    request: Request[Any, Any, Any],
    read: Callable[[UnitOfWork], Awaitable[R]],
    day: datetime.date | None = None,
    *,
    snapshot: bool = True,
) -> R:
    """Run a read of several statements in one snapshot of the database; a read of one
    statement (besides the programme, which never changes) with ``snapshot=False``, on the
    reader, without a transaction's round trips: the register's hottest reads are such."""
    database = request.app.state.database
    async with (database.snapshot if snapshot else database.reader).connect() as conn:
        return await read(unit_of_work(request, conn, day))


def shown(stored: Stored[Any]) -> Response[Any]:
    """A record read, with its ETag."""
    return Response(views.show(stored), headers={"ETag": etag(stored.revision)})
