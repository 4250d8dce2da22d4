"""The reports the database sums (target vs actual, coverage, the summary) equal the core's own
computation over the same register, read back through the export."""

import asyncio
import csv
import datetime
import io
import json
import tomllib
from collections import Counter
from typing import Any

import attrs
import sqlalchemy as sa
from litestar.testing import TestClient

import renovation_core as core
from renovation_api.services import delivery, events, register, reports
from renovation_api.services.unit_of_work import FeedFilter, Registered, Seen
from renovation_api.storage import register as storage_register
from renovation_api.storage import tables
from renovation_core import dataset_from_toml
from renovation_core.reference import wuhai
from renovation_core.register.inventory import Entry, Inventory
from tests.api.conftest import CITY, STREET, WUHAI, caught_up, sql_unit_of_work
from tests.api.delivery_steps import NEW_PROJECT, PACKAGE, ok
from tests.api.spreadsheets import workbook_sheets
from tests.api.test_access import programme_file
from tests.api.test_hostile_input import store_legacy_name
from tests.api.test_imports import HEADER, csv_bytes, row, upload
from tests.unit.test_second_city import SECOND_CITY


def test_sums_by_the_database_are_the_cores(client: TestClient[Any]) -> None:
    # More compounds, some out of scope (built after the cutoff), some without a plan.
    rows = [
        row(n, 建成年份=str(1985 + n % 20), 改造年度=str(2022 + n % 3))
        if n % 4
        else row(n, 改造年度="", 改造内容="", 预计投资="")
        for n in range(1, 41)
    ]
    programme, compounds, plans = _imported(client, rows)
    assert len(compounds) == 186 + 40

    expected = core.target_vs_actual(programme, compounds, plans)
    report = ok(client.get(f"{WUHAI}/reports/target-vs-actual"))["rows"]
    assert [(r["year"], r["district"]) for r in report] == [(c.year, c.district) for c in expected]
    for got, want in zip(report, expected, strict=True):
        assert got["actual"]["compounds"] == want.actual.compounds
        assert got["actual"]["households"] == want.actual.households
        assert got["actual"]["floor_area_m2"] == f"{want.actual.floor_area_m2:.2f}"
        assert got["actual"]["investment_yuan"] == f"{want.actual.investment_yuan:.2f}"

    cells = core.coverage(programme, compounds, plans)
    coverage = ok(client.get(f"{WUHAI}/reports/coverage"))["rows"]
    assert [(r["category"], r["district"], r["covered"], r["in_scope"]) for r in coverage] == [
        (c.category.code, c.district, c.covered, c.in_scope) for c in cells
    ]

    # The summary, counted by the database from the verdicts it stores: compounds planned out of
    # scope and first-year compounds planned later are among its findings.
    summary = core.summarise(programme, compounds, plans)
    assert core.register_counts(programme, compounds, plans).findings > 0
    got = ok(client.get(f"{WUHAI}/reports/summary"))
    assert (
        got["compounds_registered"],
        got["compounds_in_scope"],
        got["compounds_planned"],
        got["compounds_first_year_required"],
        got["findings"],
    ) == (
        summary.registered,
        summary.in_scope,
        summary.planned,
        summary.first_year_required,
        summary.findings,
    )
    assert got["actual"]["compounds"] == summary.actual.compounds
    assert got["actual"]["households"] == summary.actual.households
    assert [(r["category"], r["covered"], r["in_scope"]) for r in got["coverage"]] == [
        (c.category.code, c.covered, c.in_scope) for c in summary.coverage
    ]


