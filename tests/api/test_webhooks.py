"""Webhooks over HTTP: an integrator subscribes, and a loopback receiver gets the events it may
read, signed (Standard Webhooks), retried on schedule when it fails, never lost from the feed."""

import asyncio
import datetime
import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from litestar.testing import TestClient
from renovation_sdk import WebhookVerificationError, verify

import renovation_core as core
from renovation_api.keys import issue_key, revoke_key
from renovation_api.settings import Settings, WebhookSettings
from renovation_api.shapes.register import CompoundFields
from renovation_api.storage.engine import open_database
from renovation_api.webhooks.delivery import Worker
from tests.api.conftest import (
    HOOKS,
    WUHAI,
    app_for,
    audit_events,
    caught_up,
    feed,
    problem,
    settings,
)
from tests.api.delivery_steps import OPERATORS, PROJECT, ok, walk_to
from tests.conftest import Databases
from tests.live_server import live_server
from tests.receiver import receiving

HOOK_PATH = "/v1/webhook-subscriptions"
COMPOUND_FIELDS = set(CompoundFields.__struct_fields__)


def deliver(
    database_url: str,
    until: Callable[[], bool],
    hooks: WebhookSettings = HOOKS,
    seconds: float = 30,
) -> None:
    """Run the delivery worker, round after round, until ``until`` holds (or ``seconds``
    pass)."""

    async def run() -> None:
        config = Settings(database_url=database_url, webhooks=hooks)
        database = open_database(config)
        worker = Worker(database, config)
        deadline = asyncio.get_running_loop().time() + seconds
        try:
            async with worker.client() as http:
                while not until() and asyncio.get_running_loop().time() < deadline:
                    if not await worker.round(http):
                        await asyncio.sleep(hooks.poll)
        finally:
            await database.dispose()

    asyncio.run(run())


def subscribe(client: TestClient[Any], key: str, **body: Any) -> dict[str, Any]:
    return ok(client.post(HOOK_PATH, json=body, headers={"X-API-Key": key}), 201)


def attempts(client: TestClient[Any], number: int) -> list[dict[str, Any]]:
    log: list[dict[str, Any]] = ok(
        client.get(f"{HOOK_PATH}/{number}/attempts", params={"page_size": 500})
    )["items"]
    return log


