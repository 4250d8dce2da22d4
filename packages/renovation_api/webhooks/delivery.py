"""The delivery worker: queues each subscription's new events, sends them signed, retries.

Each round it (1) follows the feed for every enabled subscription, with its owner's scope, and
queues a delivery per new event; (2) claims the deliveries that are due and sends each as a
Standard Webhooks request (``webhook-id`` is the event's, the same on every retry); (3) records
every attempt in the log and sets the next: after a failure, ``retry_base`` seconds doubling
up to ``retry_cap``, drawn between half and all of that (jitter, so receivers coming back are
not hit by every sender at once), until ``max_attempts``; and disables a subscription after
``disable_after`` failed attempts in a row, saying why. Any number of workers may run: the
queue is shared through the database (``storage.webhooks``).
"""

import asyncio
import contextlib
import datetime
import logging
import random
import time
from collections.abc import Sequence
from typing import Any

import attrs
import httpcore
import httpx
import msgspec
from standardwebhooks.webhooks import Webhook

from renovation_api.services import events
from renovation_api.services.unit_of_work import FeedFilter
from renovation_api.settings import Settings, SettingsError, WebhookSettings
from renovation_api.shapes.events import show_event
from renovation_api.storage import events as feed
from renovation_api.storage import keys as key_rows
from renovation_api.storage import webhooks as held
from renovation_api.storage.audit import utc
from renovation_api.storage.engine import Database
from renovation_api.webhooks.secrets import Vault
from renovation_api.webhooks.targets import Pinned, Refused

log = logging.getLogger(__name__)
BATCH = 100
EXCERPT = 256
CONCURRENCY = 16
PRUNE_EVERY = 3600.0


def delay(attempt: int, settings: WebhookSettings, draw: float) -> float:
    """Seconds before the attempt after failed attempt number ``attempt`` (1 for the first):
    the base doubled each time, capped, scaled by ``draw`` in [0.5, 1] (the jitter)."""
    return float(min(settings.retry_cap, settings.retry_base * 2.0 ** (attempt - 1)) * draw)


def webhook_id(event: int) -> str:
    return f"evt_{event}"


@attrs.frozen(kw_only=True)
class Attempted:
    """A claimed delivery and how its attempt went (no outcome: its event was gone)."""

    claim: Any
    row: Any
    event: Any
    outcome: "Outcome | None"
    at: datetime.datetime


def _by_subscription(batch: Sequence[Attempted]) -> dict[int, list["Outcome"]]:
    """Each subscription's outcomes, in the order the attempts ended."""
    found: dict[int, list[Outcome]] = {}
    for done in sorted(batch, key=lambda d: d.at):
        if done.outcome is not None:
            found.setdefault(done.row.id, []).append(done.outcome)
    return found


@attrs.frozen(kw_only=True)
class Outcome:
    delivered: bool
    status: int | None
    latency_ms: int
    error: str | None
    excerpt: str | None


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


async def _owner_gone(conn: Any, row: Any) -> str | None:
    """Why a subscription's owner may no longer be told anything, if it may not: its API key
    (subscriptions are made with keys only) was revoked or has expired."""
    key = await key_rows.find_key(conn, str(row.owner).removeprefix("key:"))
    if key is None or key.revoked_at is not None:
        return "the API key that subscribed was revoked"
    if utc(key.expires_at) <= _now():
        return "the API key that subscribed has expired"
    return None


async def queue_new_events(database: Database) -> int:
    """Queue, for every enabled subscription, a delivery of each event it has not yet been
    given; how many were queued."""
    queued = 0
    async with database.writer.begin() as conn:
        for row in await held.following(conn):
            gone = await _owner_gone(conn, row)
            if gone:
                await held.disable(conn, row.id, gone, _now())
                continue
            owner = held.principal_of(row)
            readable = events.readable(owner)
            types = readable & frozenset(row.types) if row.types else readable
            position = (row.position_txid, row.position_id)
            found = await feed.SqlFeed(conn).page(FeedFilter(), owner, types, position, BATCH * 10)
            await held.enqueue(conn, row.id, [e.id for e in found.events], _now())
            if found.position is not None:
                await held.advance(conn, row.id, found.position)
            queued += len(found.events)
    return queued


def _signature(
    sealed: Sequence[str], vault: Vault, msg_id: str, at: datetime.datetime, body: bytes
) -> str:
    """The signatures of every secret that signs now, space-separated (Standard Webhooks)."""
    return " ".join(Webhook(vault.open(s)).sign(msg_id, at, body) for s in sealed)


