"""Delivery's commands: the rules that span records (one live project per compound, a project
rests on its plan, a package is its members'), scope, preconditions and the audit trail."""

import datetime
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest

import renovation_core as core
from renovation_api.services import delivery, participation
from renovation_api.services.changes import Expected
from renovation_api.services.errors import Changed, NotFound, OutsideScope
from renovation_api.services.unit_of_work import Place, Stored
from renovation_core.delivery import (
    Assignment,
    Closure,
    DocumentKind,
    Handover,
    HazardLevel,
    Network,
    Project,
    Stage,
    StartBy,
    SuppliedDocument,
    TenderPackage,
    UnitRole,
    WarningKind,
)
from renovation_core.errors import DataError, RuleViolation
from renovation_core.participation import Answer, Question, QuestionKind, Survey, SurveyPurpose
from tests.services.conftest import officer, run
from tests.services.fakes import FakeUnitOfWork
from tests.services.test_participation import REGISTER
from tests.unit import factories
from tests.unit.test_delivery import (
    AFTERCARE,
    AWARD,
    CLIENT,
    COMMITTEE,
    DESIGNER,
    EVERYONE,
    LOW_RISK,
    MENU,
    approved,
    building,
    completed,
    filed,
    planned,
    step,
)

P = "test"
D = datetime.date
FACTS = delivery.Facts(client=CLIENT, profile=LOW_RISK)
HANDOVER = Handover(
    network=Network.WATER, operator="水务", on=D(2023, 11, 1), documents=("竣工图",)
)
START_BY = StartBy(month=4, day=30)
DOCUMENT = SuppliedDocument(
    kind=DocumentKind.DESIGN_APPROVAL, reference="乌建字〔2022〕1号", issued_on=D(2022, 9, 1)
)
DESIGN_UNIT = Assignment(role=UnitRole.DESIGN, unit=DESIGNER, assigned_on=D(2022, 7, 1))


@pytest.fixture
def uow(uow: FakeUnitOfWork) -> FakeUnitOfWork:
    """A programme of two districts, a planned compound in each, and the first's committee."""
    uow.programmes.by_code[P] = factories.programme()
    for code, district in (("C-1", "990101"), ("C-2", "990102")):
        uow.compounds.add(P, factories.compound(code, district))
        uow.plans.table.put((P, code), factories.plan(code, year=2023))
    uow.committees.table.put((P, "C-1"), COMMITTEE)
    uow.menus.table.put((P, "C-1"), MENU)
    return uow


def enter(uow: FakeUnitOfWork, code: str = "C-1") -> Stored[Any]:
    command = delivery.EnterProject(
        programme=P, compound=code, facts=FACTS, planned_on=D(2023, 3, 1)
    )
    return run(delivery.enter_project(command, uow))


def key(code: str = "C-1") -> delivery.ProjectKey:
    return delivery.ProjectKey(programme=P, compound=code, year=2023)


def test_a_project_enters_in_its_plans_year_with_the_plans_networks_and_budget(uow):
    entered = enter(uow)
    plan = run(uow.plans.get(P, "C-1")).value
    assert entered.value.year == 2023
    assert entered.value.budget_yuan == plan.investment_yuan
    assert entered.value.stage is Stage.PLANNED
    assert entered.place == Place(district="990101", street="990101001000")
    [event] = uow.audit.events
    assert (event.action, event.resource) == (
        "create",
        "/v1/programmes/test/compounds/C-1/projects/2023",
    )
    assert event.after == entered


def test_a_compound_is_renovated_once(uow):
    enter(uow)
    with pytest.raises(RuleViolation) as refused:
        enter(uow)
    assert refused.value.rule == "project-exists"


def test_a_project_needs_its_plan(uow):
    del uow.plans.table.rows[P, "C-1"]
    with pytest.raises(RuleViolation) as refused:
        enter(uow)
    assert refused.value.rule == "no-plan"


