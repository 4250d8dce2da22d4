"""An in-process client of the app over a fresh database loaded with the Wuhai data."""

import asyncio
import datetime
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

import attrs
import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet
from litestar import Litestar
from litestar.testing import TestClient
from sqlalchemy.ext.asyncio import create_async_engine

import renovation_core as core
from renovation_api import views
from renovation_api.app import create_app
from renovation_api.settings import Settings, WebhookSettings
from renovation_api.storage.engine import open_database
from renovation_api.storage.programmes import ProgrammeCache
from renovation_api.storage.unit_of_work import SqlUnitOfWork
from tests.conftest import Databases

WUHAI = "/v1/programmes/wuhai-2022-2024"


@pytest.fixture
def database_url(databases: Databases) -> Iterator[str]:
    url = databases.new()
    yield url
    databases.drop(url)


@pytest.fixture
def keys(databases: Databases) -> dict[str, str]:
    """An API key per persona of ``tests.conftest.PERSONAS``."""
    return databases.wuhai_keys()


_APPS: dict[Settings, Litestar] = {}


def app_for(settings: Settings) -> Litestar:
    """An app for ``settings``, to be started on their database: apps differing only in their
    database are one app, so each test does not build its own."""
    shape = attrs.evolve(settings, database_url="sqlite+aiosqlite://")
    app = _APPS.get(shape) or _APPS.setdefault(shape, create_app(settings))
    app.state.settings = settings
    return app


# Webhooks as the tests send them: to loopback receivers over plain http, quickly retried, and
# by a worker the test runs itself (``tests.api.test_webhooks.deliver``), not one in the app.
HOOKS = WebhookSettings(
    keys=(Fernet.generate_key().decode(),),
    allow_http=True,
    allow_private=True,
    worker="off",
    timeout=1.0,
    retry_base=0.05,
    retry_cap=1.0,
    max_attempts=4,
    disable_after=6,
    poll=0.02,
)


def settings(database_url: str, **changes: Any) -> Settings:
    """Test settings: no rate limits to speak of, unless a test sets them."""
    return Settings(
        database_url=database_url,
        **{
            "rate_limit_per_minute": 10**6,
            "auth_failures_per_minute": 10**6,
            # The story's proposals start from a plan its steps changed: a busy machine may
            # need more than 2 s to find a first schedule.
            "proposal_max_seconds": 5,
            "webhooks": HOOKS,
            **changes,
        },
    )


# Who reads, where a test compares what the database sums with the core's own calculation:
# the city, a street's officer, and an officer of another street of the same district.
CITY = core.Principal(actor="cli:tests", role=core.Role.CITY_ADMIN)
STREET = core.Principal(
    actor="key:street", role=core.Role.STREET_OFFICER, streets=frozenset({"150302001000"})
)
ELSEWHERE = attrs.evolve(STREET, streets=frozenset({"150302002000"}))


@asynccontextmanager
async def sql_unit_of_work(
    database_url: str, by: core.Principal, today: datetime.date
) -> AsyncIterator[SqlUnitOfWork]:
    """The SQL unit of work over the reader, as a route's read has it: where a test compares
    what the database sums with the core's own calculation over the records it reads."""
    database = open_database(settings(database_url))
    try:
        async with database.reader.connect() as conn:
            yield SqlUnitOfWork(
                conn,
                by=by,
                today=today,
                request_id=None,
                show=views.show,
                programmes=ProgrammeCache(),
            )
    finally:
        await database.dispose()


