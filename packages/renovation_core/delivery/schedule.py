"""Schedule warnings: derived on the day asked, never stored, so they can never go stale.

"Start in spring, finish within the year": a year's projects finish tendering and preparation by
31 December of the year before, start construction by a spring date the city sets, and finish the
works within their year; hazards are rectified by their deadline. A planned compound with no
project yet stands at ``planned``: the plan's clock runs from the plan, not from data entry.

Beside the deadlines, :func:`duty_warnings` lists the plan's duties a project has broken where
the programme's policy lets the step pass with a finding (or broke before it blocked): design
before the residents' menu, units below the grade or not engaged, a direct award above the
limit, works gone too long without an inspection, long-term management without the elevators'
mode or a maintenance fund, and follow-up surveys not held; and every major event reported
(重大建设信息) until it is closed.
"""

import datetime
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

import attrs

from renovation_core.delivery import duties
from renovation_core.delivery.duties import Canvassed, Managed
from renovation_core.delivery.project import Project
from renovation_core.delivery.stages import Stage
from renovation_core.delivery.tender import Award
from renovation_core.enforcement import Duty
from renovation_core.labels import Labelled
from renovation_core.register.compound import Compound
from renovation_core.register.plan import RenovationPlan
from renovation_core.validators import between

if TYPE_CHECKING:
    from renovation_core.policy import Policy


class WarningKind(Labelled):
    TENDER_LATE = ("tender_late", "上年底前未完成招标")
    CONSTRUCTION_NOT_STARTED = ("construction_not_started", "未按期开工")
    WORKS_OVERDUE = ("works_overdue", "未在当年完工")
    HAZARD_OVERDUE = ("hazard_overdue", "隐患逾期未整改")
    DESIGN_BEFORE_CANVASS = ("design_before_canvass", "未经居民点单确认或需求征询即开始设计")
    UNIT_GRADE_LOW = ("unit_grade_low", "参建单位资质等级低于要求")
    UNIT_NOT_ENGAGED = ("unit_not_engaged", "未委托勘察或检测单位")
    DIRECT_AWARD_OVER_LIMIT = ("direct_award_over_limit", "超过限额直接委托")
    INSPECTION_OVERDUE = ("inspection_overdue", "未按期开展质量安全检查")
    ELEVATOR_MANAGEMENT_MISSING = ("elevator_management_missing", "加装电梯未明确管理模式")
    MAINTENANCE_FUND_MISSING = ("maintenance_fund_missing", "未补建住宅专项维修资金")
    FOLLOW_UP_OVERDUE = ("follow_up_overdue", "改造后回访调查逾期")
    MAJOR_EVENT = ("major_event", "重大建设信息")


@attrs.frozen(kw_only=True)
class StartBy:
    """The spring day by which a year's construction must have started."""

    month: int = attrs.field(validator=between(1, 12))
    day: int = attrs.field(validator=between(1, 31))

    def __attrs_post_init__(self) -> None:
        datetime.date(2001, self.month, self.day)  # a day every year has (no 29 February)

    def in_year(self, year: int) -> datetime.date:
        return datetime.date(year, self.month, self.day)


@attrs.frozen(kw_only=True)
class ScheduleWarning:
    """One missed deadline or broken duty: which compound and year, what was due and when, and
    the project's stage on the day asked (a suspended one is judged where it stopped).
    ``hazard`` numbers the hazard whose rectification is overdue; ``detail`` says what a duty's
    breach was."""

    kind: WarningKind
    compound: str
    district: str
    year: int
    due: datetime.date
    stage: Stage
    hazard: int | None = None
    detail: str | None = None


def tender_due(year: int) -> datetime.date:
    """The day a ``year``'s projects are tendered by: the last day of the year before."""
    return datetime.date(year - 1, 12, 31)


# Each deadline: what it is, the stage that meets it, and its day in the project's year.
_DEADLINES = (
    (WarningKind.TENDER_LATE, Stage.TENDERED, lambda year, _: tender_due(year)),
    (WarningKind.CONSTRUCTION_NOT_STARTED, Stage.UNDER_CONSTRUCTION, lambda y, s: s.in_year(y)),
    (WarningKind.WORKS_OVERDUE, Stage.COMPLETED, lambda year, _: datetime.date(year, 12, 31)),
)


