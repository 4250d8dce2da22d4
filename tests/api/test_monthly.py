"""Monthly progress reports over the API: figures computed from project states and the ledger,
dated by the server (so lateness is not the district's to choose), due by the 25th, corrected
as versions with reasons, read for a month with the city's roll-up and the change since the
month before; bad input refused precisely, changing nothing."""

import asyncio
import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from litestar.testing import TestClient

import renovation_core as core
from renovation_api.routes import monthly
from renovation_core.oversight import progress
from tests.api.conftest import (
    CITY,
    ELSEWHERE,
    STREET,
    WUHAI,
    caught_up,
    feed,
    problem,
    sql_unit_of_work,
)
from tests.api.delivery_steps import ok, walk_to
from tests.api.test_access import call
from tests.api.test_funding import LEDGER, approved, pay
from tests.services.fakes import tracked

REPORTS = f"{WUHAI}/monthly-reports"
Today = Callable[[str], None]


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> Today:
    """Set the server's today (the reports' clock) to an ISO day."""

    def set_day(day: str) -> None:
        monkeypatch.setattr(monthly, "today", lambda: datetime.date.fromisoformat(day))

    return set_day


def submit(
    client: TestClient[Any],
    keys: dict[str, str],
    month: str,
    persona: str = "haibowan_officer",
    **extra: Any,
) -> Any:
    body = {"district": "150302", "month": month} | extra
    return call(client, keys, persona, "POST", REPORTS, json=body)


def test_a_districts_month_from_its_projects_and_ledger(
    client: TestClient[Any], keys: dict[str, str], today: Today
) -> None:
    # 150302-0002, one of Haibowan's 47 compounds of the 2022 plan, starts construction on
    # 6 April 2022; 300,000.00 yuan is paid for it on 10 May.
    walk_to(client, "under_construction")
    approved(client, keys)
    assert pay(client, keys, "300000.00").status_code == 201

    today("2022-04-25")
    april = ok(submit(client, keys, "2022-04", remarks="管网改造同步推进"), 201)
    figures = april["progress"]
    assert (figures["compounds_planned"], figures["households_planned"]) == (47, 4695)
    assert (figures["compounds_started"], figures["compounds_completed"]) == (1, 0)
    assert figures["start_rate_compounds"] == "0.021277"  # 1/47
    assert figures["investment_completed_yuan"] == "0"
    assert (april["version"], april["submitted_on"], april["due_on"]) == (
        1,
        "2022-04-25",
        "2022-04-25",
    )
    assert april["remarks"] == "管网改造同步推进"

    today("2022-05-27")
    may = ok(submit(client, keys, "2022-05"), 201)
    assert may["progress"]["investment_completed_yuan"] == "300000.00"

    today("2022-06-02")
    read = ok(client.get(f"{REPORTS}/2022-05"))
    haibowan = next(d for d in read["districts"] if d["district"] == "150302")
    assert (haibowan["status"], haibowan["report"]["version"]) == ("late", 1)
    assert haibowan["change"]["investment_completed_yuan"] == "300000.00"
    assert haibowan["change"]["compounds_started"] == 0
    wuda = next(d for d in read["districts"] if d["district"] == "150303")
    assert (wuda["status"], wuda["report"]) == ("overdue", None)
    assert read["city"]["compounds_planned"] == 59
    assert Decimal(read["city"]["investment_completed_yuan"]) == Decimal("300000.00")
    assert read["city_change"]["investment_completed_yuan"] == "300000.00"
    # January's change is measured from the start of the year, for the same year's plan.
    january = ok(client.get(f"{REPORTS}/2022-01"))
    assert january["city_change"]["compounds_started"] == 0

    # The district officer sees its own district, and no city roll-up.
    own = ok(call(client, keys, "haibowan_officer", "GET", f"{REPORTS}/2022-05"))
    assert ([d["district"] for d in own["districts"]], own["city"]) == (["150302"], None)
    problem(client.get(f"{REPORTS}/2022-07"), 404, "not-found")  # not begun


