"""The assessment, leaders' pairings and demonstration nominations over the API: measured from
the works, scored with the city's weights, the pool allocated exactly and kept as decided; bad
input refused precisely, changing nothing."""

import asyncio
import datetime
from decimal import Decimal
from typing import Any

import pytest
from litestar.testing import TestClient

import renovation_core as core
from renovation_api.routes import assessments, demonstrations
from renovation_core.oversight import Counts, count
from tests.api.conftest import CITY, ELSEWHERE, STREET, WUHAI, problem, sql_unit_of_work
from tests.api.delivery_steps import CODE, EVERYONE, NEW_PROJECT, ok, walk_to
from tests.api.test_access import call
from tests.services.fakes import tracked

ASSESSMENTS = f"{WUHAI}/assessments"
PAIRINGS = f"{WUHAI}/pairings"
NOMINATION = f"{WUHAI}/compounds/{CODE}/nomination"
EVEN = {"preparation": "0.25", "progress": "0.25", "acceptance": "0.25", "management": "0.25"}
ASSESS: dict[str, Any] = {
    "year": 2022,
    "as_of": "2022-12-31",
    "weights": EVEN,
    "pool": {"amount_yuan": "1000000.00", "volume_share": "4/5"},
}


@pytest.fixture(autouse=True)
def after_2022(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server's today: early in 2023, after the year assessed."""
    for module in (assessments, demonstrations):
        monkeypatch.setattr(module, "today", lambda: datetime.date(2023, 1, 10))


def test_the_assessment_measures_scores_and_allocates_exactly(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    walk_to(client, "in_management")  # tendered 2021-12-28, accepted at the first meeting
    made = ok(client.post(ASSESSMENTS, json=ASSESS), 201)
    assert (made["as_of"], made["assessed_on"]) == ("2022-12-31", "2023-01-10")
    assert made["weights"]["progress"] == "1/4"
    haibowan = next(d for d in made["districts"] if d["district"] == "150302")
    assert haibowan["facts"] == {
        "approved_on_time": "0.021277",  # 前期手续: 1 of the 47 planned approved by 2021's end
        "tendered_on_time": "0.021277",  # and tendered
        "start_rate": "0.021277",
        "acceptance_pass_rate": "1",
        "management_coverage": "1",
        "satisfaction": None,
        "task_volume": 47,
    }
    # 25 × (1/47 + 1/47 + 1 + 1) points
    assert Decimal(haibowan["score"]["total"]) == Decimal("51.063830")
    allocated = [Decimal(d["allocation"]["total_yuan"]) for d in made["districts"]]
    assert sum(allocated) == Decimal("1000000.00")
    by_volume = sum(Decimal(d["allocation"]["by_volume_yuan"]) for d in made["districts"])
    assert by_volume == Decimal("800000.00")
    # Only Haibowan scored: the fifth by score is all its own.
    assert haibowan["allocation"]["by_score_yuan"] == "200000.00"
    assert ok(client.get(f"{ASSESSMENTS}/2022")) == made
    assert ok(client.get(ASSESSMENTS))["items"] == [made]
    own = ok(call(client, keys, "haibowan_officer", "GET", f"{ASSESSMENTS}/2022"))
    assert [d["district"] for d in own["districts"]] == ["150302"]
    problem(client.post(ASSESSMENTS, json=ASSESS), 409, "assessment-exists")


def test_what_the_assessment_counts_the_database_counts_as_the_core_does(
    client: TestClient[Any], database_url: str
) -> None:
    """Each district's counts (planned, approved and tendered by the deadline, started, first
    acceptances held and passed), counted by the database, equal ``core.oversight.count`` over
    the same records, day by day and year by year, for the city and a street's officer in and
    out of the compound's street: here a first acceptance that failed, then one that passed."""
    walk_to(client, "testing_unit")  # approved 2021-12-15, tendered 2021-12-28, started 04-06
    project = f"{WUHAI}/compounds/{CODE}/projects/2022"
    for day, passed in (("2022-10-12", False), ("2022-10-15", True)):
        meeting = {"held_on": day, "attendees": EVERYONE, "passed": passed}
        ok(client.post(f"{project}/acceptances", json=meeting))
    ok(client.post(f"{project}/transitions", json={"to": "accepted", "on": "2022-10-15"}))
    # Another compound's 2022 project cancelled, its plan moved to 2023 and a project begun
    # there: one live project, one cancelled, counted once.
    other = f"{WUHAI}/compounds/150302-0003"
    ok(client.post(f"{other}/projects", json=NEW_PROJECT), 201)
    stop = {"to": "cancelled", "on": "2022-02-01", "reason": "居民意见分歧"}
    ok(client.post(f"{other}/projects/2022/transitions", json=stop))
    plan = ok(client.get(f"{other}/plan"))
    moved = {"investment_yuan": plan["investment_yuan"], "year": 2023}
    ok(client.put(f"{other}/plan", json=moved | {"items": [i["code"] for i in plan["items"]]}))
    ok(client.post(f"{other}/projects", json=NEW_PROJECT | {"planned_on": "2022-03-01"}), 201)
    programme = "wuhai-2022-2024"

    async def both(by: core.Principal, year: int, day: datetime.date) -> tuple[Any, Any]:
        async with sql_unit_of_work(database_url, by, day) as uow:
            counted = await uow.money.counts(programme, year, day, by)
            planned = tracked(await uow.money.compounds(programme, by))
        districts = {t.district for t in planned if t.year == year}
        return counted, {d: count(planned, d, year, day) for d in districts}

    days = ("2021-12-14", "2021-12-15", "2021-12-28", "2022-04-06", "2022-10-12", "2022-10-15")
    for by in (CITY, STREET, ELSEWHERE):
        for year in (2022, 2023):
            for day in days:
                sql, cores = asyncio.run(both(by, year, datetime.date.fromisoformat(day)))
                assert sql == cores, (by.actor, year, day)
    sql, _ = asyncio.run(both(STREET, 2022, datetime.date(2022, 10, 15)))
    assert sql[CODE[:6]] == Counts(
        planned=sql[CODE[:6]].planned, approved=1, tendered=1, started=1, held=1, passed=0
    )
    both_years = [asyncio.run(both(CITY, y, datetime.date(2022, 10, 15)))[0] for y in (2022, 2023)]
    assert [counted[CODE[:6]].planned for counted in both_years] == [46, 49]  # one moved on
    sql, _ = asyncio.run(both(ELSEWHERE, 2022, datetime.date(2022, 10, 15)))
    assert (sql[CODE[:6]].approved, sql[CODE[:6]].held) == (0, 0)


@pytest.mark.parametrize(
    ("change", "status", "slug", "path"),
    [
        ({"weights": EVEN | {"management": "0.3"}}, 422, "invalid-data", "$.weights"),
        ({"weights": EVEN | {"management": "0.3333333"}}, 400, "invalid-request", None),
        ({"pool": {"amount_yuan": "-5.00"}}, 400, "invalid-request", "$.pool.amount_yuan"),
        ({"as_of": "2023-02-01"}, 422, "invalid-data", "$.as_of"),
        ({"year": 2021}, 422, "invalid-data", "$.year"),
        ({"survey": "no-such-survey"}, 422, "invalid-data", "$.survey"),
        (
            {"pool": {"amount_yuan": "1.00", "volume_share": "3/2"}},
            422,
            "invalid-data",
            "$.pool.volume_share",
        ),
    ],
)
def test_a_bad_assessment_is_refused_and_nothing_is_kept(
    client: TestClient[Any],
    change: dict[str, Any],
    status: int,
    slug: str,
    path: str | None,
) -> None:
    refused = problem(client.post(ASSESSMENTS, json=ASSESS | change), status, slug)
    if path is not None:
        assert refused["errors"][0]["path"] == path
    problem(client.get(f"{ASSESSMENTS}/2022"), 404, "not-found")


def test_only_the_city_assesses(client: TestClient[Any], keys: dict[str, str]) -> None:
    refused = call(client, keys, "haibowan_officer", "POST", ASSESSMENTS, json=ASSESS)
    problem(refused, 403, "forbidden")


def test_a_leader_is_paired_with_a_district_or_its_compounds(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    walk_to(client, "under_construction")
    district = {"leader": "王副市长", "title": "乌海市副市长", "district": "150302"}
    whole = ok(client.post(PAIRINGS, json=district | {"since": "2022-01-10"}), 201)
    some = ok(
        client.post(PAIRINGS, json=district | {"since": "2022-03-01", "compounds": [CODE]}), 201
    )
    covered = ok(client.get(f"{PAIRINGS}/{some['id']}"))
    assert covered["pairing"] == some
    assert [(i["compound"], i["year"], i["stage"]) for i in covered["items"]] == [
        (CODE, 2022, "under_construction")
    ]
    items = ok(client.get(f"{PAIRINGS}/{whole['id']}"))["items"]
    assert {i["compound"][:6] for i in items} == {"150302"}
    assert {i["year"] for i in items} == {2022, 2023, 2024}
    assert len(items) == 149  # Haibowan's planned compounds of the three years
    listed = ok(call(client, keys, "haibowan_officer", "GET", PAIRINGS))["items"]
    assert [p["id"] for p in listed] == [whole["id"], some["id"]]
    assert ok(call(client, keys, "xinhua_officer", "GET", PAIRINGS))["items"] == []
    stale = client.delete(f"{PAIRINGS}/{whole['id']}", headers={"If-Match": '"stale"'})
    problem(stale, 412, "precondition-failed")
    tag = client.get(f"{PAIRINGS}/{whole['id']}").headers["ETag"]
    client.delete(f"{PAIRINGS}/{whole['id']}", headers={"If-Match": tag}).raise_for_status()
    problem(client.get(f"{PAIRINGS}/{whole['id']}"), 404, "not-found")


def test_a_bad_pairing_is_refused(client: TestClient[Any], keys: dict[str, str]) -> None:
    body = {
        "leader": "王副市长",
        "title": "乌海市副市长",
        "district": "150302",
        "since": "2022-01-10",
    }
    elsewhere = ok(client.get(f"{WUHAI}/compounds", params={"district": "150303", "limit": 1}))
    foreign = elsewhere["items"][0]["code"]
    refused = problem(
        client.post(PAIRINGS, json=body | {"compounds": [foreign]}), 422, "invalid-data"
    )
    assert refused["errors"][0]["path"] == "$.compounds[0]"
    for change, path in (
        ({"district": "150399"}, "$.district"),
        ({"since": "2027-01-01"}, "$.since"),
    ):
        refused = problem(client.post(PAIRINGS, json=body | change), 422, "invalid-data")
        assert refused["errors"][0]["path"] == path
    problem(call(client, keys, "haibowan_officer", "POST", PAIRINGS, json=body), 403, "forbidden")
    assert ok(client.get(PAIRINGS))["items"] == []


def test_works_under_way_are_nominated_as_a_demonstration(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    body = {"nominated_on": "2022-06-01", "reasons": ["管网改造与海绵化改造同步实施"]}
    problem(client.post(NOMINATION, json=body), 409, "no-project")
    walk_to(client, "under_construction")  # on 2022-04-06
    early = body | {"nominated_on": "2022-04-01"}
    problem(client.post(NOMINATION, json=early), 409, "not-under-way")
    problem(client.post(NOMINATION, json=body | {"reasons": []}), 400, "invalid-request")
    blank = problem(
        client.post(NOMINATION, json=body | {"reasons": ["好", "  "]}), 400, "invalid-request"
    )
    assert blank["errors"][0]["path"] == "$.reasons[1]"
    nominated = ok(call(client, keys, "haibowan_officer", "POST", NOMINATION, json=body), 201)
    assert (nominated["year"], nominated["reasons"]) == (2022, body["reasons"])
    problem(client.post(NOMINATION, json=body), 409, "nomination-exists")
    listed = ok(client.get(f"{WUHAI}/demonstrations"))["districts"]
    assert {d["district"]: len(d["items"]) for d in listed} == {
        "150302": 1,
        "150303": 0,
        "150304": 0,
    }
    paged = ok(client.get(f"{WUHAI}/demonstrations", params={"page_size": 1}))
    assert (len(paged["districts"]), paged["next_cursor"]) == (3, None)
    own = ok(call(client, keys, "xinhua_officer", "GET", f"{WUHAI}/demonstrations"))
    assert all(not d["items"] for d in own["districts"])
    client.delete(NOMINATION).raise_for_status()
    problem(client.get(NOMINATION), 404, "not-found")


def test_weights_read_back_exactly_as_fractions(client: TestClient[Any]) -> None:
    fine = {
        "preparation": "0.000001",
        "progress": "0.249999",
        "acceptance": "1/4",
        "management": "1/2",
    }
    made = ok(client.post(ASSESSMENTS, json=ASSESS | {"weights": fine}), 201)
    assert made["weights"] == {
        "preparation": "1/1000000",
        "progress": "249999/1000000",
        "acceptance": "1/4",
        "management": "1/2",
    }
    assert made["pool"] == {"amount_yuan": "1000000.00", "volume_share": "4/5"}


def test_the_city_pays_rewards_within_each_allocation(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    made = ok(client.post(ASSESSMENTS, json=ASSESS), 201)
    haibowan = next(d for d in made["districts"] if d["district"] == "150302")
    allocated = Decimal(haibowan["allocation"]["total_yuan"])
    payments = f"{ASSESSMENTS}/2022/payments"
    payment = {
        "district": "150302",
        "paid_on": "2023-02-10",
        "amount_yuan": "100000.00",
        "document": "乌财建〔2023〕12号",
    }
    problem(
        call(client, keys, "haibowan_officer", "POST", payments, json=payment), 403, "forbidden"
    )
    paid = ok(client.post(payments, json=payment))
    row = next(d for d in paid["districts"] if d["district"] == "150302")
    assert (Decimal(row["paid_yuan"]), Decimal(row["left_yuan"])) == (
        Decimal("100000.00"),
        allocated - Decimal("100000.00"),
    )
    too_much = payment | {"amount_yuan": f"{allocated}"}
    problem(client.post(payments, json=too_much), 409, "over-allocation")
    undo = {"reverses": 1, "on": "2023-02-12", "reason": "拨付金额有误", "document": "冲正凭证"}
    reversed_ = ok(client.post(f"{payments}/reversals", json=undo))
    assert [p["signed_yuan"] for p in reversed_["payments"]] == ["100000.00", "-100000.00"]
    problem(client.post(f"{payments}/reversals", json=undo), 409, "already-reversed")
    assert ok(client.get(f"{ASSESSMENTS}/2022"))["payments"] == reversed_["payments"]
    # A district officer sees its own district's payments only.
    theirs = ok(call(client, keys, "haibowan_officer", "GET", f"{ASSESSMENTS}/2022"))
    assert [p["district"] for p in theirs["payments"]] == ["150302", "150302"]
