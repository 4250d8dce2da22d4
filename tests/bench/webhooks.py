"""The event feed and webhook delivery, each beside its floor, measured in one run.

- Feed: 20,000 events read through ``GET /v1/events`` (pages of 500, a city administrator's
  key, one server worker) beside the same keyset pages read straight from the database.
- Delivery: 2,000 events owed to one subscription, delivered by the worker (claiming, signing,
  logging every attempt) to a loopback receiver, beside a bare loop posting the same bodies
  with the same HTTP client and concurrency to the same receiver.

``python -m tests.bench.webhooks`` prints the table; ``nox -s bench`` prints it too.
"""

import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import msgspec
import sqlalchemy as sa
from cryptography.fernet import Fernet

import renovation_core as core
from renovation_api.services.unit_of_work import Draft
from renovation_api.settings import Settings, WebhookSettings
from renovation_api.shapes.events import show_event
from renovation_api.storage import events, tables
from renovation_api.storage.engine import open_database
from renovation_api.webhooks import subscriptions
from renovation_api.webhooks.delivery import CONCURRENCY, Worker
from tests.bench.processes import serving
from tests.conftest import _admin, _migrated
from tests.live_server import free_port
from tests.receiver import receiving

FEED_EVENTS = 20_000
DELIVERED = 2_000
PAGE = 500
POSTGRES_ADMIN = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
HOOKS = WebhookSettings(
    keys=(Fernet.generate_key().decode(),),
    allow_http=True,
    allow_private=True,
    worker="off",
    poll=0.01,
)


def _draft(n: int) -> Draft:
    return Draft(
        type="project.stage_changed",
        resource=f"/v1/programmes/wuhai-2022-2024/compounds/150302-{n % 10_000:04d}/projects/2022",
        programme="wuhai-2022-2024",
        district="150302",
        street="150302002000",
        data={"stage": "designing", "previous_stage": "consulting", "changed": ["stage"]},
    )


async def _fill(url: str, count: int) -> None:
    database = open_database(Settings(database_url=url))
    try:
        for start in range(0, count, 1_000):
            async with database.writer.begin() as conn:
                drafts = [_draft(n) for n in range(start, min(count, start + 1_000))]
                await events.append(conn, drafts, None)
    finally:
        await database.dispose()


async def _floor_read(url: str) -> float:
    """Seconds to read every event in feed order, page by page, straight from the database."""
    database = open_database(Settings(database_url=url))
    e = tables.events.c
    started = time.perf_counter()
    try:
        after: tuple[int, int] = (-1, -1)
        async with database.reader.connect() as conn:
            while True:
                page = (
                    await conn.execute(
                        sa.select(tables.events)
                        .where(sa.tuple_(e.txid, e.id) > sa.tuple_(*after))
                        .order_by(e.txid, e.id)
                        .limit(PAGE)
                    )
                ).all()
                if not page:
                    break
                after = (page[-1].txid, page[-1].id)
    finally:
        await database.dispose()
    return time.perf_counter() - started


def _api_read(base: str, key: str) -> tuple[float, int]:
    """Seconds to read the whole feed through the API, and how many events it served."""
    params: dict[str, Any] = {"page_size": PAGE}
    served = 0
    started = time.perf_counter()
    with httpx.Client(base_url=base, headers={"X-API-Key": key}, timeout=60) as http:
        while True:
            page = http.get("/v1/events", params=params).json()
            served += len(page["items"])
            if not page["more"]:
                break
            params["cursor"] = page["next_cursor"]
    return time.perf_counter() - started, served


async def _deliver(url: str, receiver_url: str, key: str) -> float:
    """Seconds for the worker to deliver every event owed to a new subscription, made with
    the city administrator's API ``key``."""
    admin = core.Principal(actor=f"key:{key.split('_')[1]}", role=core.Role.CITY_ADMIN)
    settings = Settings(database_url=url, webhooks=HOOKS)
    database = open_database(settings)
    worker = Worker(database, settings)
    try:
        async with database.writer.begin() as conn:
            made = await subscriptions.subscribe(
                conn,
                admin,
                None,
                subscriptions.Subscribe(url=receiver_url, types=None, description=None),
                HOOKS,
                worker.vault,
            )
            # Owed the whole feed: from its beginning.
            await conn.execute(
                tables.webhook_subscriptions.update()
                .where(tables.webhook_subscriptions.c.id == made.row.id)
                .values(position_txid=-1, position_id=-1)
            )
        d = tables.webhook_deliveries.c
        started = time.perf_counter()
        async with worker.client() as http:
            while True:
                await worker.round(http)
                async with database.reader.connect() as conn:
                    left = await conn.scalar(
                        sa.select(sa.func.count()).where(d.status != "delivered")
                    )
                    queued = await conn.scalar(
                        sa.select(sa.func.count()).select_from(tables.webhook_deliveries)
                    )
                if queued and not left:
                    return time.perf_counter() - started
    finally:
        await database.dispose()