def test_findings_on_what_the_database_chooses_are_the_cores(
    client: TestClient[Any], database_url: str
) -> None:
    # Compounds in scope and out, planned in each year or not, assessed from good to critical
    # or not at all: plans out of scope, first-year compounds planned later, and compounds
    # planned after less urgent ones of their district (先急后缓).
    unassessed = {"基础设施状况": "", "管理状况": "", "安全隐患状况": "", "评估日期": ""}
    rows = [
        row(
            n,
            **{
                "建成年份": str(1990 + n % 25),
                "安全隐患状况": ("good", "fair", "poor", "critical", "poor")[n % 5],
                "改造年度": str(2022 + n % 3),
            }
            | (unassessed if n % 7 == 0 else {}),
        )
        if n % 4
        else row(n, 改造年度="", 改造内容="", 预计投资="")
        for n in range(1, 61)
    ]
    assert upload(client, csv_bytes([HEADER, *rows]))["report"]["written"]
    # A compound with two findings: built 2007 and planned, and a name recorded before the rule.
    store_legacy_name(database_url, "IMP-0017", "旧\u001b名")

    async def whole() -> tuple[list[core.Compound], list[core.RenovationPlan]]:
        async with sql_unit_of_work(database_url, CITY, datetime.date(2026, 12, 5)) as uow:
            return await uow.register.whole("wuhai-2022-2024")

    programme = wuhai().programme
    compounds, plans = asyncio.run(whole())
    register = core.check_register(programme, compounds, plans)
    schedule = core.check_schedule(programme, compounds, plans)
    assert {f.code for f in register} >= {"plan.compound_not_eligible", "plan.first_year_required"}
    assert [f.code for f in register if "IMP-0017" in f.location] == [
        "plan.compound_not_eligible",
        "compound.text",
    ]
    assert schedule

    got = ok(client.get(f"{WUHAI}/reports/consistency"))
    shown = ("code", "message", "location")
    assert got["register_total"] == len(register)
    assert got["register"] == [dict(zip(shown, attrs.astuple(f), strict=True)) for f in register]
    assert got["schedule_total"] == len(schedule)
    assert got["schedule"] == [dict(zip(shown, attrs.astuple(f), strict=True)) for f in schedule]

    # The first findings only: of the first compounds the database chooses, and how many in all.
    async def first(n: int) -> reports.Checks:
        async with sql_unit_of_work(database_url, CITY, datetime.date(2026, 12, 5)) as uow:
            return await reports.findings(uow, programme.code, first=n)

    split = next(n for n, f in enumerate(register) if f.code == "compound.text")  # IMP-0017's
    for n in (1, 5, split, len(register) - 1):
        checks = asyncio.run(first(n))
        assert (checks.register, checks.register_total) == (register[:n], len(register))


def _imported(
    client: TestClient[Any], rows: list[list[Any]]
) -> tuple[core.Programme, list[core.Compound], list[core.RenovationPlan]]:
    """Import ``rows`` into Wuhai; the programme and its whole register, as the export reads."""
    assert upload(client, csv_bytes([HEADER, *rows]))["report"]["written"]
    exported = client.get(f"{WUHAI}/exports/compounds.csv").content.decode("utf-8-sig")
    programme = wuhai().programme
    _, outcomes = Inventory(programme, today=datetime.date(2026, 12, 5)).open(
        csv.reader(io.StringIO(exported))
    )
    entries = [o for o in outcomes if isinstance(o, Entry)]
    return programme, [e.compound for e in entries], [e.plan for e in entries if e.plan]


def test_a_city_with_its_own_catalogue_and_one_with_none(client: TestClient[Any]) -> None:
    data = tomllib.loads(SECOND_CITY, parse_float=str)
    ok(client.post("/v1/programmes", json=data), 201)
    city = dataset_from_toml(SECOND_CITY)
    cells = core.coverage(city.programme, city.compounds, city.plans)
    got = ok(client.get("/v1/programmes/qinghe-2025-2026/reports/coverage"))["rows"]
    assert [(r["category"], r["district"], r["covered"], r["in_scope"]) for r in got] == [
        (c.category.code, c.district, c.covered, c.in_scope) for c in cells
    ]
    bare = {key: value for key, value in data.items() if key not in ("plans", "funding_plans")}
    bare["programme"] = data["programme"] | {"code": "bare-2025-2026", "catalogue": {"items": []}}
    ok(client.post("/v1/programmes", json=bare), 201)
    rows = ok(client.get("/v1/programmes/bare-2025-2026/reports/coverage"))["rows"]
    assert {r["covered"] for r in rows} == {0}
    assert sum(r["in_scope"] for r in rows if r["district"] is None) > 0


