"""The shapes oversight's routes share: a district's figures of the works (the monthly
report's, and what a contract is tracked against) and the parameters that name a month and a
district."""

import datetime
from fractions import Fraction
from typing import Annotated

import msgspec
from litestar.params import Parameter

import renovation_core as core
from renovation_api.fields import (
    Code,
    Count,
    DistrictCode,
    Money,
    Name,
    Note,
    PositiveMoney,
    Rate,
    SignedMoney,
    Year,
    maybe,
    optional_rate,
    rate_text,
    text,
)
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import FieldProblem, invalid_data, not_found
from renovation_api.services.oversight import MonthAcross, ShownAssessment
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body
from renovation_api.shapes.statistics import SurveyFiguresOut, survey_figures_out
from renovation_api.views import view
from renovation_core.delivery import EventKind
from renovation_core.oversight import (
    Assessment,
    Change,
    Dimension,
    Month,
    MonthlyReport,
    Progress,
    ReportStatus,
)
from renovation_core.oversight.assessment import MAX_PAYMENTS
from renovation_core.oversight.monthly import due_on
from renovation_core.validators import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    MAX_DISTRICTS,
    MAX_VERSIONS,
)

MONTH = {"min_length": 7, "max_length": 7, "pattern": r"^[0-9]{4}-(0[1-9]|1[0-2])$"}
MonthText = Annotated[str, msgspec.Meta(**MONTH, examples=["2022-05"])]
MonthPath = Annotated[str, Parameter(**MONTH, description="The month, YYYY-MM.")]
DistrictPath = Annotated[
    str, Parameter(min_length=6, max_length=6, pattern=r"^[0-9]{6}$", description="District.")
]


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


AsOf = Annotated[
    datetime.date | None,
    Parameter(required=False, description="The day coverage is judged on; today by default."),
]


Share = Annotated[
    str,
    msgspec.Meta(
        max_length=15,
        pattern=r"^(0(\.[0-9]{1,6})?|1(\.0{1,6})?|[0-9]{1,7}/[1-9][0-9]{0,6})$",
        description="An exact share from 0 to 1: a decimal (at most 6 places) or a fraction "
        "(read back as a fraction in lowest terms).",
        examples=["0.25", "1/3"],
    ),
]
Points = Annotated[
    str,
    msgspec.Meta(
        max_length=10,
        pattern=r"^[0-9]{1,3}(\.[0-9]{1,6})?$",
        description="Points out of 100, exact to 6 places.",
        examples=["87.5"],
    ),
]
AssessmentYear = Annotated[
    int, Parameter(ge=EARLIEST_YEAR, le=LATEST_YEAR, description="The year assessed.")
]


class WeightsBody(Body):
    """How much each dimension counts; exactly 1 in all (thirds as "1/3")."""

    preparation: Share
    progress: Share
    acceptance: Share
    management: Share


class PoolBody(Body):
    """The reward pool in yuan, and the share of it allocated by task volume (the central
    subsidy allocates "4/5" so); the rest goes by score."""

    amount_yuan: Money
    volume_share: Share = "0"


class AssessmentIn(Body):
    """Assess ``year`` as of a day (today by default); satisfaction comes from the ratings of
    ``survey``, where one is named."""

    year: Year
    weights: WeightsBody
    pool: PoolBody
    as_of: datetime.date | None = None
    survey: Code | None = None


class FactsOut(msgspec.Struct, kw_only=True):
    """What was measured; none where there was nothing to measure."""

    approved_on_time: Rate | None
    tendered_on_time: Rate | None
    start_rate: Rate | None
    acceptance_pass_rate: Rate | None
    management_coverage: Rate | None
    satisfaction: Rate | None
    task_volume: Count


class ScoreOut(msgspec.Struct, kw_only=True):
    """Each dimension's points (out of 100 × its weight) and the total out of 100."""

    preparation: Points
    progress: Points
    acceptance: Points
    management: Points
    total: Points


class AllocationOut(msgspec.Struct, kw_only=True):
    by_volume_yuan: Money
    by_score_yuan: Money
    total_yuan: Money


class DistrictAssessmentOut(msgspec.Struct, kw_only=True):
    """A district's facts, score and reward; ``paid_yuan`` what it has been paid of the reward
    (net of reversals), ``left_yuan`` what remains."""

    district: DistrictCode
    name: Name
    facts: FactsOut
    score: ScoreOut
    allocation: AllocationOut
    paid_yuan: Money
    left_yuan: Money


