"""Issue 9's acceptance on the Wuhai data with a fixed today (20 December 2022): the monthly
report, the contract tracking and the assessment are computed and read back through the API,
the reward allocations sum exactly to the pool, and each oversight report's XLSX holds the same
figures, cell by cell, under its Chinese headers."""

import datetime
import io
from decimal import Decimal
from typing import Any

import pytest
from litestar.testing import TestClient
from openpyxl import load_workbook

from renovation_api.routes import (
    assessments,
    contracts,
    demonstrations,
    monthly,
    surveys,
    workbooks,
)
from tests.api.conftest import WUHAI
from tests.api.delivery_steps import CODE, HOUSEHOLDS, ok, walk_to
from tests.api.spreadsheets import assert_same_tables, csv_sheets
from tests.api.test_access import call
from tests.api.test_funding import approved, pay

TODAY = datetime.date(2022, 12, 20)
SIGNED = {
    "on": "2022-02-15",
    "signatories": [
        {"party": "city", "name": "张市长", "title": "乌海市人民政府市长"},
        {"party": "district", "name": "李区长", "title": "海勃湾区人民政府区长"},
    ],
}
POOL = {"amount_yuan": "5000000.00", "volume_share": "4/5"}
EVEN = {"preparation": "1/4", "progress": "1/4", "acceptance": "1/4", "management": "1/4"}


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (assessments, contracts, demonstrations, monthly, surveys, workbooks):
        monkeypatch.setattr(module, "today", lambda: TODAY)


def sheet_rows(response: Any) -> dict[str, list[tuple[Any, ...]]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(response.content), read_only=True)
    return {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in book}


def money(cell: Any) -> Decimal:
    return Decimal(str(cell)).quantize(Decimal("0.01"))


def rate(cell: Any) -> Decimal:
    return Decimal(str(cell)).quantize(Decimal("0.000001"))


def deliver(client: TestClient[Any], keys: dict[str, str]) -> None:
    """150302-0002 (Haibowan, 2022 plan): tendered 2021-12-28, built from 2022-04-06,
    completed 2022-09-30, accepted at the first meeting 2022-10-15, in community management
    from 2022-11-12, 300,000.00 yuan paid; its six households rate the works 5, 5, 5, 4, 4, 3."""
    walk_to(client, "in_management")
    approved(client, keys)
    assert pay(client, keys, "300000.00").status_code == 201
    survey = {
        "code": "satisfaction-2022",
        "title": "老旧小区改造满意度调查",
        "opened_on": "2022-11-20",
        "questions": [{"code": "overall", "text": "总体满意度", "kind": "rating"}],
    }
    ok(client.post(f"{WUHAI}/surveys", json=survey), 201)
    for household, rating in zip(HOUSEHOLDS["households"], (5, 5, 5, 4, 4, 3), strict=True):
        body = {
            "compound": CODE,
            "household": f"1-1-{household['unit']}",
            "answered_on": "2022-11-25",
            "answers": [{"question": "overall", "rating": rating}],
        }
        ok(client.post(f"{WUHAI}/surveys/satisfaction-2022/responses", json=body), 201)


def test_wuhai_oversight_on_a_fixed_day(client: TestClient[Any], keys: dict[str, str]) -> None:
    deliver(client, keys)
    monthly_report(client, keys)
    contract_tracking(client)
    made = assessment(client)
    read_back_workbooks(client, made)
    for path, params in (
        ("reports/monthly", {"month": "2022-12"}),
        ("reports/contracts", {}),
        ("reports/assessment", {"year": 2022}),
        ("reports/management-coverage", {}),
    ):
        assert_same_tables(client, path, params)


def monthly_report(client: TestClient[Any], keys: dict[str, str]) -> None:
    """Haibowan submits December's report on time; the city rolls it up."""
    submitted = ok(
        call(
            client,
            keys,
            "haibowan_officer",
            "POST",
            f"{WUHAI}/monthly-reports",
            json={"district": "150302", "month": "2022-12", "remarks": "年度任务稳步推进"},
        ),
        201,
    )
    assert submitted["submitted_on"] == "2022-12-20"
    december = ok(client.get(f"{WUHAI}/monthly-reports/2022-12"))
    haibowan = next(d for d in december["districts"] if d["district"] == "150302")
    assert haibowan["status"] == "on_time"
    assert (
        haibowan["progress"]["compounds_started"],
        haibowan["progress"]["compounds_completed"],
    ) == (1, 1)
    city = december["city"]
    assert (city["compounds_planned"], city["households_planned"]) == (59, 6670)
    assert city["completion_rate_compounds"] == "0.016949"  # 1/59
    assert city["investment_completed_yuan"] == "300000.00"


def contract_tracking(client: TestClient[Any]) -> None:
    """The contracts are drawn from the published 2022 rows, Haibowan's signed, each tracked."""
    for district in ("150302", "150303", "150304"):
        ok(client.post(f"{WUHAI}/contracts", json={"district": district, "year": 2022}), 201)
    ok(client.post(f"{WUHAI}/contracts/2022/150302/signature", json=SIGNED))
    tracked = {c["district"]: c for c in ok(client.get(f"{WUHAI}/contracts?year=2022"))["items"]}
    assert tracked["150302"]["tracking"] == {
        "compounds_started": "0.021277",  # 1/47
        "compounds_completed": "0.021277",
        "households_completed": "0.031736",  # the compound's 149 of Haibowan's 4,695
        "investment_completed": "0.001367",  # 300,000 of 2.194 亿元
    }
    assert tracked["150303"]["tracking"]["compounds_started"] == "0"


