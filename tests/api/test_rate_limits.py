"""Rate limits nobody steps around: keyed on the address the server trusts, shared by every
worker through Redis (or counted per worker without it), with failed authentication limited per
address and unknown keys remembered. Counting runs against both kinds of counts."""

import asyncio
import ipaddress
import os
import random
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from litestar.testing import AsyncTestClient, TestClient

from renovation_api.app import create_app
from renovation_api.limits import Counts, LocalCounts, RedisCounts, client_address
from renovation_api.storage import keys as stored_keys
from tests.api.conftest import WUHAI, problem, settings
from tests.conftest import Databases
from tests.live_server import live_server

REDIS_ENV = "RENOVATION_TEST_REDIS_URL"
PROXY = [ipaddress.ip_network("10.0.0.0/8")]


def redis_url() -> str:
    url = os.environ.get(REDIS_ENV)
    if not url:
        pytest.skip(f"Redis tests need {REDIS_ENV} (e.g. redis://127.0.0.1:6379/0)")
    return url


@pytest.fixture(params=["local", "redis"])
def kind(request: pytest.FixtureRequest) -> str:
    """Where the counts are kept: each worker's memory, or Redis."""
    if request.param == "redis":
        redis_url()
    return str(request.param)


def fresh_counts(kind: str) -> Counts:
    """Counts of ``kind`` that no other test shares (Redis's under a prefix of their own)."""
    if kind == "local":
        return LocalCounts()
    return RedisCounts(redis_url(), prefix=f"test-{uuid.uuid4().hex}")


def scope(peer: str, *forwarded: str) -> Any:
    return {
        "client": (peer, 5000),
        "headers": [(b"x-forwarded-for", f.encode()) for f in forwarded],
    }


@pytest.mark.parametrize(
    ("request_scope", "expected"),
    [
        (scope("203.0.113.9", "1.2.3.4"), "203.0.113.9"),  # not from a proxy: the header is ignored
        (scope("10.0.0.5", "1.2.3.4"), "1.2.3.4"),
        (scope("10.0.0.5", "6.6.6.6, 1.2.3.4"), "1.2.3.4"),  # the client's own claim is skipped
        (scope("10.0.0.5", "6.6.6.6, 1.2.3.4, 10.0.0.7"), "1.2.3.4"),  # through two proxies
        (scope("10.0.0.5", "6.6.6.6", "1.2.3.4"), "1.2.3.4"),  # repeated headers read in order
        (scope("10.0.0.5"), "10.0.0.5"),
        (scope("10.0.0.5", "10.1.1.1"), "10.1.1.1"),
        (scope("10.0.0.5", "garbage"), "garbage"),
    ],
)
def test_the_client_is_the_nearest_address_no_trusted_proxy_vouches_for(
    request_scope: Any, expected: str
) -> None:
    assert client_address(request_scope, PROXY) == expected


def test_without_trusted_proxies_a_forwarded_address_counts_for_nothing() -> None:
    assert client_address(scope("127.0.0.1", "1.2.3.4"), []) == "127.0.0.1"


def test_counts_start_afresh_each_window(kind: str) -> None:
    async def run() -> list[int]:
        counts = fresh_counts(kind)
        found = [
            await counts.add("caller:a", 7),
            await counts.add("caller:a", 7),
            await counts.get("caller:a", 7),
            await counts.add("caller:b", 7),
            await counts.get("caller:a", 8),
            await counts.add("caller:a", 8),
        ]
        await counts.close()
        return found

    assert asyncio.run(run()) == [1, 2, 2, 1, 0, 1]


def test_a_worker_that_cannot_reach_redis_counts_in_its_memory() -> None:
    unreachable = RedisCounts("redis://127.0.0.1:1/0")

    async def run() -> list[int]:
        found = [await unreachable.add("caller:a", 1), await unreachable.add("caller:a", 1)]
        await unreachable.close()
        return found

    assert asyncio.run(run()) == [1, 2]


@contextmanager
def limited(
    database_url: str, kind: str, per_minute: int = 10**6, failures: int = 10**6
) -> Iterator[TestClient[Any]]:
    """A client of an app with these limits, its counts of ``kind``, 20 s before the end of a
    minute no other test counts in."""
    redis = {"redis_url": redis_url()} if kind == "redis" else {}
    limits = {"rate_limit_per_minute": per_minute, "auth_failures_per_minute": failures}
    with TestClient(create_app(settings(database_url, **limits, **redis))) as client:
        moment = 60 * random.randrange(10**9) + 40.0
        client.app.state.limiter.clock = lambda: moment
        yield client


def test_a_spoofed_forwarded_header_is_the_same_caller(database_url: str, kind: str) -> None:
    with limited(database_url, kind, per_minute=3) as client:
        answers = [
            client.get(f"{WUHAI}/districts", headers={"X-Forwarded-For": f"198.51.100.{n}"})
            for n in range(4)
        ]
    assert [a.status_code for a in answers[:3]] == [200, 200, 200]
    refused = problem(answers[3], 429, "rate-limited")
    assert refused["detail"] == "at most 3 requests a minute per caller; retry in 20 s"