def test_a_table_publishing_buildings_and_leaving_investment_out(client: TestClient[Any]) -> None:
    """A published row with 楼栋数 and no investment loads as it is; target vs actual compares
    what it publishes, and its workbook gains the 楼栋数 column."""
    data = programme_file()
    first, second = data["programme"]["annual_targets"][:2]
    first["figures"]["buildings"] = 400
    del second["figures"]["investment_yuan"]
    ok(client.post("/v1/programmes", json=data), 201)
    at = "/v1/programmes/wuhai-copy/reports/target-vs-actual"
    rows = ok(client.get(at, params={"year": 2022}))["rows"]
    one, two = rows[0], rows[1]
    assert one["target"]["buildings"] == 400
    assert one["variance"]["buildings"] == one["actual"]["buildings"] - 400
    assert one["actual"]["buildings"] > 0
    assert (two["target"]["investment_yuan"], two["variance"]["investment_yuan"]) == (None, None)
    assert two["target"]["buildings"] is None
    sheet = workbook_sheets(client.get(f"{at}.xlsx", params={"year": 2022}))["2022年"]
    assert sheet[1][1:6] == ("数量", "楼栋数", "户数", "建筑面积/万平方米", "预计投资/亿元")
    assert sheet[2][2] == 400
    assert sheet[3][5] is None  # investment left out of the published row


def test_a_page_lists_what_the_caller_covers_filtered_and_ordered_as_the_core(
    database_url: str,
) -> None:
    """A page's statement is built once per shape of request, its values parameters: whoever
    asks (the city, a district's officer, a street's, a caller with no place), with or without
    filters, by code or by priority, from the start or after a position, the rows are the
    compounds the core's scope and order give, the same each time a shape is reused."""
    district = core.Principal(
        actor="key:d", role=core.Role.DISTRICT_OFFICER, districts=frozenset({"150303"})
    )
    nowhere = core.Principal(actor="key:u", role=core.Role.UTILITY_OPERATOR, organisation="水务")
    reference = wuhai()
    judged = {c.code: Registered.judged(reference.programme, c) for c in reference.compounds}
    wheres = [
        register.CompoundFilter(),
        register.CompoundFilter(district="150302", built_year_max=1995),
        register.CompoundFilter(eligible=True, priority=core.PriorityLevel.URGENT),
    ]

    def chosen(where: register.CompoundFilter, entry: Registered) -> bool:
        c, level = entry.compound, entry.priority.level if entry.priority else None
        return (
            where.district in (None, c.district)
            and (where.built_year_max is None or c.built_year <= where.built_year_max)
            and where.eligible in (None, entry.eligibility.eligible)
            and where.priority in (None, level)
        )

    def expected(by: core.Principal, where: register.CompoundFilter, ranked: bool) -> list[str]:
        order = core.rank_by_priority(reference.compounds) if ranked else reference.compounds
        codes = [
            c.code
            for c in order
            if by.covers(c.district, c.street) and chosen(where, judged[c.code])
        ]
        return codes if ranked else sorted(codes)

    async def listed(by: core.Principal, where: register.CompoundFilter, ranked: bool) -> list[str]:
        codes: list[str] = []
        after = None
        while True:
            async with sql_unit_of_work(database_url, by, datetime.date(2022, 6, 1)) as uow:
                page = await register.compounds(
                    uow, reference.programme.code, where, ranked, after, 7
                )
            codes += [stored.value.compound.code for stored in page]
            if len(page) < 7:
                return codes
            after = register.position(page[-1], ranked)

    for by in (CITY, district, STREET, nowhere):
        for where in wheres:
            for ranked in (False, True):
                found = asyncio.run(listed(by, where, ranked))
                assert found == expected(by, where, ranked), (by.role, where, ranked)
    # Not vacuous: every caller with a place sees some, and each filter leaves some.
    assert all(expected(by, wheres[0], False) for by in (CITY, district, STREET))
    assert all(expected(CITY, where, False) for where in wheres)