def schedule_warnings(
    compounds: Iterable[Compound],
    plans: Iterable[RenovationPlan],
    projects: Iterable[Project],
    *,
    today: datetime.date,
    start_by: StartBy,
) -> tuple[ScheduleWarning, ...]:
    """Every deadline missed on ``today`` by a planned compound, ordered by compound, then by
    due date. The day decides everything: the stage the project stood at then, the hazards open
    then. A compound whose project for its plan's year was cancelled by then owes nothing."""
    districts = {c.code: c.district for c in compounds}
    by_compound: dict[str, list[Project]] = {}
    for each in projects:
        by_compound.setdefault(each.compound, []).append(each)
    warnings: list[ScheduleWarning] = []
    for plan in sorted(plans, key=lambda p: p.compound):
        project, cancelled = _standing(by_compound.get(plan.compound, []), plan.year, today)
        if cancelled:
            continue
        step = project.step_on(today) if project else None
        year = project.year if project else plan.year
        stage = step.to if step else Stage.PLANNED
        standing = (project.stage_on(today) if project else None) or Stage.PLANNED
        found = [
            ScheduleWarning(
                kind=kind,
                compound=plan.compound,
                district=districts[plan.compound],
                year=year,
                due=due(year, start_by),
                stage=stage,
            )
            for kind, meets, due in _DEADLINES
            if standing.rank < meets.rank and today > due(year, start_by)
        ]
        found += [
            ScheduleWarning(
                kind=WarningKind.HAZARD_OVERDUE,
                compound=plan.compound,
                district=districts[plan.compound],
                year=year,
                due=hazard.deadline,
                stage=stage,
                hazard=hazard.number,
            )
            for hazard in (project.hazards if project else ())
            if hazard.overdue_on(today)
        ]
        warnings += sorted(found, key=lambda w: w.due)
    return tuple(warnings)


def _standing(
    projects: list[Project], year: int, day: datetime.date
) -> tuple[Project | None, bool]:
    """The compound's project that was under way on ``day``, if one was; and, if none was,
    whether the project of the plan's ``year`` had been cancelled by then."""
    for project in projects:
        step = project.step_on(day)
        if step is not None and step.to is not Stage.CANCELLED:
            return project, False
    return None, any(
        project.year == year
        and (step := project.step_on(day)) is not None
        and step.to is Stage.CANCELLED
        for project in projects
    )


@attrs.frozen(kw_only=True)
class Beside:
    """The records beside the projects that their duties are judged on, by compound code (a
    project's award by its package's code): the residents' menus, the days a canvass stood for
    them, the aftercare records, the days residents answered an evaluation survey."""

    menus: Mapping[str, Canvassed] = attrs.field(factory=dict)
    canvassed: Mapping[str, datetime.date] = attrs.field(factory=dict)
    aftercare: Mapping[str, Managed] = attrs.field(factory=dict)
    awards: Mapping[str, Award] = attrs.field(factory=dict)
    answered: Mapping[str, Collection[datetime.date]] = attrs.field(factory=dict)


def duty_warnings(
    compounds: Iterable[Compound],
    plans: Iterable[RenovationPlan],
    projects: Iterable[Project],
    beside: Beside,
    *,
    today: datetime.date,
    policy: "Policy",
) -> tuple[ScheduleWarning, ...]:
    """Every duty the projects under way on ``today`` had broken by then, where the
    ``policy`` checks it, ordered by compound, then by the day it fell due."""
    districts = {c.code: c.district for c in compounds}
    items = {p.compound: p.items for p in plans}
    found = [
        ScheduleWarning(
            kind=kind,
            compound=project.compound,
            district=districts[project.compound],
            year=project.year,
            due=due,
            stage=step.to,
            detail=detail,
        )
        for project in projects
        if project.compound in districts and (step := project.step_on(today)) is not None
        for kind, due, detail in (
            _events(project, today)
            if step.to is Stage.CANCELLED
            else _breaches(project, items.get(project.compound, ()), beside, today, policy)
        )
    ]
    return tuple(sorted(found, key=lambda w: (w.compound, w.due, list(WarningKind).index(w.kind))))


# The warning each duty's breach shows as.
_SHOWN_AS = {
    Duty.CANVASS_BEFORE_DESIGN: WarningKind.DESIGN_BEFORE_CANVASS,
    Duty.QUALIFICATION_GRADE: WarningKind.UNIT_GRADE_LOW,
    Duty.SURVEY_AND_TESTING: WarningKind.UNIT_NOT_ENGAGED,
    Duty.DIRECT_AWARD: WarningKind.DIRECT_AWARD_OVER_LIMIT,
    Duty.ELEVATOR_MANAGEMENT: WarningKind.ELEVATOR_MANAGEMENT_MISSING,
    Duty.MAINTENANCE_FUND: WarningKind.MAINTENANCE_FUND_MISSING,
}


def _breaches(
    project: Project,
    items: Iterable[str],
    beside: Beside,
    today: datetime.date,
    policy: "Policy",
) -> Iterator[tuple[WarningKind, datetime.date, str]]:
    for duty, due, why in _judged(project, items, beside, today, policy):
        if why is not None and policy.checks(duty):
            yield _SHOWN_AS[duty], due, why
    yield from _inspections(project, today, policy.inspection_interval_days)
    yield from _events(project, today)
    if accepted := project.reached(Stage.ACCEPTED):
        answered = beside.answered.get(project.compound, ())
        yield from _follow_ups(accepted.on, answered, today, policy)


