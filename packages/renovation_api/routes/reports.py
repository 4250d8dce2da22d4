"""Reports: coverage, target vs actual, the programme summary and consistency findings.

Every figure follows the core's rules: target vs actual and coverage from sums the database makes
(one GROUP BY each, laid out by the core), the others computed by the core from the stored
register. The reports carry the exact base units (m², yuan) beside the published display units
(万m², 亿元) and published percentages.
"""

from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, get

import renovation_core as core
from renovation_api.downloads import Tables, downloads
from renovation_api.fields import (
    Area,
    Code,
    Count,
    DistrictCode,
    Label,
    Money,
    Name,
    Note,
    Rate,
    SignedArea,
    SignedMoney,
    WanM2,
    Year,
    YiYuan,
    optional_rate,
    text,
)
from renovation_api.guards import needs
from renovation_api.problems import problem_responses
from renovation_api.routes.common import ProgrammeCode, YearFilter, require_programme, snapshot
from renovation_api.storage import register
from renovation_api.workbook import Sheet
from renovation_core.units import to_wan_m2, to_yi_yuan
from renovation_core.validators import MAX_COUNT, MAX_DISTRICTS, MAX_PROGRAMME_YEARS

PERCENT = Decimal("0.01")
MAX_FINDINGS = 1000
SignedCount = Annotated[int, msgspec.Meta(ge=-MAX_COUNT, le=MAX_COUNT)]


class FiguresOut(msgspec.Struct, kw_only=True):
    """The four figures of a plan row, exact and as the plan prints them."""

    compounds: Count
    households: Count
    floor_area_m2: Area
    floor_area_wan_m2: WanM2
    investment_yuan: Money
    investment_yi_yuan: YiYuan


class VarianceOut(msgspec.Struct, kw_only=True):
    """actual − target."""

    compounds: SignedCount
    households: SignedCount
    floor_area_m2: SignedArea
    floor_area_wan_m2: WanM2
    investment_yuan: SignedMoney
    investment_yi_yuan: YiYuan


class TargetVsActualRow(msgspec.Struct, kw_only=True):
    year: Year
    district: DistrictCode | None
    district_name: Name
    target: FiguresOut | None
    actual: FiguresOut
    variance: VarianceOut | None


class TargetVsActualReport(msgspec.Struct, kw_only=True):
    """The plan's tables, year by year (districts, then 总计), target beside actual."""

    programme: Code
    rows: Annotated[
        list[TargetVsActualRow],
        msgspec.Meta(max_length=MAX_PROGRAMME_YEARS * (MAX_DISTRICTS + 1)),
    ]


class CoverageRow(msgspec.Struct, kw_only=True):
    category: core.Category
    category_label: Label
    district: DistrictCode | None
    district_name: Name
    covered: Count
    in_scope: Count
    rate: Rate | None
    percent: (
        Annotated[
            str,
            msgspec.Meta(
                max_length=3, pattern="^[0-9]{1,3}$", description="Rate in whole percent, half up."
            ),
        ]
        | None
    )
    target_rate: Rate | None
    target_compounds: Count | None


CoverageRows = Annotated[
    list[CoverageRow], msgspec.Meta(max_length=len(core.Category) * (MAX_DISTRICTS + 1))
]


class CoverageReport(msgspec.Struct, kw_only=True):
    programme: Code
    rows: CoverageRows


class FindingOut(msgspec.Struct, kw_only=True):
    code: Code
    message: Note
    location: Note


Findings = Annotated[
    list[FindingOut],
    msgspec.Meta(max_length=MAX_FINDINGS, description=f"The first {MAX_FINDINGS} findings."),
]


class ConsistencyReport(msgspec.Struct, kw_only=True):
    """Where the programme's targets disagree with themselves, and where the register breaks
    the programme's rules. Empty lists are a consistent programme; a register with more findings
    than one answer lists shows the first ones and counts them all."""

    programme: Code
    targets: Findings
    targets_total: Count
    register: Findings
    register_total: Count


class PublishedTotalOut(msgspec.Struct, kw_only=True):
    """The programme-wide target as published; plans often omit households and investment."""

    compounds: Count
    floor_area_m2: Area
    floor_area_wan_m2: WanM2
    households: Count | None
    investment_yuan: Money | None
    investment_yi_yuan: YiYuan | None