def test_a_cancelled_year_takes_no_new_project(uow):
    entered = enter(uow)
    cancel = delivery.AdvanceProject(
        project=key(), to=Stage.CANCELLED, on=D(2023, 4, 1), reason="居民意见分歧"
    )
    assert run(delivery.advance_project(cancel, uow)).value.stage is Stage.CANCELLED
    with pytest.raises(RuleViolation, match="cancelled"):
        enter(uow)
    assert entered.revision != run(uow.projects.get(P, "C-1", 2023)).revision


def test_the_project_rests_on_its_plan_as_read(uow):
    plan = run(uow.plans.get(P, "C-1"))
    enter(uow)
    assert run(uow.plans.get(P, "C-1")).revision != plan.revision


def test_outside_its_scope_a_project_does_not_exist(uow):
    enter(uow)
    other = uow.acting_as(officer("990102"))
    with pytest.raises(NotFound):
        run(delivery.project(other, key()))
    with pytest.raises(NotFound):
        enter(other, "C-1")
    inspect = delivery.RecordInspection(
        project=key(), on=D(2023, 5, 1), inspector="质监站", findings="良好"
    )
    with pytest.raises(NotFound):
        run(delivery.record_inspection(inspect, other))


def test_a_command_on_another_version_than_the_one_read_is_refused(uow):
    entered = enter(uow)
    consult = delivery.AdvanceProject(
        project=key(),
        expected=Expected(revisions=frozenset({"stale"}), said='"stale"'),
        to=Stage.CONSULTING,
        on=D(2023, 4, 1),
    )
    with pytest.raises(Changed):
        run(delivery.advance_project(consult, uow))
    fresh = attrs.evolve(
        consult, expected=Expected(revisions=frozenset({entered.revision}), said="")
    )
    consulting = run(delivery.advance_project(fresh, uow))
    assert consulting.value.stage is Stage.CONSULTING
    assert [e.action for e in uow.audit.events] == ["create", "transition"]
    assert uow.audit.events[-1].before == entered


def walk(uow, code, *stages):
    for n, stage in enumerate(stages):
        step = delivery.AdvanceProject(project=key(code), to=stage, on=D(2023, 4, 1 + n))
        run(delivery.advance_project(step, uow))


def test_the_design_starts_only_with_the_residents_committee(uow):
    enter(uow, "C-2")
    walk(uow, "C-2", Stage.CONSULTING)
    with pytest.raises(RuleViolation, match="committee"):
        walk(uow, "C-2", Stage.DESIGNING)
    enter(uow)
    walk(uow, "C-1", Stage.CONSULTING, Stage.DESIGNING)


def test_the_design_waits_for_the_residents_menu_as_the_programmes_policy_says(uow):
    """改造前问需: Wuhai's policy refuses the design before the menu is confirmed; a city whose
    policy only warns lets it start, and its warnings say so from that day."""
    uow.committees.table.put((P, "C-2"), COMMITTEE)
    enter(uow, "C-2")
    walk(uow, "C-2", Stage.CONSULTING)
    with pytest.raises(RuleViolation) as refused:
        walk(uow, "C-2", Stage.DESIGNING)
    assert refused.value.rule == "canvass-before-design"
    assert uow.projects.table.get((P, "C-2", 2023)).value.stage is Stage.CONSULTING
    uow.programmes.policies[P] = core.Policy(
        duties=core.Duties(canvass_before_design=core.Enforcement.WARN)
    )
    walk(uow, "C-2", Stage.DESIGNING)
    design = WarningKind.DESIGN_BEFORE_CANVASS
    [found] = run(delivery.warnings(uow, P, None, design, D(2023, 4, 30), START_BY))
    assert (found.compound, found.due, found.stage) == (
        "C-2",
        D(2023, 4, 1),
        Stage.DESIGNING,
    )
    assert found.detail == (
        "the design started on 2023-04-01 with no residents' menu confirmed (居民点单) and no "
        "canvass of their needs (需求征询: a survey of purpose canvass answered by 5 of its "
        "households, or all of a smaller compound's)"
    )
    uow.menus.table.put((P, "C-2"), MENU)  # confirmed in 2022: the finding goes
    assert run(delivery.warnings(uow, P, None, design, D(2023, 4, 30), START_BY)) == []


