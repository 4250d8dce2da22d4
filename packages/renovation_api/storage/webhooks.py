"""Webhook subscriptions, their queue of deliveries and the delivery log, in the database.

The queue is a table that any number of workers share: a worker claims due deliveries with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL (one statement, so two workers never claim the same
one; SQLite has one writer and claims the same way) and holds each under a lease while it is
attempted. A worker that dies mid-attempt leaves its lease to run out; another then sends the
same event again under the same ``webhook-id``: delivery is at least once.
"""

import datetime
import secrets
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

import renovation_core as core
from renovation_api.storage import tables
from renovation_api.storage.connection import Connection

s = tables.webhook_subscriptions.c
d = tables.webhook_deliveries.c
a = tables.webhook_attempts.c

PENDING, DELIVERED, FAILED = "pending", "delivered", "failed"


def principal_json(by: core.Principal) -> dict[str, Any]:
    return {
        "actor": by.actor,
        "role": by.role.code,
        "districts": sorted(by.districts),
        "streets": sorted(by.streets),
        "organisation": by.organisation,
        "region": by.region,
    }


def principal_of(row: Any) -> core.Principal:
    """Whom a subscription's deliveries are read as: the caller who subscribed."""
    p = row.principal
    return core.Principal(
        actor=p["actor"],
        role=core.Role.from_code(p["role"]),
        districts=frozenset(p["districts"]),
        streets=frozenset(p["streets"]),
        organisation=p["organisation"],
        region=p["region"],
    )


async def insert(
    conn: Connection,
    *,
    by: core.Principal,
    url: str,
    types: list[str] | None,
    description: str | None,
    sealed: str,
    position: tuple[int, int],
) -> Any:
    number = await conn.scalar(
        tables.webhook_subscriptions.insert()
        .values(
            owner=by.actor,
            principal=principal_json(by),
            url=url,
            types=types,
            description=description,
            enabled=True,
            secret=sealed,
            position_txid=position[0],
            position_id=position[1],
            failures=0,
            revision=secrets.token_hex(16),
        )
        .returning(s.id)
    )
    return await find(conn, number)


async def find(conn: Connection, number: int) -> Any:
    query = sa.select(tables.webhook_subscriptions).where(s.id == number)
    return (await conn.execute(query)).first()


async def page(conn: Connection, owner: str | None, after: int | None, limit: int) -> Any:
    """Subscriptions by number (``owner``'s only, unless ``None``: everyone's)."""
    query = sa.select(tables.webhook_subscriptions).order_by(s.id).limit(limit)
    if owner is not None:
        query = query.where(s.owner == owner)
    if after is not None:
        query = query.where(s.id > after)
    return (await conn.execute(query)).all()


async def update(conn: Connection, row: Any, **values: Any) -> Any:
    """Change the subscription if it is still at the revision read; its new row, or None."""
    changed = await conn.execute(
        tables.webhook_subscriptions.update()
        .where(s.id == row.id, s.revision == row.revision)
        .values(revision=secrets.token_hex(16), **values)
    )
    return await find(conn, row.id) if changed.rowcount else None


async def delete(conn: Connection, row: Any) -> bool:
    gone = await conn.execute(
        tables.webhook_subscriptions.delete().where(s.id == row.id, s.revision == row.revision)
    )
    return bool(gone.rowcount)


# The queue ----------------------------------------------------------------------------------


async def following(conn: Connection) -> Sequence[Any]:
    """Enabled subscriptions to queue new events for, locked against other workers doing the
    same (those another worker holds are skipped, not waited for)."""
    query = (
        sa.select(tables.webhook_subscriptions)
        .where(s.enabled)
        .order_by(s.id)
        .with_for_update(skip_locked=True)
    )
    return (await conn.execute(query)).all()


async def enqueue(
    conn: Connection,
    subscription: int,
    events: Sequence[int],
    now: datetime.datetime,
) -> None:
    if events:
        await conn.execute(
            tables.webhook_deliveries.insert(),
            [
                {
                    "subscription_id": subscription,
                    "event_id": event,
                    "status": PENDING,
                    "attempts": 0,
                    "next_attempt_at": now,
                }
                for event in events
            ],
        )


async def advance(conn: Connection, subscription: int, position: tuple[int, int]) -> None:
    await conn.execute(
        tables.webhook_subscriptions.update()
        .where(s.id == subscription)
        .values(position_txid=position[0], position_id=position[1])
    )