class SummaryReport(msgspec.Struct, kw_only=True):
    programme: Code
    compounds_registered: Count
    compounds_in_scope: Count
    compounds_planned: Count
    compounds_first_year_required: Count
    target: PublishedTotalOut | None
    actual: FiguresOut
    coverage: CoverageRows
    findings: Count


def figures_out(f: core.Figures) -> FiguresOut:
    return FiguresOut(
        compounds=f.compounds,
        households=f.households,
        floor_area_m2=text(f.floor_area_m2),
        floor_area_wan_m2=text(to_wan_m2(f.floor_area_m2)),
        investment_yuan=text(f.investment_yuan),
        investment_yi_yuan=text(to_yi_yuan(f.investment_yuan)),
    )


def variance_out(v: core.Variance) -> VarianceOut:
    return VarianceOut(
        compounds=v.compounds,
        households=v.households,
        floor_area_m2=text(v.floor_area_m2),
        floor_area_wan_m2=text(to_wan_m2(v.floor_area_m2)),
        investment_yuan=text(v.investment_yuan),
        investment_yi_yuan=text(to_yi_yuan(v.investment_yuan)),
    )


FIGURE_HEADERS = ("数量", "户数", "建筑面积/万平方米", "预计投资/亿元")
GAP = (None, None, None)  # the rest of a group's caption, as the published table merges it


def figure_cells(f: core.Figures | core.Variance | None) -> tuple[Any, ...]:
    """The four figures as the published tables print them: 万平方米 and 亿元."""
    if f is None:
        return (None,) * 4
    return (f.compounds, f.households, to_wan_m2(f.floor_area_m2), to_yi_yuan(f.investment_yuan))


def coverage_rows(
    programme: core.Programme, cells: tuple[core.CoverageCell, ...]
) -> list[CoverageRow]:
    names = {d.code: d.name for d in programme.districts}
    targets = {(t.category, t.district): t for t in programme.coverage_targets}
    rows = []
    for cell in cells:
        target = targets.get((cell.category, cell.district))
        rounded = cell.rounded(PERCENT)
        rows.append(
            CoverageRow(
                category=cell.category,
                category_label=cell.category.label,
                district=cell.district,
                district_name=names.get(cell.district or "", programme.city.name),
                covered=cell.covered,
                in_scope=cell.in_scope,
                rate=optional_rate(cell.rate),
                percent=None if rounded is None else text((rounded * 100).quantize(Decimal(1))),
                target_rate=None if target is None else text(target.rate),
                target_compounds=None if target is None else target.compounds,
            )
        )
    return rows


def _findings(findings: tuple[core.Finding, ...]) -> list[FindingOut]:
    return [
        FindingOut(code=f.code, message=f.message, location=f.location)
        for f in findings[:MAX_FINDINGS]
    ]


async def _load(
    request: Request[Any, Any, Any], programme: str
) -> tuple[core.Programme, list[core.Compound], list[core.RenovationPlan]]:
    async with snapshot(request).connect() as conn:
        row, found = await require_programme(request, conn, programme)
        compounds, plans = await register.load_register(conn, row.id)
    return found, compounds, plans


async def _comparisons(
    request: Request[Any, Any, Any], programme: str, year: int | None
) -> tuple[core.Programme, list[core.TargetComparison]]:
    """Target vs actual (every year's, or ``year``'s), the actual summed by the database."""
    async with snapshot(request).connect() as conn:
        row, found = await require_programme(request, conn, programme)
        cells = await register.planned_figures(conn, row.id)
    rows = core.annual_plan_rows(found, cells)
    return found, [c for c in core.beside_targets(found, rows) if year in (None, c.year)]


async def target_vs_actual_tables(
    request: Request[Any, Any, Any], programme: ProgrammeCode, year: YearFilter = None
) -> Tables:
    found, comparisons = await _comparisons(request, programme, year)
    names = {d.code: d.name for d in found.districts}
    return Tables(
        sheets=[
            Sheet(
                title=f"{at}年",
                caption=("各区", f"{at}年改造计划", *GAP, "实际", *GAP, "差异", *GAP),
                headers=(None, *FIGURE_HEADERS * 3),
                rows=[
                    (
                        names[c.district] if c.district else "总计",
                        *figure_cells(c.target),
                        *figure_cells(c.actual),
                        *figure_cells(c.variance),
                    )
                    for c in comparisons
                    if c.year == at
                ],
            )
            # every year's sheet, or the year asked (empty, if the programme has no such year)
            for at in sorted({c.year for c in comparisons} | ({year} if year else set()))
        ],
        name=f"target-vs-actual-{programme}",
    )


