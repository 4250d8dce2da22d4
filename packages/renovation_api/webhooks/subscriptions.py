"""Webhook subscriptions: an integrating system's URL and the events it wants, each command in
the caller's transaction and in the audit log (never with the secret).

A subscription is its owner's: the caller who made it manages it, and a city administrator
manages any. Its deliveries are read with its owner's scope, so a subscription never tells
more than its owner could read from ``GET /v1/events``; it starts at the feed's present, and a
replay queues again what it was owed before.
"""

import datetime
from collections.abc import Collection, Sequence
from typing import Any

import attrs
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api.auditing import record_as
from renovation_api.services import events
from renovation_api.services.changes import Expected
from renovation_api.services.errors import Changed, NotFound, NotPermitted
from renovation_api.services.unit_of_work import FeedEvent, FeedFilter
from renovation_api.settings import WebhookSettings
from renovation_api.storage import events as feed
from renovation_api.storage import webhooks as held
from renovation_api.webhooks.secrets import Vault, new_secret
from renovation_api.webhooks.targets import Refused, check_url
from renovation_core.errors import DataError, FieldError

MAX_REPLAY = 10_000


def resource(number: int) -> str:
    return f"/v1/webhook-subscriptions/{number}"


@attrs.frozen(kw_only=True)
class Subscribe:
    url: str
    types: frozenset[str] | None
    description: str | None


@attrs.frozen(kw_only=True)
class Change:
    number: int
    expected: Expected | None
    url: str
    types: frozenset[str] | None
    description: str | None
    enabled: bool


@attrs.frozen(kw_only=True)
class WithSecret:
    """A subscription and its signing secret, shown this once."""

    row: Any
    secret: str


def summary(row: Any) -> dict[str, Any]:
    """A subscription as the audit log keeps it: never its secret."""
    return {
        "url": row.url,
        "types": row.types,
        "description": row.description,
        "enabled": row.enabled,
        "disabled_reason": row.disabled_reason,
    }


def _checked(
    by: core.Principal, url: str, types: frozenset[str] | None, settings: WebhookSettings
) -> list[str] | None:
    """The URL allowed and the types the caller may read, or the reasons why not."""
    errors = []
    try:
        check_url(url, settings)
    except Refused as refused:
        errors.append(FieldError(path="url", message=str(refused)))
    unread = sorted((types or frozenset()) - events.readable(by))
    if unread:
        message = f"the role {by.role.code} does not read {', '.join(unread)}"
        errors.append(FieldError(path="types", message=message))
    if errors:
        raise DataError(errors)
    return None if types is None else sorted(types)


def manages(by: core.Principal, row: Any) -> bool:
    """Whether the caller manages a subscription: its owner, or a city administrator whose
    region holds everything the owner reads (an unbounded one: any)."""
    if row.owner == by.actor:
        return True
    if by.role is not core.Role.CITY_ADMIN:
        return False
    if by.region is None:
        return True
    owner = held.principal_of(row)
    places = [owner.region] if owner.region else [*owner.districts, *owner.streets]
    return bool(places) and all(by.reaches(place) for place in places)


async def _owned(conn: AsyncConnection, by: core.Principal, number: int) -> Any:
    """The subscription, if the caller manages it (anyone else's does not exist for it)."""
    row = await held.find(conn, number)
    if row is None or not manages(by, row):
        raise NotFound(f"webhook subscription {number}")
    return row


def _check(expected: Expected | None, row: Any) -> None:
    if expected is not None:
        expected.check(row.revision, f'"{row.revision}"')


async def subscribe(
    conn: AsyncConnection,
    by: core.Principal,
    request_id: str | None,
    command: Subscribe,
    settings: WebhookSettings,
    vault: Vault,
) -> WithSecret:
    """A new subscription from the feed's present on, with a new secret. It is made with an
    API key, whose revocation or expiry ends it: a person's token would outlive its rights."""
    if not by.actor.startswith("key:"):
        raise NotPermitted("a webhook subscription is made with an API key", "api-key-needed")
    types = _checked(by, command.url, command.types, settings)
    secret = new_secret()
    row = await held.insert(
        conn,
        by=by,
        url=command.url,
        types=types,
        description=command.description,
        sealed=vault.seal(secret),
        position=await feed.head(conn),
    )
    await record_as(conn, by, request_id, "create", resource(row.id), after=summary(row))
    return WithSecret(row=row, secret=secret)


async def get(conn: AsyncConnection, by: core.Principal, number: int) -> Any:
    return await _owned(conn, by, number)


async def backlog(conn: AsyncConnection, row: Any) -> dict[str, int]:
    """How many of a subscription's deliveries are pending, delivered and failed."""
    return await held.backlog(conn, row.id)


