"""Monthly progress reports (月报) over the API: each district's month, computed from project
states and the ledger, submitted by the district by the 25th, corrected as new versions with
reasons, and read for a month with the city's roll-up and the change since the month before.

Figures are never typed in: the server computes them when the report is submitted (as of the
month's end, or the day of submission within the month) and keeps them as submitted.
"""

from typing import Any

from litestar import Controller, Request, Response, get
from litestar.params import JSONBody

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    CursorParam,
    PageSize,
    ProgrammeCode,
    create_route,
    page,
)
from renovation_api.services import oversight, resources
from renovation_api.shapes.oversight import (
    CorrectionBody,
    DistrictPath,
    MonthOut,
    MonthPath,
    ReportOut,
    SubmissionBody,
    VersionsOut,
    month_at,
    month_of,
    month_shown,
    report_out,
)


class MonthlyReportController(Controller):
    path = "/v1/programmes/{programme:str}/monthly-reports"
    tags = ("oversight",)

    @create_route(
        "/",
        "submitMonthlyReport",
        "Submit a district's monthly report",
        "Submits the district's report for a month that has begun, not before the "
        "programme's first year, with figures computed from project states and the ledger as "
        "of the month's end (or the day of submission within it); due by the 25th. A second "
        "report for the month is refused: a correction is a new version with its reason. "
        "Honours Idempotency-Key.",
    )
    async def submit_report(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[SubmissionBody],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ReportOut]:
        submission = oversight.SubmitReport(
            programme=programme,
            district=data.district,
            month=month_of(data.month),
            remarks=data.remarks,
        )
        return await self._run(request, oversight.submit_report, submission, idempotency_key)

    @create_route(
        "/{month:str}/{district:str}/corrections",
        "correctMonthlyReport",
        "Correct a district's monthly report",
        "A new version of the district's report for the month, its figures "
        "recomputed and its reason given; earlier versions are kept. Honours Idempotency-Key.",
    )
    async def correct_report(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        month: MonthPath,
        district: DistrictPath,
        data: JSONBody[CorrectionBody],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ReportOut]:
        correction = oversight.CorrectReport(
            programme=programme,
            district=district,
            month=month_at(month),
            remarks=data.remarks,
            reason=data.reason,
        )
        return await self._run(request, oversight.correct_report, correction, idempotency_key)

    async def _run(
        self,
        request: Request[Any, Any, Any],
        service: runner.Service[Any],
        command: oversight.SubmitReport,
        idempotency_key: str | None,
    ) -> Response[ReportOut]:
        """Submit a version as of today; it is served with its month's versions."""
        return await runner.command(
            request,
            service,
            command,
            idempotency_key=idempotency_key,
            created=lambda s: resources.monthly_report(
                command.programme, str(s.value.month), s.value.district
            ),
            day=today(),
        )

    @get(
        "/{month:str}/{district:str}",
        operation_id="listMonthlyReportVersions",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Get a district's monthly report",
        description="Every version of the district's report for the month, first to last.",
        responses=problem_responses(400, 404, 403),
    )
    async def versions(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        month: MonthPath,
        district: DistrictPath,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> VersionsOut:
        this = month_at(month)
        found = await runner.query(
            request, lambda uow: oversight.versions(uow, programme, district, this)
        )
        items, next_cursor = page(
            request,
            found,
            f"versions/{programme}/{month}/{district}",
            cursor,
            page_size,
            report_out,
            lambda report: (report.version,),
        )
        return VersionsOut(items=items, next_cursor=next_cursor)

    @get(
        "/{month:str}",
        operation_id="getMonth",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Get a month's progress across the districts",
        description="Each district the caller answers for: whether it reported (on time, "
        "late, pending or overdue), its figures (the report's, or computed as of today) and "
        "the change since the month before; the city's roll-up for city-wide callers.",
        responses=problem_responses(400, 404, 403),
    )
    async def month(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, month: MonthPath
    ) -> MonthOut:
        return month_shown(
            await runner.query(
                request,
                lambda uow: oversight.month_across(uow, programme, month_at(month)),
                today(),
            )
        )
