"""Reports: coverage, target vs actual, the programme summary and consistency findings.

Every figure follows the core's rules: target vs actual and coverage from sums the database makes
(one GROUP BY each, laid out by the core), the others computed by the core from the stored
register. The reports carry the exact base units (m², yuan) beside the published display units
(万m², 亿元) and published percentages.
"""

from decimal import Decimal
from typing import Any

from litestar import Controller, Request, get

import renovation_core as core
from renovation_api import runner
from renovation_api.downloads import Tables, downloads
from renovation_api.fields import maybe
from renovation_api.guards import needs
from renovation_api.problems import problem_responses
from renovation_api.routes.common import ProgrammeCode, YearFilter
from renovation_api.services import reports
from renovation_api.shapes.reports import (
    MAX_FINDINGS,
    ConsistencyReport,
    CoverageReport,
    CoverageRow,
    SummaryReport,
    TargetVsActualReport,
    TargetVsActualRow,
    comparison_sheets,
    coverage_rows,
    figures_out,
    findings_out,
    variance_out,
)
from renovation_api.workbook import Sheet


async def _comparisons(
    request: Request[Any, Any, Any], programme: str, year: int | None
) -> tuple[core.Programme, list[core.TargetComparison]]:
    return await runner.query(request, lambda uow: reports.target_vs_actual(uow, programme, year))


async def target_vs_actual_sheets(
    request: Request[Any, Any, Any], programme: ProgrammeCode, year: YearFilter = None
) -> Tables:
    found, comparisons = await _comparisons(request, programme, year)
    return Tables(
        sheets=comparison_sheets(found, comparisons, year, "实际"),
        name=f"target-vs-actual-{programme}",
    )


async def _coverage(request: Request[Any, Any, Any], programme: str) -> CoverageReport:
    found, cells = await runner.query(request, lambda uow: reports.coverage(uow, programme))
    return CoverageReport(programme=programme, rows=coverage_rows(found, cells))


_COVERAGE_HEADERS = (
    "类别",
    "各区",
    "已覆盖小区/个",
    "范围内小区/个",
    "覆盖率/%",
    "目标覆盖率",
    "目标小区/个",
)


def _coverage_sheet(title: str, rows: list[CoverageRow]) -> Sheet:
    return Sheet(
        title=title,
        headers=_COVERAGE_HEADERS,
        rows=[
            (
                r.category_label,
                r.district_name,
                r.covered,
                r.in_scope,
                None if r.percent is None else int(r.percent),
                None if r.target_rate is None else Decimal(r.target_rate),
                r.target_compounds,
            )
            for r in rows
        ],
    )


async def coverage_sheets(request: Request[Any, Any, Any], programme: ProgrammeCode) -> Tables:
    report = await _coverage(request, programme)
    return Tables(sheets=[_coverage_sheet("覆盖率", report.rows)], name=f"coverage-{programme}")


async def _summary(request: Request[Any, Any, Any], programme: str) -> SummaryReport:
    found, summary = await runner.query(request, lambda uow: reports.summary(uow, programme))
    return SummaryReport(
        programme=programme,
        compounds_registered=summary.registered,
        compounds_in_scope=summary.in_scope,
        compounds_planned=summary.planned,
        compounds_first_year_required=summary.first_year_required,
        target=maybe(figures_out, summary.target),
        actual=figures_out(summary.actual),
        coverage=coverage_rows(found, summary.coverage),
        findings=summary.findings,
    )


def _number(value: int | str | None) -> int | Decimal | None:
    """A figure as the JSON gives it (a decimal as text) for a sheet's cell."""
    return Decimal(value) if isinstance(value, str) else value


async def summary_sheets(request: Request[Any, Any, Any], programme: ProgrammeCode) -> Tables:
    report = await _summary(request, programme)
    actual, target = report.actual, report.target
    planned: tuple[int | str | None, ...] = (
        (None,) * 4
        if target is None
        else (
            target.compounds,
            target.households,
            target.floor_area_wan_m2,
            target.investment_yi_yuan,
        )
    )
    held: tuple[int | str | None, ...] = (
        actual.compounds,
        actual.households,
        actual.floor_area_wan_m2,
        actual.investment_yi_yuan,
    )
    labels = ("改造小区/个", "户数/户", "建筑面积/万平方米", "投资/亿元")
    return Tables(
        sheets=[
            Sheet(
                title="概况",
                headers=("项目", "计划目标", "台账"),
                rows=[
                    ("登记小区/个", None, report.compounds_registered),
                    ("纳入改造范围小区/个", None, report.compounds_in_scope),
                    ("已有改造计划小区/个", None, report.compounds_planned),
                    ("须首年改造小区/个", None, report.compounds_first_year_required),
                    *(
                        (label, _number(p), _number(h))
                        for label, p, h in zip(labels, planned, held, strict=True)
                    ),
                    ("核对发现/条", None, report.findings),
                ],
            ),
            _coverage_sheet("覆盖率", report.coverage),
        ],
        name=f"summary-{programme}",
    )