def _judged(
    project: Project,
    items: Iterable[str],
    beside: Beside,
    today: datetime.date,
    policy: "Policy",
) -> Iterator[tuple[Duty, datetime.date, str | None]]:
    """Each duty the project owed by ``today``, with the day it fell due and its breach."""

    def reached(stage: Stage) -> datetime.date | None:
        step = project.reached(stage)
        return step.on if step is not None and step.on <= today else None

    code = project.compound
    if on := reached(Stage.DESIGNING):
        asked = beside.menus.get(code), beside.canvassed.get(code)
        yield Duty.CANVASS_BEFORE_DESIGN, on, duties.canvass(*asked, on)
    for assignment in project.assignments:
        if assignment.assigned_on <= today:
            why = duties.grade(policy, assignment.role, assignment.unit)
            yield Duty.QUALIFICATION_GRADE, assignment.assigned_on, why
    for stage, (role, by) in duties.ENGAGED_BEFORE.items():
        if on := reached(stage):
            engaged = project.unit(role, on) is not None
            yield Duty.SURVEY_AND_TESTING, on, duties.unit_engaged(role, engaged, by)
    award = beside.awards.get(project.tender_package or "")
    if award is not None and award.awarded_on <= today:
        yield Duty.DIRECT_AWARD, award.awarded_on, duties.direct_award(policy, award)
    if on := reached(Stage.IN_MANAGEMENT):
        aftercare = beside.aftercare.get(code)
        yield Duty.ELEVATOR_MANAGEMENT, on, duties.elevator_management(items, aftercare, on)
        yield Duty.MAINTENANCE_FUND, on, duties.maintenance_fund(aftercare, on)


def _events(
    project: Project, today: datetime.date
) -> Iterator[tuple[WarningKind, datetime.date, str]]:
    """Its major events open on ``today``, the project's cancellation notwithstanding."""
    for event in project.major_events:
        if event.open_on(today):
            yield WarningKind.MAJOR_EVENT, event.occurred_on, event.summary


def _inspections(
    project: Project, today: datetime.date, interval_days: int
) -> Iterator[tuple[WarningKind, datetime.date, str]]:
    """定期检查: works on site (not suspended) go at most ``interval_days`` between the start
    and an inspection, or between two inspections."""
    step = project.step_on(today)
    if step is None or step.to is not Stage.UNDER_CONSTRUCTION:
        return
    # From the works' last start (a resumption after a suspension counts afresh).
    last = max((step.on, *(i.on for i in project.inspections if i.on <= today)))
    if due := duties.inspection_gap(last, today, interval_days):
        yield (
            WarningKind.INSPECTION_OVERDUE,
            due,
            f"no quality and safety inspection since {last}; one is due every "
            f"{interval_days} days on site",
        )


def _follow_ups(
    accepted: datetime.date,
    answered: Collection[datetime.date],
    today: datetime.date,
    policy: "Policy",
) -> Iterator[tuple[WarningKind, datetime.date, str]]:
    """Each follow-up survey counts by an answer within its window around its day; one past
    its window unanswered is overdue."""
    window = datetime.timedelta(days=policy.follow_up_window_days)
    for months, due in zip(policy.follow_up_months, policy.follow_ups(accepted), strict=True):
        held = any(due - window <= day <= due + window for day in answered)
        if not held and today > due + window:
            yield (
                WarningKind.FOLLOW_UP_OVERDUE,
                due,
                f"no resident answered a survey within {policy.follow_up_window_days} days of "
                f"{due}, {months} months after the acceptance on {accepted}",
            )


@attrs.frozen(kw_only=True)
class WarningCount:
    """How many warnings of one kind a district has (``district=None``: the whole city)."""

    district: str | None
    kind: WarningKind
    count: int


def count_warnings(warnings: Iterable[ScheduleWarning]) -> tuple[WarningCount, ...]:
    """The district and city view: each district's count of each kind of warning it has, in
    district order, then the city's."""
    counts: dict[tuple[str | None, WarningKind], int] = {}
    for warning in warnings:
        for place in (warning.district, None):
            counts[place, warning.kind] = counts.get((place, warning.kind), 0) + 1
    kinds = list(WarningKind)
    return tuple(
        WarningCount(district=district, kind=kind, count=count)
        for (district, kind), count in sorted(
            counts.items(), key=lambda c: (c[0][0] is None, c[0][0] or "", kinds.index(c[0][1]))
        )
    )
