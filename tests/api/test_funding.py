"""Funding over the API: a compound's funding plan reviewed by both district bureaus, money paid
from it through an append-only ledger, the supervision flags and the reports (§5); every bad
request refused with a precise problem that leaves the record as it was."""

import asyncio
import datetime
import io
from decimal import Decimal
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa
from litestar.testing import TestClient
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import create_async_engine

import renovation_core as core
from renovation_core.funding import FundingSource, amounts_of
from tests.api.conftest import CITY, ELSEWHERE, STREET, WUHAI, problem, sql_unit_of_work
from tests.api.delivery_steps import CODE, ok, walk_to
from tests.api.test_access import call
from tests.services.fakes import funded

FUNDING = f"{WUHAI}/compounds/{CODE}/funding"
LEDGER = f"{FUNDING}/ledger"
INVESTMENT = Decimal("5932991")  # 150302-0002's plan, and so its budget before a project
ITEMS = ["water_supply", "drainage", "mobile_coverage", "common_parts_repair"]


def lines(*amounts: str) -> dict[str, Any]:
    """A funding plan: the city pays the rest of the budget after ``amounts`` of central
    subsidy, each for the compound's first two items."""
    rest = INVESTMENT - sum((Decimal(a) for a in amounts), Decimal(0))
    return {
        "lines": [
            *(
                {
                    "source": "central_subsidy",
                    "party": "中央财政",
                    "amount_yuan": amount,
                    "items": ITEMS[:2],
                }
                for amount in amounts
            ),
            {
                "source": "city_finance",
                "party": "乌海市财政局",
                "amount_yuan": f"{rest}",
                "items": ITEMS,
            },
        ]
    }


def replace(client: TestClient[Any], body: dict[str, Any]) -> dict[str, Any]:
    return ok(client.put(FUNDING, json=body))


def submit(client: TestClient[Any], on: str = "2022-03-01") -> dict[str, Any]:
    return ok(client.post(f"{FUNDING}/submissions", json={"on": on}))


def review(
    client: TestClient[Any], keys: dict[str, str], persona: str, bureau: str, **extra: Any
) -> Any:
    body = {"round": 1, "bureau": bureau, "verdict": "approved", "on": "2022-03-08"} | extra
    return call(client, keys, persona, "POST", f"{FUNDING}/reviews", json=body)


def approved(client: TestClient[Any], keys: dict[str, str], *amounts: str) -> dict[str, Any]:
    replace(client, lines(*amounts or ("1000000.00",)))
    submit(client)
    ok(review(client, keys, "haibowan_officer", "housing", on="2022-03-05"))
    return ok(review(client, keys, "haibowan_finance", "finance"))


def pay(client: TestClient[Any], keys: dict[str, str], amount: str, **extra: Any) -> Any:
    body = {
        "line": 1,
        "paid_on": "2022-05-10",
        "payee": "乌海市建筑工程有限责任公司",
        "amount_yuan": amount,
        "purpose": "water_supply",
        "document": "国库集中支付凭证 2022-0510-01",
    } | extra
    return call(client, keys, "haibowan_finance", "POST", LEDGER, json=body)


