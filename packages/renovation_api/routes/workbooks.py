"""The oversight reports as XLSX and CSV, laid out as the published plan lays out its figures:
districts as rows under Chinese headers, the figures as columns, the total last. Each sheet is
drawn from the very figures the JSON report returns, so the two cannot disagree."""

from decimal import Decimal
from typing import Annotated, Any

from litestar import Controller, Request
from litestar.params import Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.downloads import Tables, downloads
from renovation_api.fields import RATE_QUANTUM
from renovation_api.guards import principal
from renovation_api.routes.common import ProgrammeCode, YearFilter
from renovation_api.services import oversight
from renovation_api.shapes.oversight import (
    MONTH,
    AsOf,
    AssessmentYear,
    ProgressOut,
    month_at,
    month_shown,
    show_assessment,
)
from renovation_api.shapes.reports import GAP, FigureColumns
from renovation_api.workbook import Sheet
from renovation_core.oversight import Progress, Tracking
from renovation_core.units import round_fraction, to_yi_yuan

MonthQuery = Annotated[str, Parameter(**MONTH, description="The month, YYYY-MM.")]
TOTAL = "合计"
_PROGRESS_HEADERS = (
    "计划小区/个",
    "计划户数/户",
    "开工小区/个",
    "开工户数/户",
    "完工小区/个",
    "完工户数/户",
    "开工率(小区)",
    "开工率(户数)",
    "完工率(小区)",
    "完工率(户数)",
    "完成投资/元",
)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _points(share: str | None) -> Decimal | None:
    """Satisfaction as the survey results show it: out of 100."""
    return None if share is None else (100 * Decimal(share)).normalize()


def _share(value: Any) -> Decimal | None:
    return None if value is None else round_fraction(value, RATE_QUANTUM)


def _progress(p: ProgressOut) -> tuple[Any, ...]:
    return (
        p.compounds_planned,
        p.households_planned,
        p.compounds_started,
        p.households_started,
        p.compounds_completed,
        p.households_completed,
        _decimal(p.start_rate_compounds),
        _decimal(p.start_rate_households),
        _decimal(p.completion_rate_compounds),
        _decimal(p.completion_rate_households),
        Decimal(p.investment_completed_yuan),
    )


def _tracking(t: Tracking) -> tuple[Any, ...]:
    return (
        t.delivered.compounds_started,
        t.delivered.compounds_completed,
        t.delivered.households_completed,
        to_yi_yuan(t.delivered.investment_completed_yuan),
        _share(t.compounds_started),
        _share(t.compounds_completed),
        _share(t.households_completed),
        _share(t.investment_completed),
    )


async def monthly_sheets(
    request: Request[Any, Any, Any], programme: ProgrammeCode, month: MonthQuery
) -> Tables:
    found = month_shown(
        await runner.query(
            request,
            lambda uow: oversight.month_across(uow, programme, month_at(month)),
            today(),
        )
    )
    year, number = found.month.split("-")
    changes = ("本月新开工小区/个", "本月新完工小区/个", "本月完成投资/元")
    rows: list[tuple[Any, ...]] = [
        (
            d.name,
            *_progress(d.progress),
            d.change.compounds_started,
            d.change.compounds_completed,
            Decimal(d.change.investment_completed_yuan),
            d.status.label,
            d.report.submitted_on if d.report else None,
        )
        for d in found.districts
    ]
    if found.city is not None and found.city_change is not None:
        change = found.city_change
        rows.append(
            (
                TOTAL,
                *_progress(found.city),
                change.compounds_started,
                change.compounds_completed,
                Decimal(change.investment_completed_yuan),
                None,
                None,
            )
        )
    sheet = Sheet(
        title=f"{year}年{int(number)}月",
        headers=("各区", *_PROGRESS_HEADERS, *changes, "报送情况", "报送日期"),
        rows=rows,
    )
    return Tables(sheets=[sheet], name=f"monthly-{programme}-{found.month}")


async def contracts_sheets(
    request: Request[Any, Any, Any], programme: ProgrammeCode, year: YearFilter = None
) -> Tables:
    day = today()
    found, stored = await runner.query(
        request, lambda uow: oversight.contracts(uow, programme, year), day
    )
    tracked = [(s.value.contract, s.value.delivered) for s in stored]
    names = {d.code: d.name for d in found.districts}
    city_wide = principal(request).city_wide
    delivered = ("开工小区/个", "完工小区/个", "完工户数/户", "完成投资/亿元")
    columns = FigureColumns.of(found)
    shares = ("开工比例", "完工比例(小区)", "完工比例(户数)", "投资完成比例")

    def sheet(at: int) -> Sheet:
        mine = [(c, p) for c, p in tracked if c.year == at]
        total = Tracking(
            targets=core.Figures.total(c.targets for c, _ in mine),
            delivered=sum((p for _, p in mine), Progress()),
        )
        return Sheet(
            title=f"{at}年",
            caption=(
                "各区",
                "目标任务",
                *columns.gap,
                f"完成情况(截至{day})",
                *GAP,
                "完成比例",
                *GAP,
            ),
            headers=(None, *columns.headers, *delivered, *shares, "签订日期"),
            rows=[
                *(
                    (
                        names.get(c.district, c.district),
                        *columns.cells(c.targets),
                        *_tracking(c.track(p)),
                        c.signed_on,
                    )
                    for c, p in mine
                ),
                *(
                    [(TOTAL, *columns.cells(total.targets), *_tracking(total), None)]
                    if city_wide
                    else []
                ),
            ],
        )

    # A sheet for each year with contracts and for the year asked; with neither, for each year
    # of the programme (a workbook has at least one sheet).
    years = sorted({c.year for c, _ in tracked} | ({year} if year else set())) or list(found.years)
    return Tables(sheets=[sheet(at) for at in years], name=f"contracts-{programme}")