class RewardPaymentIn(Body):
    """A payment of a district's reward (以奖代补)."""

    district: DistrictCode
    paid_on: datetime.date
    amount_yuan: PositiveMoney
    document: Name


class RewardReversalIn(Body):
    """The reversal of a reward payment, whole."""

    reverses: Annotated[int, msgspec.Meta(ge=1, le=MAX_PAYMENTS)]
    on: datetime.date
    reason: Note
    document: Name


class RewardPaymentOut(msgspec.Struct, kw_only=True):
    number: Annotated[int, msgspec.Meta(ge=1, le=MAX_PAYMENTS)]
    district: DistrictCode
    paid_on: datetime.date
    amount_yuan: Money
    signed_yuan: SignedMoney
    document: Name
    recorded_on: datetime.date
    recorded_by: Name
    reverses: Annotated[int, msgspec.Meta(ge=1, le=MAX_PAYMENTS)] | None
    reason: Note | None


class AssessmentOut(msgspec.Struct, kw_only=True):
    """The assessment as decided; ``districts`` are those the caller answers for, and the
    allocations of all the districts sum exactly to the pool."""

    year: Year
    as_of: datetime.date
    assessed_on: datetime.date
    weights: WeightsBody
    pool: PoolBody
    districts: Annotated[list[DistrictAssessmentOut], msgspec.Meta(max_length=MAX_DISTRICTS)]
    payments: Annotated[list[RewardPaymentOut], msgspec.Meta(max_length=MAX_PAYMENTS)]


