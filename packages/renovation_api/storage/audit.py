"""The audit log: appended in the transaction of the write it records, never updated."""

import datetime
from collections.abc import Sequence
from typing import Any

import attrs
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from renovation_api.storage import bulk, tables

e = tables.audit_events.c


def utc(moment: datetime.datetime) -> datetime.datetime:
    """SQLite hands timestamps back without their zone; every stored one is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


async def append(
    conn: AsyncConnection,
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


async def append_many(
    conn: AsyncConnection,
    *,
    actor: str,
    role: str,
    request_id: str | None,
    events: list[tuple[str, str, Any, Any]],
) -> None:
    """Append many events of one write at once: (action, resource, before, after) each."""
    if not events:
        return
    at = datetime.datetime.now(datetime.UTC)
    await bulk.insert(
        conn,
        tables.audit_events,
        [
            {
                "at": at,
                "actor": actor,
                "role": role,
                "action": action,
                "resource": resource,
                "before": before,
                "after": after,
                "request_id": request_id,
            }
            for action, resource, before, after in events
        ],
    )


@attrs.frozen(kw_only=True)
class EventFilter:
    """What the log may be narrowed by; ``None`` means any. ``resource`` matches the resource
    and everything under it (a compound and its plan)."""

    resource: str | None = None
    actor: str | None = None
    since: datetime.datetime | None = None
    until: datetime.datetime | None = None

    def clauses(self) -> list[sa.ColumnElement[bool]]:
        conditions: list[sa.ColumnElement[bool]] = []
        if self.resource is not None:
            # A prefix compared exactly: SQLite's LIKE ignores case, and codes may differ by it.
            under = self.resource.rstrip("/") + "/"
            conditions.append(
                sa.or_(
                    e.resource == self.resource,
                    sa.func.substr(e.resource, 1, len(under)) == under,
                )
            )
        if self.actor is not None:
            conditions.append(e.actor == self.actor)
        if self.since is not None:
            conditions.append(e.at >= self.since)
        if self.until is not None:
            conditions.append(e.at < self.until)
        return conditions


async def list_events(
    conn: AsyncConnection, where: EventFilter, after: int | None, limit: int
) -> Sequence[sa.Row[Any]]:
    """Events in the order they were written, starting after the event with id ``after``."""
    query = sa.select(tables.audit_events).where(*where.clauses()).order_by(e.id).limit(limit)
    if after is not None:
        query = query.where(e.id > after)
    return (await conn.execute(query)).all()
