"""Schedule warnings: derived on the day asked, never stored, so they can never go stale.

"Start in spring, finish within the year": a year's projects finish tendering and preparation by
31 December of the year before, start construction by a spring date the city sets, and finish the
works within their year; hazards are rectified by their deadline. A planned compound with no
project yet stands at ``planned``: the plan's clock runs from the plan, not from data entry.
"""

import datetime
from collections.abc import Iterable

import attrs

from renovation_core.delivery.project import Project
from renovation_core.delivery.stages import Stage
from renovation_core.labels import Labelled
from renovation_core.register.compound import Compound
from renovation_core.register.plan import RenovationPlan
from renovation_core.validators import between


class WarningKind(Labelled):
    TENDER_LATE = ("tender_late", "上年底前未完成招标")
    CONSTRUCTION_NOT_STARTED = ("construction_not_started", "未按期开工")
    WORKS_OVERDUE = ("works_overdue", "未在当年完工")
    HAZARD_OVERDUE = ("hazard_overdue", "隐患逾期未整改")


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
    """One missed deadline: which compound and year, what was due and when, and the project's
    stage on the day asked (a suspended one is judged where it stopped). ``hazard`` numbers the
    hazard whose rectification is overdue."""

    kind: WarningKind
    compound: str
    district: str
    year: int
    due: datetime.date
    stage: Stage
    hazard: int | None = None


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
