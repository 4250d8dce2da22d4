"""The audit log: appended in the transaction of the write it records, never updated."""

import datetime
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

import renovation_core as core
from renovation_api.services.unit_of_work import AuditEvent, EventFilter
from renovation_api.storage import tables
from renovation_api.storage.connection import Connection

e = tables.audit_events.c


def utc(moment: datetime.datetime) -> datetime.datetime:
    """SQLite hands timestamps back without their zone; every stored one is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


async def append(
    conn: Connection,
    *,
    actor: str,
    role: str,
    action: str,
    resource: str,
    before: Any,
    after: Any,
    request_id: str | None,
) -> None:
    await conn.execute(
        tables.audit_events.insert().values(
            at=datetime.datetime.now(datetime.UTC),
            actor=actor,
            role=role,
            action=action,
            resource=resource,
            before=before,
            after=after,
            request_id=request_id,
        )
    )


def _clauses(where: EventFilter) -> list[sa.ColumnElement[bool]]:
    conditions: list[sa.ColumnElement[bool]] = []
    if where.resource is not None:
        # A prefix compared exactly: SQLite's LIKE ignores case, and codes may differ by it.
        under = where.resource.rstrip("/") + "/"
        conditions.append(
            sa.or_(e.resource == where.resource, sa.func.substr(e.resource, 1, len(under)) == under)
        )
    if where.within is not None:
        closed = e.resource + "/"
        conditions.append(
            sa.or_(sa.false(), *(sa.func.substr(closed, 1, len(p)) == p for p in where.within))
        )
    if where.actor is not None:
        conditions.append(e.actor == where.actor)
    if where.since is not None:
        conditions.append(e.at >= where.since)
    if where.until is not None:
        conditions.append(e.at < where.until)
    return conditions


async def list_events(
    conn: Connection, where: EventFilter, after: int | None, limit: int
) -> Sequence[sa.Row[Any]]:
    """Events in the order they were written, starting after the event with id ``after``."""
    query = sa.select(tables.audit_events).where(*_clauses(where)).order_by(e.id).limit(limit)
    if after is not None:
        query = query.where(e.id > after)
    return (await conn.execute(query)).all()


def event_of(row: Any) -> AuditEvent:
    return AuditEvent(
        id=row.id,
        at=utc(row.at),
        actor=row.actor,
        role=core.Role.from_code(row.role),
        action=row.action,
        resource=row.resource,
        before=row.before,
        after=row.after,
        request_id=row.request_id,
    )
