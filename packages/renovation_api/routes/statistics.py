"""The survey's figures over the API (统计调查): a programme's year to date, district by district
and for the city, in the survey's view beside the plan's; and what was delivered beside the
published targets."""

import datetime
from typing import Annotated, Any

from litestar import Controller, Request, get
from litestar.params import Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.downloads import Tables, downloads
from renovation_api.fields import YEARS, maybe
from renovation_api.guards import needs
from renovation_api.problems import problem_responses
from renovation_api.routes.common import ProgrammeCode
from renovation_api.services import statistics
from renovation_api.shapes.reports import GAP, CoverageReport, FigureColumns, coverage_rows
from renovation_api.shapes.statistics import (
    DeliveredReportOut,
    SurveyReportOut,
    delivered_report_out,
    survey_report_out,
)
from renovation_api.workbook import Sheet
from renovation_core.statistics import Account
from renovation_core.units import to_percent, to_wan_m2, to_yi_yuan

AsOf = Annotated[
    datetime.date | None,
    Parameter(required=False, description="The day delivered by (today by default)."),
]


def _account_cells(row: Account, names: dict[str, str], columns: FigureColumns) -> tuple[Any, ...]:
    rate = row.delivery_rate_compounds
    return (
        "全部" if row.year is None else row.year,
        names[row.district] if row.district else "总计",
        *columns.cells(row.target),
        row.delivered.compounds,
        row.delivered.buildings,
        row.delivered.households,
        to_wan_m2(row.delivered.floor_area_m2),
        to_yi_yuan(row.investment_completed_yuan),
        maybe(to_percent, rate),
    )


async def delivered_sheets(
    request: Request[Any, Any, Any], programme: ProgrammeCode, as_of: AsOf = None
) -> Tables:
    found = await runner.query(
        request, lambda uow: statistics.delivered(uow, programme, as_of), today()
    )
    names = {d.code: d.name for d in found.programme.districts}
    columns = FigureColumns.of(found.programme)
    return Tables(
        sheets=[
            Sheet(
                title="交账",
                caption=(
                    "年度",
                    "各区",
                    "改造计划",
                    *GAP,
                    "已交付",
                    None,
                    None,
                    None,
                    "完成投资",
                    "交付率",
                ),
                headers=(
                    None,
                    None,
                    *columns.headers,
                    "数量",
                    "楼栋数",
                    "户数",
                    "建筑面积/万平方米",
                    "亿元",
                    "%",
                ),
                rows=[_account_cells(r, names, columns) for r in found.rows],
            )
        ],
        name=f"delivered-{programme}",
    )


class StatisticsController(Controller):
    path = "/v1/programmes/{programme:str}/reports"
    tags = ("reports",)

    @get(
        "/survey",
        operation_id="getSurveyFigures",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Get the survey's figures for a year to date",
        description="Planned, started (开工) and completed (完工) by compounds, buildings, "
        "households and floor area, the investment planned and completed, and the start and "
        "completion rates, from the compounds' works: by_period counts a start or a completion "
        "in the period it happened in, whatever its plan's year (a compound of next year's plan "
        "started early counts now, so started may exceed planned), by_plan the year's plan as "
        "it stood on the last day. Each district the caller answers for, then the city for a "
        "city-wide caller. A period that has not begun yet is refused (422).",
        responses=problem_responses(400, 404, 422, 403),
    )
    async def year_to_date(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        year: Annotated[int, Parameter(**YEARS, description="The calendar year.")],
        as_of: Annotated[
            datetime.date | None,
            Parameter(
                required=False,
                description="The period's last day (today by default; the year's last at most).",
            ),
        ] = None,
    ) -> SurveyReportOut:
        found = await runner.query(
            request, lambda uow: statistics.year_to_date(uow, programme, year, as_of), today()
        )
        return survey_report_out(found)

    @get(
        "/delivered",
        operation_id="getDeliveredAccount",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Get what was delivered beside the published targets",
        description="一年交小账，三年交总账: each published row of the annual plans (year × "
        "district, each year's total last), then the whole programme, beside the works of that "
        "plan delivered (passed joint acceptance) by the day and the money paid by then. Until "
        "works are accepted nothing is delivered, whatever the register plans. The rows of the "
        "districts the caller answers for; the totals for city-wide callers. A day after today "
        "is refused (422).",
        responses=problem_responses(400, 404, 422, 403),
    )
    async def delivered(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        as_of: AsOf = None,
    ) -> DeliveredReportOut:
        found = await runner.query(
            request, lambda uow: statistics.delivered(uow, programme, as_of), today()
        )
        return delivered_report_out(found)

    delivered_xlsx, delivered_csv = downloads(
        "delivered",
        operation_id="exportDeliveredAccount",
        what="what was delivered beside the targets",
        description="One sheet, 交账: a row per published row of the annual plans (each year's "
        "total last), then the programme's (年度 全部); the published target (数量, 户数, "
        "万平方米, 亿元) under 改造计划, the works delivered (数量, 楼栋数, 户数, 万平方米) under "
        "已交付, the money paid in 亿元 and the delivered share of the target's compounds in "
        "percent.",
        permission=core.Permission.READ_REGISTER,
        problems=(400, 404, 422, 403),
    )(delivered_sheets)

    @get(
        "/coverage-delivered",
        operation_id="getDeliveredCoverage",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Coverage on delivered works",
        description="Coverage (覆盖率) of each category counted on works delivered (passed joint "
        "acceptance) by the day, beside the published targets: the same table as the coverage "
        "on plans (getCoverage), so the two read side by side. The districts the caller answers "
        "for; the city for city-wide callers. A day after today is refused (422).",
        responses=problem_responses(400, 404, 422, 403),
    )
    async def coverage_delivered(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, as_of: AsOf = None
    ) -> CoverageReport:
        found, cells = await runner.query(
            request, lambda uow: statistics.coverage_delivered(uow, programme, as_of), today()
        )
        return CoverageReport(programme=found.code, rows=coverage_rows(found, cells))