async def _coverage(request: Request[Any, Any, Any], programme: str) -> CoverageReport:
    async with snapshot(request).connect() as conn:
        row, found = await require_programme(request, conn, programme)
        scope, covered = await register.coverage_counts(conn, row.id, found.catalogue)
    cells = core.coverage_cells(found, scope, covered)
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


async def coverage_tables(request: Request[Any, Any, Any], programme: ProgrammeCode) -> Tables:
    report = await _coverage(request, programme)
    return Tables(sheets=[_coverage_sheet("覆盖率", report.rows)], name=f"coverage-{programme}")


async def _summary(request: Request[Any, Any, Any], programme: str) -> SummaryReport:
    found, compounds, plans = await _load(request, programme)
    actual = core.actual_annual_plan(found, compounds, plans)[-1].figures
    total = found.total_target
    scope = core.in_scope(found, compounds)
    cells = tuple(c for c in core.coverage(found, compounds, plans) if c.district is None)
    findings = core.check_targets(found) + core.check_register(found, compounds, plans)
    target = None
    if total is not None:
        investment = total.investment_yuan
        target = PublishedTotalOut(
            compounds=total.compounds,
            floor_area_m2=text(total.floor_area_m2),
            floor_area_wan_m2=text(to_wan_m2(total.floor_area_m2)),
            households=total.households,
            investment_yuan=None if investment is None else text(investment),
            investment_yi_yuan=None if investment is None else text(to_yi_yuan(investment)),
        )
    return SummaryReport(
        programme=programme,
        compounds_registered=len(compounds),
        compounds_in_scope=len(scope),
        compounds_planned=len(plans),
        compounds_first_year_required=sum(
            core.eligibility(found, c).first_year_required for c in compounds
        ),
        target=target,
        actual=figures_out(actual),
        coverage=coverage_rows(found, cells),
        findings=len(findings),
    )


def _number(value: int | str | None) -> int | Decimal | None:
    """A figure as the JSON gives it (a decimal as text) for a sheet's cell."""
    return Decimal(value) if isinstance(value, str) else value


async def summary_tables(request: Request[Any, Any, Any], programme: ProgrammeCode) -> Tables:
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


async def _findings_of(
    request: Request[Any, Any, Any], programme: str
) -> tuple[tuple[core.Finding, ...], tuple[core.Finding, ...]]:
    """The findings on the targets, and on the register."""
    found, compounds, plans = await _load(request, programme)
    return core.check_targets(found), core.check_register(found, compounds, plans)


async def consistency_tables(request: Request[Any, Any, Any], programme: ProgrammeCode) -> Tables:
    found = await _findings_of(request, programme)
    return Tables(
        sheets=[
            Sheet(
                title=title,
                headers=("代码", "说明", "位置"),
                rows=[(f.code, f.message, f.location) for f in findings],
            )
            for title, findings in zip(("目标核对", "台账核对"), found, strict=True)
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
        "the variance; in m² and yuan and in 万m² and 亿元.",
        responses=problem_responses(400, 404),
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
        description="A sheet per year in the layout of the published plan's tables: districts "
        "as rows and the total last; the four figures (compounds, households, floor area in "
        "万平方米, investment in 亿元) under 改造计划 (the published target), then under 实际 (the "
        "compound records) and 差异 (actual − target).",
        permission=core.Permission.READ_PUBLISHED,
    )(target_vs_actual_tables)

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
    )(coverage_tables)

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
    )(summary_tables)

    @get(
        "/consistency",
        operation_id="getConsistency",
        opt=needs(core.Permission.READ_FINDINGS),
        summary="Consistency findings",
        description="Targets that do not add up, coverage counts that do not match their "
        "published rates, and register entries that break the programme's rules.",
        responses=problem_responses(400, 404, 403),
    )
    async def consistency(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode
    ) -> ConsistencyReport:
        targets, register_findings = await _findings_of(request, programme)
        return ConsistencyReport(
            programme=programme,
            targets=_findings(targets),
            targets_total=len(targets),
            register=_findings(register_findings),
            register_total=len(register_findings),
        )

    consistency_xlsx, consistency_csv = downloads(
        "consistency",
        operation_id="exportConsistency",
        what="the consistency findings",
        description="Every finding, not only the first ones: a sheet for the targets and one "
        "for the register, each finding's code, sentence and place.",
        permission=core.Permission.READ_FINDINGS,
        problems=(400, 404, 403),
    )(consistency_tables)