def test_progress_summed_by_the_database_is_the_cores(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    """The SQL sums equal ``core.oversight.progress`` over the same records (the plans, the live
    projects and the ledger), by district, plan year and day, for the city and a street's
    officer, in and out of the compound's street."""
    walk_to(client, "completed")  # construction from 2022-04-06, completed 2022-09-30
    approved(client, keys)
    ok(pay(client, keys, "300000.00"), 201)  # on 2022-05-10
    ok(pay(client, keys, "1000.00", paid_on="2022-06-01"), 201)
    reverse = {"reverses": 2, "on": "2022-06-02", "reason": "重复支付", "document": "冲销凭证 01"}
    ok(call(client, keys, "haibowan_finance", "POST", f"{LEDGER}/reversals", json=reverse), 201)

    async def both(by: core.Principal, year: int, day: datetime.date) -> tuple[Any, Any]:
        async with sql_unit_of_work(database_url, by, day) as uow:
            summed = await uow.money.progress("wuhai-2022-2024", year, day, by)
            counted = tracked(await uow.money.compounds("wuhai-2022-2024", by))
        districts = {t.district for t in counted if t.year == year}
        return summed, {d: progress(counted, d, year, day) for d in districts}

    days = ("2022-04-05", "2022-04-06", "2022-05-10", "2022-06-01", "2022-06-02", "2022-09-30")
    for by in (CITY, STREET, ELSEWHERE):
        for year in (2022, 2023):
            for day in days:
                sql, cores = asyncio.run(both(by, year, datetime.date.fromisoformat(day)))
                assert sql == cores, (by.actor, year, day)
    sql, _ = asyncio.run(both(STREET, 2022, datetime.date(2022, 9, 30)))
    assert (sql["150302"].compounds_completed, sql["150302"].investment_completed_yuan) == (
        1,
        Decimal("300000.00"),
    )
    sql, _ = asyncio.run(both(ELSEWHERE, 2022, datetime.date(2022, 9, 30)))
    assert sql["150302"].compounds_started == 0


def test_one_report_per_month_and_corrections_with_reasons(
    client: TestClient[Any], keys: dict[str, str], today: Today, database_url: str
) -> None:
    today("2022-04-20")
    ok(submit(client, keys, "2022-04"), 201)
    problem(submit(client, keys, "2022-04"), 409, "report-exists")
    url = f"{REPORTS}/2022-04/150302"
    today("2022-04-28")
    correction = {"reason": "开工小区数更正", "remarks": "已核实"}
    corrected = ok(
        call(client, keys, "haibowan_officer", "POST", f"{url}/corrections", json=correction),
        201,
    )
    assert (corrected["version"], corrected["reason"], corrected["submitted_on"]) == (
        2,
        "开工小区数更正",
        "2022-04-28",
    )
    versions = ok(client.get(url))["items"]
    assert [v["version"] for v in versions] == [1, 2]
    # The feed says what the correction changed beside the version it corrects: the figures,
    # the same here, are not among it.
    caught_up(database_url)
    [told] = [
        e for e in feed(client, keys["city_admin"]) if e["type"] == "monthly_report.corrected"
    ]
    assert "progress" not in told["data"]["changed"]
    assert {"version", "reason", "submitted_on", "remarks"} <= set(told["data"]["changed"])
    month = ok(client.get(f"{REPORTS}/2022-04"))
    # A correction after the 25th of a report on time is not late.
    assert next(d for d in month["districts"] if d["district"] == "150302")["status"] == "on_time"


def test_bad_reports_are_refused_and_change_nothing(
    client: TestClient[Any], keys: dict[str, str], today: Today
) -> None:
    today("2022-04-30")
    future = problem(submit(client, keys, "2022-05"), 422, "invalid-data")
    assert future["errors"][0]["path"] == "$.month"
    implausible = problem(submit(client, keys, "0000-05"), 422, "invalid-data")
    assert implausible["errors"][0]["path"] == "$.month"
    before = problem(submit(client, keys, "2021-12"), 422, "invalid-data")
    assert before["errors"][0]["path"] == "$.month"
    problem(submit(client, keys, "2022-13"), 400, "invalid-request")
    problem(submit(client, keys, "2022-04", persona="xinhua_officer"), 403, "outside-scope")
    problem(submit(client, keys, "2022-04", persona="auditor"), 403, "forbidden")
    problem(submit(client, keys, "2022-04", on="2022-04-20"), 400, "invalid-request")
    url = f"{REPORTS}/2022-04/150302/corrections"
    nothing = {"reason": "更正"}
    problem(call(client, keys, "haibowan_officer", "POST", url, json=nothing), 404, "not-found")
    problem(client.get(f"{REPORTS}/2022-04/150302"), 404, "not-found")
    ok(submit(client, keys, "2022-04"), 201)
    blank = {"reason": " "}
    problem(call(client, keys, "haibowan_officer", "POST", url, json=blank), 422, "invalid-data")
    empty = call(client, keys, "haibowan_officer", "POST", url, json={"reason": ""})
    assert problem(empty, 400, "invalid-request")["errors"][0]["path"] == "$.reason"
    assert len(ok(client.get(f"{REPORTS}/2022-04/150302"))["items"]) == 1
