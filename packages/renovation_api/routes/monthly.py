"""Monthly progress reports (月报) over the API: each district's month, computed from project
states and the ledger, submitted by the district by the 25th, corrected as new versions with
reasons, and read for a month with the city's roll-up and the change since the month before.

Figures are never typed in: the server computes them when the report is submitted (as of the
month's end, or the day of submission within the month) and keeps them as submitted.
"""

import datetime
from collections.abc import Iterable
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.fields import (
    Count,
    DistrictCode,
    Money,
    Name,
    Note,
    Rate,
    SignedMoney,
    optional_rate,
    text,
)
from renovation_api.guards import needs, principal
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.problems import (
    FieldProblem,
    ProblemError,
    invalid_data,
    not_found,
    problem_responses,
)
from renovation_api.routes.common import (
    CREATED,
    ProgrammeCode,
    engine,
    require_programme,
    snapshot,
)
from renovation_api.routes.funding_reports import CompoundMoney, load_money
from renovation_api.routes.project_bodies import Body
from renovation_api.storage import oversight
from renovation_core.oversight import (
    Change,
    Month,
    MonthlyReport,
    Progress,
    ReportStatus,
    Tracked,
    as_of,
    baseline,
    progress,
    status,
    submit,
)
from renovation_core.oversight.monthly import MAX_VERSIONS
from renovation_core.validators import MAX_DISTRICTS

MONTH = {"min_length": 7, "max_length": 7, "pattern": r"^[0-9]{4}-(0[1-9]|1[0-2])$"}
MonthText = Annotated[str, msgspec.Meta(**MONTH, examples=["2022-05"])]
MonthPath = Annotated[str, Parameter(**MONTH, description="The month, YYYY-MM.")]
DistrictPath = Annotated[
    str, Parameter(min_length=6, max_length=6, pattern=r"^[0-9]{6}$", description="District.")
]
Delta = Annotated[int, msgspec.Meta(ge=-(2**31 - 1), le=2**31 - 1)]


class SubmissionBody(Body):
    """The district's report for ``month``; it is dated the day the server receives it, and
    its figures are computed then."""

    district: DistrictCode
    month: MonthText
    remarks: Note | None = None


class CorrectionBody(Body):
    """A new version of the district's report, its figures recomputed today, and why."""

    reason: Note
    remarks: Note | None = None


class ProgressOut(msgspec.Struct, kw_only=True):
    """The year's planned compounds and households, those started and completed, their rates
    (exact to 6 places; none where nothing was planned) and the investment completed."""

    compounds_planned: Count
    households_planned: Count
    compounds_started: Count
    households_started: Count
    compounds_completed: Count
    households_completed: Count
    start_rate_compounds: Rate | None
    start_rate_households: Rate | None
    completion_rate_compounds: Rate | None
    completion_rate_households: Rate | None
    investment_completed_yuan: Money


class ChangeOut(msgspec.Struct, kw_only=True):
    """Since the month before: more started and completed, and the month's investment."""

    compounds_started: Delta
    households_started: Delta
    compounds_completed: Delta
    households_completed: Delta
    investment_completed_yuan: SignedMoney


class ReportOut(msgspec.Struct, kw_only=True):
    district: DistrictCode
    month: MonthText
    version: Annotated[int, msgspec.Meta(ge=1, le=MAX_VERSIONS)]
    progress: ProgressOut
    remarks: Note | None
    submitted_on: datetime.date
    submitted_by: Name
    reason: Note | None
    due_on: datetime.date


class DistrictMonthOut(msgspec.Struct, kw_only=True):
    """A district's month: its report (the latest version) if it has one, its figures (the
    report's, or computed as of today), and the change since the month before."""

    district: DistrictCode
    name: Name
    status: ReportStatus
    report: ReportOut | None
    progress: ProgressOut
    change: ChangeOut


class MonthOut(msgspec.Struct, kw_only=True):
    """A month across the districts the caller answers for; the city's roll-up (the sum of the
    districts' figures) for city-wide callers."""

    month: MonthText
    due_on: datetime.date
    districts: Annotated[list[DistrictMonthOut], msgspec.Meta(max_length=MAX_DISTRICTS)]
    city: ProgressOut | None
    city_change: ChangeOut | None