@pytest.fixture
def client(database_url: str, keys: dict[str, str]) -> Iterator[TestClient[Any]]:
    """A client acting as the city administrator. After the test, every write it made must
    have its audit record, carrying that write's request id, and nothing else may; a PUT
    that changed nothing (answered with the ETag last answered for its path) has none. A write
    has one record per resource it changed: one, except a tender package's, which changes each of
    its projects too, a plan's, which may carry its draft funding along, a menu's
    confirmation, which changes the plan (and so its draft funding), an import, which
    writes many compounds, and a plan proposal's adoption, which moves many plans."""
    writes: dict[str, str] = {}  # request id → path
    etags: dict[str, str] = {}  # path → the ETag last answered for it

    def track(response: Any) -> None:
        path, etag = response.request.url.path, response.headers.get("etag")
        unchanged = (
            response.request.method == "PUT" and etag is not None and etags.get(path) == etag
        )
        if etag is not None:  # a resource's, or a created one's (at its location)
            etags[urlsplit(response.headers.get("location") or path).path] = etag
        if (
            response.request.method in {"POST", "PUT", "PATCH", "DELETE"}
            and response.is_success
            and "idempotent-replayed" not in response.headers
            and not unchanged
        ):
            writes[response.headers["x-request-id"]] = path

    with TestClient(app_for(settings(database_url))) as test_client:
        test_client.headers["X-API-Key"] = keys["city_admin"]
        test_client.event_hooks["response"].append(track)
        yield test_client
        recorded = Counter(
            event["request_id"]
            for event in audit_events(test_client, keys["city_admin"])
            if event["request_id"] is not None  # the command line's: setting up the database
        )
    unaudited = sorted(writes[rid] for rid in set(writes) - set(recorded))
    assert set(recorded) == set(writes), (
        f"each write has its audit records, and only writes do: {unaudited}"
    )
    single = {
        rid
        for rid, path in writes.items()
        if "/tender-packages" not in path
        and not path.endswith(("/plan", "/menu/confirmation", "/imports", "/adoption"))
    }
    assert all(recorded[rid] == 1 for rid in single), "a write of one resource has one record"


def audit_events(client: TestClient[Any], key: str, **filters: Any) -> list[dict[str, Any]]:
    """The whole audit log (or the part ``filters`` select), oldest first."""
    events: list[dict[str, Any]] = []
    params: dict[str, Any] = {"page_size": 500, **filters}
    while True:
        response = client.get("/v1/audit-events", params=params, headers={"X-API-Key": key})
        assert response.status_code == 200, response.text
        events += response.json()["items"]
        if not (cursor := response.json()["next_cursor"]):
            return events
        params["cursor"] = cursor


def caught_up(database_url: str) -> None:
    """Wait until the feed serves every event committed: on PostgreSQL it holds back the
    events of transactions newer than one still running anywhere on the server (another
    test's), until that one ends."""
    if not database_url.startswith("postgresql"):
        return

    async def held_back() -> int:
        engine = create_async_engine(database_url)
        try:
            async with engine.connect() as conn:
                xmin = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
                query = f"SELECT count(*) FROM events WHERE txid >= {xmin}"
                return int(await conn.scalar(sa.text(query)) or 0)
        finally:
            await engine.dispose()

    deadline = time.monotonic() + 60
    while asyncio.run(held_back()) and time.monotonic() < deadline:
        time.sleep(0.05)


def feed(client: TestClient[Any], key: str | None, **params: Any) -> list[dict[str, Any]]:
    """Every event the caller may read now (matching ``params``), in feed order."""
    found: list[dict[str, Any]] = []
    while True:
        request = client.build_request("GET", "/v1/events", params=params)
        del request.headers["X-API-Key"]
        if key is not None:
            request.headers["X-API-Key"] = key
        answer = client.send(request)
        assert answer.status_code == 200, answer.text
        found += answer.json()["items"]
        if not answer.json()["more"]:
            return found
        params = {**params, "cursor": answer.json()["next_cursor"]}


def problem(response: Any, status: int, slug: str) -> dict[str, Any]:
    """Assert ``response`` is the RFC 9457 problem ``slug`` and return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["type"] == f"urn:renovation:problem:{slug}"
    assert body["status"] == status
    assert "Traceback" not in response.text
    return body  # type: ignore[no-any-return]


def state(client: TestClient[Any]) -> Any:
    """Everything a bad request must leave as it was: the register, the plans' totals."""
    compounds = []
    token = None
    while True:
        params: dict[str, Any] = {"page_size": 500}
        if token:
            params["cursor"] = token
        page = client.get(f"{WUHAI}/compounds", params=params).json()
        compounds += page["items"]
        token = page["next_cursor"]
        if not token:
            break
    report = client.get(f"{WUHAI}/reports/target-vs-actual").json()
    programmes = client.get("/v1/programmes").json()
    return compounds, report, programmes
