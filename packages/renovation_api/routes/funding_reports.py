"""The programme's money: fundings by status, supervision flags, and the funding reports, each
within the caller's scope, as JSON and as an XLSX workbook for finance and audit offices."""

import datetime
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, get
from litestar.params import Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.downloads import Tables, downloads
from renovation_api.fields import Code, DistrictCode, Money, Name, SignedMoney, Year, YiYuan
from renovation_api.fields import text as decimal_text
from renovation_api.guards import needs
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    CursorParam,
    DistrictFilter,
    PageSize,
    ProgrammeCode,
    YearFilter,
    page,
    tokens,
)
from renovation_api.services import funding
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.funding import FlagOut, flag_out
from renovation_api.workbook import Sheet
from renovation_core.funding import Flag, FlagKind, Funding, FundingSource, FundingStatus
from renovation_core.units import to_yi_yuan
from renovation_core.validators import MAX_COUNT, MAX_DISTRICTS, MAX_PROGRAMME_YEARS


class FundingSummary(msgspec.Struct, kw_only=True):
    """A compound's funding at a glance: ``approved_yuan`` is the version in force, if any."""

    compound: Code
    district: DistrictCode
    year: Year
    status: FundingStatus
    total_yuan: Money
    approved_yuan: Money | None


class FundingPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[FundingSummary], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class FlagRow(FlagOut, kw_only=True):
    district: DistrictCode


class FlagCountOut(msgspec.Struct, kw_only=True):
    """How many flags of a kind a district has, and their amount; ``district`` null is the
    whole city (within the caller's scope)."""

    district: DistrictCode | None
    kind: FlagKind
    count: Annotated[int, msgspec.Meta(ge=1, le=MAX_COUNT)]
    amount_yuan: Money


