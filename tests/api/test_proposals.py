"""Plan proposals over HTTP: asked and answered at once with 202, solved after the answer, read
back with the result beside the plan as it stands; refused at once where a pin cannot hold;
one running at a time; the city's alone; withdrawn whatever its state."""

import asyncio
import datetime
import io
import json
from typing import Any

import openpyxl
import sqlalchemy as sa
from litestar.testing import TestClient
from sqlalchemy.ext.asyncio import create_async_engine

from renovation_api.storage import proposals
from renovation_core.loading import dataset_to_mapping
from renovation_core.reference import wuhai
from tests.api.conftest import WUHAI, audit_events, problem
from tests.api.delivery_steps import NEW_PROJECT, ok
from tests.api.test_access import call, programme_file

PROPOSALS = f"{WUHAI}/plan-proposals"


def test_a_proposal_is_answered_at_once_and_read_back_with_its_result(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    asked = client.post(PROPOSALS, json={"time_limit_seconds": 2})
    proposal = ok(asked, 202)
    assert asked.headers["location"] == f"{PROPOSALS}/{proposal['id']}"
    assert proposal["inputs"]["time_limit_seconds"] == 2
    read = ok(client.get(asked.headers["location"]))
    assert read["status"] == "done", read
    result = read["result"]
    assert result["status"] in ("optimal", "time_limit")
    # The solver starts from the plan as it stands: never worse than it, every figure kept.
    assert result["lateness_proposed"] <= result["lateness_current"] == 554
    assert result["inversions_current"] == 53
    assert result["street_years_current"] == 43
    # Each inversion left is forced, and says by what.
    assert result["inverted"]
    for inverted in result["inverted"]:
        assert inverted["before"] >= 1
        assert inverted["forced_by"]
        assert inverted["unforced"] == []
    assert all(s["kept"] for s in result["standings"])
    assert len(result["standings"]) == 12 + 36
    assert len(result["years"]) == 186
    assert all(m["reason"] for m in result["moves"])
    # As the published tables lay out a plan: the targets, the proposal's figures, the gap.
    tables = client.get(f"{asked.headers['location']}/tables.xlsx")
    assert tables.status_code == 200, tables.text
    book = openpyxl.load_workbook(io.BytesIO(tables.content), read_only=True)
    assert book.sheetnames == ["2022年", "2023年", "2024年"]
    rows = list(book["2022年"].iter_rows(values_only=True))
    assert "方案" in rows[0]
    assert rows[-1][0] == "总计"
    csv = client.get(f"{asked.headers['location']}/tables.csv")
    assert csv.status_code == 200
    assert "方案" in csv.text
    # Withdrawn, it is gone, and its number is never given again.
    assert client.delete(asked.headers["location"]).status_code == 204
    problem(client.get(asked.headers["location"]), 404, "not-found")
    logged = audit_events(client, keys["city_admin"])
    assert [e["action"] for e in logged if "plan-proposals" in e["resource"]] == [
        "create",
        "delete",
    ]
    again = ok(client.post(PROPOSALS, json={"time_limit_seconds": 1}), 202)
    assert again["id"] > proposal["id"]


def test_a_pin_that_cannot_hold_is_refused_at_once_and_nothing_is_asked(
    client: TestClient[Any],
) -> None:
    pinned = {"pinned": [{"compound": "NOPE", "year": 2023}]}
    body = problem(client.post(PROPOSALS, json=pinned), 422, "invalid-data")
    assert "NOPE" in str(body)
    grouped = {"groups": [["150302-0002", "ZZZ-1"]]}
    problem(client.post(PROPOSALS, json=grouped), 422, "invalid-data")
    problem(client.get(f"{PROPOSALS}/1"), 404, "not-found")


def test_a_what_if_cut_is_a_second_proposal(client: TestClient[Any]) -> None:
    cut = ok(client.post(PROPOSALS, json={"time_limit_seconds": 2, "budget_factor": "0.5"}), 202)
    result = ok(client.get(f"{PROPOSALS}/{cut['id']}"))["result"]
    # Half the money cannot carry the first-year rule and the targets: the conflict is named.
    assert result["status"] == "infeasible"
    assert result["conflicts"]
    assert result["years"] == []
    problem(client.get(f"{PROPOSALS}/{cut['id']}/tables.xlsx"), 409, "proposal-not-done")
    problem(client.post(f"{PROPOSALS}/{cut['id']}/adoption", json={}), 409, "proposal-not-done")


def test_proposals_are_the_citys(client: TestClient[Any], keys: dict[str, str]) -> None:
    for persona in ("haibowan_officer", "auditor"):
        answer = call(client, keys, persona, "POST", PROPOSALS, json={})
        problem(answer, 403, "forbidden")
    made = ok(client.post(PROPOSALS, json={"time_limit_seconds": 1}), 202)
    problem(
        call(client, keys, "haibowan_officer", "GET", f"{PROPOSALS}/{made['id']}"),
        403,
        "forbidden",
    )
    assert ok(call(client, keys, "auditor", "GET", f"{PROPOSALS}/{made['id']}"))["id"] == made["id"]


def _running(database_url: str, deadline: datetime.datetime) -> int:
    """A proposal left running (as a worker leaves it while it solves, or when it dies)."""

    async def insert() -> int:
        engine = create_async_engine(database_url)
        try:
            async with engine.begin() as conn:
                programme_id = await conn.scalar(
                    sa.text("SELECT id FROM programmes WHERE code = 'wuhai-2022-2024'")
                )
                row = await proposals.insert(conn, programme_id, {}, "key:other", deadline)
                return int(row.id)
        finally:
            await engine.dispose()

    return asyncio.run(insert())


def test_one_proposal_runs_at_a_time_and_one_abandoned_is_found_out(
    client: TestClient[Any], database_url: str
) -> None:
    now = datetime.datetime.now(datetime.UTC)
    running = _running(database_url, now + datetime.timedelta(minutes=5))
    busy = problem(client.post(PROPOSALS, json={}), 409, "proposal-running")
    assert f"proposal {running}" in busy["detail"]
    assert ok(client.get(f"{PROPOSALS}/{running}"))["status"] == "running"
    # Withdrawn, it makes room; and one past its deadline was abandoned by its worker.
    assert client.delete(f"{PROPOSALS}/{running}").status_code == 204
    overdue = _running(database_url, now - datetime.timedelta(seconds=1))
    read = ok(client.get(f"{PROPOSALS}/{overdue}"))
    assert (read["status"], read["result"]) == ("failed", None)
    assert "stopped before it finished" in read["failure"]
    assert ok(client.post(PROPOSALS, json={"time_limit_seconds": 1}), 202)["status"] == "running"


def _looser(client: TestClient[Any]) -> str:
    """Wuhai again, publishing only each year's investment and number of compounds for the
    city: room for the solver to put urgency first."""
    data: dict[str, Any] = json.loads(json.dumps(dataset_to_mapping(wuhai())))
    data["programme"]["code"] = "wuhai-city-rows"
    data["programme"]["partial_annual_rows"] = False
    data["programme"]["annual_targets"] = [
        {
            "year": row["year"],
            "figures": {
                "compounds": row["figures"]["compounds"],
                "investment_yuan": row["figures"]["investment_yuan"],
            },
        }
        for row in data["programme"]["annual_targets"]
        if row.get("district") is None
    ]
    ok(client.post("/v1/programmes", json=data), 201)
    return "/v1/programmes/wuhai-city-rows"


def test_a_proposal_is_adopted_whole_or_in_part_through_the_plans_guards(
    client: TestClient[Any],
) -> None:
    base = _looser(client)
    made = ok(client.post(f"{base}/plan-proposals", json={"time_limit_seconds": 2}), 202)
    result = ok(client.get(f"{base}/plan-proposals/{made['id']}"))["result"]
    assert result["lateness_proposed"] < result["lateness_current"]
    assert result["inversions_proposed"] < result["inversions_current"]
    moved = {m["compound"]: m for m in result["moves"]}
    assert moved
    first, *rest = sorted(moved)
    # A compound the proposal does not move is refused, and nothing moves with it.
    refused = problem(
        client.post(
            f"{base}/plan-proposals/{made['id']}/adoption",
            json={"compounds": [first, "150302-9999"]},
        ),
        422,
        "invalid-data",
    )
    assert refused["errors"][0]["path"] == "$.compounds[1]"
    assert ok(client.get(f"{base}/compounds/{first}/plan"))["year"] == moved[first]["was"]
    # In part: one compound.
    one = ok(
        client.post(f"{base}/plan-proposals/{made['id']}/adoption", json={"compounds": [first]})
    )
    assert one["moved"] == [
        {"compound": first, "was": moved[first]["was"], "now": moved[first]["now"]}
    ]
    assert ok(client.get(f"{base}/compounds/{first}/plan"))["year"] == moved[first]["now"]
    # A project under way keeps its plan's year: the whole adoption is refused, none moves.
    if rest:
        held = rest[0]
        ok(
            client.post(f"{base}/compounds/{held}/projects", json=NEW_PROJECT),
            201,
        )
        problem(
            client.post(f"{base}/plan-proposals/{made['id']}/adoption", json={}), 409, "has-project"
        )
        assert all(
            ok(client.get(f"{base}/compounds/{code}/plan"))["year"] == moved[code]["was"]
            for code in rest[:5]
        )
        # A proposal asked now never moves it: its works are under way.
        again = ok(client.post(f"{base}/plan-proposals", json={"time_limit_seconds": 2}), 202)
        later = ok(client.get(f"{base}/plan-proposals/{again['id']}"))["result"]
        assert held not in {m["compound"] for m in later["moves"]}
        assert ok(client.post(f"{base}/plan-proposals/{again['id']}/adoption", json={}))["moved"]


def test_a_what_if_with_a_new_target_is_compared_side_by_side(client: TestClient[Any]) -> None:
    base = _looser(client)
    first = ok(client.post(f"{base}/plan-proposals", json={"time_limit_seconds": 2}), 202)
    # 海南区 to do 8 compounds in 2023, where the first proposal has it do fewer.
    target = {"year": 2023, "district": "150303", "figure": "compounds", "at_least": "8"}
    more = {"time_limit_seconds": 2, "targets": [target]}

    second = ok(client.post(f"{base}/plan-proposals", json=more), 202)
    side_by_side = ok(
        client.get(
            f"{base}/plan-proposals/{first['id']}/comparison", params={"other": second["id"]}
        )
    )
    assert (side_by_side["first"]["id"], side_by_side["second"]["id"]) == (
        first["id"],
        second["id"],
    )
    assert side_by_side["second"]["inputs"]["targets"] == more["targets"]
    asked = [
        s
        for s in side_by_side["second"]["result"]["standings"]
        if (s["year"], s["district"], s["figure"]) == (2023, "150303", "compounds")
    ]
    assert [(s["bound"], s["kept"]) for s in asked] == [("8", True)]
    years = {y["compound"]: y["year"] for y in side_by_side["first"]["result"]["years"]}
    for moved in side_by_side["differ"]:
        assert moved["first"] == years[moved["compound"]] != moved["second"]
    assert side_by_side["differ"]


def test_what_cannot_be_asked_is_refused_at_once(client: TestClient[Any]) -> None:
    twice = {"pinned": [{"compound": "150302-0100", "year": 2023}] * 2}
    body = problem(client.post(PROPOSALS, json=twice), 422, "invalid-data")
    assert body["errors"][0]["path"] == "$.pinned[1].compound"
    late = {"pinned": [{"compound": "150302-0100", "year": 2030}]}
    assert "outside 2022–2024" in str(
        problem(client.post(PROPOSALS, json=late), 422, "invalid-data")
    )
    target = {"targets": [{"year": 2030, "figure": "compounds", "at_least": "1"}]}
    problem(client.post(PROPOSALS, json=target), 422, "invalid-data")
    elsewhere = {
        "targets": [{"year": 2023, "district": "999999", "figure": "compounds", "at_least": "1"}]
    }
    body = problem(client.post(PROPOSALS, json=elsewhere), 422, "invalid-data")
    assert body["errors"][0]["path"] == "$.targets[0].district"
    grouped = {"groups": [["150302-0100", "150302-0100"]]}
    problem(client.post(PROPOSALS, json=grouped), 422, "invalid-data")
    for price in ("-1", "1e3", "1000", "0.00001"):
        priced = {"weights": {"street_year": price}}
        body = problem(client.post(PROPOSALS, json=priced), 400, "invalid-request")
        assert body["errors"][0]["path"] == "$.weights.street_year"


def test_outside_its_region_a_programme_has_no_proposals(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    made = ok(client.post(PROPOSALS, json={"time_limit_seconds": 1}), 202)
    for persona in ("beijing_officer", "nei_mongol_officer"):
        answer = call(client, keys, persona, "GET", f"{PROPOSALS}/{made['id']}")
        if persona == "beijing_officer":
            problem(answer, 404, "not-found")
        else:
            assert ok(answer)["id"] == made["id"]


def test_a_programme_listing_a_district_outside_a_callers_region_shows_it_no_proposal(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    """A proposal is over every district: a province's officer does not read one of a
    programme that lists a district of another province (a finding, but loaded)."""
    data = json.loads(json.dumps(programme_file()).replace("150303", "110105"))
    ok(client.post("/v1/programmes", json=data), 201)
    at = f"/v1/programmes/{data['programme']['code']}/plan-proposals"
    made = ok(client.post(at, json={"time_limit_seconds": 1}), 202)
    for suffix in ("", "/tables.csv", f"/comparison?other={made['id']}"):
        answer = call(client, keys, "nei_mongol_officer", "GET", f"{at}/{made['id']}{suffix}")
        assert "110105" in problem(answer, 403, "outside-scope")["detail"]
    assert ok(client.get(f"{at}/{made['id']}"))["id"] == made["id"]  # the city's, unbounded


def test_an_adoption_of_a_plan_changed_since_is_refused_as_stale(client: TestClient[Any]) -> None:
    base = _looser(client)
    made = ok(client.post(f"{base}/plan-proposals", json={"time_limit_seconds": 2}), 202)
    result = ok(client.get(f"{base}/plan-proposals/{made['id']}"))["result"]
    move = next(m for m in result["moves"] if m["now"] is not None)
    plan = ok(client.get(f"{base}/compounds/{move['compound']}/plan"))
    other = next(y for y in (2022, 2023, 2024) if y not in (move["was"], move["now"]))
    changed = {
        "year": other,
        "items": [i["code"] for i in plan["items"]],
        "investment_yuan": plan["investment_yuan"],
    }
    ok(client.put(f"{base}/compounds/{move['compound']}/plan", json=changed))
    stale = problem(
        client.post(
            f"{base}/plan-proposals/{made['id']}/adoption", json={"compounds": [move["compound"]]}
        ),
        409,
        "proposal-stale",
    )
    assert f"its plan is now in {other}" in stale["detail"]