class VersionsOut(msgspec.Struct, kw_only=True):
    items: Annotated[list[ReportOut], msgspec.Meta(max_length=MAX_VERSIONS)]


def progress_out(figures: Progress) -> ProgressOut:
    return ProgressOut(
        compounds_planned=figures.compounds_planned,
        households_planned=figures.households_planned,
        compounds_started=figures.compounds_started,
        households_started=figures.households_started,
        compounds_completed=figures.compounds_completed,
        households_completed=figures.households_completed,
        start_rate_compounds=optional_rate(figures.start_rate_compounds),
        start_rate_households=optional_rate(figures.start_rate_households),
        completion_rate_compounds=optional_rate(figures.completion_rate_compounds),
        completion_rate_households=optional_rate(figures.completion_rate_households),
        investment_completed_yuan=text(figures.investment_completed_yuan),
    )


def change_out(change: Change) -> ChangeOut:
    return ChangeOut(
        compounds_started=change.compounds_started,
        households_started=change.households_started,
        compounds_completed=change.compounds_completed,
        households_completed=change.households_completed,
        investment_completed_yuan=text(change.investment_completed_yuan),
    )


def report_out(report: MonthlyReport) -> ReportOut:
    return ReportOut(
        district=report.district,
        month=str(report.month),
        version=report.version,
        progress=progress_out(report.progress),
        remarks=report.remarks,
        submitted_on=report.submitted_on,
        submitted_by=report.submitted_by,
        reason=report.reason,
        due_on=report.due_on,
    )


def _month(value: str) -> Month | None:
    try:
        year, month = (int(part) for part in value.split("-"))
        return Month(year=year, month=month)
    except (ValueError, core.errors.FieldValueError):
        return None


def month_of(value: str) -> Month:
    """The month a body names; 422 at ``$.month`` if it is outside the years plans cover."""
    month = _month(value)
    if month is None:
        raise invalid_data([FieldProblem(path="$.month", message="a month of a plausible year")])
    return month


def month_at(value: str) -> Month:
    """The month a path names; 404 if there can be no such month."""
    month = _month(value)
    if month is None:
        raise not_found(f"month {value}")
    return month


def reports_path(programme: str) -> str:
    return f"/v1/programmes/{programme}/monthly-reports"


def _answers_for(request: Request[Any, Any, Any], district: str) -> None:
    """A district's report is the district's (or the city's) to submit: a street officer
    sees only part of it."""
    if not principal(request).answers_for(district):
        raise ProblemError(
            403,
            "outside-scope",
            "Outside your scope",
            f"district {district}'s report is submitted by the district or the city",
        )


def tracked_of(money: Iterable[CompoundMoney]) -> list[Tracked]:
    """The planned compounds as the monthly figures count them."""
    return [
        Tracked(
            district=m.compound.district,
            year=m.plan.year,
            households=m.compound.households,
            project=m.project,
            ledger=m.ledger,
        )
        for m in money
    ]


async def figures(
    request: Request[Any, Any, Any],
    programme: str,
    wanted: dict[str, tuple[int, datetime.date]],
    conn: AsyncConnection | None = None,
) -> tuple[core.Programme, dict[tuple[str, str], Progress]]:
    """Each district's figures for each of ``wanted`` (a name: the plan's year and the day),
    read on ``conn`` if given."""
    found, money = await load_money(request, programme, conn)
    tracked = tracked_of(money)
    return found, {
        (district.code, name): progress(tracked, district.code, year, day)
        for district in found.districts
        for name, (year, day) in wanted.items()
    }


