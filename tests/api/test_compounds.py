"""The compound register over HTTP: create, read, update, delete, filter, sort, page."""

import asyncio
from typing import Any

from litestar.testing import AsyncTestClient

from renovation_api.app import create_app
from renovation_api.settings import Settings
from tests.api.conftest import WUHAI, audit_events, caught_up, feed, problem

COMPOUNDS = f"{WUHAI}/compounds"

NEW = {
    "code": "150302-9001",
    "name": "测试新村",
    "district": "150302",
    "street": "150302002000",
    "built_year": 1998,
    "buildings": 6,
    "households": 210,
    "floor_area_m2": "18650.40",
    "property_type": "reformed",
    "original_property_unit": "乌海市供电局",
    "condition": {"infrastructure": "poor", "management": "fair", "safety": "poor"},
}


def test_create_read_update_delete(client: Any) -> None:
    created = client.post(COMPOUNDS, json=NEW)
    assert created.status_code == 201, created.text
    assert created.headers["location"] == f"{COMPOUNDS}/150302-9001"
    body = created.json()
    assert body["eligibility"] == {"eligible": True, "first_year_required": True, "reasons": []}
    assert body["priority"] == {"level": "urgent", "level_label": "急需改造", "score": 5}
    assert body["property_type_label"] == "房改房"

    read = client.get(f"{COMPOUNDS}/150302-9001")
    assert read.status_code == 200
    assert read.json() == body
    assert read.headers["etag"] == created.headers["etag"]

    changed = {k: v for k, v in NEW.items() if k != "code"} | {
        "built_year": 2003,
        "households": 220,
    }
    updated = client.put(
        f"{COMPOUNDS}/150302-9001", json=changed, headers={"If-Match": read.headers["etag"]}
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["households"] == 220
    assert updated.json()["eligibility"]["first_year_required"] is False
    assert updated.headers["etag"] != read.headers["etag"]
    assert client.get(f"{COMPOUNDS}/150302-9001").headers["etag"] == updated.headers["etag"]

    gone = client.delete(f"{COMPOUNDS}/150302-9001", headers={"If-Match": updated.headers["etag"]})
    assert gone.status_code == 204
    problem(client.get(f"{COMPOUNDS}/150302-9001"), 404, "not-found")


def test_a_put_of_what_is_stored_changes_nothing(
    client: Any, keys: dict[str, str], database_url: str
) -> None:
    created = client.post(COMPOUNDS, json=NEW)
    fields = {k: v for k, v in NEW.items() if k != "code"}
    for _ in range(2):
        same = client.put(
            f"{COMPOUNDS}/150302-9001", json=fields, headers={"If-Match": created.headers["etag"]}
        )
        assert same.status_code == 200, same.text
        assert same.headers["etag"] == created.headers["etag"]  # another editor's still holds
        assert same.json() == created.json()
    resource = f"{COMPOUNDS}/150302-9001"
    logged = audit_events(client, keys["city_admin"], resource=resource)
    assert [e["action"] for e in logged] == ["create"]
    caught_up(database_url)
    told = [e["type"] for e in feed(client, keys["city_admin"]) if e["resource"] == resource]
    assert told == ["compound.created"]


def test_a_stale_etag_is_refused_and_changes_nothing(client: Any) -> None:
    first = client.get(f"{COMPOUNDS}/150302-0001")
    fields = {k: v for k, v in first.json().items() if k in NEW and k != "code"}
    assert (
        client.put(
            f"{COMPOUNDS}/150302-0001",
            json=fields | {"households": 999},
            headers={"If-Match": first.headers["etag"]},
        ).status_code
        == 200
    )
    stale = client.put(
        f"{COMPOUNDS}/150302-0001",
        json=fields | {"households": 111},
        headers={"If-Match": first.headers["etag"]},
    )
    problem(stale, 412, "precondition-failed")
    assert client.get(f"{COMPOUNDS}/150302-0001").json()["households"] == 999
    problem(
        client.delete(f"{COMPOUNDS}/150302-0002", headers={"If-Match": first.headers["etag"]}),
        412,
        "precondition-failed",
    )


def test_filters(client: Any) -> None:
    def codes(**params: Any) -> list[str]:
        page = client.get(COMPOUNDS, params={"page_size": 500, **params}).json()
        assert page["next_cursor"] is None
        return [c["code"] for c in page["items"]]

    everything = codes()
    assert len(everything) == 186
    assert everything == sorted(everything)
    hainan = codes(district="150303")
    assert len(hainan) == 16
    assert all(code.startswith("150303-") for code in hainan)
    old = client.get(COMPOUNDS, params={"page_size": 500, "built_year_max": 2000}).json()["items"]
    assert old
    assert all(c["built_year"] <= 2000 and c["eligibility"]["first_year_required"] for c in old)
    ranged = client.get(
        COMPOUNDS, params={"page_size": 500, "built_year_min": 2001, "built_year_max": 2002}
    ).json()["items"]
    assert {c["built_year"] for c in ranged} <= {2001, 2002}
    assert codes(eligible="false") == []
    urgent = client.get(COMPOUNDS, params={"page_size": 500, "priority": "urgent"}).json()["items"]
    assert urgent
    assert all(c["priority"]["level"] == "urgent" for c in urgent)
    street = codes(street="150304001000")
    assert street
    assert all(c.startswith("150304-") for c in street)


def test_sort_by_priority_follows_the_core_ranking(client: Any) -> None:
    from renovation_core import rank_by_priority  # noqa: PLC0415
    from renovation_core.reference import wuhai  # noqa: PLC0415

    expected = [c.code for c in rank_by_priority(wuhai().compounds)]
    seen: list[str] = []
    token = None
    while True:
        params: dict[str, Any] = {"sort": "priority", "page_size": 40}
        if token:
            params["cursor"] = token
        page = client.get(COMPOUNDS, params=params).json()
        seen += [c["code"] for c in page["items"]]
        token = page["next_cursor"]
        if token is None:
            break
    assert seen == expected


def test_pages_cover_the_list_exactly_once(client: Any) -> None:
    seen: list[str] = []
    token = None
    pages = 0
    while True:
        params: dict[str, Any] = {"page_size": 50, "district": "150302"}
        if token:
            params["cursor"] = token
        page = client.get(COMPOUNDS, params=params).json()
        pages += 1
        seen += [c["code"] for c in page["items"]]
        token = page["next_cursor"]
        if token is None:
            break
    assert pages == 3
    assert len(seen) == len(set(seen)) == 149


def test_a_token_from_another_filter_is_refused(client: Any) -> None:
    token = client.get(COMPOUNDS, params={"page_size": 5}).json()["next_cursor"]
    body = problem(
        client.get(COMPOUNDS, params={"page_size": 5, "district": "150303", "cursor": token}),
        400,
        "invalid-cursor",
    )
    assert body["errors"] == [
        {
            "path": "query.cursor",
            "message": "the cursor belongs to a list with other filters or sort",
        }
    ]


def test_idempotent_create(client: Any) -> None:
    headers = {"Idempotency-Key": "9b1f6a5e-create-compound"}
    first = client.post(COMPOUNDS, json=NEW, headers=headers)
    again = client.post(COMPOUNDS, json=NEW, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert again.headers["location"] == first.headers["location"]
    everything = client.get(COMPOUNDS, params={"page_size": 500}).json()["items"]
    assert len(everything) == 187
    other = client.post(COMPOUNDS, json=NEW | {"code": "150302-9002"}, headers=headers)
    problem(other, 422, "idempotency-key-reused")
    problem(client.get(f"{COMPOUNDS}/150302-9002"), 404, "not-found")


def test_unassessed_compounds_have_no_priority(client: Any) -> None:
    fields = {k: v for k, v in NEW.items() if k != "condition"} | {"code": "X-1"}
    created = client.post(COMPOUNDS, json=fields).json()
    assert created["priority"] is None
    assert created["condition"] is None


def test_concurrent_creates_of_one_code_give_one_compound_and_a_conflict(
    database_url: str, keys: dict[str, str]
) -> None:
    """Four requests race past the duplicate check; the database's constraint decides, and the
    losers get a 409 problem, not a 500."""

    async def race() -> list[int]:
        app = create_app(Settings(database_url=database_url))
        async with AsyncTestClient(app) as http:
            http.headers["X-API-Key"] = keys["city_admin"]
            responses = await asyncio.gather(
                *(http.post(COMPOUNDS, json=NEW | {"code": "RACE-1"}) for _ in range(4))
            )
            listed = await http.get(COMPOUNDS, params={"page_size": 500})
        assert sum(c["code"] == "RACE-1" for c in listed.json()["items"]) == 1
        for response in responses:
            if response.status_code != 201:
                problem(response, 409, response.json()["type"].rsplit(":", 1)[1])
        return sorted(r.status_code for r in responses)

    assert asyncio.run(race()) == [201, 409, 409, 409]


def test_an_etag_of_a_deleted_and_recreated_compound_is_stale(client: Any) -> None:
    first = client.post(COMPOUNDS, json=NEW)
    old = first.headers["etag"]
    assert client.delete(f"{COMPOUNDS}/150302-9001", headers={"If-Match": old}).status_code == 204
    assert client.post(COMPOUNDS, json=NEW | {"households": 300}).status_code == 201
    fields = {k: v for k, v in NEW.items() if k != "code"}
    stale = client.put(f"{COMPOUNDS}/150302-9001", json=fields, headers={"If-Match": old})
    problem(stale, 412, "precondition-failed")
    assert client.get(f"{COMPOUNDS}/150302-9001").json()["households"] == 300


def test_if_match_compares_strongly(client: Any) -> None:
    current = client.get(f"{COMPOUNDS}/150302-0003").headers["etag"]
    fields = {k: v for k, v in NEW.items() if k != "code"}
    weak = client.put(f"{COMPOUNDS}/150302-0003", json=fields, headers={"If-Match": f"W/{current}"})
    problem(weak, 412, "precondition-failed")
    listed = client.put(
        f"{COMPOUNDS}/150302-0003", json=fields, headers={"If-Match": f'"other", {current}'}
    )
    assert listed.status_code == 200


def test_idempotency_keys_expire_after_a_day(client: Any, monkeypatch: Any) -> None:
    import time  # noqa: PLC0415

    headers = {"Idempotency-Key": "reused-after-a-day"}
    assert client.post(COMPOUNDS, json=NEW, headers=headers).status_code == 201
    later = time.time() + 24 * 60 * 60 + 1
    monkeypatch.setattr(time, "time", lambda: later)
    # A day later the key is free again: the request runs anew (and finds the code taken).
    problem(client.post(COMPOUNDS, json=NEW, headers=headers), 409, "duplicate")
    fresh = client.post(COMPOUNDS, json=NEW | {"code": "150302-9003"}, headers=headers)
    assert fresh.status_code == 201
    assert "idempotent-replayed" not in fresh.headers