class FlagPage(msgspec.Struct, kw_only=True):
    """A page of flags, and the counts of all of them by district and for the city."""

    totals: Annotated[
        list[FlagCountOut], msgspec.Meta(max_length=(MAX_DISTRICTS + 1) * len(FlagKind))
    ]
    items: Annotated[list[FlagRow], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class SourceRowOut(msgspec.Struct, kw_only=True):
    """One source's money in a year and district (``district`` null: the whole city)."""

    year: Year
    district: DistrictCode | None
    district_name: Name
    source: FundingSource
    planned_yuan: Money
    approved_yuan: Money
    disbursed_yuan: Money


class InvestmentRowOut(msgspec.Struct, kw_only=True):
    """A year × district of the published plan (``district`` null: the year's total) beside the
    money: planned by the funding plans, approved, and disbursed (investment completed).
    ``variance_yuan`` is planned − published: zero where the funding plans reproduce the plan.
    A caller who sees only some streets of a district gets its part with no published figure."""

    year: Year
    district: DistrictCode | None
    district_name: Name
    published_yuan: Money | None
    published_yi_yuan: YiYuan | None
    planned_yuan: Money
    planned_yi_yuan: YiYuan
    approved_yuan: Money
    disbursed_yuan: Money
    completed_yi_yuan: YiYuan
    variance_yuan: SignedMoney | None


class FundingReport(msgspec.Struct, kw_only=True):
    programme: Code
    by_source: Annotated[
        list[SourceRowOut],
        msgspec.Meta(max_length=MAX_PROGRAMME_YEARS * (MAX_DISTRICTS + 1) * len(FundingSource)),
    ]
    investment: Annotated[
        list[InvestmentRowOut],
        msgspec.Meta(max_length=MAX_PROGRAMME_YEARS * (MAX_DISTRICTS + 1)),
    ]


def _names(programme: core.Programme) -> dict[str | None, str]:
    return {None: programme.city.name, **{d.code: d.name for d in programme.districts}}


def sources_out(figures: funding.FundingFigures) -> list[SourceRowOut]:
    names = _names(figures.programme)
    return [
        SourceRowOut(
            year=r.year,
            district=r.district,
            district_name=names[r.district],
            source=r.source,
            planned_yuan=decimal_text(r.amounts.planned_yuan),
            approved_yuan=decimal_text(r.amounts.approved_yuan),
            disbursed_yuan=decimal_text(r.amounts.disbursed_yuan),
        )
        for r in figures.by_source
    ]


def investment_out(figures: funding.FundingFigures) -> list[InvestmentRowOut]:
    names = _names(figures.programme)
    return [
        InvestmentRowOut(
            year=r.year,
            district=r.district,
            district_name=names[r.district] if r.district else "总计",
            published_yuan=None if r.published_yuan is None else decimal_text(r.published_yuan),
            published_yi_yuan=None
            if r.published_yuan is None
            else decimal_text(to_yi_yuan(r.published_yuan)),
            planned_yuan=decimal_text(r.amounts.planned_yuan),
            planned_yi_yuan=decimal_text(to_yi_yuan(r.amounts.planned_yuan)),
            approved_yuan=decimal_text(r.amounts.approved_yuan),
            disbursed_yuan=decimal_text(r.amounts.disbursed_yuan),
            completed_yi_yuan=decimal_text(to_yi_yuan(r.amounts.disbursed_yuan)),
            variance_yuan=None if r.variance_yuan is None else decimal_text(r.variance_yuan),
        )
        for r in figures.investment
    ]


def summary(stored: Stored[Funding]) -> FundingSummary:
    found = stored.value
    assert stored.place is not None  # a funding is read with its compound's place
    return FundingSummary(
        compound=found.plan.compound,
        district=stored.place.district,
        year=found.plan.year,
        status=found.status,
        total_yuan=decimal_text(found.plan.total_yuan),
        approved_yuan=None if found.approved is None else decimal_text(found.approved.total_yuan),
    )


def _numbered(flags: Iterable[tuple[str, Flag]]) -> list[tuple[int, str, Flag]]:
    """Each flag with its place among its compound's, in the core's order: what tells it
    apart from the others."""
    seen: Counter[tuple[str, int]] = Counter()
    numbered = []
    for district, flag in flags:
        seen[flag.compound, flag.year] += 1
        numbered.append((seen[flag.compound, flag.year], district, flag))
    return numbered


def flag_row(district: str, flag: Flag, today: datetime.date) -> FlagRow:
    return FlagRow(**msgspec.structs.asdict(flag_out(flag, today)), district=district)


async def funding_sheets(
    request: Request[Any, Any, Any], programme: ProgrammeCode, year: YearFilter = None
) -> Tables:
    figures = await runner.query(
        request, lambda uow: funding.report(uow, programme, year, with_flags=True)
    )
    names = _names(figures.programme)
    sources = sources_out(figures)
    investment = investment_out(figures)
    assert figures.as_of is not None  # read with its flags
    flags = [flag_row(district, flag, figures.as_of) for district, flag in figures.flags]
    return Tables(
        sheets=[
            Sheet(
                title="资金来源",
                headers=("年度", "区", "资金来源", "计划（元）", "批复（元）", "拨付（元）"),
                rows=[
                    (
                        r.year,
                        r.district_name,
                        r.source.label,
                        Decimal(r.planned_yuan),
                        Decimal(r.approved_yuan),
                        Decimal(r.disbursed_yuan),
                    )
                    for r in sources
                ],
            ),
            Sheet(
                title="投资完成",
                headers=(
                    "年度",
                    "区",
                    "计划投资（元）",
                    "资金计划（元）",
                    "批复（元）",
                    "完成投资（元）",
                    "差额（元）",
                ),
                rows=[
                    (
                        r.year,
                        r.district_name,
                        None if r.published_yuan is None else Decimal(r.published_yuan),
                        Decimal(r.planned_yuan),
                        Decimal(r.approved_yuan),
                        Decimal(r.disbursed_yuan),
                        None if r.variance_yuan is None else Decimal(r.variance_yuan),
                    )
                    for r in investment
                ],
            ),
            Sheet(
                title="监管预警",
                headers=(
                    "小区",
                    "区",
                    "年度",
                    "类型",
                    "金额（元）",
                    "资金行",
                    "分录",
                    "说明",
                    "发现日期",
                    "处理日期",
                    "处理情况",
                    "持续天数",
                ),
                rows=[
                    (
                        f.compound,
                        names[f.district],
                        f.year,
                        f.kind.label,
                        Decimal(f.amount_yuan),
                        f.line,
                        f.entry,
                        f.message,
                        f.raised_on,
                        f.response.on if f.response else None,
                        f"{f.response.by}：{f.response.action}" if f.response else None,
                        f.open_days,
                    )
                    for f in flags
                ],
            ),
        ],
        name=f"{programme}-funding{'-' + str(year) if year else ''}",
    )


class FundingReportController(Controller):
    path = "/v1/programmes/{programme:str}"
    tags = ("funding",)

    @get(
        "/fundings",
        operation_id="listFundings",
        opt=needs(core.Permission.READ_FUNDING),
        summary="List fundings",
        description="The compounds' funding plans within the caller's scope, by compound: a "
        "finance or housing bureau asks for status=submitted to see what awaits its review.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_fundings(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        year: YearFilter = None,
        status: Annotated[FundingStatus | None, Parameter(required=False)] = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> FundingPage:
        query = f"fundings/{programme}/{district}/{year}/{status}"
        cursors = tokens(request)
        position = cursors.position(cursor, query)
        after = str(position[0]) if position else None
        found = await runner.query(
            request,
            lambda uow: funding.fundings(
                uow,
                programme,
                district=district,
                year=year,
                status=status,
                after=after,
                limit=page_size + 1,
            ),
        )
        items = [summary(stored) for stored in found[:page_size]]
        more = len(found) > page_size
        return FundingPage(
            items=items,
            next_cursor=cursors.issue(query, [items[-1].compound]) if more else None,
        )

    @get(
        "/funding-flags",
        operation_id="listFundingFlags",
        opt=needs(core.Permission.READ_FUNDING),
        summary="Fund supervision flags",
        description="What the record shows went wrong with the money, derived (never stored) "
        "from the funding plans, the ledgers and the projects within the caller's scope: a "
        "line paid beyond its approved amount, a payment for an item its line does not fund "
        "(专款专用), a payment dated before the budget's approval, and works let (tendered "
        "or later) with part of the budget unfunded. With counts and amounts by district and "
        "for the city.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_flags(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        year: YearFilter = None,
        kind: Annotated[FlagKind | None, Parameter(required=False)] = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> FlagPage:
        flags = await runner.query(
            request, lambda uow: funding.flags(uow, programme, district, year, kind)
        )
        items, next_cursor = page(
            request,
            _numbered(flags.flags),
            f"funding-flags/{programme}/{district}/{year}/{kind}",
            cursor,
            page_size,
            lambda row: flag_row(row[1], row[2], flags.as_of),
            lambda row: (row[2].compound, row[2].year, row[0]),
        )
        totals = [
            FlagCountOut(
                district=c.district,
                kind=c.kind,
                count=c.count,
                amount_yuan=decimal_text(c.amount_yuan),
            )
            for c in flags.totals
        ]
        return FlagPage(totals=totals, items=items, next_cursor=next_cursor)

    @get(
        "/reports/funding",
        operation_id="getFundingReport",
        opt=needs(core.Permission.READ_FUNDING),
        summary="Funding by source, and investment against the plan",
        description="Money by source × district × year, planned (the funding plans as they "
        "stand), approved (the versions in force) and disbursed (the ledgers, net of "
        "reversals); and per year × district the published plan's investment beside the "
        "money, with investment completed (disbursed) in 亿元. Within the caller's scope: "
        "the city's rows only for the city-wide roles. "
        "A year outside the programme is refused (422 at $.year).",
        responses=problem_responses(400, 404, 422, 403),
    )
    async def funding_report(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, year: YearFilter = None
    ) -> FundingReport:
        figures = await runner.query(request, lambda uow: funding.report(uow, programme, year))
        return FundingReport(
            programme=programme,
            by_source=sources_out(figures),
            investment=investment_out(figures),
        )

    funding_xlsx, funding_csv = downloads(
        "reports/funding",
        operation_id="exportFundingReport",
        what="the funding report",
        description="The funding report and every supervision flag in three sheets: 资金来源 "
        "(by source), 投资完成 (investment against the plan) and 监管预警 (flags). Amounts are "
        "exact decimals in yuan, formatted to the fen. "
        "A year outside the programme is refused (422 at $.year).",
        permission=core.Permission.READ_FUNDING,
        problems=(400, 404, 422, 403),
    )(funding_sheets)
