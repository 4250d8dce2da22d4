"""The reporting chain over the API: provinces from their files, figures regions declare, and
the survey's figures rolled up from district to nation, as JSON and in the national table's
layout (XLSX and CSV)."""

from collections.abc import Sequence
from typing import Annotated, Any

from litestar import Controller, Request, Response, get
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.downloads import Tables, downloads
from renovation_api.fields import maybe
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.problems import problem_responses
from renovation_api.routes.common import create_route
from renovation_api.services import regions, resources
from renovation_api.shapes.oversight import MONTH, MonthPath, month_at, month_of
from renovation_api.shapes.regions import (
    DeclarationBody,
    DeclarationCorrectionBody,
    DeclarationOut,
    DeclarationVersionsOut,
    ProvinceBody,
    RegionOut,
    RegionSurveyOut,
    declaration_out,
    figures_of,
    province_of,
    region_out,
    region_survey_out,
)
from renovation_api.workbook import Sheet
from renovation_core.register.regions import Level
from renovation_core.statistics import Line, Mismatch
from renovation_core.units import to_percent, to_wan

RegionPath = Annotated[
    str,
    Parameter(
        min_length=6,
        max_length=6,
        pattern=r"^[0-9]{6}$",
        description="A GB/T 2260 code (000000: the nation).",
    ),
]
MonthQuery = Annotated[
    str, Parameter(**MONTH, description="The month, YYYY-MM: its year to date, or it alone.")
]
SpanQuery = Annotated[
    regions.Span,
    Parameter(
        required=False,
        description="year_to_date (本年累计, the national table's) or month (本月) alone.",
    ),
]


def _cells(line: Line, name: str) -> tuple[Any, ...]:
    f = line.figures
    if f is None:
        return (name, line.source.label, *(None,) * 6)
    return (
        name,
        line.source.label,
        f.planned.compounds,
        f.started.compounds,
        maybe(to_percent, f.start_rate_compounds),
        to_wan(f.planned.households),
        to_wan(f.started.households),
        maybe(to_percent, f.start_rate_households),
    )


def table(line: Line) -> Sheet:
    """The national table's layout for ``line``: a row per region under it, then its total."""
    return Sheet(
        title=line.region.name,
        caption=("地区", "数据来源", "小区个数（个）", None, None, "户数（万户）", None, None),
        headers=(None, None, "计划", "已开工", "开工率%", "计划", "已开工", "开工率%"),
        rows=[*(_cells(p, p.region.name) for p in line.parts), _cells(line, "合计")],
    )


def findings_table(findings: Sequence[Mismatch]) -> Sheet:
    """Each region whose own figures are not the sum of its parts', both side by side."""

    def pairs(f: Mismatch) -> tuple[Any, ...]:
        own, summed = f.figures, f.parts_sum
        return (
            own.planned.compounds,
            summed.planned.compounds,
            own.started.compounds,
            summed.started.compounds,
            to_wan(own.planned.households),
            to_wan(summed.planned.households),
            to_wan(own.started.households),
            to_wan(summed.started.households),
        )

    return Sheet(
        title="核对",
        caption=(
            "地区",
            "数据来源",
            "计划小区个数",
            None,
            "已开工小区个数",
            None,
            "计划户数（万户）",
            None,
            "已开工户数（万户）",
            None,
        ),
        headers=(None, None, *("本级", "下级合计") * 4),
        rows=[(f.region.name, f.source.label, *pairs(f)) for f in findings],
    )


async def survey_sheets(
    request: Request[Any, Any, Any],
    code: RegionPath,
    month: MonthQuery,
    span: SpanQuery = regions.Span.YEAR_TO_DATE,
) -> Tables:
    report = await _survey(request, code, month, span)
    line = report.line
    more = line.parts if line.region.level is Level.NATION else ()
    checked = [findings_table(report.findings)] if report.findings else []
    return Tables(
        sheets=[table(line), *(table(p) for p in more), *checked],
        name=f"survey-{code}-{report.month}-{span.code}",
    )


async def _survey(
    request: Request[Any, Any, Any], code: str, month: str, span: regions.Span
) -> regions.RollUp:
    at = month_of(month, "query.month")
    return await runner.query(request, lambda uow: regions.survey(uow, code, at, span), today())