def test_a_region_bounds_what_the_database_selects_as_the_core_does(
    client: TestClient[Any], database_url: str
) -> None:
    """A programme listing a district outside its city (a finding of the consistency report,
    but loaded): an administrator or auditor bounded to the city selects none of that
    district's compounds, through the scope condition every summed report reads with, a page
    of the register, coverage's counts, the packages and the feed, as the core's ``covers``
    says; one bounded to the province, or to nothing, selects them all."""
    data = json.loads(json.dumps(programme_file()).replace("150303", "150402"))
    ok(client.post("/v1/programmes", json=data), 201)
    programme = data["programme"]["code"]
    dataset = core.dataset_from_mapping(data)
    planned = {p.compound: p.year for p in dataset.plans}
    inside, outside = (
        next(c for c in dataset.compounds if c.district == d and planned.get(c.code) == 2022)
        for d in ("150302", "150402")
    )
    base = f"/v1/programmes/{programme}"
    for compound in (inside, outside):
        ok(client.post(f"{base}/compounds/{compound.code}/projects", json=NEW_PROJECT), 201)
    both = [inside.code, outside.code]  # a package across the two cities
    ok(client.post(f"{base}/tender-packages", json=PACKAGE | {"compounds": both}), 201)
    caught_up(database_url)
    bounded = [
        core.Principal(actor="key:c", role=core.Role.CITY_ADMIN, region="150300"),
        core.Principal(actor="key:a", role=core.Role.AUDITOR, region="150300"),
    ]
    province = core.Principal(actor="key:p", role=core.Role.CITY_ADMIN, region="150000")

    async def selected(by: core.Principal) -> list[Any]:
        async with sql_unit_of_work(database_url, by, datetime.date(2022, 6, 1)) as uow:
            chosen = sa.select(tables.compounds.c.code).where(
                tables.compounds.c.programme_id == await uow.ids(programme),
                *storage_register.within(by),
            )
            where = register.CompoundFilter()
            page = await register.compounds(uow, programme, where, False, None, 500)
            in_scope, _ = await uow.register.coverage_counts(
                programme, dataset.programme.catalogue, seen=Seen(by=by)
            )
            packages = await delivery.packages(uow, programme, None, None, 10)
            feed = await events.feed(uow, FeedFilter(programme=programme), None, 500)
            checks = await reports.findings(uow, programme)
            return [
                sorted(await uow.conn.scalars(chosen)),
                [stored.value.compound.code for stored in page],
                in_scope,
                [stored.value.code for stored in packages],
                (
                    "150402" in {event.district for event in feed.events},
                    any(outside.code in json.dumps(event.data) for event in feed.events),
                ),
                (checks.register, checks.schedule),
            ]

    for by in (*bounded, province, CITY, STREET):
        seen = [c for c in dataset.compounds if by.covers(c.district, c.street)]
        codes = sorted(c.code for c in seen)
        eligible = Counter(c.district for c in core.in_scope(dataset.programme, seen))
        sees = [by.covers(c.district, c.street) for c in (inside, outside)]
        package = [PACKAGE["code"]] if all(sees) else []
        plans = [p for p in dataset.plans if p.compound in codes]
        checks = (
            core.check_register(dataset.programme, seen, plans),
            core.check_schedule(dataset.programme, seen, plans),
        )
        expected = [codes, codes, eligible, package, (sees[1], sees[1]), checks]
        assert asyncio.run(selected(by)) == expected, by
    # Not vacuous: the district outside the city has compounds, which only the bounded miss,
    # and findings on them.
    found = core.check_schedule(dataset.programme, dataset.compounds, dataset.plans)
    assert any(f.location.startswith("compounds[150402-") for f in found)
    assert [by.covers("150402", "") for by in (*bounded, province, CITY)] == [
        False,
        False,
        True,
        True,
    ]
