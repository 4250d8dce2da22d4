"""Aftercare over the API: a management mode before long-term management, elevators run by a
mode, a maintenance fund never overdrawn, follow-up surveys from the acceptance, and coverage
of renovated compounds with those still without a mode; bad input changes nothing."""

import asyncio
import datetime
from typing import Any

from litestar.testing import TestClient

import renovation_core as core
from renovation_core.oversight import management_coverage, management_coverage_of
from tests.api.conftest import CITY, ELSEWHERE, STREET, WUHAI, problem, sql_unit_of_work
from tests.api.delivery_steps import CODE, ok, walk_to
from tests.api.test_access import call
from tests.services.fakes import renovated

AFTERCARE = f"{WUHAI}/compounds/{CODE}/aftercare"
COVERAGE = f"{WUHAI}/management-coverage"


def test_a_renovated_compound_is_managed_and_its_fund_kept(client: TestClient[Any]) -> None:
    walk_to(client, "in_management")  # accepted 2022-10-15; community-run from 2022-11-12
    care = ok(client.get(AFTERCARE))
    assert care["current"] == {"mode": "community", "since": "2022-11-12", "provider": None}
    assert care["follow_ups_due"] == ["2023-04-15", "2023-10-15"]
    professional = {"mode": "professional", "since": "2023-03-01"}
    refused = problem(
        client.post(f"{AFTERCARE}/management", json=professional), 422, "invalid-data"
    )
    assert refused["errors"][0]["path"] == "$.provider"
    care = ok(
        client.post(
            f"{AFTERCARE}/management", json=professional | {"provider": "乌海市物业服务有限公司"}
        )
    )
    assert care["current"]["mode"] == "professional"
    elevator = {"building": "1", "entrance": "1", "mode": "fee_based", "since": "2023-05-01"}
    assert ok(client.post(f"{AFTERCARE}/elevators", json=elevator))["elevators"] == [elevator]

    ok(client.post(f"{AFTERCARE}/fund", json={"created_on": "2022-12-01"}))
    problem(client.post(f"{AFTERCARE}/fund", json={"created_on": "2022-12-02"}), 409, "fund-exists")
    top_up = {
        "kind": "top_up",
        "on": "2023-01-05",
        "amount_yuan": "36000.00",
        "reference": "续筹 01",
    }
    ok(client.post(f"{AFTERCARE}/fund/movements", json=top_up))
    before = client.get(AFTERCARE)
    too_much = {"kind": "use", "on": "2023-06-01", "amount_yuan": "36000.01", "reference": "维修"}
    problem(client.post(f"{AFTERCARE}/fund/movements", json=too_much), 409, "fund-overdrawn")
    after = client.get(AFTERCARE)
    assert (after.json(), after.headers["ETag"]) == (before.json(), before.headers["ETag"])
    assert after.json()["fund"]["balance_yuan"] == "36000.00"


def test_coverage_lists_renovated_compounds_without_a_mode(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    walk_to(client, "in_management")
    before_mode = ok(client.get(COVERAGE, params={"as_of": "2022-11-11"}))
    haibowan, *_, city = before_mode["rows"]
    assert (haibowan["district"], haibowan["renovated"], haibowan["managed"]) == ("150302", 1, 0)
    assert (haibowan["share"], haibowan["without"]) == ("0", [CODE])
    assert (city["district"], city["renovated"]) == (None, 1)
    after = ok(client.get(COVERAGE, params={"as_of": "2022-12-31"}))
    assert (after["rows"][0]["share"], after["rows"][0]["without"]) == ("1", [])
    assert (after["rows"][0]["funded"], after["rows"][0]["fund_share"]) == (0, "0")
    ok(client.post(f"{WUHAI}/compounds/{CODE}/aftercare/fund", json={"created_on": "2022-12-01"}))
    funded = ok(client.get(COVERAGE, params={"as_of": "2022-12-31"}))["rows"]
    assert [(r["district"], r["funded"], r["fund_share"]) for r in (funded[0], funded[-1])] == [
        ("150302", 1, "1"),
        (None, 1, "1"),
    ]
    own = ok(call(client, keys, "haibowan_officer", "GET", COVERAGE))
    assert [r["district"] for r in own["rows"]] == ["150302"]
    problem(call(client, keys, "public", "GET", COVERAGE), 401, "unauthenticated")


def test_coverage_counted_by_the_database_is_the_cores(
    client: TestClient[Any], database_url: str
) -> None:
    """The SQL tallies equal ``core.oversight.management_coverage`` over the same records (the
    compounds' plans, live projects and aftercare), for the city and for a street's officer."""
    walk_to(client, "in_management")  # accepted 2022-10-15; community-run from 2022-11-12
    ok(client.post(f"{AFTERCARE}/fund", json={"created_on": "2022-12-01"}))

    async def both(by: core.Principal, on: datetime.date) -> tuple[Any, Any]:
        async with sql_unit_of_work(database_url, by, on) as uow:
            care = await uow.aftercare.by_compound("wuhai-2022-2024")
            counted = renovated(await uow.money.compounds("wuhai-2022-2024", by), care)
            tallies = await uow.aftercare.coverage("wuhai-2022-2024", by, on)
        districts = ["150302", "150303", "150304"]
        return management_coverage_of(tallies, districts), management_coverage(
            counted, on, districts
        )

    for by in (CITY, STREET):
        for on in ("2022-10-14", "2022-11-11", "2022-11-30", "2022-12-31"):
            sql, cores = asyncio.run(both(by, datetime.date.fromisoformat(on)))
            assert sql == cores, (by.actor, on)
    for by in (CITY, STREET):  # the compound is on the street
        sql, _ = asyncio.run(both(by, datetime.date(2022, 12, 31)))
        assert (sql[-1].renovated, sql[-1].managed, sql[-1].funded) == (1, 1, 1)
    sql, cores = asyncio.run(both(ELSEWHERE, datetime.date(2022, 12, 31)))
    assert sql == cores
    assert sql[-1].renovated == 0
