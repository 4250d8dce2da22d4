"""The audit log: what each write records, how the log is searched, and that it stays as written."""

import asyncio
import datetime
import json
from typing import Any

from litestar.testing import TestClient

import renovation_core as core
from renovation_api.services import audit
from renovation_api.services.unit_of_work import EventFilter
from tests.api.conftest import CITY, audit_events, problem, sql_unit_of_work
from tests.api.delivery_steps import NEW_PROJECT, PROJECT, ok
from tests.api.test_access import COMPOUNDS, PLAN, call, compound_fields, programme_file


def test_a_compounds_history_reads_back_in_order(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    started = datetime.datetime.now(datetime.UTC)
    one = f"{COMPOUNDS}/LOG-1"
    created = call(
        client,
        keys,
        "haibowan_officer",
        "POST",
        COMPOUNDS,
        json=compound_fields("own") | {"code": "LOG-1"},
    )
    assert created.status_code == 201
    changed = compound_fields("own") | {"households": 120}
    assert call(client, keys, "haibowan_officer", "PUT", one, json=changed).status_code == 200
    assert client.post(f"{one}/plan", json=PLAN).status_code == 201
    assert client.delete(f"{one}/plan").status_code == 204
    assert client.delete(one).status_code == 204

    history = audit_events(client, keys["city_admin"], resource=one)
    assert [(e["action"], e["resource"]) for e in history] == [
        ("create", one),
        ("replace", one),
        ("create", f"{one}/plan"),
        ("delete", f"{one}/plan"),
        ("delete", one),
    ]
    first, second = history[0], history[1]
    assert first["before"] is None
    assert first["after"] == created.json()
    assert first["role"] == "district_officer"
    assert first["request_id"] == created.headers["x-request-id"]
    assert second["before"]["households"] == 96
    assert second["after"]["households"] == 120
    assert history[3]["before"]["items"][0]["code"] == "water_supply"
    assert history[4]["after"] is None
    assert all(
        started <= datetime.datetime.fromisoformat(e["at"]) <= datetime.datetime.now(datetime.UTC)
        for e in history
    )
    # The prefix is a path, compared exactly: LOG-1 takes in neither LOG-10 nor log-1.
    for code in ("LOG-10", "log-1"):
        created = client.post(COMPOUNDS, json=compound_fields("own") | {"code": code})
        assert created.status_code == 201
        assert client.post(f"{COMPOUNDS}/{code}/plan", json=PLAN).status_code == 201
    assert len(audit_events(client, keys["city_admin"], resource=one)) == 5


def test_the_log_is_searched_by_actor_and_time(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    before = datetime.datetime.now(datetime.UTC)
    call(
        client,
        keys,
        "xinhua_officer",
        "POST",
        COMPOUNDS,
        json=compound_fields("own") | {"code": "BY-XINHUA"},
    )
    client.post(COMPOUNDS, json=compound_fields("other") | {"code": "BY-ADMIN"})
    actor = f"key:{keys['xinhua_officer'].split('_')[1]}"
    mine = audit_events(client, keys["auditor"], actor=actor)
    assert [e["resource"].rsplit("/", 1)[1] for e in mine] == ["BY-XINHUA"]
    recent = audit_events(client, keys["auditor"], since=before.isoformat())
    assert [e["resource"].rsplit("/", 1)[1] for e in recent] == ["BY-XINHUA", "BY-ADMIN"]
    assert audit_events(client, keys["auditor"], until=before.isoformat()) == audit_events(
        client, keys["auditor"], until=before.isoformat(), since="2000-01-01T00:00:00Z"
    )
    assert all(
        e["actor"].startswith("cli:")
        for e in audit_events(client, keys["auditor"], until=before.isoformat())
    )


def test_the_log_pages_through_every_event(client: TestClient[Any], keys: dict[str, str]) -> None:
    for n in range(5):
        client.post(COMPOUNDS, json=compound_fields("own") | {"code": f"PAGE-{n}"})
    every = audit_events(client, keys["city_admin"])
    paged: list[Any] = []
    params: dict[str, Any] = {"page_size": 2}
    while True:
        page = client.get("/v1/audit-events", params=params).json()
        paged += page["items"]
        if not page["next_cursor"]:
            break
        params["cursor"] = page["next_cursor"]
    assert paged == every
    assert [e["id"] for e in every] == sorted(e["id"] for e in every)


def test_the_log_cannot_be_changed_through_the_api(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    client.post(COMPOUNDS, json=compound_fields("own") | {"code": "KEEP"})
    before = audit_events(client, keys["city_admin"])
    event = f"/v1/audit-events/{before[-1]['id']}"
    for method, url in (
        ("POST", "/v1/audit-events"),
        ("PUT", event),
        ("DELETE", event),
        ("DELETE", "/v1/audit-events"),
    ):
        response = client.request(method, url, json={"actor": "nobody"})
        assert response.status_code in {404, 405}, (method, url, response.status_code)
    assert audit_events(client, keys["city_admin"]) == before


def test_a_refused_write_leaves_no_event(client: TestClient[Any], keys: dict[str, str]) -> None:
    before = audit_events(client, keys["city_admin"])
    problem(
        client.post(COMPOUNDS, json=compound_fields("own") | {"code": "150302-0003"}),
        409,
        "duplicate",
    )
    problem(
        call(
            client, keys, "auditor", "POST", COMPOUNDS, json=compound_fields("own") | {"code": "A"}
        ),
        403,
        "forbidden",
    )
    assert audit_events(client, keys["city_admin"]) == before


def test_a_region_bounds_the_part_of_the_log_a_caller_reads(
    client: TestClient[Any], database_url: str
) -> None:
    """Several cities in one deployment: an administrator or auditor bounded to one city reads
    the writes to that city's programmes alone, one bounded to the province both cities', one
    bounded to nothing the whole log."""
    baotou = json.loads(json.dumps(programme_file()).replace("1503", "1502"))  # 包头市
    ok(client.post("/v1/programmes", json=baotou), 201)
    ok(client.post(PROJECT.rsplit("/", 1)[0], json=NEW_PROJECT), 201)

    def read(by: core.Principal) -> list[str]:
        async def run() -> list[str]:
            async with sql_unit_of_work(database_url, by, datetime.date.today()) as uow:
                return [e.resource for e in await audit.events(uow, EventFilter(), None, 500)]

        return asyncio.run(run())

    everything = read(CITY)
    loaded = f"/v1/programmes/{baotou['programme']['code']}"
    assert [r for r in everything if r.startswith("/v1/")] == [loaded, PROJECT]
    assert any(r.startswith("api-keys/") for r in everything)  # the deployment's, not a city's
    for role in (core.Role.CITY_ADMIN, core.Role.AUDITOR):
        assert read(core.Principal(actor="key:w", role=role, region="150300")) == [PROJECT]
        assert read(core.Principal(actor="key:b", role=role, region="150200")) == [loaded]
        assert read(core.Principal(actor="key:n", role=role, region="150000")) == [loaded, PROJECT]