class RegionController(Controller):
    path = "/v1/regions"
    tags = ("regions",)

    @get(
        "/",
        operation_id="getNation",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="Get the nation and its provinces",
        description="The nation (000000) and every province held, from their files.",
        responses=problem_responses(400),
    )
    async def nation(self, request: Request[Any, Any, Any]) -> RegionOut:
        return region_out(await runner.query(request, regions.nation))

    @create_route(
        "/",
        "addProvince",
        "Add a province",
        "Adds a province from its file: its cities and, for a city that declares its "
        "districts' figures, their districts, each code under its parent's (GB/T 2260). A "
        "city whose programme is kept here takes its districts from the programme. Only the "
        "deployment's administrator (bound to no region) adds provinces; a province is added "
        "once (409). Honours Idempotency-Key.",
        permission=core.Permission.LOAD_PROGRAMME,
        errors=(400, 409, 415, 422, 403),
    )
    async def add_province(
        self,
        request: Request[Any, Any, Any],
        data: JSONBody[ProvinceBody],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[RegionOut]:
        command = regions.AddProvince(province=province_of(data))
        return await runner.command(
            request,
            regions.add_province,
            command,
            idempotency_key=idempotency_key,
            created=lambda s: resources.region(s.value.code),
        )

    @get(
        "/{code:str}",
        operation_id="getRegion",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="Get a region and the regions under it",
        description="A province, city or district held, and the regions directly under it.",
        responses=problem_responses(400, 404),
    )
    async def region(self, request: Request[Any, Any, Any], code: RegionPath) -> RegionOut:
        return region_out(await runner.query(request, lambda uow: regions.region(uow, code)))

    @get(
        "/{code:str}/survey",
        operation_id="getRegionSurvey",
        opt=needs(core.Permission.READ_STATISTICS),
        summary="Get the survey's figures rolled up for a region",
        description="The survey's figures (planned, started, completed by compounds, "
        "buildings, households and floor area; investment; exact rates) for the month alone or "
        "the year to date at its end (today, within it): the region, then each region under "
        "it and the regions under those. Each line says where its figures come from: computed "
        "from the compounds' works where the city's programme is kept here, declared by the "
        "region, summed from the regions under it, or missing. A region whose own figures "
        "differ from the sum of its parts that reported is a finding. The month alone of a "
        "declared region needs the month before's declaration too. Regions outside the "
        "caller's are not found (404); a month that has not begun is refused (422).",
        responses=problem_responses(400, 404, 422, 403),
    )
    async def survey(
        self,
        request: Request[Any, Any, Any],
        code: RegionPath,
        month: MonthQuery,
        span: SpanQuery = regions.Span.YEAR_TO_DATE,
    ) -> RegionSurveyOut:
        return region_survey_out(await _survey(request, code, month, span))

    survey_xlsx, survey_csv = downloads(
        "{code:str}/survey",
        operation_id="exportRegionSurvey",
        what="the survey's figures of a region in the national table's layout",
        description="The national table's layout: a sheet for the region with a row per "
        "region under it (a city's districts, a province's cities, the nation's provinces) "
        "and its total (合计), and at national level a sheet per province with a row per city. "
        "Columns: 地区, 数据来源, 小区个数 planned / started / start rate (%), 户数 in 万户 to "
        "two places planned / started / start rate (%). A region that did not report has its "
        "row with no figures. Where a region's own figures are not the sum of the regions "
        "under it, a last sheet (核对) sets them beside that sum. Sheet titles are the regions' "
        "names, with what a sheet title may not hold ([]:*?/\\) replaced by _.",
        permission=core.Permission.READ_STATISTICS,
        problems=(400, 404, 422, 403),
    )(survey_sheets)

    @get(
        "/{code:str}/declarations/{month:str}",
        operation_id="listDeclarationVersions",
        opt=needs(core.Permission.READ_STATISTICS),
        summary="List the versions of a region's declaration for a month",
        description="Every version of the region's declared figures for the month, first to "
        "last; the last is the one roll-ups read.",
        responses=problem_responses(400, 404, 403),
    )
    async def declaration_versions(
        self, request: Request[Any, Any, Any], code: RegionPath, month: MonthPath
    ) -> DeclarationVersionsOut:
        found = await runner.query(
            request, lambda uow: regions.declarations(uow, code, month_at(month))
        )
        return DeclarationVersionsOut(items=[declaration_out(d) for d in found])

    @create_route(
        "/{code:str}/declarations/{month:str}/corrections",
        "correctDeclaration",
        "Correct a region's declared figures",
        "A new version of the region's figures for the month, with its reason; earlier "
        "versions are kept. The year to date may not fall below the month before's nor rise "
        "above the month after's (422 naming the figure). Honours Idempotency-Key.",
        permission=core.Permission.DECLARE_FIGURES,
    )
    async def correct(
        self,
        request: Request[Any, Any, Any],
        code: RegionPath,
        month: MonthPath,
        data: JSONBody[DeclarationCorrectionBody],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[DeclarationOut]:
        command = regions.CorrectDeclaration(
            region=code, month=month_at(month), figures=figures_of(data.figures), reason=data.reason
        )
        return await _declare(request, regions.correct_declaration, command, idempotency_key)


class DeclarationController(Controller):
    path = "/v1/declarations"
    tags = ("regions",)

    @create_route(
        "/",
        "declareFigures",
        "Declare a region's figures for a month",
        "A city, district or province that keeps no compound records here submits its "
        "survey figures: the year to date at the month's end (累计), for a month that has "
        "begun. Refused where the region's figures are computed from records kept here "
        "(409 computed-here: one truth per row), for a region not held (422 at $.region), "
        "outside the caller's region (403: a province officer declares its province's own), "
        "and a second time for the same month (409: a correction is a new version with its "
        "reason). The year to date may not fall below the month before's declaration nor "
        "rise above the month after's (422 naming the figure). Honours Idempotency-Key.",
        permission=core.Permission.DECLARE_FIGURES,
    )
    async def declare(
        self,
        request: Request[Any, Any, Any],
        data: JSONBody[DeclarationBody],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[DeclarationOut]:
        command = regions.Declare(
            region=data.region, month=month_of(data.month), figures=figures_of(data.figures)
        )
        return await _declare(request, regions.declare_figures, command, idempotency_key)


async def _declare(
    request: Request[Any, Any, Any],
    service: runner.Service[Any],
    command: regions.Declare,
    idempotency_key: str | None,
) -> Response[DeclarationOut]:
    return await runner.command(
        request,
        service,
        command,
        idempotency_key=idempotency_key,
        created=lambda s: resources.declaration(s.value.region, str(s.value.month)),
        day=today(),
    )
