"""Residents decide over the API: a compound's households (no personal data) and an elevator
consent vote for one stairwell, counted by the Civil Code; every bad request refused precisely,
leaving the record as it was."""

from typing import Any

from litestar.testing import TestClient

from tests.api.conftest import WUHAI, problem
from tests.api.delivery_steps import CODE, ok
from tests.api.test_access import call

COMPOUND = f"{WUHAI}/compounds/{CODE}"
VOTES = f"{COMPOUND}/consent-votes"


def households() -> dict[str, Any]:
    """Building 3: entrance 1 has 10 units of 80 m², entrance 2 has 20 of 90 m² (one owner holds
    units 0101 and 0201 of entrance 2)."""
    units = [
        {"building": "3", "entrance": "1", "unit": f"{n:02d}01", "floor_area_m2": "80.00"}
        for n in range(1, 11)
    ] + [
        {"building": "3", "entrance": "2", "unit": f"{n:02d}01", "floor_area_m2": "90.00"}
        for n in range(1, 21)
    ]
    units[10]["owner"] = units[11]["owner"] = "owner-0017"
    return {"households": units}


def elevator_vote(client: TestClient[Any]) -> dict[str, Any]:
    ok(client.put(f"{COMPOUND}/households", json=households()))
    body = {"matter": "rebuild", "building": "3", "entrance": "2", "opened_on": "2022-03-01"}
    return ok(client.post(VOTES, json=body), 201)


def cast(client: TestClient[Any], unit: str, choice: str, **extra: Any) -> Any:
    body = {"household": f"3-2-{unit}", "choice": choice, "cast_on": "2022-03-05"} | extra
    return client.post(f"{VOTES}/1/ballots", json=body)


def test_the_household_register_counts_owners_as_the_law_does(client: TestClient[Any]) -> None:
    put = ok(client.put(f"{COMPOUND}/households", json=households()))
    assert (put["floor_area_m2"], put["owners"], len(put["households"])) == ("2600.00", 29, 30)
    assert ok(client.get(f"{COMPOUND}/households")) == put
    duplicate = households()
    duplicate["households"].append(duplicate["households"][0])
    body = problem(client.put(f"{COMPOUND}/households", json=duplicate), 422, "invalid-data")
    assert body["errors"][0]["path"] == "$.households"
    problem(call(client, {}, "public", "GET", f"{COMPOUND}/households"), 401, "unauthenticated")


def test_an_elevator_vote_in_one_stairwell(client: TestClient[Any]) -> None:
    opened = elevator_vote(client)
    assert (opened["electorate_households"], opened["electorate_owners"]) == (20, 19)
    assert opened["electorate_area_m2"] == "1800.00"
    # 15 owners of 19 vote (≥ 2/3); 12 agree: 12/15 = 4/5 of the owners taking part.
    for n in range(2, 17):
        choice = "for" if n <= 13 else "against"
        extra = {"paper_reference": f"纸质表决票 {n:03d}"} if n % 3 == 0 else {}
        ok(cast(client, f"{n:02d}01", choice, **extra))
    problem(cast(client, "0101", "for"), 409, "already-voted")  # units 0101 and 0201: one owner
    problem(
        client.post(
            f"{VOTES}/1/ballots",
            json={"household": "3-1-0101", "choice": "for", "cast_on": "2022-03-05"},
        ),
        409,
        "outside-vote-scope",
    )
    vote = ok(client.get(f"{VOTES}/1"))
    shares = {t["code"]: (t["actual"], t["met"]) for t in vote["thresholds"]}
    assert shares == {
        # The owner of 0101 and 0201 voted for both: 16 units × 90 of 1800 m².
        "participation_area": ("4/5", True),
        "participation_owners": ("15/19", True),
        "approval_area": ("13/16", True),  # 13 units agreeing of the 16 taking part
        "approval_owners": ("4/5", True),
    }
    assert vote["passed"] is True
    closed = ok(client.post(f"{VOTES}/1/closure", json={"on": "2022-03-10"}))
    assert closed["closed_on"] == "2022-03-10"
    problem(cast(client, "1701", "for"), 409, "vote-closed")
    assert [v["number"] for v in ok(client.get(VOTES))["items"]] == [1]


def test_bad_votes_change_nothing(client: TestClient[Any]) -> None:
    problem(
        client.post(VOTES, json={"matter": "rebuild", "opened_on": "2022-03-01"}),
        409,
        "no-households",
    )
    elevator_vote(client)
    before = client.get(f"{VOTES}/1")
    bad = problem(
        client.post(VOTES, json={"matter": "rebuild", "entrance": "2", "opened_on": "2022-03-01"}),
        422,
        "invalid-data",
    )
    assert bad["errors"][0]["path"] == "$.entrance"
    problem(cast(client, "0501", "maybe"), 400, "invalid-request")
    problem(cast(client, "0501", "for", cast_on="2022-02-01"), 422, "invalid-data")
    problem(client.get(f"{VOTES}/9"), 404, "not-found")
    after = client.get(f"{VOTES}/1")
    assert (after.json(), after.headers["etag"]) == (before.json(), before.headers["etag"])
    assert client.delete(f"{COMPOUND}/plan").status_code == 204
    problem(client.delete(COMPOUND), 409, "has-decisions")