def test_money_summed_by_the_database_is_the_cores(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    """The SQL sums equal ``funding.amounts_of`` over the same records (the planned compounds'
    fundings as planned and approved, and their ledgers net of reversals), for the city and a
    street's officer, in and out of the compound's street; and the report lays them out."""
    approved(client, keys, "1000000.00", "250000.50")
    ok(pay(client, keys, "1000.00"), 201)
    ok(pay(client, keys, "2000.00", line=2), 201)
    reverse = {"reverses": 2, "on": "2022-05-11", "reason": "收款单位有误", "document": "冲销 01"}
    ok(call(client, keys, "haibowan_finance", "POST", f"{LEDGER}/reversals", json=reverse), 201)
    replace(client, lines("1000000.00", "250000.50", "30000.00"))  # planned ≠ approved now

    async def both(by: core.Principal) -> tuple[Any, Any]:
        async with sql_unit_of_work(database_url, by, datetime.date(2022, 6, 1)) as uow:
            summed = await uow.money.amounts("wuhai-2022-2024", by)
            money = await uow.money.compounds("wuhai-2022-2024", by)
        return summed, amounts_of(funded(money))

    for by in (CITY, STREET, ELSEWHERE):
        sql, cores = asyncio.run(both(by))
        assert sql == cores, by.actor
    sql, _ = asyncio.run(both(STREET))
    mine = sql[2022, "150302", FundingSource.CENTRAL_SUBSIDY]
    # The street's other fundings are the reference drafts: none approved, nothing paid.
    assert (mine.approved_yuan, mine.disbursed_yuan) == (Decimal("1250000.50"), Decimal("1000.00"))
    elsewheres = asyncio.run(both(ELSEWHERE))[0].values()
    assert not any(a.approved_yuan or a.disbursed_yuan for a in elsewheres)
    report = ok(client.get(f"{WUHAI}/reports/funding?year=2022"))
    [row] = [
        r
        for r in report["by_source"]
        if (r["district"], r["source"]) == ("150302", "central_subsidy")
    ]
    assert Decimal(row["disbursed_yuan"]) == Decimal("1000.00")


def test_reference_funding_plans_reproduce_the_published_investment(
    client: TestClient[Any],
) -> None:
    report = ok(client.get(f"{WUHAI}/reports/funding"))
    published = {
        (r["year"], r["district_name"]): (r["published_yi_yuan"], r["planned_yi_yuan"])
        for r in report["investment"]
    }
    assert published[2022, "海勃湾区"] == ("2.194", "2.194")
    assert published[2023, "总计"] == ("4.284", "4.284")
    assert published[2024, "海南区"] == ("0.388", "0.388")
    assert all(r["variance_yuan"] in {"0", "0.00"} for r in report["investment"])
    assert {r["disbursed_yuan"] for r in report["investment"]} == {"0.00"}  # to the fen
    city_2022 = [r for r in report["by_source"] if r["year"] == 2022 and r["district"] is None]
    assert sum(Decimal(r["planned_yuan"]) for r in city_2022) == Decimal("293500000")
    funding = ok(client.get(FUNDING))
    assert (funding["status"], funding["total_yuan"], funding["findings"]) == (
        "draft",
        "5932991",
        [],
    )


def test_money_round_trips_exactly(client: TestClient[Any]) -> None:
    sent = replace(client, lines("0.10", "0.20"))
    assert [line["amount_yuan"] for line in sent["lines"]][:2] == ["0.10", "0.20"]
    assert sent["lines"][2]["amount_yuan"] == "5932990.70"
    assert sent["total_yuan"] == "5932991.00"
    read = ok(client.get(FUNDING))
    assert read["lines"] == sent["lines"]
    assert read["findings"] == []  # 0.10 + 0.20 + 5932990.70 balances to the yuan, no drift
    assert submit(client)["status"] == "submitted"


def test_a_budget_goes_into_force_once_both_bureaus_approve(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    replace(client, lines("1000000.00"))
    submitted = submit(client)
    assert submitted["pending"] == ["housing", "finance"]
    problem(review(client, keys, "city_admin", "housing"), 409, "own-submission")
    problem(review(client, keys, "haibowan_officer", "finance"), 403, "not-your-bureau")
    problem(review(client, keys, "auditor", "housing"), 403, "forbidden")
    housing = ok(review(client, keys, "haibowan_officer", "housing", on="2022-03-05"))
    assert (housing["status"], housing["pending"], housing["approved"]) == (
        "submitted",
        ["finance"],
        None,
    )
    problem(review(client, keys, "haibowan_officer", "housing"), 409, "already-reviewed")
    problem(review(client, keys, "haibowan_finance", "finance", round=2), 409, "stale-submission")
    done = ok(review(client, keys, "haibowan_finance", "finance"))
    assert done["status"] == "approved"
    assert done["approved"]["approved_on"] == "2022-03-08"
    assert [(r["bureau"], r["verdict"]) for r in done["reviews"]] == [
        ("housing", "approved"),
        ("finance", "approved"),
    ]
    assert (
        done["approved"]["lines"][0] | {"paid_yuan": "0", "left_yuan": "1000000.00"}
        == (done["approved"]["lines"][0])
    )


def test_a_returned_budget_says_why_and_is_revised(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    replace(client, lines("1000000.00"))
    submit(client)
    body = problem(
        review(client, keys, "haibowan_finance", "finance", verdict="returned"), 422, "invalid-data"
    )
    assert body["errors"][0]["path"] == "$.reasons"
    returned = ok(
        review(
            client,
            keys,
            "haibowan_finance",
            "finance",
            verdict="returned",
            reasons=["区级配套资金未落实"],
        )
    )
    assert returned["status"] == "returned"
    assert returned["reviews"][0]["reasons"] == ["区级配套资金未落实"]
    problem(review(client, keys, "haibowan_officer", "housing"), 409, "not-submitted")
    assert replace(client, lines("900000.00"))["status"] == "draft"
    assert submit(client, "2022-03-10")["pending"] == ["housing", "finance"]


def test_an_unbalanced_or_rule_breaking_plan_is_not_submitted(client: TestClient[Any]) -> None:
    body = lines("1000000.00")
    body["lines"][1]["amount_yuan"] = "1.00"
    body["lines"].append(
        {
            "source": "provident_fund",
            "party": "乌海市住房公积金管理中心",
            "amount_yuan": "5.00",
            "items": ["drainage"],  # not an in-home item
        }
    )
    drafted = replace(client, body)
    assert [(f["code"], f["location"]) for f in drafted["findings"]] == [
        ("unbalanced", "$.lines"),
        ("provident-fund-purpose", "$.lines[2]"),
    ]
    tag = client.get(FUNDING).headers["etag"]
    refused = problem(
        client.post(f"{FUNDING}/submissions", json={"on": "2022-03-01"}), 409, "funding-rules"
    )
    assert [e["path"] for e in refused["errors"]] == ["$.lines", "$.lines[2]"]
    assert client.get(FUNDING).headers["etag"] == tag  # nothing changed


def test_a_funded_compound_stays_in_the_district_its_money_was_approved_in(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    approved(client, keys)
    at = f"{WUHAI}/compounds/{CODE}"
    read = ok(client.get(at))
    names = {"name", "district", "street", "built_year", "buildings", "households"}
    fields = {k: read[k] for k in (*names, "floor_area_m2", "property_type")}
    moved = client.put(at, json=fields | {"district": "150303", "street": "150303001000"})
    assert "a funding" in problem(moved, 409, "placed")["detail"]
    assert ok(call(client, keys, "haibowan_finance", "GET", FUNDING))["status"] == "approved"


def test_money_is_paid_from_approved_lines_only_and_never_beyond_them(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    replace(client, lines("1000000.00"))
    problem(pay(client, keys, "1.00"), 409, "not-approved")
    approved(client, keys)
    first = pay(client, keys, "999999.90")
    assert first.status_code == 201, first.text
    assert first.headers["location"].endswith("/funding/ledger/1")
    assert ok(client.get(first.headers["location"]))["signed_yuan"] == "999999.90"
    over = problem(pay(client, keys, "0.11"), 409, "over-line")
    assert "0.10 yuan left" in over["detail"]
    problem(pay(client, keys, "1.00", line=3), 422, "invalid-data")
    assert ok(pay(client, keys, "0.10"), 201)["number"] == 2
    line = ok(client.get(FUNDING))["approved"]["lines"][0]
    assert (line["paid_yuan"], line["left_yuan"]) == ("1000000.00", "0.00")
    problem(call(client, keys, "haibowan_officer", "POST", LEDGER, json={}), 403, "forbidden")


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0.001", "matching regex"),
        ("-5.00", "matching regex"),
        (0.1, "Expected `str`"),
        ("0", "matching regex"),  # the schema holds an amount above zero
    ],
)
def test_bad_amounts_are_refused_precisely(
    client: TestClient[Any], keys: dict[str, str], amount: Any, message: str
) -> None:
    approved(client, keys)
    body = lines("1000000.00")
    body["lines"][0]["amount_yuan"] = amount
    for response in (client.put(FUNDING, json=body), pay(client, keys, amount)):
        assert response.status_code in {400, 422}, response.text
        found = response.json()
        assert found["errors"][0]["path"].endswith("amount_yuan"), found
        assert message in found["errors"][0]["message"], found
    assert ok(client.get(LEDGER))["items"] == []
    assert ok(client.get(FUNDING))["status"] == "approved"


def test_a_correction_is_a_reversing_entry_and_a_posted_entry_never_changes(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    approved(client, keys)
    ok(pay(client, keys, "1000.00"), 201)
    reverse = {
        "reverses": 1,
        "on": "2022-05-11",
        "reason": "收款单位有误",
        "document": "冲销凭证 01",
    }
    undo = ok(
        call(client, keys, "haibowan_finance", "POST", f"{LEDGER}/reversals", json=reverse), 201
    )
    assert (undo["number"], undo["reverses"], undo["signed_yuan"]) == (2, 1, "-1000.00")
    problem(
        call(client, keys, "haibowan_finance", "POST", f"{LEDGER}/reversals", json=reverse),
        409,
        "already-reversed",
    )
    nothing = problem(
        call(
            client,
            keys,
            "haibowan_finance",
            "POST",
            f"{LEDGER}/reversals",
            json=reverse | {"reverses": 9},
        ),
        422,
        "invalid-data",
    )
    assert nothing["errors"] == [{"path": "$.reverses", "message": "the ledger has no entry 9"}]
    for method in ("PUT", "PATCH", "DELETE"):
        problem(
            client.request(method, f"{LEDGER}/1", json={"amount_yuan": "1.00"}),
            405,
            "method-not-allowed",
        )
    assert [e["signed_yuan"] for e in ok(client.get(LEDGER))["items"]] == ["1000.00", "-1000.00"]
    assert ok(client.get(FUNDING))["disbursed_yuan"] == "0.00"

    async def rewrite(statement: str) -> None:
        engine = create_async_engine(database_url)
        try:
            async with engine.begin() as conn:
                await conn.execute(sa.text(statement))
        finally:
            await engine.dispose()

    for statement in ("UPDATE ledger_entries SET amount_fen = 1", "DELETE FROM ledger_entries"):
        with pytest.raises(DBAPIError, match="append-only"):
            asyncio.run(rewrite(statement))


def test_each_supervision_flag_is_raised_and_counted(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    approved(client, keys)
    # 专款专用: Wuhai's policy refuses a payment for an item its line does not fund (a policy
    # that only warns flags it: tests/api/test_policy.py).
    problem(pay(client, keys, "100.00", purpose="common_parts_repair"), 409, "special-purpose")
    ok(pay(client, keys, "100.00"), 201)
    ok(pay(client, keys, "200.00", paid_on="2022-03-07"), 201)  # the day before the approval
    # A paid line keeps its place and its source in a revision.
    moved = lines("250.00")
    moved["lines"].reverse()
    problem(client.put(FUNDING, json=moved), 409, "paid-line-moved")
    # A revision approved later cuts line 1 below the 300 yuan it has paid.
    replace(client, lines("250.00"))
    submit(client, "2022-06-01")
    ok(review(client, keys, "haibowan_officer", "housing", on="2022-06-02", round=2))
    ok(review(client, keys, "haibowan_finance", "finance", on="2022-06-02", round=2))
    flags = ok(client.get(FUNDING))["flags"]
    assert [(f["kind"], f["line"], f["entry"], f["amount_yuan"]) for f in flags] == [
        ("over_line", 1, None, "50.00"),
        ("before_approval", 1, 2, "200.00"),
    ]
    listed = ok(client.get(f"{WUHAI}/funding-flags", params={"district": "150302"}))
    assert [f["kind"] for f in listed["items"]] == [f["kind"] for f in flags]
    assert {(t["district"], t["kind"], t["count"]) for t in listed["totals"]} >= {
        ("150302", "over_line", 1),
        (None, "before_approval", 1),
    }
    report = ok(client.get(f"{WUHAI}/reports/funding", params={"year": 2022}))
    central = next(
        r
        for r in report["by_source"]
        if r["district"] == "150302" and r["source"] == "central_subsidy"
    )
    assert (central["approved_yuan"], central["disbursed_yuan"]) == ("250.00", "300.00")
    flags_of_what_the_database_chooses_are_every_compounds(database_url)


def test_works_let_without_approved_money_are_an_unfunded_gap(
    client: TestClient[Any], database_url: str
) -> None:
    walk_to(client, "tendered")
    flags = ok(client.get(FUNDING))["flags"]
    assert [(f["kind"], f["amount_yuan"]) for f in flags] == [("unfunded_gap", "5932991.00")]
    listed = ok(client.get(f"{WUHAI}/funding-flags", params={"kind": "unfunded_gap"}))["items"]
    assert listed == [flag | {"district": "150302"} for flag in flags]
    flags_of_what_the_database_chooses_are_every_compounds(database_url)
    # Suspended, the works stay let: the gap stays.
    stop = {"to": "suspended", "on": "2022-01-05", "reason": "资金未到位"}
    ok(client.post(f"{WUHAI}/compounds/{CODE}/projects/2022/transitions", json=stop))
    assert ok(client.get(FUNDING))["flags"] == flags
    flags_of_what_the_database_chooses_are_every_compounds(database_url)


def test_a_reversal_takes_its_flag_out_of_the_databases_choice(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    """The flags counted with the money follow a reversal: the compound is chosen no more."""

    def chosen() -> list[str]:
        async def read() -> list[str]:
            async with sql_unit_of_work(database_url, CITY, datetime.date(2022, 6, 5)) as uow:
                return [m.compound.code for m in await uow.money.flagged("wuhai-2022-2024", CITY)]

        return asyncio.run(read())

    approved(client, keys)
    ok(pay(client, keys, "200.00", paid_on="2022-03-07"), 201)  # the day before the approval
    assert chosen() == [CODE]
    reverse = {"reverses": 1, "on": "2022-05-11", "reason": "日期有误", "document": "冲销 01"}
    ok(call(client, keys, "haibowan_finance", "POST", f"{LEDGER}/reversals", json=reverse), 201)
    assert ok(client.get(FUNDING))["flags"] == []
    assert chosen() == []


def flags_of_what_the_database_chooses_are_every_compounds(database_url: str) -> None:
    """The flags of the compounds the database chooses (a flag counted with the money, works
    let beyond the money approved) are those of every planned compound, for the city and for a
    street's officer in and out of the flagged compound's street."""

    async def both(by: core.Principal) -> tuple[Any, Any]:
        async with sql_unit_of_work(database_url, by, datetime.date(2022, 6, 5)) as uow:
            chosen = await uow.money.flagged("wuhai-2022-2024", by)
            every = await uow.money.compounds("wuhai-2022-2024", by)
        return (
            [(m.compound.code, m.flags()) for m in chosen if m.flags()],
            [(m.compound.code, m.flags()) for m in every if m.flags()],
        )

    for by in (CITY, STREET, ELSEWHERE):
        sql, cores = asyncio.run(both(by))
        assert sql == cores, by.actor
    assert asyncio.run(both(CITY))[0]


def test_the_plan_keeps_its_year_once_the_funding_went_for_review(client: TestClient[Any]) -> None:
    plan = f"{WUHAI}/compounds/{CODE}/plan"
    body = {k: ok(client.get(plan))[k] for k in ("investment_yuan",)} | {
        "year": 2023,
        "items": [i["code"] for i in ok(client.get(plan))["items"]],
    }
    ok(client.put(plan, json=body))
    assert ok(client.get(FUNDING))["year"] == 2023  # a draft moves with its plan
    ok(client.put(plan, json=body | {"year": 2022}))
    replace(client, lines("1000000.00"))
    submit(client)
    problem(client.put(plan, json=body), 409, "has-funding")
    problem(client.delete(plan), 409, "has-funding")
    assert client.delete(f"{WUHAI}/compounds/150302-0003/plan").status_code == 204
    problem(client.get(f"{WUHAI}/compounds/150302-0003/funding"), 409, "no-plan")


def test_funding_is_read_and_written_within_scope(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    wuda = f"{WUHAI}/compounds/150304-0001/funding"
    problem(call(client, keys, "haibowan_finance", "GET", wuda), 404, "not-found")
    problem(call(client, keys, "water_company", "GET", FUNDING), 403, "forbidden")
    assert call(client, keys, "auditor", "GET", FUNDING).status_code == 200
    listed = ok(
        call(
            client, keys, "haibowan_finance", "GET", f"{WUHAI}/fundings", params={"page_size": 500}
        )
    )
    assert {f["district"] for f in listed["items"]} == {"150302"}
    assert len(listed["items"]) == 149
    report = ok(call(client, keys, "haibowan_finance", "GET", f"{WUHAI}/reports/funding"))
    assert {r["district"] for r in report["investment"]} == {"150302"}
    problem(client.post(FUNDING, json=lines("1.00")), 409, "funding-exists")


def test_the_report_exports_as_a_workbook(client: TestClient[Any], keys: dict[str, str]) -> None:
    approved(client, keys)
    ok(pay(client, keys, "1234.56"), 201)
    response = client.get(f"{WUHAI}/reports/funding.xlsx", params={"year": 2022})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    assert book.sheetnames == ["资金来源", "投资完成", "监管预警"]
    investment = list(book["投资完成"].iter_rows(values_only=True))
    assert investment[0][:3] == ("年度", "区", "计划投资（元）")
    haibowan = next(r for r in investment if r[1] == "海勃湾区")
    assert (haibowan[0], Decimal(str(haibowan[2])), Decimal(str(haibowan[3]))) == (
        2022,
        Decimal("219400000"),
        Decimal("219400000"),
    )
    assert Decimal(str(haibowan[5])) == Decimal("1234.56")


def test_a_flag_is_answered_for_and_its_age_stops(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    """追究责任: the district's bureaus record what was done about a flag, once; the flag shows
    it, with the days it stayed open."""
    approved(client, keys)
    ok(pay(client, keys, "200.00", paid_on="2022-03-07"), 201)  # before the second approval
    [flag] = ok(client.get(FUNDING))["flags"]
    assert (flag["kind"], flag["raised_on"], flag["response"]) == (
        "before_approval",
        "2022-03-07",
        None,
    )
    assert flag["open_days"] > 1000  # open to this day
    answer = {
        "kind": "before_approval",
        "line": 1,
        "entry": 1,
        "on": "2022-03-20",
        "by": "海勃湾区财政局 李科长",
        "action": "约谈经办人，补办手续",
    }
    responses = f"{FUNDING}/flag-responses"
    problem(call(client, keys, "xinhua_officer", "POST", responses, json=answer), 403, "forbidden")
    problem(client.post(responses, json=answer | {"entry": 2}), 409, "no-such-flag")
    problem(client.post(responses, json=answer | {"on": "2022-03-06"}), 422, "invalid-data")
    answered = ok(call(client, keys, "haibowan_finance", "POST", responses, json=answer))
    [shown] = answered["flags"]
    assert shown["response"] == {
        "on": "2022-03-20",
        "by": "海勃湾区财政局 李科长",
        "action": "约谈经办人，补办手续",
        "recorded_by": shown["response"]["recorded_by"],
    }
    assert shown["open_days"] == 13
    problem(client.post(responses, json=answer), 409, "already-answered")
    listed = ok(client.get(f"{WUHAI}/funding-flags", params={"kind": "before_approval"}))
    assert [f["open_days"] for f in listed["items"]] == [13]
