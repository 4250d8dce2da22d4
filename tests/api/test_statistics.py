"""The survey's figures over HTTP: the year to date in both views after works begin, the city's
row for city-wide callers only, and refusals named."""

import asyncio
import datetime
from decimal import Decimal
from typing import Any

from litestar.testing import TestClient

import renovation_core as core
from renovation_core.statistics import (
    Delivery,
    Period,
    SurveyFigures,
    Works,
    by_plan,
    delivered_coverage,
    deliveries,
    started_by_plan_year,
)
from tests.api.conftest import CITY, ELSEWHERE, STREET, WUHAI, problem, sql_unit_of_work
from tests.api.delivery_steps import CODE, ok, walk_to
from tests.api.spreadsheets import workbook_sheets
from tests.api.test_access import call
from tests.api.test_funding import LEDGER, approved, pay

SURVEY = f"{WUHAI}/reports/survey"


def test_works_begun_are_counted_started_in_both_views(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    before = ok(client.get(SURVEY, params={"year": 2022, "as_of": "2022-12-31"}))
    walk_to(client, "under_construction")  # on 2022-04-06
    after = ok(client.get(SURVEY, params={"year": 2022, "as_of": "2022-12-31"}))
    district = CODE[:6]
    row = next(p for p in after["places"] if p["district"] == district)
    earlier = next(p for p in before["places"] if p["district"] == district)
    for view in ("by_period", "by_plan"):
        started = row[view]["started"]["compounds"] - earlier[view]["started"]["compounds"]
        assert started == 1
    assert row["by_period"]["planned"] == earlier["by_period"]["planned"]
    assert after["places"][-1]["district"] is None  # the city, last
    assert (after["first_day"], after["last_day"]) == ("2022-01-01", "2022-12-31")
    own = ok(call(client, keys, "haibowan_officer", "GET", SURVEY, params={"year": 2022}))
    assert [p["district"] for p in own["places"]] == [district]


def test_a_period_not_begun_or_no_year_is_refused_by_name(client: TestClient[Any]) -> None:
    early = problem(
        client.get(SURVEY, params={"year": 2022, "as_of": "2021-12-31"}), 422, "invalid-data"
    )
    assert early["errors"][0]["path"] == "query.as_of"  # as a malformed one is named
    missing = problem(client.get(SURVEY), 400, "invalid-request")
    assert missing["errors"][0]["path"] == "query.year"


DELIVERED = f"{WUHAI}/reports/delivered"


def test_wuhai_delivers_nothing_until_works_pass_acceptance(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    def delivered(rows: list[dict[str, Any]]) -> dict[tuple[Any, Any], int]:
        return {
            (r["year"], r["district"]): r["delivered"]["compounds"]
            for r in rows
            if r["delivered"]["compounds"]
        }

    before = ok(client.get(DELIVERED))["rows"]
    assert before[-1]["year"] is None  # the programme's account, last
    assert before[-1]["target"]["compounds"] == 186  # 三年交总账 as published
    assert delivered(before) == {}
    walk_to(client, "accepted")  # completed on 2022-09-30, accepted on 2022-10-15
    day_before = ok(client.get(DELIVERED, params={"as_of": "2022-10-14"}))["rows"]
    assert delivered(day_before) == {}
    after = ok(client.get(DELIVERED))["rows"]
    assert delivered(after) == {(2022, CODE[:6]): 1, (2022, None): 1, (None, None): 1}
    [sheet] = workbook_sheets(client.get(f"{DELIVERED}.xlsx")).values()
    programme_row = sheet[-1]
    assert programme_row[:3] == ("全部", "总计", 186)
    assert programme_row[6] == 1  # delivered compounds, as the JSON says
    covered = ok(client.get(f"{WUHAI}/reports/coverage-delivered"))["rows"]
    assert {(r["district"], r["covered"]) for r in covered if r["covered"]} == {
        (CODE[:6], 1),
        (None, 1),
    }
    own = ok(call(client, keys, "haibowan_officer", "GET", DELIVERED))["rows"]
    assert {r["district"] for r in own} == {CODE[:6]}
    late = problem(client.get(DELIVERED, params={"as_of": "2999-01-01"}), 422, "invalid-data")
    assert late["errors"][0]["path"] == "query.as_of"


def test_the_database_sums_the_plans_view_the_starts_and_the_deliveries_as_the_core_does(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    """The plan's view, the starts by plan year, the delivered account's cells and coverage on
    delivered works, summed by the database, equal the core's definitions over the same records
    (the plans, the live projects, the ledger), day by day, for the city and a street's officer
    in and out of the compound's street."""
    walk_to(client, "accepted")  # started 2022-04-06, completed 2022-09-30, accepted 2022-10-15
    approved(client, keys)
    ok(pay(client, keys, "300000.00"), 201)  # on 2022-05-10
    ok(pay(client, keys, "1000.00", paid_on="2022-06-01"), 201)
    reverse = {"reverses": 2, "on": "2022-06-02", "reason": "重复支付", "document": "冲销凭证 01"}
    ok(call(client, keys, "haibowan_finance", "POST", f"{LEDGER}/reversals", json=reverse), 201)
    programme = "wuhai-2022-2024"

    def held(found: dict[Any, Any], empty: object) -> list[str]:
        """What was found where anything was (the core keeps a district's empty cell, the
        database has no row for it), in a stable order, written out: a 0 and a 0.00 differ."""
        return sorted(repr(item) for item in found.items() if item[1] != empty)

    async def both(by: core.Principal, day: datetime.date) -> list[tuple[Any, Any]]:
        period = Period.year_to(day)
        async with sql_unit_of_work(database_url, by, day) as uow:
            money = await uow.money.compounds(programme, by)
            works = [Works.of(m.compound, m.plan, m.project, m.ledger) for m in money]
            found = await uow.programmes.get(programme)
            assert found is not None
            compounds, plans = await uow.register.whole(programme)
            projects = [s.value for s in await uow.projects.every(programme)]
            covered = await uow.register.coverage_counts(programme, found.catalogue, day)
            pairs = [
                (
                    core.coverage_cells(found, *covered),
                    delivered_coverage(found, compounds, plans, projects, day),
                ),
                (
                    held(await uow.money.deliveries(programme, day, by), Delivery()),
                    held(deliveries(works, day), Delivery()),
                ),
                (
                    held(await uow.money.starts(programme, period, by), {}),
                    held(
                        {
                            d: started_by_plan_year([w for w in works if w.district == d], period)
                            for d in {w.district for w in works}
                        },
                        {},
                    ),
                ),
            ]
            for year in (2022, 2023):
                pairs.append(
                    (
                        held(
                            await uow.money.survey_of_plan(programme, year, day, by),
                            SurveyFigures(),
                        ),
                        held(
                            {
                                d: by_plan([w for w in works if w.district == d], year, day)
                                for d in {w.district for w in works}
                            },
                            SurveyFigures(),
                        ),
                    )
                )
        return pairs

    days = ("2022-04-05", "2022-04-06", "2022-05-10", "2022-06-02", "2022-10-14", "2022-10-15")
    for by in (CITY, STREET, ELSEWHERE):
        for day in days:
            for sql, cores in asyncio.run(both(by, datetime.date.fromisoformat(day))):
                assert sql == cores, (by.actor, day)

    async def street(by: core.Principal) -> tuple[Any, Any]:
        day = datetime.date(2022, 10, 15)
        async with sql_unit_of_work(database_url, by, day) as uow:
            return (
                await uow.money.deliveries(programme, day, by),
                await uow.money.starts(programme, Period.year_to(day), by),
            )

    delivered, started = asyncio.run(street(STREET))
    accepted = delivered[2022, CODE[:6]]
    assert (accepted.delivered.compounds, accepted.paid_yuan) == (1, Decimal("300000.00"))
    assert started[CODE[:6]][2022].compounds == 1
    assert asyncio.run(street(ELSEWHERE)) == ({}, {})