def test_a_canvass_answered_by_enough_households_does_instead_of_the_menu(uow):
    """改造前问需 by a canvass survey: four answers of a compound's households are not yet a
    canvass; the fifth, by the design's day, lets it start, and no warning follows."""
    uow.committees.table.put((P, "C-2"), COMMITTEE)
    enter(uow, "C-2")
    walk(uow, "C-2", Stage.CONSULTING)
    canvass = Survey(
        code="needs-2023",
        title="改造需求征询",
        opened_on=D(2023, 2, 1),
        questions=(Question(code="wish", text="最希望改造的内容", kind=QuestionKind.FREE_TEXT),),
        purpose=SurveyPurpose.CANVASS,
    )
    run(participation.create_survey(participation.CreateSurvey(programme=P, survey=canvass), uow))
    households = participation.SetHouseholds(programme=P, compound="C-2", register=REGISTER)
    run(participation.set_households(households, uow))

    def answer(n: int) -> None:
        command = participation.RecordResponse(
            programme=P,
            survey="needs-2023",
            compound="C-2",
            household=f"1-1-0{n}01",
            answered_on=D(2023, 3, n),
            answers=(Answer(question="wish", text="加装电梯"),),
        )
        run(participation.record_response(command, uow))

    for n in range(1, 5):
        answer(n)
    with pytest.raises(RuleViolation) as refused:
        walk(uow, "C-2", Stage.DESIGNING)
    assert refused.value.rule == "canvass-before-design"
    answer(5)
    walk(uow, "C-2", Stage.DESIGNING)
    assert uow.projects.table.get((P, "C-2", 2023)).value.stage is Stage.DESIGNING
    design = WarningKind.DESIGN_BEFORE_CANVASS
    assert run(delivery.warnings(uow, P, None, design, D(2023, 4, 30), START_BY)) == []


def test_closing_an_unknown_hazard_is_not_found(uow):
    enter(uow)
    close = delivery.CloseHazard(project=key(), number=7, closure=factories_closure())
    with pytest.raises(NotFound, match="hazard 7"):
        run(delivery.close_hazard(close, uow))


def factories_closure():
    from renovation_core.delivery import Closure  # noqa: PLC0415

    return Closure(on=D(2023, 6, 1), by="质监站", evidence=("整改回复单",))


def package(*codes: str) -> TenderPackage:
    return TenderPackage(code="PK-1", name="第一标段", year=2023, compounds=codes)


def test_a_package_lets_its_members_and_names_each_one_it_cannot(uow):
    enter(uow)
    with pytest.raises(DataError) as refused:
        run(
            delivery.create_package(
                delivery.CreatePackage(programme=P, package=package("C-1", "C-9")), uow
            )
        )
    assert [e.path for e in refused.value.errors] == ["compounds[1]"]
    created = run(
        delivery.create_package(delivery.CreatePackage(programme=P, package=package("C-1")), uow)
    )
    [member] = run(uow.packages.members(created))
    assert member.value.tender_package == "PK-1"
    assert [e.action for e in uow.audit.events] == ["create", "join", "create"]
    with pytest.raises(RuleViolation) as duplicate:
        run(
            delivery.create_package(
                delivery.CreatePackage(programme=P, package=package("C-1")), uow
            )
        )
    assert (
        duplicate.value.rule in {"duplicate", "already-tendered", "tendered"}
        or duplicate.value.rule
    )


def test_a_package_spanning_districts_is_the_citys(uow):
    enter(uow)
    enter(uow, "C-2")
    run(
        delivery.create_package(
            delivery.CreatePackage(programme=P, package=package("C-1", "C-2")), uow
        )
    )
    district = uow.acting_as(officer("990101"))
    with pytest.raises(NotFound):
        run(delivery.package(district, P, "PK-1"))
    assert run(delivery.packages(district, P, None, None, 10)) == []
    assert len(run(delivery.packages(uow, P, None, None, 10))) == 1
    # Its code, taken by a package the district cannot read, is refused as outside its scope:
    # never "already exists", which would tell it the package is there.
    uow.compounds.add(P, factories.compound("C-3", "990101"))
    uow.plans.table.put((P, "C-3"), factories.plan("C-3", year=2023))
    enter(uow, "C-3")
    again = delivery.CreatePackage(programme=P, package=package("C-3"))
    with pytest.raises(OutsideScope) as refused:
        run(delivery.create_package(again, district))
    assert refused.value.fields == ("code",)
    with pytest.raises(RuleViolation):
        run(delivery.create_package(again, uow))