def test_failed_authentication_is_limited_per_address_before_any_lookup(
    database_url: str, keys: dict[str, str], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lookups = count_lookups(monkeypatch)
    with limited(database_url, kind, failures=5) as client:
        bogus = [f"rnv_{n:016x}_{'x' * 43}" for n in range(8)]
        answers = [client.get(f"{WUHAI}/compounds", headers={"X-API-Key": k}) for k in bogus]
        good = client.get(f"{WUHAI}/compounds", headers={"X-API-Key": keys["auditor"]})
        public = client.get(f"{WUHAI}/districts")
    assert [a.status_code for a in answers] == [401] * 5 + [429] * 3
    assert len(lookups) == 5, "refused before the key is looked up"
    refused = problem(good, 429, "rate-limited")
    assert "more than 5 failed authentications a minute from this address" in refused["detail"]
    assert public.status_code == 200, "the public is still served"


def test_failed_authentications_sent_at_once_start_no_more_lookups_than_the_limit(
    database_url: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lookups = count_lookups(monkeypatch)
    redis = {"redis_url": redis_url()} if kind == "redis" else {}
    app = create_app(settings(database_url, auth_failures_per_minute=5, **redis))

    async def flood() -> list[int]:
        async with AsyncTestClient(app) as client:
            moment = 60 * random.randrange(10**9) + 40.0
            client.app.state.limiter.clock = lambda: moment
            bogus = [f"rnv_{n:016x}_{'x' * 43}" for n in range(100)]
            answers = await asyncio.gather(
                *(client.get(f"{WUHAI}/compounds", headers={"X-API-Key": k}) for k in bogus)
            )
            options = [await client.options(f"{WUHAI}/compounds") for _ in range(3)]
        return [a.status_code for a in answers] + [o.status_code for o in options]

    statuses = asyncio.run(flood())
    assert len(lookups) == 5
    assert sorted(statuses[:100]) == [401] * 5 + [429] * 95
    assert statuses[100:] == [204] * 3


def count_lookups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The key ids looked up in the database from now on."""
    lookups: list[str] = []
    find_key = stored_keys.find_key

    async def counted(conn: Any, key_id: str) -> Any:
        lookups.append(key_id)
        return await find_key(conn, key_id)

    monkeypatch.setattr(stored_keys, "find_key", counted)
    return lookups


def test_an_unknown_key_is_looked_up_once_while_it_is_remembered(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lookups = count_lookups(monkeypatch)
    with TestClient(create_app(settings(database_url))) as client:
        bogus = {"X-API-Key": f"rnv_{'0' * 16}_{'x' * 43}"}
        for _ in range(20):
            problem(client.get(f"{WUHAI}/compounds", headers=bogus), 401, "unauthenticated")
    assert lookups == ["0" * 16]


def clear_of_the_minutes_end() -> None:
    """Wait, if need be, so that the next few seconds fall in one window."""
    left = 60 - time.time() % 60
    if left < 3:
        time.sleep(left + 0.2)


@pytest.mark.parametrize("databases", ["postgresql"], indirect=True)
def test_workers_behind_a_trusted_proxy_share_one_limit_through_redis(
    databases: Databases, tmp_path: Path
) -> None:
    """A real server: from loopback, a spoofed X-Forwarded-For is not an address of its own;
    behind a proxy the deployment names, the forwarded client is counted across two workers."""
    url = databases.new()
    env = {"RENOVATION_REDIS_URL": redis_url(), "RENOVATION_REDIS_PREFIX": f"test-{uuid.uuid4()}"}
    (tmp_path / "untrusted").mkdir()
    with live_server(
        url, tmp_path / "untrusted", env | {"RENOVATION_RATE_LIMIT_PER_MINUTE": "5"}
    ) as base:
        clear_of_the_minutes_end()
        spoofed = [
            httpx.get(f"{base}{WUHAI}/districts", headers={"X-Forwarded-For": f"198.51.100.{n}"})
            for n in range(7)
        ]
    served = [a for a in spoofed if a.status_code == 200]  # the health checks counted too
    assert [a.status_code for a in spoofed] == [200] * len(served) + [429] * (7 - len(served))
    remaining = [int(a.headers["ratelimit-remaining"]) for a in served]
    assert remaining == list(range(remaining[0], -1, -1)), "one quota, whatever the header says"
    trusted = env | {
        "RENOVATION_REDIS_PREFIX": f"test-{uuid.uuid4()}",  # counts of its own
        "RENOVATION_TRUSTED_PROXIES": "127.0.0.1",
        "RENOVATION_RATE_LIMIT_PER_MINUTE": "6",
    }
    (tmp_path / "trusted").mkdir()
    with live_server(url, tmp_path / "trusted", trusted, workers=2) as base:
        clear_of_the_minutes_end()
        behind = {"X-Forwarded-For": "203.0.113.7", "Connection": "close"}  # each a new connection
        answers = [httpx.get(f"{base}{WUHAI}/districts", headers=behind) for _ in range(8)]
        other = httpx.get(f"{base}{WUHAI}/districts", headers={"X-Forwarded-For": "203.0.113.8"})
    assert [a.status_code for a in answers] == [200] * 6 + [429] * 2, "one limit, both workers"
    assert other.status_code == 200, "another client behind the proxy has its own"