def assessment(client: TestClient[Any]) -> dict[str, Any]:
    """The assessment as of today: measured, scored and the pool allocated to the fen."""
    body = {"year": 2022, "weights": EVEN, "pool": POOL, "survey": "satisfaction-2022"}
    made = ok(client.post(f"{WUHAI}/assessments", json=body), 201)
    assert ok(client.get(f"{WUHAI}/assessments/2022")) == made
    rows = {d["district"]: d for d in made["districts"]}
    assert rows["150302"]["facts"] == {
        "approved_on_time": "0.021277",
        "tendered_on_time": "0.021277",
        "start_rate": "0.021277",
        "acceptance_pass_rate": "1",
        "management_coverage": "1",
        "satisfaction": "0.833333",  # a mean rating of 13/3: (13/3 − 1) × 25 = 83⅓ points
        "task_volume": 47,
    }
    assert [rows[d]["facts"]["task_volume"] for d in ("150303", "150304")] == [5, 7]
    # 4/5 by the 47 : 5 : 7 compounds set, in fen by largest remainder; the rest by score,
    # all of it Haibowan's, the only district with works under way.
    assert {d: rows[d]["allocation"]["by_volume_yuan"] for d in rows} == {
        "150302": "3186440.68",
        "150303": "338983.05",
        "150304": "474576.27",
    }
    assert rows["150302"]["allocation"]["by_score_yuan"] == "1000000.00"
    total = sum(Decimal(d["allocation"]["total_yuan"]) for d in made["districts"])
    assert total == Decimal(POOL["amount_yuan"])
    return made


def read_back_workbooks(client: TestClient[Any], made: dict[str, Any]) -> None:
    """Each oversight report's XLSX, read back cell by cell."""
    rows = {d["district"]: d for d in made["districts"]}
    month_book = sheet_rows(
        client.get(f"{WUHAI}/reports/monthly.xlsx", params={"month": "2022-12"})
    )
    ((title, sheet),) = month_book.items()
    assert title == "2022年12月"
    assert sheet[0][:4] == ("各区", "计划小区/个", "计划户数/户", "开工小区/个")
    assert sheet[0][-2:] == ("报送情况", "报送日期")
    first = sheet[1]
    assert (first[0], first[1], first[3], first[5]) == ("海勃湾区", 47, 1, 1)
    assert rate(first[7]) == Decimal("0.021277")
    assert money(first[11]) == Decimal("300000.00")
    assert first[-2] == "按时报送"
    assert first[-1].date() == TODAY
    assert sheet[-1][:2] == ("合计", 59)
    assert money(sheet[-1][11]) == Decimal("300000.00")

    contract_book = sheet_rows(client.get(f"{WUHAI}/reports/contracts.xlsx"))
    sheet = contract_book["2022年"]
    assert sheet[0][:2] == ("各区", "目标任务")
    assert sheet[1][1:5] == ("数量", "户数", "建筑面积/万平方米", "预计投资/亿元")
    haibowan_row = sheet[2]
    assert haibowan_row[0] == "海勃湾区"
    assert haibowan_row[1:3] == (47, 4695)
    assert money(haibowan_row[4]) == Decimal("2.19")  # 2.194 亿元, shown to its own places
    assert Decimal(str(haibowan_row[4])) == Decimal("2.194")
    assert (haibowan_row[5], haibowan_row[6]) == (1, 1)
    assert rate(haibowan_row[9]) == Decimal("0.021277")
    assert haibowan_row[-1].date() == datetime.date(2022, 2, 15)
    assert sheet[-1][:3] == ("合计", 59, 6670)
    assert rate(sheet[-1][10]) == Decimal("0.016949")  # 1 of 59 completed

    assessment_book = sheet_rows(
        client.get(f"{WUHAI}/reports/assessment.xlsx", params={"year": 2022})
    )
    sheet = assessment_book["2022年考核"]
    assert sheet[1][1:8] == (
        "前期手续按期办结率",
        "按期招标率",
        "开工率",
        "一次验收合格率",
        "物业管理覆盖率",
        "居民满意度/分",
        "任务量/个",
    )
    cells = {row[0]: row for row in sheet[2:]}
    assert money(cells["海勃湾区"][13]) == Decimal("3186440.68")
    assert money(cells["海勃湾区"][15]) == Decimal("4186440.68")
    assert Decimal(str(cells["海勃湾区"][12])) == Decimal(rows["150302"]["score"]["total"])
    assert Decimal(str(cells["海勃湾区"][6])).quantize(Decimal("0.0001")) == Decimal("83.3333")
    assert cells["合计"][7] == 59
    assert money(cells["合计"][15]) == Decimal("5000000.00")

    coverage_book = sheet_rows(client.get(f"{WUHAI}/reports/management-coverage.xlsx"))
    (sheet,) = coverage_book.values()
    assert sheet[0] == (
        "各区",
        "已改造小区/个",
        "已建立管理模式/个",
        "覆盖率",
        "未覆盖小区",
        "已建立维修资金/个",
        "维修资金覆盖率",
    )
    assert sheet[1][:4] == ("海勃湾区", 1, 1, 1)
    assert sheet[-1][:3] == ("合计", 1, 1)


def test_a_district_exports_only_its_own_rows(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    own = call(
        client,
        keys,
        "haibowan_officer",
        "GET",
        f"{WUHAI}/reports/monthly.xlsx",
        params={"month": "2022-12"},
    )
    (sheet,) = sheet_rows(own).values()
    assert [row[0] for row in sheet[1:]] == ["海勃湾区"]  # no city total
    own_csv = call(
        client,
        keys,
        "haibowan_officer",
        "GET",
        f"{WUHAI}/reports/monthly.csv",
        params={"month": "2022-12"},
    )
    ((_, lines),) = csv_sheets(own_csv).items()
    assert [line[0] for line in lines[1:]] == ["海勃湾区"]
