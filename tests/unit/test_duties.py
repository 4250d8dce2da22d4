"""The plan's duties on a project, each both ways: kept, broken and refused where the policy
blocks, broken and listed on the warnings where it warns, unchecked where it is off."""

import datetime
from decimal import Decimal

import attrs
import pytest

from renovation_core import Duties, Enforcement, MinimumGrade, Policy
from renovation_core.delivery import (
    Assignment,
    Beside,
    Handover,
    ProcurementMethod,
    Project,
    Stage,
    Unit,
    UnitRole,
    award_package,
    duty_warnings,
)
from renovation_core.errors import RuleViolation
from renovation_core.oversight import Elevator, ElevatorMode
from tests.unit import factories
from tests.unit.test_delivery import (
    AFTERCARE,
    AWARD,
    CONTRACTOR,
    DESIGNER,
    MENU,
    PACKAGE,
    TODAY,
    accepted,
    approved,
    building,
    completed,
    designed,
    filed,
    planned,
    step,
    unit,
)

D = datetime.date
WUHAI = Policy()
BLOCK, WARN, OFF = Enforcement.BLOCK, Enforcement.WARN, Enforcement.OFF


def policy(**duties: Enforcement) -> Policy:
    return Policy(duties=Duties(**duties))


def refused(rule: str, call: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(RuleViolation) as error:
        call(*args, **kwargs)  # type: ignore[operator]
    assert error.value.rule == rule
    return error.value.message


def warnings(
    project: Project, beside: Beside | None = None, day: datetime.date = TODAY, **over: object
) -> list[tuple[str, datetime.date, str | None]]:
    """The duty warnings of ``project`` (compound 150302-0001) on ``day``, its menu confirmed
    unless ``beside`` says otherwise."""
    compound = factories.compound("150302-0001", "150302")
    plan = factories.plan("150302-0001", 2023, items=over.pop("items", ("water_supply",)))  # type: ignore[arg-type]
    found = duty_warnings(
        [compound],
        [plan],
        [project],
        beside or Beside(menus={"150302-0001": MENU}),
        today=day,
        policy=over.pop("policy", WUHAI),  # type: ignore[arg-type]
    )
    return [(w.kind.code, w.due, w.detail) for w in found]


# 改造前问需 -----------------------------------------------------------------------------------


def test_the_design_waits_for_the_residents_menu_unless_the_policy_only_warns() -> None:
    consulting = step(planned(), Stage.CONSULTING, D(2022, 6, 10))
    message = refused(
        "canvass-before-design", step, consulting, Stage.DESIGNING, D(2022, 7, 1), menu=None
    )
    assert message.endswith(
        "the design started on 2022-07-01 with no residents' menu confirmed (居民点单) and no "
        "canvass of their needs (需求征询: a survey of purpose canvass answered by 5 of its "
        "households, or all of a smaller compound's)"
    )
    late = attrs.evolve(MENU, confirmed_on=D(2022, 7, 2))
    assert "before the residents' menu was confirmed or their needs canvassed (2022-07-02)" in (
        refused(
            "canvass-before-design", step, consulting, Stage.DESIGNING, D(2022, 7, 1), menu=late
        )
    )
    assert step(consulting, Stage.DESIGNING, D(2022, 7, 1)).stage is Stage.DESIGNING
    lenient = policy(canvass_before_design=WARN)
    started = step(consulting, Stage.DESIGNING, D(2022, 7, 1), menu=None, policy=lenient)
    assert ("design_before_canvass", D(2022, 7, 1)) in [
        w[:2] for w in warnings(started, Beside(), policy=lenient)
    ]
    assert [
        w
        for w in warnings(started, Beside(menus={"150302-0001": MENU}), policy=lenient)
        if w[0] == "design_before_canvass"
    ] == []
    # A canvass that stood for the households by then does instead of the menu; a later one
    # does not.
    canvassed = step(
        consulting, Stage.DESIGNING, D(2022, 7, 1), menu=None, canvassed=D(2022, 6, 20)
    )
    assert canvassed.stage is Stage.DESIGNING
    assert "needs canvassed (2022-07-02)" in refused(
        "canvass-before-design",
        step,
        consulting,
        Stage.DESIGNING,
        D(2022, 7, 1),
        menu=None,
        canvassed=D(2022, 7, 2),
    )
    assert [
        w
        for w in warnings(
            started, Beside(canvassed={"150302-0001": D(2022, 6, 20)}), policy=lenient
        )
        if w[0] == "design_before_canvass"
    ] == []
    unchecked = policy(canvass_before_design=OFF)
    started = step(consulting, Stage.DESIGNING, D(2022, 7, 1), menu=None, policy=unchecked)
    assert "design_before_canvass" not in [
        w[0] for w in warnings(started, Beside(), policy=unchecked)
    ]


# 较高资质 ------------------------------------------------------------------------------------


def graded(unit: Unit, grade: str) -> Unit:
    """``unit`` with its qualification of another grade."""
    assert unit.qualification is not None
    return attrs.evolve(unit, qualification=attrs.evolve(unit.qualification, grade=grade))


LOW_GRADE = graded(DESIGNER, "丙级")


def test_a_unit_below_the_policys_grade_is_not_assigned_where_it_blocks() -> None:
    consulting = step(
        step(planned(), Stage.CONSULTING, D(2022, 6, 10)), Stage.DESIGNING, D(2022, 7, 1)
    )
    low = Assignment(role=UnitRole.DESIGN, unit=LOW_GRADE, assigned_on=D(2022, 7, 1))
    assert refused("qualification-grade", consulting.assign, low, TODAY, WUHAI).endswith(
        "乌海市建筑设计院 holds 丙级; design work needs 乙级 or higher"
    )
    lenient = policy(qualification_grade=WARN)
    kept = consulting.assign(low, TODAY, lenient)
    assert (
        "unit_grade_low",
        D(2022, 7, 1),
        "乌海市建筑设计院 holds 丙级; design work needs 乙级 or higher",
    ) in warnings(kept, policy=lenient)
    # A city that asks 甲级 of designers refuses the 甲级 unit nothing and the 乙级 one.
    strict = Policy(minimum_grades=(MinimumGrade(role=UnitRole.DESIGN, grade="甲级"),))
    assert consulting.assign(attrs.evolve(low, unit=DESIGNER), TODAY, strict).unit(UnitRole.DESIGN)
    middling = graded(DESIGNER, "乙级")
    refused(
        "qualification-grade", consulting.assign, attrs.evolve(low, unit=middling), TODAY, strict
    )
    assert consulting.assign(low, TODAY, Policy(minimum_grades=())).unit(UnitRole.DESIGN)


def test_a_contractor_below_grade_is_not_awarded_construction() -> None:
    weak = graded(CONTRACTOR, "建筑工程施工总承包三级")
    assert "needs 二级 or higher" in refused(
        "qualification-grade",
        award_package,
        PACKAGE,
        attrs.evolve(AWARD, contractor=weak),
        [approved()],
        TODAY,
        WUHAI,
    )


# 直接委托 ------------------------------------------------------------------------------------


def test_works_are_let_without_a_tender_only_below_the_policys_limit() -> None:
    """400万元以上 must be tendered: 4,000,000 itself is, and a negotiated award is no way
    around it."""
    direct = attrs.evolve(
        AWARD, method=ProcurementMethod.DIRECT, contract_value_yuan=Decimal("3999999.99")
    )
    awarded, _ = award_package(PACKAGE, direct, [approved()], TODAY, WUHAI)
    assert awarded.award == direct
    above = attrs.evolve(direct, contract_value_yuan=Decimal("4000000"))
    assert refused(
        "direct-award", award_package, PACKAGE, above, [approved()], TODAY, WUHAI
    ).endswith("a direct award of 4000000 yuan is not below the limit of 4000000 yuan; tender it")
    negotiated = attrs.evolve(above, method=ProcurementMethod.NEGOTIATED)
    refused("direct-award", award_package, PACKAGE, negotiated, [approved()], TODAY, WUHAI)
    tendered = attrs.evolve(above, method=ProcurementMethod.INVITED)
    assert award_package(PACKAGE, tendered, [approved()], TODAY, WUHAI)[0].award == tendered
    never = Policy(direct_award_limit_yuan=None)
    assert refused(
        "direct-award", award_package, PACKAGE, direct, [approved()], TODAY, never
    ).endswith("the programme lets no works by direct award; tender them")
    lenient = Policy(duties=Duties(direct_award=WARN))
    _, (member,) = award_package(PACKAGE, above, [approved()], TODAY, lenient)
    member = attrs.evolve(member, tender_package=PACKAGE.code)
    assert [
        w[0] for w in warnings(member, Beside(awards={PACKAGE.code: above}), policy=lenient)
    ].count("direct_award_over_limit") == 1


# 勘察、检测单位 -------------------------------------------------------------------------------


SURVEYOR = unit(UnitRole.SURVEY, "内蒙古勘察院", "91150300MA0N00004N")
TESTER = unit(UnitRole.TESTING, "乌海市建设工程检测中心", "91150300MA0N00005R")


def test_survey_and_testing_units_are_findings_by_default_and_required_where_the_policy_blocks() -> (
    None
):
    strict = policy(survey_and_testing=BLOCK)
    assert refused(
        "survey-and-testing", step, designed(), Stage.APPROVED, D(2022, 9, 10), policy=strict
    ).endswith("no survey unit was engaged before the design was approved")
    surveyed = designed().assign(
        Assignment(role=UnitRole.SURVEY, unit=SURVEYOR, assigned_on=D(2022, 7, 5)), TODAY, strict
    )
    assert step(surveyed, Stage.APPROVED, D(2022, 9, 10), policy=strict).stage is Stage.APPROVED
    unsurveyed = step(designed(), Stage.APPROVED, D(2022, 9, 10))  # Wuhai: a finding
    assert warnings(unsurveyed) == [
        (
            "unit_not_engaged",
            D(2022, 9, 10),
            "no survey unit was engaged before the design was approved",
        )
    ]
    assert warnings(unsurveyed, policy=policy(survey_and_testing=OFF)) == []


# 电梯、维修资金 -------------------------------------------------------------------------------


ELEVATOR = Elevator(building="1", entrance="1", mode=ElevatorMode.LUMP_SUM, since=D(2023, 11, 1))
WITH_ELEVATOR = ("water_supply", "elevator_retrofit")


def handed_over() -> Project:
    project = filed()
    for network in project.networks:
        project = project.hand_over(
            Handover(network=network, operator="运营单位", on=D(2023, 11, 5), documents=("清单",)),
            TODAY,
        )
    return step(project, Stage.HANDED_OVER, D(2023, 11, 10))


def test_long_term_management_asks_for_the_elevators_mode_where_the_plan_retrofits_them() -> None:
    project = handed_over()
    message = refused(
        "elevator-management",
        step,
        project,
        Stage.IN_MANAGEMENT,
        D(2023, 11, 15),
        items=WITH_ELEVATOR,
    )
    assert message.endswith(
        "the plan retrofits elevators and no elevator has a management mode by 2023-11-15"
    )
    run = attrs.evolve(AFTERCARE, elevators=(ELEVATOR,))
    managed = step(
        project, Stage.IN_MANAGEMENT, D(2023, 11, 15), items=WITH_ELEVATOR, aftercare=run
    )
    assert managed.stage is Stage.IN_MANAGEMENT
    assert (
        step(project, Stage.IN_MANAGEMENT, D(2023, 11, 15)).stage is Stage.IN_MANAGEMENT
    )  # no elevator
    lenient = policy(elevator_management=WARN)
    passed = step(
        project, Stage.IN_MANAGEMENT, D(2023, 11, 15), items=WITH_ELEVATOR, policy=lenient
    )
    found = warnings(
        passed, Beside(aftercare={"150302-0001": AFTERCARE}), items=WITH_ELEVATOR, policy=lenient
    )
    assert ("elevator_management_missing", D(2023, 11, 15)) in [w[:2] for w in found]


def test_the_maintenance_fund_is_a_finding_in_wuhai_and_a_guard_where_a_city_requires_it() -> None:
    project = handed_over()
    managed = step(project, Stage.IN_MANAGEMENT, D(2023, 11, 15))
    assert ("maintenance_fund_missing", D(2023, 11, 15)) in [
        w[:2] for w in warnings(managed, Beside(aftercare={"150302-0001": AFTERCARE}))
    ]
    funded = AFTERCARE.create_fund(D(2023, 11, 12), TODAY)
    assert "maintenance_fund_missing" not in [
        w[0] for w in warnings(managed, Beside(aftercare={"150302-0001": funded}))
    ]
    strict = policy(maintenance_fund=BLOCK)
    refused("maintenance-fund", step, project, Stage.IN_MANAGEMENT, D(2023, 11, 15), policy=strict)
    assert (
        step(project, Stage.IN_MANAGEMENT, D(2023, 11, 15), policy=strict, aftercare=funded).stage
        is Stage.IN_MANAGEMENT
    )


# 定期检查、回访 -------------------------------------------------------------------------------


def test_works_on_site_owe_an_inspection_every_interval() -> None:
    started = building()  # construction from 2023-04-10, no inspection
    on_site = warnings(started, day=D(2023, 5, 10))
    assert "inspection_overdue" not in [w[0] for w in on_site]  # 30 days: not yet late
    assert (
        "inspection_overdue",
        D(2023, 5, 10),
        "no quality and safety inspection since 2023-04-10; one is due every 30 days on site",
    ) in warnings(started, day=D(2023, 5, 11))
    inspected = started.inspect(on=D(2023, 5, 1), inspector="质监站", findings="无", today=TODAY)
    assert "inspection_overdue" not in [w[0] for w in warnings(inspected, day=D(2023, 5, 31))]
    assert "inspection_overdue" in [
        w[0]
        for w in warnings(inspected, day=D(2023, 5, 31), policy=Policy(inspection_interval_days=14))
    ]
    assert "inspection_overdue" not in [
        w[0] for w in warnings(completed(), day=D(2024, 6, 1))
    ]  # off site


def test_follow_up_surveys_are_tracked_after_the_acceptance() -> None:
    project = accepted()
    accepted_on = project.reached(Stage.ACCEPTED).on  # type: ignore[union-attr]
    first, second = WUHAI.follow_ups(accepted_on)
    window = datetime.timedelta(days=30)
    assert [w for w in warnings(project, day=first + window) if w[0] == "follow_up_overdue"] == []
    overdue = [
        w
        for w in warnings(project, day=first + window + datetime.timedelta(days=1))
        if w[0] == "follow_up_overdue"
    ]
    assert [w[1] for w in overdue] == [first]
    answered = Beside(answered={"150302-0001": {first - window}})
    assert [
        w
        for w in warnings(project, answered, day=second + 2 * window)
        if w[0] == "follow_up_overdue"
    ] == [
        (
            "follow_up_overdue",
            second,
            f"no resident answered a survey within 30 days of {second}, 12 months after the "
            f"acceptance on {accepted_on}",
        )
    ]
