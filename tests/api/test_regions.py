"""The reporting chain over HTTP: a province of two cities configured from its file alone, one
city's figures computed from its compounds here and the other's declared, read back as JSON and
in the national table's layout, cell by cell; and each refusal named."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from litestar.testing import TestClient

from tests.api.conftest import WUHAI, problem
from tests.api.delivery_steps import ok, walk_to
from tests.api.spreadsheets import assert_same_tables, workbook_sheets
from tests.api.test_access import call
from tests.api.test_funding import approved, pay

PROVINCE = {
    "code": "150000",
    "name": "内蒙古自治区",
    "cities": [
        {"code": "150200", "name": "包头市", "districts": [{"code": "150202", "name": "东河区"}]},
        {"code": "150300", "name": "乌海市"},
    ],
}
SURVEY = "/v1/regions/150000/survey"
DECEMBER = {"month": "2022-12"}


def quantities(compounds: int, households: int) -> dict[str, Any]:
    return {
        "compounds": compounds,
        "buildings": 4 * compounds,
        "households": households,
        "floor_area_m2": f"{households * 70}.00",
    }


# Baotou's year to date at the end of 2022, as its form says: more started than planned.
BAOTOU = {
    "planned": quantities(120, 15_000),
    "started": quantities(130, 16_012),
    "completed": quantities(90, 11_000),
    "investment_planned_yuan": "900000000.00",
    "investment_completed_yuan": "610000000.50",
}


@pytest.fixture
def province(client: TestClient[Any]) -> dict[str, Any]:
    """The province added from its file, Baotou's December declared, and one of Wuhai's
    compounds begun (on 2022-04-06)."""
    added = client.post("/v1/regions", json=PROVINCE)
    assert added.status_code == 201, added.text
    assert added.headers["location"] == "/v1/regions/150000"
    declared = client.post(
        "/v1/declarations", json={"region": "150200", "month": "2022-12", "figures": BAOTOU}
    )
    assert declared.status_code == 201, declared.text
    assert declared.headers["location"] == "/v1/regions/150200/declarations/2022-12"
    walk_to(client, "under_construction")
    return ok(client.get(added.headers["location"]))


def test_a_province_of_a_computed_and_a_declaring_city_reproduces_every_cell(
    client: TestClient[Any], keys: dict[str, str], province: dict[str, Any]
) -> None:
    assert [(c["code"], c["level"]) for c in province["parts"]] == [
        ("150200", "city"),
        ("150300", "city"),
    ]
    report = ok(call(client, keys, "nei_mongol_officer", "GET", SURVEY, params=DECEMBER))
    lines = {line["region"]: line for line in report["lines"]}
    assert [line["region"] for line in report["lines"]][:3] == ["150000", "150200", "150202"]
    assert (lines["150000"]["source"], lines["150200"]["source"]) == ("summed", "declared")
    assert (lines["150300"]["source"], lines["150302"]["source"]) == ("computed", "computed")
    assert lines["150202"]["figures"] is None
    baotou, wuhai, total = (lines[c]["figures"] for c in ("150200", "150300", "150000"))
    for flow in ("planned", "started", "completed"):
        assert baotou[flow] == BAOTOU[flow]
        for field in ("compounds", "buildings", "households"):
            assert total[flow][field] == baotou[flow][field] + wuhai[flow][field]
    assert baotou["start_rate_compounds"] == "1.083333"  # 130 of 120: more started than planned
    assert wuhai["started"]["compounds"] >= 1
    assert report["findings"] == []

    sheets = workbook_sheets(
        call(client, keys, "nei_mongol_officer", "GET", f"{SURVEY}.xlsx", params=DECEMBER)
    )
    [(title, rows)] = sheets.items()
    assert title == "内蒙古自治区"
    assert rows[0][:3] == ("地区", "数据来源", "小区个数（个）")
    assert rows[1][2:] == ("计划", "已开工", "开工率%", "计划", "已开工", "开工率%")
    by_name = {row[0]: row for row in rows[2:]}
    assert list(by_name) == ["包头市", "乌海市", "合计"]
    assert by_name["包头市"][1:] == ("自行填报", 120, 130, 108.33, 1.5, 1.6, 106.75)
    wuhai_row = by_name["乌海市"]
    assert wuhai_row[1:4] == (
        "系统计算",
        wuhai["planned"]["compounds"],
        wuhai["started"]["compounds"],
    )
    assert Decimal(str(wuhai_row[5])) == round(Decimal(wuhai["planned"]["households"]) / 10_000, 2)
    assert by_name["合计"][2:4] == (total["planned"]["compounds"], total["started"]["compounds"])
    assert_same_tables(client, "/v1/regions/150000/survey", DECEMBER, base="")


def test_the_nation_has_a_sheet_per_province_and_other_provinces_see_nothing(
    client: TestClient[Any], keys: dict[str, str], province: dict[str, Any]
) -> None:
    nation = "/v1/regions/000000/survey"
    sheets = workbook_sheets(
        call(client, keys, "national_viewer", "GET", f"{nation}.xlsx", params=DECEMBER)
    )
    assert list(sheets) == ["全国", "内蒙古自治区"]
    assert [row[0] for row in sheets["全国"][2:]] == ["内蒙古自治区", "合计"]
    month = ok(
        call(client, keys, "national_viewer", "GET", nation, params=DECEMBER | {"span": "month"})
    )
    assert month["span"] == "month"
    baotou = next(line for line in month["lines"] if line["region"] == "150200")
    assert baotou["figures"] is None  # its month alone needs November's year to date too
    for persona, url in (("beijing_officer", SURVEY), ("nei_mongol_officer", nation)):
        problem(call(client, keys, persona, "GET", url, params=DECEMBER), 404, "not-found")
    problem(call(client, keys, "water_company", "GET", SURVEY, params=DECEMBER), 403, "forbidden")


def test_declarations_are_refused_by_name(
    client: TestClient[Any], keys: dict[str, str], province: dict[str, Any]
) -> None:
    def declare(persona: str, **body: Any) -> Any:
        sent = {"region": "150200", "month": "2022-11", "figures": BAOTOU} | body
        return call(client, keys, persona, "POST", "/v1/declarations", json=sent)

    outside = problem(declare("nei_mongol_officer"), 403, "outside-scope")
    assert outside["errors"][0]["path"] == "$.region"
    unknown = problem(declare("city_admin", region="150900"), 422, "invalid-data")
    assert unknown["errors"][0]["path"] == "$.region"
    negative = {**BAOTOU, "started": quantities(130, -1)}
    # the schema holds figures non-negative: refused as the request, naming the figure
    below = problem(declare("city_admin", figures=negative), 400, "invalid-request")
    assert below["errors"][0]["path"] == "$.figures.started.households"
    next_month = datetime.date.today().replace(day=28) + datetime.timedelta(days=5)
    early = problem(declare("city_admin", month=f"{next_month:%Y-%m}"), 422, "invalid-data")
    assert early["errors"][0]["path"] == "$.month"
    problem(declare("city_admin", region="150300"), 409, "computed-here")
    problem(declare("city_admin", month="2022-12"), 409, "declaration-exists")
    more = {**BAOTOU, "started": quantities(131, 16_100)}
    fell = problem(declare("city_admin", figures=more), 422, "invalid-data")
    assert fell["errors"][0]["path"] == "$.figures.started.compounds"

    corrected = client.post(
        "/v1/regions/150200/declarations/2022-12/corrections",
        json={"figures": more, "reason": "补报一个小区"},
    )
    assert corrected.status_code == 201, corrected.text
    versions = ok(client.get("/v1/regions/150200/declarations/2022-12"))["items"]
    assert [(v["version"], v["reason"]) for v in versions] == [(1, None), (2, "补报一个小区")]
    own = declare("nei_mongol_officer", region="150000", month="2022-12", figures=BAOTOU)
    assert own.status_code == 201, own.text
    [finding] = ok(client.get(SURVEY, params=DECEMBER))["findings"]
    assert (finding["region"], finding["source"]) == ("150000", "declared")
    checked = workbook_sheets(client.get(f"{SURVEY}.xlsx", params=DECEMBER))["核对"]
    summed = finding["parts_sum"]["planned"]["compounds"]
    assert checked[2][:4] == ("内蒙古自治区", "自行填报", 120, summed)
    compound = {"name": "省级写入", "district": "150302", "street": "150302002000"}
    problem(
        call(
            client,
            keys,
            "nei_mongol_officer",
            "POST",
            "/v1/programmes/wuhai-2022-2024/compounds",
            json=compound,
        ),
        403,
        "forbidden",
    )
    problem(client.post("/v1/regions", json=PROVINCE), 409, "duplicate")
    odd = {"code": "270000", "name": "a/b[c]", "cities": [{"code": "270100", "name": "History"}]}
    assert client.post("/v1/regions", json=odd).status_code == 201
    titles = list(workbook_sheets(client.get("/v1/regions/000000/survey.xlsx", params=DECEMBER)))
    assert titles == ["全国", "内蒙古自治区", "a_b_c_", "核对"]
    assert_same_tables(client, "/v1/regions/000000/survey", DECEMBER, base="")
    wrong = {**PROVINCE, "code": "110000"}
    misplaced = problem(client.post("/v1/regions", json=wrong), 422, "invalid-data")
    assert misplaced["errors"][0]["path"] == "$.cities[0].code"


def test_the_database_sums_the_survey_as_the_core_defines_it(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    """The roll-up's city and districts (summed by the database) are the programme's survey
    (the core's definition over the same works), started, completed and paid included."""
    assert client.post("/v1/regions", json=PROVINCE).status_code == 201
    walk_to(client, "completed")
    approved(client, keys)
    ok(pay(client, keys, "250000.00"), 201)
    ok(pay(client, keys, "1000.50", paid_on="2022-06-01"), 201)
    core_view = ok(client.get(f"{WUHAI}/reports/survey", params={"year": 2022}))
    by_place = {p["district"] or "150300": p["by_period"] for p in core_view["places"]}
    rolled = ok(client.get("/v1/regions/150300/survey", params=DECEMBER))
    assert {line["region"]: line["figures"] for line in rolled["lines"]} == by_place
    assert by_place["150300"]["completed"]["compounds"] == 1
    assert by_place["150300"]["investment_completed_yuan"] == "251000.50"