async def _excerpt(answer: httpx.Response) -> str | None:
    """The start of an answer's body, never reading more of it than that."""
    head = b""
    async for chunk in answer.aiter_raw():
        head += chunk
        if len(head) >= EXCERPT * 4:
            break
    return head.decode("utf-8", "replace")[:EXCERPT] or None


async def send(
    http: httpx.AsyncClient,
    url: str,
    body: bytes,
    headers: dict[str, str],
    settings: WebhookSettings,
) -> Outcome:
    """One attempt: 2xx is delivered; anything else (a redirect too) is a failure."""
    started = time.perf_counter()
    status, error, excerpt = None, None, None
    try:
        async with asyncio.timeout(settings.timeout):
            async with http.stream("POST", url, content=body, headers=headers) as answer:
                status = answer.status_code
                excerpt = await _excerpt(answer)
        if not 200 <= status < 300:
            error = f"answered HTTP {status}"
    except Refused as refused:
        error = f"refused to send: {refused}"
    except (TimeoutError, httpx.TimeoutException):
        error = f"no answer within {settings.timeout:g} s"
    except (httpx.HTTPError, httpx.InvalidURL) as failure:
        error = f"could not connect: {type(failure).__name__}"
    except Exception as failure:  # whatever a hostile target makes fail: one failed attempt
        log.warning("webhook attempt to %s failed", url, exc_info=True)
        error = f"failed: {type(failure).__name__}"
    latency = round((time.perf_counter() - started) * 1000)
    return Outcome(
        delivered=error is None,
        status=status,
        latency_ms=latency,
        error=None if error is None else error[:200],
        excerpt=excerpt,
    )