async def consistency_sheets(request: Request[Any, Any, Any], programme: ProgrammeCode) -> Tables:
    found = await runner.query(request, lambda uow: reports.findings(uow, programme))
    return Tables(
        sheets=[
            Sheet(
                title=title,
                headers=("代码", "说明", "位置"),
                rows=[(f.code, f.message, f.location) for f in findings],
            )
            for title, findings in (
                ("目标核对", found.targets),
                ("台账核对", found.register),
                ("先急后缓", found.schedule),
                ("说明", found.explained),
            )
        ],
        name=f"consistency-{programme}",
    )


class ReportController(Controller):
    path = "/v1/programmes/{programme:str}/reports"
    tags = ("reports",)

    @get(
        "/target-vs-actual",
        operation_id="getTargetVsActual",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="Target vs actual by year × district",
        description="The published annual plan beside the plan the compound records make, with "
        "the variance (null where the plan leaves a figure out); in m² and yuan and in 万m² and "
        "亿元. "
        "A year outside the programme is refused (422 at $.year).",
        responses=problem_responses(400, 404, 422),
    )
    async def target_vs_actual(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        year: YearFilter = None,
    ) -> TargetVsActualReport:
        found, comparisons = await _comparisons(request, programme, year)
        names = {d.code: d.name for d in found.districts}
        rows = [
            TargetVsActualRow(
                year=c.year,
                district=c.district,
                district_name=names[c.district] if c.district else "总计",
                target=None if c.target is None else figures_out(c.target),
                actual=figures_out(c.actual),
                variance=None if c.variance is None else variance_out(c.variance),
            )
            for c in comparisons
        ]
        return TargetVsActualReport(programme=programme, rows=rows)

    target_vs_actual_xlsx, target_vs_actual_csv = downloads(
        "target-vs-actual",
        operation_id="exportTargetVsActual",
        what="target vs actual",
        description="A sheet per year laid out as the published plan lays out its figures: "
        "districts as rows and the total last; the four figures (compounds, households, floor "
        "area in 万平方米, investment in 亿元; and buildings after compounds where the plan "
        "publishes them) under 改造计划 (the published target), then under 实际 (the compound "
        "records) and 差异 (actual − target). "
        "A year outside the programme is refused (422 at $.year).",
        permission=core.Permission.READ_PUBLISHED,
        problems=(400, 404, 422),
    )(target_vs_actual_sheets)

    @get(
        "/coverage",
        operation_id="getCoverage",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="Coverage by category × district",
        description="Compounds whose plan holds an item of each category over the compounds in "
        "scope (覆盖率), per district and for the city, beside the targets.",
        responses=problem_responses(400, 404),
    )
    async def coverage(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode
    ) -> CoverageReport:
        return await _coverage(request, programme)

    coverage_xlsx, coverage_csv = downloads(
        "coverage",
        operation_id="exportCoverage",
        what="coverage",
        description="Each category's districts as rows, the city last: compounds covered, "
        "compounds in scope, the rate in percent and the published target.",
        permission=core.Permission.READ_PUBLISHED,
    )(coverage_sheets)

    @get(
        "/summary",
        operation_id="getSummary",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="Programme summary",
        description="The programme at a glance: scope, planned, the totals against the "
        "published target, city-wide coverage and how many findings the checks raise.",
        responses=problem_responses(400, 404),
    )
    async def summary(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode
    ) -> SummaryReport:
        return await _summary(request, programme)

    summary_xlsx, summary_csv = downloads(
        "summary",
        operation_id="exportSummary",
        what="the programme summary",
        description="Two sheets: 概况 (the counts, the published total beside the register's, "
        "in 万平方米 and 亿元, and the findings) and 覆盖率 (the city's coverage by category).",
        permission=core.Permission.READ_PUBLISHED,
    )(summary_sheets)

    @get(
        "/consistency",
        operation_id="getConsistency",
        opt=needs(core.Permission.READ_FINDINGS),
        summary="Consistency findings",
        description="Targets that do not add up, coverage counts that do not match their "
        "published rates, register entries that break the programme's rules, compounds planned "
        "after less urgent ones of their district (schedule, 先急后缓); and, apart "
        "(explained), differences the programme itself accounts for: a year whose table "
        "publishes some districts' rows only (partial_annual_rows) is explained, not flagged, "
        "where its rows stay within its total.",
        responses=problem_responses(400, 404, 403),
    )
    async def consistency(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode
    ) -> ConsistencyReport:
        found = await runner.query(
            request, lambda uow: reports.findings(uow, programme, first=MAX_FINDINGS)
        )
        return ConsistencyReport(
            programme=programme,
            targets=findings_out(found.targets),
            targets_total=len(found.targets),
            register=findings_out(found.register),
            register_total=found.register_total,
            schedule=findings_out(found.schedule),
            schedule_total=len(found.schedule),
            explained=findings_out(found.explained),
        )

    consistency_xlsx, consistency_csv = downloads(
        "consistency",
        operation_id="exportConsistency",
        what="the consistency findings",
        description="Every finding, not only the first ones: a sheet for the targets, one "
        "for the register, and one (说明) for what the programme says that explains a "
        "difference (a partial table), each finding's code, sentence and place.",
        permission=core.Permission.READ_FINDINGS,
        problems=(400, 404, 403),
    )(consistency_sheets)