async def _bare(url: str, receiver_url: str) -> float:
    """Seconds for a bare loop to post the same bodies, with the same client and concurrency."""
    database = open_database(Settings(database_url=url))
    try:
        async with database.reader.connect() as conn:
            rows = (await conn.execute(sa.select(tables.events).limit(DELIVERED))).all()
    finally:
        await database.dispose()
    bodies = [msgspec.json.encode(show_event(events.event_of(row))) for row in rows]
    gate = asyncio.Semaphore(CONCURRENCY)
    worker = Worker(
        open_database(Settings(database_url=url)), Settings(database_url=url, webhooks=HOOKS)
    )
    started = time.perf_counter()
    async with worker.client() as http:

        async def post(body: bytes) -> int:
            async with gate:
                return (await http.post(receiver_url, content=body)).status_code

        answers = await asyncio.gather(*(post(b) for b in bodies))
        assert set(answers) == {204}, set(answers)
    elapsed = time.perf_counter() - started
    await worker.database.dispose()
    return elapsed


def _backends(workdir: Path) -> dict[str, str]:
    found = {"SQLite": f"sqlite+aiosqlite:///{workdir / 'hooks.sqlite3'}"}
    try:
        asyncio.run(
            _admin(
                POSTGRES_ADMIN,
                "DROP DATABASE IF EXISTS renovation_hooks WITH (FORCE)",
                "CREATE DATABASE renovation_hooks",
            )
        )
        found["PostgreSQL"] = POSTGRES_ADMIN.rsplit("/", 1)[0] + "/renovation_hooks"
    except OSError as error:
        print(f"PostgreSQL not reachable ({error}); measuring SQLite only")
    return found


def measure() -> list[tuple[str, str, float, float]]:
    """(backend, case, rate, floor rate) for the feed and for delivery."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend, url in _backends(Path(tmp)).items():
            keys = _migrated(url, with_wuhai=True)
            asyncio.run(_fill(url, FEED_EVENTS))
            floor = asyncio.run(_floor_read(url))
            port = free_port()
            env = {
                "RENOVATION_DATABASE_URL": url,
                "RENOVATION_WEBHOOK_WORKER": "off",
                "RENOVATION_RATE_LIMIT_PER_MINUTE": "100000000",
            }
            api = [sys.executable, "-m", "renovation_api.cli", "serve", "--port", str(port)]
            with serving(api, env, port) as base:
                seconds, served = _api_read(base, keys["city_admin"])
            assert served == FEED_EVENTS, served
            rows.append(
                (
                    backend,
                    f"feed: {FEED_EVENTS:,} events read",
                    served / seconds,
                    FEED_EVENTS / floor,
                )
            )
            with receiving() as receiver:
                bare = asyncio.run(_bare(url, receiver.url))
            with receiving() as receiver:
                # Owed only DELIVERED events: drop the rest of the feed first.
                asyncio.run(_keep_first(url, DELIVERED))
                worked = asyncio.run(_deliver(url, receiver.url, keys["city_admin"]))
                assert len(receiver.got) >= DELIVERED, len(receiver.got)
            rows.append(
                (
                    backend,
                    f"webhooks: {DELIVERED:,} delivered",
                    DELIVERED / worked,
                    DELIVERED / bare,
                )
            )
            if backend == "PostgreSQL":
                asyncio.run(
                    _admin(POSTGRES_ADMIN, "DROP DATABASE IF EXISTS renovation_hooks WITH (FORCE)")
                )
    return rows


async def _keep_first(url: str, count: int) -> None:
    database = open_database(Settings(database_url=url))
    e = tables.events.c
    try:
        async with database.writer.begin() as conn:
            kept = sa.select(e.id).order_by(e.txid, e.id).limit(count).scalar_subquery()
            await conn.execute(tables.events.delete().where(e.id.not_in(kept)))
    finally:
        await database.dispose()


def report() -> None:
    rows = measure()
    print(f"\n{'backend':<11} {'events and webhooks':<34} {'per s':>9} {'floor':>9} {'ratio':>7}")
    for backend, case, rate, floor in rows:
        print(f"{backend:<11} {case:<34} {rate:>9.0f} {floor:>9.0f} {rate / floor:>7.2f}")
    print(
        "\nfeed floor = the same keyset pages of 500 read straight from the database; webhooks "
        "floor = a bare loop posting the same bodies with the same HTTP client and concurrency "
        f"({CONCURRENCY}) to the same loopback receiver; ratio = measured ÷ floor"
    )


if __name__ == "__main__":
    report()
