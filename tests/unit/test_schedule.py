"""Schedule warnings for the Wuhai plan on fixed days: derived from the plan and the projects."""

import datetime
from collections import Counter

import attrs

from renovation_core.delivery import (
    Closure,
    HazardLevel,
    Project,
    ScheduleWarning,
    Stage,
    StartBy,
    WarningKind,
    count_warnings,
    schedule_warnings,
)
from renovation_core.reference import wuhai
from tests.unit.test_delivery import AWARD, PACKAGE, approved, building, planned, step

D = datetime.date
SPRING = StartBy(month=4, day=30)


def warnings_on(today: datetime.date, *projects: Project) -> tuple[ScheduleWarning, ...]:
    data = wuhai()
    return schedule_warnings(data.compounds, data.plans, projects, today=today, start_by=SPRING)


def test_a_plan_with_no_project_yet_misses_its_deadlines_as_planned() -> None:
    # Wuhai's plan: 59 compounds in 2022 (Haibowan 47, Wuda 7, Hainan 5), 60 in 2023.
    assert warnings_on(D(2021, 12, 31)) == ()
    late = Counter((w.kind, w.year) for w in warnings_on(D(2022, 1, 1)))
    assert late == {(WarningKind.TENDER_LATE, 2022): 59}
    spring = warnings_on(D(2022, 5, 1))
    assert Counter(w.kind for w in spring) == {
        WarningKind.TENDER_LATE: 59,
        WarningKind.CONSTRUCTION_NOT_STARTED: 59,
    }
    assert Counter(w.district for w in spring if w.kind is WarningKind.TENDER_LATE) == {
        "150302": 47,
        "150304": 7,
        "150303": 5,
    }
    new_year = Counter((w.kind, w.year) for w in warnings_on(D(2023, 1, 1)))
    assert new_year == {
        (WarningKind.TENDER_LATE, 2022): 59,
        (WarningKind.CONSTRUCTION_NOT_STARTED, 2022): 59,
        (WarningKind.WORKS_OVERDUE, 2022): 59,
        (WarningKind.TENDER_LATE, 2023): 60,
    }
    assert all(w.stage is Stage.PLANNED for w in warnings_on(D(2023, 1, 1)))


def test_a_project_meets_deadlines_by_its_stage_and_owes_its_hazards() -> None:
    compound = next(p.compound for p in wuhai().plans if p.year == 2023)
    project = attrs.evolve(building(), compound=compound)
    project = project.report_hazard(
        found_on=D(2023, 5, 1),
        description="临时用电未接漏电保护器",
        level=HazardLevel.GENERAL,
        deadline=D(2023, 5, 10),
        today=D(2023, 12, 31),
    )
    mine = [w for w in warnings_on(D(2023, 5, 11), project) if w.compound == compound]
    assert [(w.kind, w.due, w.hazard) for w in mine] == [
        (WarningKind.HAZARD_OVERDUE, D(2023, 5, 10), 1)
    ]
    assert mine[0].stage is Stage.UNDER_CONSTRUCTION
    suspended = step(project, Stage.SUSPENDED, D(2023, 6, 1), reason="冬季停工")
    december = [w for w in warnings_on(D(2024, 1, 1), suspended) if w.compound == compound]
    assert {w.kind for w in december} == {WarningKind.WORKS_OVERDUE, WarningKind.HAZARD_OVERDUE}
    assert all(w.stage is Stage.SUSPENDED for w in december)


def test_cancelled_projects_owe_nothing() -> None:
    compound = wuhai().plans[0].compound
    cancelled = step(
        attrs.evolve(planned(), compound=compound, year=2022),
        Stage.CANCELLED,
        D(2022, 7, 1),
        reason="纳入棚户区改造",
    )
    assert not [w for w in warnings_on(D(2023, 1, 1), cancelled) if w.compound == compound]
    assert len(warnings_on(D(2023, 1, 1), cancelled)) == 3 * 59 + 60 - 3


def test_counts_give_each_district_and_the_city() -> None:
    counts = count_warnings(warnings_on(D(2022, 5, 1)))
    assert [(c.district, c.kind.code, c.count) for c in counts] == [
        ("150302", "tender_late", 47),
        ("150302", "construction_not_started", 47),
        ("150303", "tender_late", 5),
        ("150303", "construction_not_started", 5),
        ("150304", "tender_late", 7),
        ("150304", "construction_not_started", 7),
        (None, "tender_late", 59),
        (None, "construction_not_started", 59),
    ]


def test_a_past_day_is_judged_by_what_had_happened_by_then() -> None:
    compound = next(p.compound for p in wuhai().plans if p.year == 2023)
    late = step(
        approved().join(PACKAGE),
        Stage.TENDERED,
        D(2023, 1, 10),
        tender=PACKAGE.awarded(AWARD, D(2023, 12, 31)),
    )
    late = attrs.evolve(late, compound=compound)
    before = [w for w in warnings_on(D(2023, 1, 5), late) if w.compound == compound]
    assert [(w.kind, w.stage) for w in before] == [(WarningKind.TENDER_LATE, Stage.APPROVED)]
    assert not [w for w in warnings_on(D(2023, 1, 11), late) if w.compound == compound]

    hazardous = attrs.evolve(building(), compound=compound).report_hazard(
        found_on=D(2023, 5, 1),
        description="基坑未设防护",
        level=HazardLevel.MAJOR,
        deadline=D(2023, 5, 10),
        today=D(2023, 12, 31),
    )
    fixed = hazardous.close_hazard(
        1, Closure(on=D(2023, 7, 1), by="监理", evidence=("整改回复单",)), D(2023, 12, 31)
    )
    june = [w.kind for w in warnings_on(D(2023, 6, 1), fixed) if w.compound == compound]
    assert june == [WarningKind.HAZARD_OVERDUE]  # overdue then, though closed since
    assert not [w for w in warnings_on(D(2023, 8, 1), fixed) if w.compound == compound]


def test_a_plan_moved_to_another_year_after_its_project_was_cancelled_is_due_again() -> None:
    data = wuhai()
    moved = next(p for p in data.plans if p.year == 2022)
    cancelled = step(
        attrs.evolve(planned(), compound=moved.compound, year=2022),
        Stage.CANCELLED,
        D(2022, 7, 1),
        reason="推迟至2023年",
    )
    plans = [attrs.evolve(p, year=2023) if p is moved else p for p in data.plans]
    found = schedule_warnings(
        data.compounds, plans, [cancelled], today=D(2023, 1, 1), start_by=SPRING
    )
    mine = [(w.kind, w.year) for w in found if w.compound == moved.compound]
    assert mine == [(WarningKind.TENDER_LATE, 2023)]