def test_the_award_makes_its_contractor_each_members_construction_unit(uow):
    enter(uow)
    run(delivery.create_package(delivery.CreatePackage(programme=P, package=package("C-1")), uow))
    award = delivery.AwardPackage(programme=P, package="PK-1", award=AWARD)
    with pytest.raises(RuleViolation) as early:
        run(delivery.award_package(award, uow))
    assert early.value.rule == "design-not-approved"
    member = run(uow.projects.get(P, "C-1", 2023))
    ready = attrs.evolve(approved(), compound="C-1", tender_package="PK-1")
    run(uow.projects.save(member, ready))
    award = delivery.AwardPackage(programme=P, package="PK-1", award=AWARD)
    awarded = run(delivery.award_package(award, uow))
    assert awarded.value.award == AWARD
    project = run(uow.projects.get(P, "C-1", 2023)).value
    assert project.assignments[-1].role is UnitRole.CONSTRUCTION
    assert [e.action for e in uow.audit.events][-2:] == ["award", "assign"]
    with pytest.raises(RuleViolation):
        run(delivery.award_package(award, uow))
    assert Decimal(0) < awarded.value.award.contract_value_yuan


def test_lists_hold_to_the_callers_scope_and_filters(uow):
    enter(uow)
    enter(uow, "C-2")
    every = delivery.ProjectFilter()
    assert [s.value.compound for s in run(delivery.projects(uow, P, every, None, 10))] == [
        "C-1",
        "C-2",
    ]
    district = uow.acting_as(officer("990102"))
    assert [s.value.compound for s in run(delivery.projects(district, P, every, None, 10))] == [
        "C-2"
    ]
    only = delivery.ProjectFilter(district="990101", stage=Stage.PLANNED, year=2023)
    assert len(run(delivery.projects(uow, P, only, None, 10))) == 1
    assert run(delivery.projects(uow, P, every, ("C-1", 2023), 10))[0].value.compound == "C-2"


def test_a_handover_is_seen_by_its_operator_wherever_it_is(uow):
    enter(uow)
    project = run(uow.projects.get(P, "C-1", 2023))
    handed = attrs.evolve(filed(), compound="C-1", handovers=(HANDOVER,))
    run(uow.projects.save(project, handed))
    operator = uow.acting_as(
        core.Principal(actor="key:water", role=core.Role.UTILITY_OPERATOR, organisation="水务")
    )
    assert [h for _, h in run(delivery.handovers(operator, P, None, None))] == [HANDOVER]
    assert run(delivery.handovers(uow.acting_as(officer("990102")), P, None, None)) == []
    assert run(delivery.handovers(uow, P, Network.GAS, None)) == []


def test_entering_management_holds_the_plan_its_elevator_duty_read(uow):
    enter(uow)
    project = run(uow.projects.get(P, "C-1", 2023))
    handed = step(
        attrs.evolve(
            filed(),
            compound="C-1",
            handovers=(HANDOVER, attrs.evolve(HANDOVER, network=Network.HEATING, operator="热力")),
        ),
        Stage.HANDED_OVER,
        D(2023, 11, 6),
    )
    run(uow.projects.save(project, handed))
    uow.aftercare.table.put((P, "C-1"), attrs.evolve(AFTERCARE, compound="C-1"))

    async def taken(_: object) -> None:
        return None

    plans_claim = uow.plans.claim
    uow.plans.claim = taken  # another write changed the plan between this one's read and save
    to_management = delivery.AdvanceProject(
        project=key("C-1"), to=Stage.IN_MANAGEMENT, on=D(2023, 11, 10)
    )
    with pytest.raises(Changed, match="plan changed"):
        run(delivery.advance_project(to_management, uow))
    assert run(uow.projects.get(P, "C-1", 2023)).value.stage is Stage.HANDED_OVER
    uow.plans.claim = plans_claim
    assert run(delivery.advance_project(to_management, uow)).value.stage is Stage.IN_MANAGEMENT


