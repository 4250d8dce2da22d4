"""The feed of domain events over HTTP: each write told once, in order, to the callers who may
read what it changed, resumable from a cursor until the feed's retention passes it."""

import asyncio
import datetime
from typing import Any

from litestar.testing import TestClient

from renovation_api.settings import Settings
from renovation_api.storage import events
from renovation_api.storage.engine import open_database
from tests.api.conftest import WUHAI, caught_up, feed, problem
from tests.api.delivery_steps import CODE, HOUSEHOLDS, OPERATORS, PROJECT, ok, walk_to

WATER = OPERATORS["water"]


def test_a_project_walked_to_its_handover_is_told_in_order_to_each_reader_as_it_may_read(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    project = walk_to(client, "handed_over")
    caught_up(database_url)
    told = feed(client, keys["city_admin"])
    types = [e["type"] for e in told]
    assert types[0] == "project.created"
    assert types.count("network.handed_over") == len(OPERATORS)
    assert "project.hazard_reported" in types or "project.inspected" in types
    stages = [e["data"] for e in told if e["type"] == "project.stage_changed"]
    assert [s["stage"] for s in stages][-1] == "handed_over"
    assert all(s["previous_stage"] != s["stage"] for s in stages)
    assert "stage" in stages[-1]["changed"]
    last = told[-1]
    assert last["resource"] == PROJECT
    assert last["etag"] == client.get(PROJECT).headers["etag"]
    assert (last["programme"], last["district"]) == ("wuhai-2022-2024", "150302")
    assert project["stage"] == "handed_over"

    # Haibowan's officers read their district's events (its tender package's too: its one
    # compound is Haibowan's), the water company its handover only.
    assert {e["district"] for e in told} == {"150302"}
    assert feed(client, keys["haibowan_officer"]) == told
    water = feed(client, keys["water_company"])
    assert [e["type"] for e in water] == ["network.handed_over"]
    assert water[0]["data"]["handover"]["operator"] == WATER
    assert water[0]["data"]["handover"]["network"] == "water"
    # The public reads published figures' events only: none of a project's.
    assert feed(client, None) == []


def test_a_poller_gets_each_event_once_and_resumes_where_it_stopped(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    walk_to(client, "designing")
    caught_up(database_url)
    whole = feed(client, keys["city_admin"])
    seen: list[dict[str, Any]] = []
    params: dict[str, Any] = {"page_size": 1}
    while True:
        page = ok(client.get("/v1/events", params=params))
        seen += page["items"]
        params["cursor"] = page["next_cursor"]
        if not page["more"]:
            break
    assert [e["id"] for e in seen] == [e["id"] for e in whole]
    # Nothing new: nothing served, and the same place to resume from.
    idle = ok(client.get("/v1/events", params=params))
    assert (idle["items"], idle["more"], idle["next_cursor"]) == ([], False, params["cursor"])
    document = {"kind": "design_approval", "reference": "乌海建审〔2021〕32号"}
    ok(client.post(f"{PROJECT}/documents", json={**document, "issued_on": "2021-12-10"}))
    caught_up(database_url)
    new = ok(client.get("/v1/events", params=params))["items"]
    assert [e["type"] for e in new] == ["project.documents_supplied"]
    assert new[0]["data"]["changed"] == ["documents", "missing_documents"]


def test_the_feed_is_narrowed_by_type_programme_district_and_time(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    start = datetime.datetime.now(datetime.UTC)
    walk_to(client, "designing")
    caught_up(database_url)
    stages = feed(client, keys["city_admin"], type=["project.stage_changed"])
    assert {e["type"] for e in stages} == {"project.stage_changed"}
    both = feed(client, keys["city_admin"], type=["project.created", "project.stage_changed"])
    assert len(both) == len(stages) + 1
    assert feed(client, keys["city_admin"], district="150303") == []
    assert feed(client, keys["city_admin"], programme="wuhai-2022-2024") == feed(
        client, keys["city_admin"]
    )
    assert feed(client, keys["city_admin"], until=start.isoformat()) == []
    assert len(feed(client, keys["city_admin"], since=start.isoformat())) == len(
        feed(client, keys["city_admin"])
    )
    unknown = client.get("/v1/events", params={"type": "project.exploded"})
    assert problem(unknown, 400, "invalid-request")["errors"][0]["path"] == "query.type"


def test_a_refused_write_tells_nothing(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    walk_to(client, "designing")
    caught_up(database_url)
    told = feed(client, keys["city_admin"])
    refused = client.post(f"{PROJECT}/transitions", json={"to": "filed", "on": "2022-03-01"})
    assert refused.status_code == 409
    assert feed(client, keys["city_admin"]) == told
    everything = ok(client.get("/v1/events", params={"page_size": 500}))["items"]
    assert everything[-1]["type"] == "project.stage_changed"
    assert everything[-1]["data"]["stage"] == "designing"


def _prune(database_url: str) -> int:
    async def run() -> int:
        database = open_database(Settings(database_url=database_url))
        try:
            async with database.writer.begin() as conn:
                later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=1)
                return await events.prune(conn, later)
        finally:
            await database.dispose()

    return asyncio.run(run())


def test_a_cursor_past_the_feeds_retention_is_gone(
    client: TestClient[Any], database_url: str
) -> None:
    walk_to(client, "designing")
    caught_up(database_url)
    page = ok(client.get("/v1/events", params={"page_size": 2}))
    assert _prune(database_url) > 0
    gone = client.get("/v1/events", params={"page_size": 2, "cursor": page["next_cursor"]})
    assert "retention" in problem(gone, 410, "cursor-expired")["detail"]
    assert ok(client.get("/v1/events"))["items"] == []


def test_a_narrow_poller_moves_past_what_it_did_not_ask_for(
    client: TestClient[Any], database_url: str
) -> None:
    walk_to(client, "consulting")
    caught_up(database_url)
    created = {"type": "project.created"}
    first = ok(client.get("/v1/events", params=created))
    assert [e["type"] for e in first["items"]] == ["project.created"]
    ok(client.put(f"{WUHAI}/compounds/{CODE}/households", json=HOUSEHOLDS))
    caught_up(database_url)
    idle = ok(client.get("/v1/events", params={**created, "cursor": first["next_cursor"]}))
    # Nothing it asked for, but its next read starts after the households' event.
    assert idle["items"] == []
    assert idle["next_cursor"] != first["next_cursor"]
    again = ok(client.get("/v1/events", params={**created, "cursor": idle["next_cursor"]}))
    assert (again["items"], again["next_cursor"]) == ([], idle["next_cursor"])
