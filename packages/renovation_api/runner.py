"""Running a service for a route: the unit of work over the right engine, the caller and the
day, and for commands one transaction, ``Idempotency-Key`` and the ETag of the result."""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from litestar import Request, Response
from sqlalchemy.ext.asyncio import AsyncConnection

from renovation_api import headers, views
from renovation_api.clock import today
from renovation_api.etags import etag
from renovation_api.guards import principal
from renovation_api.idempotency import encoded, run_once
from renovation_api.services.unit_of_work import Stored, UnitOfWork
from renovation_api.storage.unit_of_work import SqlUnitOfWork

C = TypeVar("C")
R = TypeVar("R")
Service = Callable[[C, UnitOfWork], Awaitable[Stored[Any]]]


def unit_of_work(request: Request[Any, Any, Any], conn: AsyncConnection) -> SqlUnitOfWork:
    return SqlUnitOfWork(
        conn,
        by=principal(request),
        today=today(),
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
    created: Callable[[Stored[Any]], str] | None = None,
) -> Response[Any]:
    """Run ``service`` on ``command`` as one transaction and answer with the record it returns
    and its ETag: 201 with its ``Location`` when ``created`` says where the new record is."""

    async def write(conn: AsyncConnection) -> Any:
        result = await service(command, unit_of_work(request, conn))
        where = created(result) if created else None
        return encoded(
            201 if where else 200, views.show(result), location=where, etag=etag(result.revision)
        )

    return await run_once(request, request.app.state.database.writer, idempotency_key, write)


async def query(request: Request[Any, Any, Any], read: Callable[[UnitOfWork], Awaitable[R]]) -> R:
    """Run a read of several statements in one snapshot of the database."""
    async with request.app.state.database.snapshot.connect() as conn:
        return await read(unit_of_work(request, conn))


def shown(stored: Stored[Any]) -> Response[Any]:
    """A record read, with its ETag."""
    return Response(views.show(stored), headers={"ETag": etag(stored.revision)})