async def attempts(
    conn: AsyncConnection, by: core.Principal, number: int, after: int | None, limit: int
) -> Sequence[Any]:
    """The delivery log of a subscription the caller manages, newest first."""
    row = await _owned(conn, by, number)
    return await held.attempts(conn, row.id, after, limit)


async def listing(
    conn: AsyncConnection, by: core.Principal, after: int | None, limit: int
) -> Collection[Any]:
    """The subscriptions the caller manages, by number."""
    owner = None if by.role is core.Role.CITY_ADMIN else by.actor
    found: list[Any] = []
    while len(found) < limit:
        rows = await held.page(conn, owner, after, limit)
        found += [row for row in rows if manages(by, row)]
        if len(rows) < limit:
            break
        after = rows[-1].id
    return found[:limit]


async def change(
    conn: AsyncConnection,
    by: core.Principal,
    request_id: str | None,
    command: Change,
    settings: WebhookSettings,
) -> Any:
    """Replace what a subscription asks for; enabling it again forgets why it was disabled
    and its failures, and its queued deliveries resume. Asking for what it asks already
    changes nothing (nor its ETag)."""
    row = await _owned(conn, by, command.number)
    _check(command.expected, row)
    owner = held.principal_of(row)
    types = _checked(owner, command.url, command.types, settings)
    asked = (command.url, types, command.description, command.enabled)
    if asked == (row.url, row.types, row.description, row.enabled):
        return row
    again = command.enabled and not row.enabled
    saved = await held.update(
        conn,
        row,
        url=command.url,
        types=types,
        description=command.description,
        enabled=command.enabled,
        **({"disabled_reason": None, "disabled_at": None, "failures": 0} if again else {}),
        **(
            {"disabled_reason": f"disabled by {by.actor}", "disabled_at": _now()}
            if row.enabled and not command.enabled
            else {}
        ),
    )
    if saved is None:
        raise Changed()
    await record_as(
        conn,
        by,
        request_id,
        "replace",
        resource(row.id),
        before=summary(row),
        after=summary(saved),
    )
    return saved


async def unsubscribe(
    conn: AsyncConnection,
    by: core.Principal,
    request_id: str | None,
    number: int,
    expected: Expected | None,
) -> None:
    """Remove the subscription, its queue and its log."""
    row = await _owned(conn, by, number)
    _check(expected, row)
    if not await held.delete(conn, row):
        raise Changed()
    await record_as(conn, by, request_id, "delete", resource(number), before=summary(row))


async def rotate(
    conn: AsyncConnection,
    by: core.Principal,
    request_id: str | None,
    number: int,
    settings: WebhookSettings,
    vault: Vault,
) -> WithSecret:
    """A new secret; the one it replaces signs beside it for the overlap, so receivers can
    change over without missing a delivery."""
    row = await _owned(conn, by, number)
    secret = new_secret()
    until = _now() + datetime.timedelta(hours=settings.overlap_hours)
    saved = await held.update(
        conn, row, secret=vault.seal(secret), previous_secret=row.secret, previous_until=until
    )
    if saved is None:
        raise Changed()
    after = {"secret_rotated": True, "previous_signs_until": until.isoformat()}
    await record_as(conn, by, request_id, "rotate", resource(number), after=after)
    return WithSecret(row=saved, secret=secret)


async def replay(
    conn: AsyncConnection,
    by: core.Principal,
    request_id: str | None,
    number: int,
    where: FeedFilter,
) -> int:
    """Queue again the events of the feed the subscription is owed that ``where`` selects
    (one event, or a time range), up to its present position; how many."""
    row = await _owned(conn, by, number)
    owner = held.principal_of(row)
    types = events.readable(owner) & (frozenset(row.types) if row.types else events.readable(owner))
    narrowed = attrs.evolve(where, types=types)
    owed = (row.position_txid, row.position_id)
    found: list[FeedEvent] = []
    resume: tuple[int, int] | None = None
    while len(found) <= MAX_REPLAY:
        page = await feed.SqlFeed(conn).page(narrowed, owner, types, resume, MAX_REPLAY + 1)
        found += [e for e in page.events if e.position <= owed]
        if not page.more or page.position is None or page.position > owed:
            break
        resume = page.position
    if len(found) > MAX_REPLAY:
        raise DataError(
            [FieldError(path="since", message=f"replays at most {MAX_REPLAY} events at once")]
        )
    await held.enqueue(conn, row.id, [e.id for e in found], _now())
    after = {"event": where.event, "since": _iso(where.since), "until": _iso(where.until)}
    await record_as(
        conn, by, request_id, "replay", resource(number), after=after | {"queued": len(found)}
    )
    return len(found)


def _iso(moment: datetime.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)
