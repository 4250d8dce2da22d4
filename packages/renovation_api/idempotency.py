"""``Idempotency-Key`` on POST: a retried request gets the first answer and creates nothing.

The key and the first response are stored in the same transaction as the write, so either both
exist or neither does. The same key with a different request is refused, never replayed. Keys
belong to the caller that sent them: another caller's same key is another key. Keys are
kept for 24 hours (``RETENTION``), as is usual for retry windows; after that a key may be reused.
"""

import hashlib
import time
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import attrs
import msgspec
import sqlalchemy as sa
from litestar import Request, Response
from litestar.params import HeaderParameter
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from renovation_api.guards import principal
from renovation_api.headers import HEADER_TEXT
from renovation_api.problems import ProblemError
from renovation_api.storage import tables

RETENTION_SECONDS = 24 * 60 * 60
HEADER = "Idempotency-Key"

IdempotencyKey = Annotated[
    str | None,
    HeaderParameter(
        name=HEADER,
        min_length=1,
        max_length=255,
        pattern=HEADER_TEXT,
        required=False,
        description="Any unique string (a UUID); a retry with the same key and body within 24 "
        "hours returns the first response and creates nothing.",
    ),
]


@attrs.frozen(kw_only=True)
class Created:
    """What a write produced: the response to send, and to replay (``kept``, where the first
    answer holds what must not be stored, such as a secret shown once)."""

    status: int
    body: bytes
    location: str | None = None
    etag: str | None = None
    kept: bytes | None = None

    def response(self, replayed: bool = False) -> Response[Any]:
        headers = {"Location": self.location} if self.location else {}
        if self.etag:
            headers["ETag"] = self.etag
        if replayed:
            headers["Idempotent-Replayed"] = "true"
        return Response(
            self.body, status_code=self.status, headers=headers, media_type="application/json"
        )


def encoded(
    status: int, value: Any, location: str | None = None, etag: str | None = None
) -> Created:
    return Created(status=status, body=msgspec.json.encode(value), location=location, etag=etag)


async def _fingerprint(request: Request[Any, Any, Any]) -> str:
    body = await request.body()
    return hashlib.sha256(f"{request.method} {request.url.path}\n".encode() + body).hexdigest()


async def _replay(conn: AsyncConnection, actor: str, key: str, fingerprint: str) -> Created | None:
    row = (
        await conn.execute(
            sa.select(tables.idempotency_keys).where(
                tables.idempotency_keys.c.actor == actor,
                tables.idempotency_keys.c.key == key,
                tables.idempotency_keys.c.stored_at >= int(time.time()) - RETENTION_SECONDS,
            )
        )
    ).first()
    if row is None:
        return None
    if row.fingerprint != fingerprint:
        raise ProblemError(
            422,
            "idempotency-key-reused",
            "The Idempotency-Key was used for another request",
            "a key may be retried only with the same method, path and body",
        )
    return Created(status=row.status_code, body=row.body, location=row.location, etag=row.etag)


async def run_once(
    request: Request[Any, Any, Any],
    engine: AsyncEngine,
    key: str | None,
    write: Callable[[AsyncConnection], Awaitable[Created]],
) -> Response[Any]:
    """Run ``write`` in one transaction, recording its response under ``key`` if given."""
    if key is None:
        async with engine.begin() as conn:
            return (await write(conn)).response()
    fingerprint = await _fingerprint(request)
    actor = principal(request).actor
    try:
        async with engine.begin() as conn:
            if (prior := await _replay(conn, actor, key, fingerprint)) is not None:
                return prior.response(replayed=True)
            created = await write(conn)
            now = int(time.time())
            await conn.execute(
                tables.idempotency_keys.delete().where(
                    tables.idempotency_keys.c.stored_at < now - RETENTION_SECONDS
                )
            )
            await conn.execute(
                tables.idempotency_keys.insert().values(
                    actor=actor,
                    key=key,
                    fingerprint=fingerprint,
                    status_code=created.status,
                    body=created.body if created.kept is None else created.kept,
                    location=created.location,
                    etag=created.etag,
                    stored_at=now,
                )
            )
            return created.response()
    except (IntegrityError, ProblemError):
        # A concurrent request with the same key committed first: answer as it did.
        async with engine.connect() as conn:
            if (prior := await _replay(conn, actor, key, fingerprint)) is not None:
                return prior.response(replayed=True)
        raise