async def claim(
    conn: Connection, now: datetime.datetime, lease: datetime.timedelta, limit: int
) -> Sequence[Any]:
    """Lease up to ``limit`` due deliveries of enabled subscriptions, counting the attempt
    now (an attempt cut short by a crash still counts)."""
    due = (
        sa.select(d.id)
        .join(tables.webhook_subscriptions, s.id == d.subscription_id)
        .where(
            d.status == PENDING,
            d.next_attempt_at <= now,
            sa.or_(d.lease_until.is_(None), d.lease_until < now),
            s.enabled,
        )
        .order_by(d.next_attempt_at, d.id)
        .limit(limit)
        .with_for_update(of=tables.webhook_deliveries, skip_locked=True)
    )
    claimed = await conn.execute(
        tables.webhook_deliveries.update()
        .where(d.id.in_(due.scalar_subquery()))
        .values(lease_until=now + lease, attempts=d.attempts + 1)
        .returning(d.id, d.subscription_id, d.event_id, d.attempts)
    )
    return claimed.all()


async def subscriptions_by_id(conn: Connection, ids: Sequence[int]) -> dict[int, Any]:
    query = sa.select(tables.webhook_subscriptions).where(s.id.in_(sorted(set(ids))))
    return {row.id: row for row in await conn.execute(query)}


async def events_by_id(conn: Connection, ids: Sequence[int]) -> dict[int, Any]:
    query = sa.select(tables.events).where(tables.events.c.id.in_(sorted(set(ids))))
    return {row.id: row for row in await conn.execute(query)}


async def finish_many(
    conn: Connection,
    moves: Sequence[tuple[int, int, str, datetime.datetime | None]],
    now: datetime.datetime,
) -> None:
    """Record how leased deliveries' attempts ended: (delivery, attempt, status, next attempt)
    each: delivered, failed for good, or pending again until the next attempt. A delivery
    claimed again since (its lease ran out) is the later attempt's to record."""
    if moves:
        await conn.execute(
            tables.webhook_deliveries.update()
            .where(d.id == sa.bindparam("delivery"), d.attempts == sa.bindparam("attempt"))
            .values(
                status=sa.bindparam("new_status"),
                lease_until=None,
                finished_at=sa.bindparam("finished"),
                next_attempt_at=sa.bindparam("next"),
            ),
            [
                {
                    "delivery": delivery,
                    "attempt": attempt,
                    "new_status": status,
                    "finished": None if status == PENDING else now,
                    "next": after or now,
                }
                for delivery, attempt, status, after in moves
            ],
        )


async def log_attempts(conn: Connection, attempts: Sequence[dict[str, Any]]) -> None:
    if attempts:
        await conn.execute(tables.webhook_attempts.insert(), list(attempts))


async def count_failures(conn: Connection, subscription: int, failed: int, reset: bool) -> int:
    """Add ``failed`` failed attempts in a row (after a success first, when ``reset``); how
    many there are now."""
    counted = await conn.execute(
        tables.webhook_subscriptions.update()
        .where(s.id == subscription)
        .values(failures=failed if reset else s.failures + failed)
        .returning(s.failures)
    )
    return int(counted.scalar_one_or_none() or 0)


async def disable(conn: Connection, subscription: int, reason: str, now: datetime.datetime) -> None:
    await conn.execute(
        tables.webhook_subscriptions.update()
        .where(s.id == subscription, s.enabled)
        .values(
            enabled=False,
            disabled_reason=reason,
            disabled_at=now,
            revision=secrets.token_hex(16),
        )
    )


async def attempts(
    conn: Connection, subscription: int, after: int | None, limit: int
) -> Sequence[Any]:
    """The subscription's delivery log, newest first, after (older than) attempt ``after``."""
    query = (
        sa.select(tables.webhook_attempts)
        .where(a.subscription_id == subscription)
        .order_by(a.id.desc())
        .limit(limit)
    )
    if after is not None:
        query = query.where(a.id < after)
    return (await conn.execute(query)).all()


async def backlog(conn: Connection, subscription: int) -> dict[str, int]:
    """How many of the subscription's deliveries stand in each status."""
    query = (
        sa.select(d.status, sa.func.count())
        .where(d.subscription_id == subscription)
        .group_by(d.status)
    )
    counts = {PENDING: 0, DELIVERED: 0, FAILED: 0}
    for status, number in await conn.execute(query):
        counts[status] = number
    return counts


async def prune(conn: Connection, before: datetime.datetime) -> None:
    """Forget finished deliveries and attempts older than the feed's retention."""
    await conn.execute(tables.webhook_attempts.delete().where(a.attempted_at < before))
    await conn.execute(
        tables.webhook_deliveries.delete().where(d.status != PENDING, d.finished_at < before)
    )
