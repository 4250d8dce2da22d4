"""Monthly progress reports over the API: figures computed from project states and the ledger,
submitted by the district, due by the 25th, corrected as versions with reasons, read for a
month with the city's roll-up and the change since the month before; bad input refused
precisely, changing nothing."""

from decimal import Decimal
from typing import Any

from litestar.testing import TestClient

from tests.api.conftest import WUHAI, problem
from tests.api.delivery_steps import ok, walk_to
from tests.api.test_access import call
from tests.api.test_funding import approved, pay

REPORTS = f"{WUHAI}/monthly-reports"


def submit(
    client: TestClient[Any],
    keys: dict[str, str],
    month: str,
    on: str,
    persona: str = "haibowan_officer",
    **extra: Any,
) -> Any:
    body = {"district": "150302", "month": month, "on": on} | extra
    return call(client, keys, persona, "POST", REPORTS, json=body)


def test_a_districts_month_from_its_projects_and_ledger(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    # 150302-0002, one of Haibowan's 47 compounds of the 2022 plan, starts construction on
    # 6 April 2022; 300,000.00 yuan is paid for it on 10 May.
    walk_to(client, "under_construction")
    approved(client, keys)
    assert pay(client, keys, "300000.00").status_code == 201

    april = ok(submit(client, keys, "2022-04", "2022-04-25", remarks="管网改造同步推进"), 201)
    figures = april["progress"]
    assert (figures["compounds_planned"], figures["households_planned"]) == (47, 4695)
    assert (figures["compounds_started"], figures["compounds_completed"]) == (1, 0)
    assert figures["start_rate_compounds"] == "0.021277"  # 1/47
    assert figures["investment_completed_yuan"] == "0"
    assert (april["version"], april["due_on"], april["remarks"]) == (
        1,
        "2022-04-25",
        "管网改造同步推进",
    )

    may = ok(submit(client, keys, "2022-05", "2022-05-27"), 201)
    assert may["progress"]["investment_completed_yuan"] == "300000.00"

    read = ok(client.get(f"{REPORTS}/2022-05"))
    haibowan = next(d for d in read["districts"] if d["district"] == "150302")
    assert (haibowan["status"], haibowan["report"]["version"]) == ("late", 1)
    assert haibowan["change"]["investment_completed_yuan"] == "300000.00"
    assert haibowan["change"]["compounds_started"] == 0
    wuda = next(d for d in read["districts"] if d["district"] == "150303")
    assert (wuda["status"], wuda["report"]) == ("overdue", None)
    assert read["city"]["compounds_planned"] == 59
    assert Decimal(read["city"]["investment_completed_yuan"]) == Decimal("300000.00")

    # The district officer sees its own district, and no city roll-up.
    own = ok(call(client, keys, "haibowan_officer", "GET", f"{REPORTS}/2022-05"))
    assert ([d["district"] for d in own["districts"]], own["city"]) == (["150302"], None)


def test_one_report_per_month_and_corrections_with_reasons(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    ok(submit(client, keys, "2022-04", "2022-04-20"), 201)
    problem(submit(client, keys, "2022-04", "2022-04-21"), 409, "report-exists")
    correction = {"on": "2022-04-28", "reason": "开工小区数更正", "remarks": "已核实"}
    url = f"{REPORTS}/2022-04/150302"
    corrected = ok(
        call(client, keys, "haibowan_officer", "POST", f"{url}/corrections", json=correction),
        201,
    )
    assert (corrected["version"], corrected["reason"]) == (2, "开工小区数更正")
    versions = ok(client.get(url))["items"]
    assert [v["version"] for v in versions] == [1, 2]
    month = ok(client.get(f"{REPORTS}/2022-04"))
    assert next(d for d in month["districts"] if d["district"] == "150302")["status"] == "on_time"


def test_bad_reports_are_refused_and_change_nothing(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    future = problem(submit(client, keys, "2999-01", "2022-04-20"), 422, "invalid-data")
    assert future["errors"][0]["path"] in ("$.month", "$.year")
    before_month = problem(submit(client, keys, "2022-05", "2022-04-30"), 422, "invalid-data")
    assert before_month["errors"][0]["path"] == "$.on"
    problem(submit(client, keys, "2022-13", "2022-04-30"), 400, "invalid-request")
    problem(
        submit(client, keys, "2022-04", "2022-04-30", persona="xinhua_officer"),
        403,
        "outside-scope",
    )
    problem(submit(client, keys, "2022-04", "2022-04-30", persona="auditor"), 403, "forbidden")
    no_reason = {"on": "2022-04-28", "reason": " "}
    url = f"{REPORTS}/2022-04/150302/corrections"
    problem(
        call(client, keys, "haibowan_officer", "POST", url, json=no_reason), 422, "invalid-data"
    )
    nothing = {"on": "2022-04-28", "reason": "更正"}
    problem(call(client, keys, "haibowan_officer", "POST", url, json=nothing), 422, "invalid-data")
    problem(client.get(f"{REPORTS}/2022-04/150302"), 404, "not-found")