class Worker:
    """Delivers what the queue holds, round after round, until told to stop."""

    def __init__(self, database: Database, settings: Settings) -> None:
        self.database, self.settings = database, settings
        self.hooks = settings.webhooks
        self.vault = Vault(self.hooks, settings.database_url)
        # A claimed batch is attempted CONCURRENCY at a time, each within the timeout.
        waves = -(-BATCH // CONCURRENCY) + 1
        self.lease = datetime.timedelta(seconds=waves * self.hooks.timeout + 1)
        self._pruned = 0.0

    def client(self) -> httpx.AsyncClient:
        """The HTTP client deliveries are sent with: connecting only to allowed addresses
        (``targets.Pinned``), with no proxy from the environment, following no redirect."""
        transport = httpx.AsyncHTTPTransport(trust_env=False)
        transport._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=CONCURRENCY,
            network_backend=Pinned(self.hooks),
        )
        return httpx.AsyncClient(
            transport=transport,
            trust_env=False,
            timeout=self.hooks.timeout,
            follow_redirects=False,
            headers={"User-Agent": "renovation-webhooks/1", "Content-Type": "application/json"},
        )

    async def deliver_due(self, http: httpx.AsyncClient) -> int:
        """Claim the deliveries that are due, attempt them side by side, and record how each
        went in one transaction; how many were attempted."""
        async with self.database.writer.begin() as conn:
            claimed = await held.claim(conn, _now(), self.lease, BATCH)
            if not claimed:
                return 0
            subscriptions = await held.subscriptions_by_id(
                conn, [c.subscription_id for c in claimed]
            )
            # An owner who lost its rights is told nothing more: its deliveries wait, leased,
            # on a disabled subscription.
            silenced = set()
            for row in subscriptions.values():
                if gone := await _owner_gone(conn, row):
                    await held.disable(conn, row.id, gone, _now())
                    silenced.add(row.id)
            found = await held.events_by_id(conn, [c.event_id for c in claimed])
        gate = asyncio.Semaphore(CONCURRENCY)

        async def attempt(claim: Any) -> Attempted:
            row, event = subscriptions[claim.subscription_id], found.get(claim.event_id)
            if event is None:  # gone with the feed's retention while it waited
                return Attempted(claim=claim, row=row, event=None, outcome=None, at=_now())
            async with gate:
                try:
                    outcome = await self._send(http, row, event)
                except SettingsError as error:  # the secret cannot be decrypted here
                    outcome = Outcome(
                        delivered=False,
                        status=None,
                        latency_ms=0,
                        error=str(error)[:200],
                        excerpt=None,
                    )
            return Attempted(claim=claim, row=row, event=event, outcome=outcome, at=_now())

        kept = [c for c in claimed if c.subscription_id not in silenced]
        await self._record(await asyncio.gather(*(attempt(c) for c in kept)))
        return len(claimed)

    async def _send(self, http: httpx.AsyncClient, row: Any, event: Any) -> Outcome:
        now = _now()
        body = msgspec.json.encode(show_event(feed.event_of(event)))
        msg_id = webhook_id(event.id)
        sealed = [row.secret]
        if row.previous_secret and row.previous_until and utc(row.previous_until) > now:
            sealed.append(row.previous_secret)
        headers = {
            "webhook-id": msg_id,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": _signature(sealed, self.vault, msg_id, now, body),
        }
        return await send(http, row.url, body, headers, self.hooks)

    def _next(self, done: "Attempted") -> tuple[str, datetime.datetime | None]:
        """Where a delivery stands after its attempt, and when it is tried again."""
        if done.outcome is None or (
            not done.outcome.delivered and done.claim.attempts >= self.hooks.max_attempts
        ):
            return held.FAILED, None
        if done.outcome.delivered:
            return held.DELIVERED, None
        wait = delay(done.claim.attempts, self.hooks, random.uniform(0.5, 1.0))
        return held.PENDING, done.at + datetime.timedelta(seconds=wait)

    async def _record(self, batch: Sequence["Attempted"]) -> None:
        """Log every attempt, move each delivery on, and count each subscription's failures in
        a row (in the order the attempts ended), disabling one that reaches the limit."""
        now = _now()
        tried = [d for d in batch if d.outcome is not None]
        async with self.database.writer.begin() as conn:
            await held.log_attempts(
                conn,
                [
                    {
                        "delivery_id": d.claim.id,
                        "subscription_id": d.row.id,
                        "event_id": d.event.id,
                        "event_type": d.event.type,
                        "attempt": d.claim.attempts,
                        "attempted_at": d.at,
                        "status_code": d.outcome.status,
                        "latency_ms": d.outcome.latency_ms,
                        "delivered": d.outcome.delivered,
                        "error": d.outcome.error,
                        "excerpt": d.outcome.excerpt,
                    }
                    for d in tried
                    if d.outcome is not None
                ],
            )
            await held.finish_many(
                conn, [(d.claim.id, d.claim.attempts, *self._next(d)) for d in batch], now
            )
            for subscription, outcomes in _by_subscription(tried).items():
                delivered = [o.delivered for o in outcomes]
                after = delivered[::-1].index(True) if True in delivered else None
                failures = await held.count_failures(
                    conn,
                    subscription,
                    after if after is not None else len(delivered),
                    after is not None,
                )
                if failures >= self.hooks.disable_after:
                    reason = f"{failures} failed attempts in a row; the last: {outcomes[-1].error}"
                    await held.disable(conn, subscription, reason, now)

    async def prune(self) -> None:
        """Drop events, deliveries and attempts past the feed's retention, once an hour."""
        if time.monotonic() - self._pruned < PRUNE_EVERY and self._pruned:
            return
        self._pruned = time.monotonic()
        before = _now() - datetime.timedelta(days=self.settings.events_retention_days)
        async with self.database.writer.begin() as conn:
            await held.prune(conn, before)
            await feed.prune(conn, before)

    async def round(self, http: httpx.AsyncClient) -> int:
        """One round: queue, deliver, prune; how much work it found."""
        work = await queue_new_events(self.database)
        work += await self.deliver_due(http)
        await self.prune()
        return work

    async def run(self, stop: asyncio.Event) -> None:
        """Rounds until ``stop`` is set, resting ``poll`` seconds when there is nothing to do;
        a round that fails (the database away) is logged and tried again."""
        async with self.client() as http:
            while not stop.is_set():
                try:
                    work = await self.round(http)
                except Exception:
                    log.exception("webhook delivery round failed; retrying")
                    work = 0
                if not work:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), self.hooks.poll)


@attrs.define
class Running:
    """A worker running as a task of this process (``serve``'s embedded worker)."""

    task: asyncio.Task[None]
    halt: asyncio.Event

    async def stop(self) -> None:
        self.halt.set()
        await self.task


def embedded_worker(database: Database, settings: Settings) -> Running | None:
    """Start the delivery worker inside the server, if the settings say so (``auto``: on
    SQLite, whose deployments are one process; beside PostgreSQL run
    ``renovation deliver-webhooks`` as its own service)."""
    mode = settings.webhooks.worker
    if mode == "off" or (mode == "auto" and not settings.database_url.startswith("sqlite")):
        return None
    halt = asyncio.Event()
    return Running(task=asyncio.create_task(Worker(database, settings).run(halt)), halt=halt)
