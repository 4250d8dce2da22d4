"""The survey's figures over HTTP: the year to date in both views after works begin, the city's
row for city-wide callers only, and refusals named."""

from typing import Any

from litestar.testing import TestClient

from tests.api.conftest import WUHAI, problem
from tests.api.delivery_steps import CODE, ok, walk_to
from tests.api.spreadsheets import workbook_sheets
from tests.api.test_access import call

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
    assert early["errors"][0]["path"] == "$.as_of"
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
    assert late["errors"][0]["path"] == "$.as_of"