def test_a_utility_operator_is_told_of_the_handover_to_it_signed_and_nothing_else(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    with receiving() as water, receiving() as finance:
        made = subscribe(
            client, keys["water_company"], url=water.url, types=["network.handed_over"]
        )
        assert made["secret"].startswith("whsec_")
        subscribe(client, keys["haibowan_finance"], url=finance.url, types=["ledger.paid"])
        walk_to(client, "handed_over")
        caught_up(database_url)
        deliver(database_url, until=lambda: len(water.got) >= 1)

        (delivery,) = water.wait_for(1)
        event = verify(made["secret"], delivery.headers, delivery.body)
        assert event.type_ == "network.handed_over"
        assert event.data["handover"]["operator"] == OPERATORS["water"]
        assert delivery.headers["webhook-id"] == f"evt_{event.id}"
        forged = delivery.body.replace(b"water", b"power")
        with pytest.raises(WebhookVerificationError):
            verify(made["secret"], delivery.headers, forged)
        # The same event from the feed, with the operator's key; nobody else's events.
        assert [e["id"] for e in feed(client, keys["water_company"])] == [event.id]
        assert finance.got == []
        (logged,) = attempts(client, made["number"])
        assert (logged["event"], logged["delivered"], logged["status_code"]) == (
            event.id,
            True,
            204,
        )
        shown = ok(client.get(f"{HOOK_PATH}/{made['number']}"))
        assert shown["deliveries"] == {"pending": 0, "delivered": 1, "failed": 0}
        assert "secret" not in shown


def test_a_failing_receiver_is_retried_on_schedule_then_disabled_and_nothing_is_lost(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    with receiving(status=500, body=b"x" * 5000) as down, receiving() as healthy:
        made = subscribe(client, keys["city_admin"], url=down.url)
        walk_to(client, "designing")
        caught_up(database_url)
        told = feed(client, keys["city_admin"])

        def disabled() -> bool:
            return not ok(client.get(f"{HOOK_PATH}/{made['number']}"))["enabled"]

        deliver(database_url, until=disabled)
        shown = ok(client.get(f"{HOOK_PATH}/{made['number']}"))
        assert not shown["enabled"]
        # Attempts already under way when it was disabled still count.
        log = attempts(client, made["number"])
        assert len(log) >= HOOKS.disable_after
        failures, why = shown["disabled_reason"].split(" failed attempts in a row; the last: ")
        assert (int(failures) >= HOOKS.disable_after, why) == (True, "answered HTTP 500")
        assert {(a["status_code"], a["error"]) for a in log} == {(500, "answered HTTP 500")}
        assert all(len(a["excerpt"]) == 256 for a in log)
        # Each event's retries wait at least half the doubling delay after the last attempt.
        for event in {a["event"] for a in log}:
            times = sorted(
                datetime.datetime.fromisoformat(a["at"]) for a in log if a["event"] == event
            )
            for n, (before, after) in enumerate(itertools.pairwise(times), start=1):
                assert (after - before).total_seconds() >= HOOKS.retry_base * 2 ** (n - 1) / 2
        # Disabled, it is sent nothing; the feed keeps every event.
        sent = len(down.got)
        deliver(database_url, until=lambda: False, seconds=0.5)
        assert len(down.got) == sent
        assert feed(client, keys["city_admin"]) == told

        # Pointed at a receiver that works and enabled again, it is owed everything not yet
        # delivered; a replay of the range brings the rest.
        change = {"url": healthy.url, "enabled": True}
        ok(client.put(f"{HOOK_PATH}/{made['number']}", json=change))
        since = told[0]["occurred_at"]
        replayed = client.post(f"{HOOK_PATH}/{made['number']}/replays", json={"since": since})
        assert ok(replayed, 202)["queued"] == len(told)
        deliver(database_url, until=lambda: set(healthy.ids()) >= {f"evt_{e['id']}" for e in told})
        assert set(healthy.ids()) == {f"evt_{e['id']}" for e in told}
        for delivery in healthy.got:
            verify(made["secret"], delivery.headers, delivery.body)


def test_a_receiver_down_for_a_while_gets_the_event_once_it_is_back(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    with receiving(status=503) as receiver:
        made = subscribe(client, keys["city_admin"], url=receiver.url, types=["project.created"])
        walk_to(client, "consulting")
        caught_up(database_url)
        deliver(database_url, until=lambda: len(receiver.got) >= 2)
        assert ok(client.get(f"{HOOK_PATH}/{made['number']}"))["failures"] >= 2
        receiver.status = 204
        deliver(
            database_url,
            until=lambda: any(a["delivered"] for a in attempts(client, made["number"])),
        )
    log = attempts(client, made["number"])  # newest first
    assert [a["delivered"] for a in log] == [True] + [False] * (len(log) - 1)
    assert len({a["webhook_id"] for a in log}) == 1
    assert [a["attempt"] for a in reversed(log)] == list(range(1, len(log) + 1))
    shown = ok(client.get(f"{HOOK_PATH}/{made['number']}"))
    assert (shown["failures"], shown["enabled"], shown["deliveries"]["delivered"]) == (0, True, 1)


def test_a_slow_a_closed_and_a_redirecting_receiver_each_fail_and_say_why(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    with (
        receiving(delay=HOOKS.timeout + 1) as slow,
        receiving(status=302, location="https://example.org/") as moved,
    ):
        closed_url = "http://127.0.0.1:9/hooks"  # the discard port: nothing listens
        made = {
            name: subscribe(client, keys["city_admin"], url=url, types=["project.created"])
            for name, url in (("slow", slow.url), ("closed", closed_url), ("moved", moved.url))
        }
        walk_to(client, "consulting")
        caught_up(database_url)

        def tried() -> bool:
            return all(attempts(client, m["number"]) for m in made.values())

        deliver(database_url, until=tried)
    errors = {name: attempts(client, m["number"])[-1]["error"] for name, m in made.items()}
    assert errors == {
        "slow": "no answer within 1 s",
        "closed": "could not connect: ConnectError",
        "moved": "answered HTTP 302",
    }
    assert len(moved.got) == 1  # and nothing was sent where it pointed


def test_a_rotated_secret_signs_beside_the_new_one_for_the_overlap(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    with receiving() as receiver:
        made = subscribe(client, keys["city_admin"], url=receiver.url, types=["project.created"])
        rotated = ok(client.post(f"{HOOK_PATH}/{made['number']}/secret-rotations"), 201)
        assert rotated["secret"] != made["secret"]
        assert rotated["previous_secret_until"] is not None
        walk_to(client, "consulting")
        caught_up(database_url)
        deliver(database_url, until=lambda: len(receiver.got) >= 1)
    (delivery,) = receiver.got
    assert len(delivery.headers["webhook-signature"].split(" ")) == 2
    for secret in (made["secret"], rotated["secret"]):
        assert verify(secret, delivery.headers, delivery.body).type_ == "project.created"


def test_a_replayed_event_goes_out_again_under_its_own_webhook_id(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    with receiving() as receiver:
        made = subscribe(client, keys["city_admin"], url=receiver.url, types=["project.created"])
        walk_to(client, "consulting")
        caught_up(database_url)
        deliver(database_url, until=lambda: len(receiver.got) >= 1)
        (event,) = feed(client, keys["city_admin"], type=["project.created"])
        again = client.post(f"{HOOK_PATH}/{made['number']}/replays", json={"event": event["id"]})
        assert ok(again, 202)["queued"] == 1
        deliver(database_url, until=lambda: len(receiver.got) >= 2)
    assert receiver.ids() == [f"evt_{event['id']}"] * 2


def test_a_subscription_is_its_owners_and_tells_only_what_it_may_read(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    url = "https://water.wuhai.example/hooks"
    water = subscribe(client, keys["water_company"], url=url)
    assert water["types"] is None
    # Asked again for what it asks, it changes nothing, nor its ETag.
    own = f"{HOOK_PATH}/{water['number']}"
    read = client.get(own, headers={"X-API-Key": keys["water_company"]})
    again = client.put(
        own,
        json={"url": url, "enabled": True},
        headers={"X-API-Key": keys["water_company"], "If-Match": read.headers["etag"]},
    )
    assert ok(again)["url"] == url
    assert again.headers["etag"] == read.headers["etag"]
    logged = audit_events(client, keys["city_admin"], resource=own)
    assert [e["action"] for e in logged] == ["create"]
    admins = subscribe(client, keys["city_admin"], url=url, types=["ledger.paid"])
    unread = client.post(
        HOOK_PATH,
        json={"url": url, "types": ["ledger.paid"]},
        headers={"X-API-Key": keys["water_company"]},
    )
    assert problem(unread, 422, "invalid-data")["errors"][0]["path"] == "$.types"
    other = client.get(
        f"{HOOK_PATH}/{admins['number']}", headers={"X-API-Key": keys["water_company"]}
    )
    problem(other, 404, "not-found")
    own = ok(client.get(HOOK_PATH, headers={"X-API-Key": keys["water_company"]}))["items"]
    assert [s["number"] for s in own] == [water["number"]]
    everyone = {s["number"] for s in ok(client.get(HOOK_PATH))["items"]}
    assert everyone == {water["number"], admins["number"]}
    # The secret is shown once: not in a replayed answer, nor in the audit log.
    body = {"url": url, "types": ["project.created"]}
    retry = {"Idempotency-Key": "c0ffee00-0000-4000-8000-000000000001"}
    first = ok(client.post(HOOK_PATH, json=body, headers=retry), 201)
    replayed = client.post(HOOK_PATH, json=body, headers=retry)
    assert replayed.headers["idempotent-replayed"] == "true"
    assert (first["secret"] is not None, replayed.json()["secret"]) == (True, None)
    log = client.get("/v1/audit-events", params={"resource": HOOK_PATH, "page_size": 500})
    assert first["secret"] not in log.text
    assert "whsec_" not in log.text


def test_targets_are_https_on_public_addresses_unless_the_deployment_allows_more(
    database_url: str, keys: dict[str, str]
) -> None:
    strict = settings(database_url, webhooks=WebhookSettings(keys=HOOKS.keys, worker="off"))
    with TestClient(app_for(strict)) as strict_client:
        strict_client.headers["X-API-Key"] = keys["city_admin"]
        for url, why in (
            ("http://hooks.example.org/", "must be an https URL (plain http is not allowed)"),
            ("https://127.0.0.1/hooks", "must not be a loopback or private address"),
            ("https://10.1.2.3/hooks", "must not be a loopback or private address"),
            ("https://[::1]/hooks", "must not be a loopback or private address"),
            ("https://localhost/hooks", "must not be a loopback or private address"),
            (
                "https://user:pw@example.org/",
                "must name a host, with no credentials and no fragment",
            ),
        ):
            refused = strict_client.post(HOOK_PATH, json={"url": url})
            assert problem(refused, 422, "invalid-data")["errors"] == [
                {"path": "$.url", "message": why}
            ], url
        ok(strict_client.post(HOOK_PATH, json={"url": "https://hooks.wuhai.example/x"}), 201)


def test_a_project_write_reaches_a_subscriber_only_once_it_is_committed(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    with receiving() as receiver:
        subscribe(client, keys["city_admin"], url=receiver.url, types=["project.stage_changed"])
        walk_to(client, "consulting")
        refused = client.post(f"{PROJECT}/transitions", json={"to": "filed", "on": "2022-03-01"})
        assert refused.status_code == 409
        caught_up(database_url)
        deliver(database_url, until=lambda: len(receiver.got) >= 1)
    assert [json.loads(d.body)["data"]["stage"] for d in receiver.got] == ["consulting"]


def test_a_worker_killed_mid_delivery_and_started_again_delivers_every_event(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    env = {
        **os.environ,
        "RENOVATION_DATABASE_URL": database_url,
        "RENOVATION_WEBHOOK_KEYS": HOOKS.keys[0],
        "RENOVATION_WEBHOOK_ALLOW_HTTP": "1",
        "RENOVATION_WEBHOOK_ALLOW_PRIVATE": "1",
        "RENOVATION_WEBHOOK_TIMEOUT_SECONDS": "0.5",  # and so a lease of 5 s
        "RENOVATION_WEBHOOK_RETRY_BASE_SECONDS": "0.05",
        "RENOVATION_WEBHOOK_POLL_SECONDS": "0.05",
    }
    command = [sys.executable, "-m", "renovation_api.cli", "deliver-webhooks"]
    with receiving(hold=threading.Event()) as receiver:
        subscribe(client, keys["city_admin"], url=receiver.url)
        walk_to(client, "designing")
        caught_up(database_url)
        owed = {f"evt_{e['id']}" for e in feed(client, keys["city_admin"])}
        first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        try:
            assert receiver.wait_for(1), "the worker began delivering"
        finally:
            first.kill()  # mid-delivery: the receiver has not answered
            first.wait()
        assert receiver.hold is not None
        # Requests the killed worker had sent may still be read from their sockets: the
        # receiver's list settles before what was under way is taken from it.
        settled, seen = time.monotonic() + 0.5, receiver.ids()
        while time.monotonic() < settled:
            time.sleep(0.05)
            if receiver.ids() != seen:
                settled, seen = time.monotonic() + 0.5, receiver.ids()
        receiver.hold.set()
        cut_short = set(receiver.ids())
        second = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not (
                set(receiver.ids()) >= owed and all(receiver.ids().count(i) == 2 for i in cut_short)
            ):
                time.sleep(0.05)
        finally:
            second.send_signal(signal.SIGTERM)
            assert second.wait(timeout=10) == 0
    ids = receiver.ids()
    assert set(ids) == owed
    # What the first worker had under way went out again, under the same webhook-id.
    again = [i for i in ids if ids.count(i) > 1]
    assert cut_short
    assert set(again) == cut_short


def test_a_subscription_whose_key_is_revoked_is_told_nothing_more(
    client: TestClient[Any], database_url: str
) -> None:
    admin = core.Principal(actor="cli:tests", role=core.Role.CITY_ADMIN)

    async def with_database(act: Callable[[Any], Any]) -> Any:
        database = open_database(Settings(database_url=database_url))
        try:
            async with database.writer.begin() as conn:
                return await act(conn)
        finally:
            await database.dispose()

    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    issued = asyncio.run(
        with_database(
            lambda conn: issue_key(
                conn, name="财政局", role=core.Role.CITY_ADMIN, by=admin, expires_at=later
            )
        )
    )
    with receiving() as receiver:
        made = subscribe(client, issued.key, url=receiver.url, types=["project.created"])
        asyncio.run(with_database(lambda conn: revoke_key(conn, issued.key_id, admin)))
        walk_to(client, "consulting")
        caught_up(database_url)
        deliver(
            database_url,
            until=lambda: not ok(client.get(f"{HOOK_PATH}/{made['number']}"))["enabled"],
        )
    shown = ok(client.get(f"{HOOK_PATH}/{made['number']}"))
    assert shown["disabled_reason"] == "the API key that subscribed was revoked"
    assert receiver.got == []


def test_serve_delivers_webhooks_itself_when_its_worker_is_embedded(
    databases: Databases, tmp_path: Path
) -> None:
    env = {
        "RENOVATION_WEBHOOK_WORKER": "embedded",
        "RENOVATION_WEBHOOK_KEYS": HOOKS.keys[0],
        "RENOVATION_WEBHOOK_ALLOW_HTTP": "1",
        "RENOVATION_WEBHOOK_ALLOW_PRIVATE": "1",
        "RENOVATION_WEBHOOK_POLL_SECONDS": "0.05",
    }
    url = databases.new()
    key = {"X-API-Key": databases.keys["city_admin"]}
    try:
        with live_server(url, tmp_path, env) as base, receiving() as receiver:
            hook = {"url": receiver.url, "types": ["compound.changed"]}
            made = ok(httpx.post(f"{base}{HOOK_PATH}", json=hook, headers=key), 201)
            compound = f"{base}{WUHAI}/compounds/150302-0001"
            read = httpx.get(compound, headers=key)
            facts = {k: v for k, v in read.json().items() if k in COMPOUND_FIELDS}
            changed = {**facts, "name": facts["name"] + "（东区）"}
            ok(httpx.put(compound, json=changed, headers={**key, "If-Match": read.headers["etag"]}))
            (delivery,) = receiver.wait_for(1)
    finally:
        databases.drop(url)
    event = verify(made["secret"], delivery.headers, delivery.body)
    assert (event.type_, event.data["changed"]) == ("compound.changed", ["name"])