async def month_out(request: Request[Any, Any, Any], programme: str, month: str) -> MonthOut:
    """A month across the districts the caller answers for, and the city's roll-up."""
    caller = principal(request)
    this = month_at(month)
    day = today()
    if this.first_day > day:
        raise not_found(f"month {this}, which has not begun")
    # The change is measured from the day before the month, for the same year's plan: the
    # month before's report where it reported that plan, computed otherwise.
    earlier = this.previous
    async with snapshot(request).connect() as conn:
        found, computed = await figures(
            request,
            programme,
            {"this": (this.year, as_of(this, day)), "before": (this.year, baseline(this))},
            conn,
        )
        programme_row, _ = await require_programme(request, conn, programme)
        reports = await oversight.of_months(conn, programme_row.id, [this, earlier])

    def shown(district: str) -> Progress:
        versions = reports.get((district, this))
        return versions[-1].progress if versions else computed[district, "this"]

    def before(district: str) -> Progress:
        versions = reports.get((district, earlier)) if earlier.year == this.year else None
        return versions[-1].progress if versions else computed[district, "before"]

    rows = [
        DistrictMonthOut(
            district=district.code,
            name=district.name,
            status=status(reports.get((district.code, this), []), this, day),
            report=report_out(reports[district.code, this][-1])
            if reports.get((district.code, this))
            else None,
            progress=progress_out(shown(district.code)),
            change=change_out(shown(district.code).since(before(district.code))),
        )
        for district in found.districts
        if caller.answers_for(district.code)
    ]
    city = city_change = None
    if caller.city_wide:
        total = sum((shown(d.code) for d in found.districts), Progress())
        start = sum((before(d.code) for d in found.districts), Progress())
        city, city_change = progress_out(total), change_out(total.since(start))
    return MonthOut(
        month=str(this),
        due_on=this.due_on,
        districts=rows,
        city=city,
        city_change=city_change,
    )


class MonthlyReportController(Controller):
    path = "/v1/programmes/{programme:str}/monthly-reports"
    tags = ("oversight",)

    @post(
        "/",
        operation_id="submitMonthlyReport",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Submit a district's monthly report",
        description="Submits the district's report for a month that has begun, with figures "
        "computed from project states and the ledger as of the month's end (or the day of "
        "submission within it); due by the 25th. A second report for the month is refused: a "
        "correction is a new version with its reason. Honours Idempotency-Key.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def submit_report(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[SubmissionBody],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ReportOut]:
        return await self._write(
            request,
            programme,
            data.district,
            month_of(data.month),
            data.remarks,
            None,
            idempotency_key,
        )

    @post(
        "/{month:str}/{district:str}/corrections",
        operation_id="correctMonthlyReport",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Correct a district's monthly report",
        description="A new version of the district's report for the month, its figures "
        "recomputed and its reason given; earlier versions are kept. Honours Idempotency-Key.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
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
        return await self._write(
            request,
            programme,
            district,
            month_at(month),
            data.remarks,
            data.reason,
            idempotency_key,
        )

    async def _write(
        self,
        request: Request[Any, Any, Any],
        programme: str,
        district: str,
        month: Month,
        remarks: str | None,
        reason: str | None,
        idempotency_key: str | None,
    ) -> Response[ReportOut]:
        _answers_for(request, district)
        day = today()
        found, computed = await figures(
            request, programme, {"now": (month.year, as_of(month, day))}
        )
        if district not in {d.code for d in found.districts}:
            raise not_found(f"district {district} of programme {programme!r}")

        async def write(conn: AsyncConnection) -> Any:
            programme_row, _ = await require_programme(request, conn, programme)
            versions = await oversight.versions(conn, programme_row.id, district, month)
            if reason is not None and not versions:
                raise not_found(f"a report of district {district} for {month} to correct")
            report = submit(
                versions,
                district,
                month,
                computed[district, "now"],
                on=day,
                by=principal(request).actor,
                today=day,
                remarks=remarks,
                reason=reason,
            )
            await oversight.insert(conn, programme_row.id, report)
            result = report_out(report)
            location = f"{reports_path(programme)}/{month}/{district}"
            await auditing.record(
                conn, request, "correct" if reason else "submit", location, after=result
            )
            return encoded(201, result, location=location)

        return await run_once(request, engine(request), idempotency_key, write)

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
    ) -> VersionsOut:
        caller = principal(request)
        async with snapshot(request).connect() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            found = await oversight.versions(conn, programme_row.id, district, month_at(month))
        if not found or not caller.answers_for(district):
            raise not_found(f"a report of district {district} for {month}")
        return VersionsOut(items=[report_out(r) for r in found])

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
        return await month_out(request, programme, month)