class AssessmentList(msgspec.Struct, kw_only=True):
    items: Annotated[list[AssessmentOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


def _share(value: Fraction) -> str:
    return str(value)


def assessment_out(assessment: Assessment, names: dict[str, str]) -> AssessmentOut:
    """The assessment with the districts of ``names`` (those the caller answers for)."""
    scores = {s.district: s for s in assessment.scores}
    allocations = {a.district: a for a in assessment.allocations}
    districts = []
    for facts in assessment.facts:
        if facts.district not in names:
            continue
        points = dict(scores[facts.district].dimensions)
        allocation = allocations[facts.district]
        districts.append(
            DistrictAssessmentOut(
                district=facts.district,
                name=names[facts.district],
                facts=FactsOut(
                    approved_on_time=optional_rate(facts.approved_on_time),
                    tendered_on_time=optional_rate(facts.tendered_on_time),
                    start_rate=optional_rate(facts.start_rate),
                    acceptance_pass_rate=optional_rate(facts.acceptance_pass_rate),
                    management_coverage=optional_rate(facts.management_coverage),
                    satisfaction=optional_rate(facts.satisfaction),
                    task_volume=facts.task_volume,
                ),
                score=ScoreOut(
                    **{d.code: rate_text(100 * points[d]) for d in Dimension},
                    total=rate_text(scores[facts.district].total),
                ),
                allocation=AllocationOut(
                    by_volume_yuan=text(allocation.by_volume_yuan),
                    by_score_yuan=text(allocation.by_score_yuan),
                    total_yuan=text(allocation.total_yuan),
                ),
                paid_yuan=text(assessment.paid(facts.district)),
                left_yuan=text(allocation.total_yuan - assessment.paid(facts.district)),
            )
        )
    weights = assessment.weights
    return AssessmentOut(
        year=assessment.year,
        as_of=assessment.as_of,
        assessed_on=assessment.assessed_on,
        weights=WeightsBody(**{d.code: _share(weights.of(d)) for d in Dimension}),
        pool=PoolBody(
            amount_yuan=text(assessment.pool.amount_yuan),
            volume_share=_share(assessment.pool.volume_share),
        ),
        districts=districts,
        payments=[
            RewardPaymentOut(
                number=p.number,
                district=p.district,
                paid_on=p.paid_on,
                amount_yuan=text(p.amount_yuan),
                signed_yuan=text(p.signed_yuan),
                document=p.document,
                recorded_on=p.recorded_on,
                recorded_by=p.recorded_by,
                reverses=p.reverses,
                reason=p.reason,
            )
            for p in assessment.payments
            if p.district in names
        ],
    )


@view(ShownAssessment)
def show_assessment(stored: Stored[ShownAssessment]) -> AssessmentOut:
    shown = stored.value
    return assessment_out(shown.assessment, {d.code: d.name for d in shown.districts})


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


class ChangeOut(msgspec.Struct, kw_only=True):
    """Since the month before: more started and completed, and the month's investment."""

    compounds_started: Delta
    households_started: Delta
    compounds_completed: Delta
    households_completed: Delta
    investment_completed_yuan: SignedMoney


class ReportOut(msgspec.Struct, kw_only=True):
    """A version of a district's report: ``progress`` in the plan's view (the year's plan as it
    stood), ``survey`` in the survey's (the year to date, started and completed whatever their
    plan's year, so started may exceed planned; null in a report submitted before it was
    kept)."""

    district: DistrictCode
    month: MonthText
    version: Annotated[int, msgspec.Meta(ge=1, le=MAX_VERSIONS)]
    progress: ProgressOut
    survey: SurveyFiguresOut | None
    remarks: Note | None
    submitted_on: datetime.date
    submitted_by: Name
    reason: Note | None
    due_on: datetime.date


class MonthEventOut(msgspec.Struct, kw_only=True):
    """A major event of the month (重大建设信息), as its project records it."""

    compound: Code
    year: Year
    number: Annotated[int, msgspec.Meta(ge=1, le=2**31 - 1)]
    kind: EventKind
    occurred_at: datetime.datetime
    reported_on: datetime.date
    late: bool
    closed_on: datetime.date | None


class DistrictMonthOut(msgspec.Struct, kw_only=True):
    """A district's month: its report (the latest version) if it has one, its figures (the
    report's, or computed as of today), the change since the month before, and the major
    events of its projects that happened in the month (the first 500, and how many in all)."""

    district: DistrictCode
    name: Name
    status: ReportStatus
    report: ReportOut | None
    progress: ProgressOut
    change: ChangeOut
    major_events: Annotated[list[MonthEventOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    major_events_total: Count


class MonthOut(msgspec.Struct, kw_only=True):
    """A month across the districts the caller answers for; the city's roll-up (the sum of the
    districts' figures) for city-wide callers."""

    month: MonthText
    due_on: datetime.date
    districts: Annotated[list[DistrictMonthOut], msgspec.Meta(max_length=MAX_DISTRICTS)]
    city: ProgressOut | None
    city_change: ChangeOut | None


class VersionsOut(msgspec.Struct, kw_only=True):
    items: Annotated[list[ReportOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


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
        survey=maybe(survey_figures_out, report.survey),
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


def month_of(value: str, at: str = "$.month") -> Month:
    """The month a body (or the query) names; 422 at ``at`` if it is outside the years plans
    cover."""
    month = _month(value)
    if month is None:
        raise invalid_data([FieldProblem(path=at, message="a month of a plausible year")])
    return month


def month_at(value: str) -> Month:
    """The month a path names; 404 if there can be no such month."""
    month = _month(value)
    if month is None:
        raise not_found(f"month {value}")
    return month


@view(MonthlyReport)
def show_report(stored: Stored[MonthlyReport]) -> ReportOut:
    return report_out(stored.value)


def month_shown(found: MonthAcross) -> MonthOut:
    """A month across the districts the caller answers for, and the city's roll-up."""
    return MonthOut(
        month=str(found.month),
        due_on=due_on(found.month),
        districts=[
            DistrictMonthOut(
                district=row.district.code,
                name=row.district.name,
                status=row.status,
                report=report_out(row.report) if row.report is not None else None,
                progress=progress_out(row.progress),
                change=change_out(row.change),
                major_events=[
                    MonthEventOut(
                        compound=compound,
                        year=year,
                        number=event.number,
                        kind=event.kind,
                        occurred_at=event.occurred_at,
                        reported_on=event.reported_on,
                        late=event.late,
                        closed_on=event.closure.on if event.closure else None,
                    )
                    for compound, year, event in row.major_events[:MAX_PAGE_SIZE]
                ],
                major_events_total=len(row.major_events),
            )
            for row in found.districts
        ],
        city=progress_out(found.city) if found.city is not None else None,
        city_change=change_out(found.city_change) if found.city_change is not None else None,
    )