def test_warnings_are_the_cores_for_the_compounds_the_caller_sees(uow):
    found = run(delivery.warnings(uow, P, None, None, D(2024, 12, 31), START_BY))
    assert {w.compound for w in found} == {"C-1", "C-2"}
    assert {
        w.compound
        for w in run(delivery.warnings(uow, P, "990102", None, D(2024, 12, 31), START_BY))
    } == {"C-2"}
    mine = uow.acting_as(officer("990101"))
    assert {
        w.compound for w in run(delivery.warnings(mine, P, None, None, D(2024, 12, 31), START_BY))
    } == {"C-1"}


def at(uow: FakeUnitOfWork, project: Project) -> None:
    """Put the compound's project at ``project``'s point of its lifecycle."""
    stored = run(uow.projects.get(P, "C-1", 2023))
    assert stored is not None
    run(uow.projects.save(stored, attrs.evolve(project, compound="C-1")))


def test_each_step_of_the_record_is_the_cores_applied_saved_and_audited(uow):
    """Every command on a project takes the core's step on the project as stored, saves it
    under the revision read and records its own event."""
    enter(uow)
    steps: list[tuple[Project | None, delivery.ProjectCommand, str]] = [
        (
            designing(),
            delivery.SupplyDocument(project=key(), document=DOCUMENT),
            "supply",
        ),
        (
            designing(),
            delivery.AssignUnit(project=key(), assignment=DESIGN_UNIT),
            "assign",
        ),
        (
            building(),
            delivery.RecordInspection(
                project=key(), on=D(2023, 5, 1), inspector="质监站", findings="良好"
            ),
            "inspect",
        ),
        (
            building(),
            delivery.ReportHazard(
                project=key(),
                found_on=D(2023, 5, 2),
                description="脚手架未固定",
                level=HazardLevel.GENERAL,
                deadline=D(2023, 5, 20),
            ),
            "report-hazard",
        ),
        (
            None,
            delivery.CloseHazard(project=key(), number=1, closure=closure()),
            "close-hazard",
        ),
        (
            completed(),
            delivery.RecordAcceptance(
                project=key(), held_on=D(2023, 10, 12), attendees=EVERYONE, passed=True
            ),
            "accept",
        ),
        (
            filed(),
            delivery.HandOver(project=key(), handover=HANDOVER),
            "hand-over",
        ),
        (
            None,
            delivery.ReviseProject(project=key(), facts=FACTS),
            "replace",
        ),
    ]
    services: dict[type, Callable[[Any, Any], Awaitable[Stored[Project]]]] = {
        delivery.SupplyDocument: delivery.supply_document,
        delivery.AssignUnit: delivery.assign_unit,
        delivery.RecordInspection: delivery.record_inspection,
        delivery.ReportHazard: delivery.report_hazard,
        delivery.CloseHazard: delivery.close_hazard,
        delivery.RecordAcceptance: delivery.record_acceptance,
        delivery.HandOver: delivery.hand_over,
        delivery.ReviseProject: delivery.revise_project,
    }
    for project, command, action in steps:
        if project is not None:
            at(uow, project)
        before = run(uow.projects.get(P, "C-1", 2023))
        if action == "replace":  # facts are revised only before the design is approved
            at(uow, planned_c1())
            before = run(uow.projects.get(P, "C-1", 2023))
        after = run(services[type(command)](command, uow))
        assert after.revision != before.revision
        assert run(uow.projects.get(P, "C-1", 2023)) == after
        event = uow.audit.events[-1]
        assert (event.action, event.before, event.after) == (action, before, after)


def designing() -> Project:
    return designed_without_documents()


def designed_without_documents() -> Project:
    project = step(planned(), Stage.CONSULTING, D(2022, 6, 10))
    return step(project, Stage.DESIGNING, D(2022, 7, 1))


def planned_c1() -> Project:
    return planned()


def closure() -> Closure:
    return Closure(on=D(2023, 5, 18), by="质监站", evidence=("整改回复单",))