async def assessment_sheets(
    request: Request[Any, Any, Any], programme: ProgrammeCode, year: AssessmentYear
) -> Tables:
    made = show_assessment(
        await runner.query(request, lambda uow: oversight.assessment(uow, programme, year))
    )
    districts = made.districts
    total = (
        TOTAL,
        *(None,) * 6,
        sum(d.facts.task_volume for d in districts),
        *(None,) * 5,
        *(
            sum((Decimal(getattr(d.allocation, part)) for d in districts), Decimal(0))
            for part in ("by_volume_yuan", "by_score_yuan", "total_yuan")
        ),
    )
    money = ("按任务量分配/元", "按绩效分配/元", "奖补资金/元")
    sheet = Sheet(
        title=f"{year}年考核",
        caption=(
            "各区",
            "考核指标",
            *GAP,
            None,
            None,
            "得分",
            *GAP,
            None,
            "以奖代补",
            None,
            None,
        ),
        headers=(
            None,
            "前期手续按期办结率",
            "按期招标率",
            "开工率",
            "一次验收合格率",
            "物业管理覆盖率",
            "居民满意度/分",
            "任务量/个",
            "前期准备",
            "建设进度",
            "竣工验收",
            "长效管理",
            "总分",
            *money,
        ),
        rows=[
            *(
                (
                    d.name,
                    _decimal(d.facts.approved_on_time),
                    _decimal(d.facts.tendered_on_time),
                    _decimal(d.facts.start_rate),
                    _decimal(d.facts.acceptance_pass_rate),
                    _decimal(d.facts.management_coverage),
                    _points(d.facts.satisfaction),
                    d.facts.task_volume,
                    Decimal(d.score.preparation),
                    Decimal(d.score.progress),
                    Decimal(d.score.acceptance),
                    Decimal(d.score.management),
                    Decimal(d.score.total),
                    Decimal(d.allocation.by_volume_yuan),
                    Decimal(d.allocation.by_score_yuan),
                    Decimal(d.allocation.total_yuan),
                )
                for d in districts
            ),
            *([total] if principal(request).city_wide else []),
        ],
    )
    return Tables(sheets=[sheet], name=f"assessment-{programme}-{year}")


async def management_coverage_sheets(
    request: Request[Any, Any, Any], programme: ProgrammeCode, as_of: AsOf = None
) -> Tables:
    day = as_of or today()
    found, rows = await runner.query(request, lambda uow: oversight.coverage(uow, programme, day))
    names = {d.code: d.name for d in found.districts}
    sheet = Sheet(
        title=f"物业管理覆盖({day})",
        headers=(
            "各区",
            "已改造小区/个",
            "已建立管理模式/个",
            "覆盖率",
            "未覆盖小区",
            "已建立维修资金/个",
            "维修资金覆盖率",
        ),
        rows=[
            (
                names[r.district] if r.district else TOTAL,
                r.renovated,
                r.managed,
                _share(r.share),
                "、".join(r.without),
                r.funded,
                _share(r.fund_share),
            )
            for r in rows
        ],
    )
    return Tables(sheets=[sheet], name=f"management-coverage-{programme}-{day}")


class OversightWorkbookController(Controller):
    path = "/v1/programmes/{programme:str}/reports"
    tags = ("oversight",)

    monthly_xlsx, monthly_csv = downloads(
        "monthly",
        operation_id="exportMonth",
        what="a month's progress",
        description="The districts the caller answers for as rows (the city's total last, "
        "for city-wide callers): the month's figures, the change since the month before and "
        "whether each district reported.",
        permission=core.Permission.READ_REGISTER,
        problems=(400, 404, 403),
    )(monthly_sheets)

    contracts_xlsx, contracts_csv = downloads(
        "contracts",
        operation_id="exportContracts",
        what="the responsibility contracts",
        description="A sheet per year: the districts the caller answers for as rows, the "
        "total last (for city-wide callers); the contract's four targets (万平方米, 亿元), "
        "what was delivered as of today, the shares of the targets, and the day it was signed. "
        "A year outside the programme is refused (422 at $.year).",
        permission=core.Permission.READ_REGISTER,
        problems=(400, 404, 422, 403),
    )(contracts_sheets)

    assessment_xlsx, assessment_csv = downloads(
        "assessment",
        operation_id="exportAssessment",
        what="a year's assessment",
        description="The districts the caller answers for as rows, the total last (for "
        "city-wide callers): the measured facts (satisfaction out of 100), the points of each "
        "dimension and in all, and the reward allocated by task volume, by score and in all.",
        permission=core.Permission.READ_REGISTER,
        problems=(400, 404, 403),
    )(assessment_sheets)

    management_coverage_xlsx, management_coverage_csv = downloads(
        "management-coverage",
        operation_id="exportManagementCoverage",
        what="management coverage",
        description="The districts the caller answers for as rows, the city's total last "
        "(city-wide callers): renovated compounds, those with a property-management mode, the "
        "share, and the codes of those without one.",
        permission=core.Permission.READ_REGISTER,
        problems=(400, 404, 403),
    )(management_coverage_sheets)
