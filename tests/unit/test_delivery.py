"""A project's lifecycle and the plan's guards on it: each refusal, and the path it allows."""

import datetime
from decimal import Decimal

import attrs
import pytest

from renovation_core import Category, Policy, RenovationPlan
from renovation_core.delivery import (
    ApprovalProfile,
    Assignment,
    Attendee,
    AttendeeRole,
    Award,
    Closure,
    DocumentKind,
    Handover,
    HazardLevel,
    Network,
    Organisation,
    ProcurementMethod,
    Project,
    Qualification,
    Stage,
    SuppliedDocument,
    TenderPackage,
    Unit,
    UnitRole,
    award_package,
    is_credit_code,
    next_stages,
    project_networks,
)
from renovation_core.errors import DataError, FieldValueError, RuleViolation
from renovation_core.oversight import Aftercare, Management, ManagementMode
from renovation_core.participation import (
    Committee,
    CommitteeMember,
    CommitteeRole,
    Menu,
    MenuItem,
)

D = datetime.date
TODAY = D(2023, 12, 31)
CLIENT = Organisation(name="海勃湾区住房和城乡建设局", credit_code="12150300MB0000001U")
LOW_RISK = ApprovalProfile(
    changes_land_ownership=False,
    low_risk=True,
    changes_main_structure=False,
    signs_commitment_notice=True,
)


LATER = D(2026, 12, 31)


def unit(role: UnitRole, name: str, credit: str, until: datetime.date = LATER) -> Unit:
    return Unit(
        organisation=Organisation(name=name, credit_code=credit),
        qualification=Qualification(
            certificate=f"{role.code.upper()}-001",
            covers=role,
            grade="甲级",
            valid_from=D(2020, 1, 1),
            valid_until=until,
        ),
    )


DESIGNER = unit(UnitRole.DESIGN, "乌海市建筑设计院", "91150300MA0N00001D")
CONTRACTOR = unit(UnitRole.CONSTRUCTION, "乌海市城市建设投资集团", "91150300MA0N00002G")
SUPERVISOR = unit(UnitRole.SUPERVISION, "内蒙古工程监理公司", "91150300MA0N00003K")
AWARD = Award(
    contractor=CONTRACTOR,
    method=ProcurementMethod.OPEN,
    awarded_on=D(2022, 11, 20),
    contract_value_yuan=Decimal("4120000.00"),
)
PACKAGE = TenderPackage(
    code="HBW-2023-01", name="海勃湾区2023年第一标段", year=2023, compounds=("150302-0001",)
)
EVERYONE = (
    Attendee(role=AttendeeRole.CLIENT, name="王主任", organisation=CLIENT.name),
    Attendee(role=AttendeeRole.CONTRACTOR, name="李经理", organisation="乌海市城市建设投资集团"),
    Attendee(role=AttendeeRole.SUPERVISOR, name="赵监理", organisation="内蒙古工程监理公司"),
    Attendee(role=AttendeeRole.STREET, name="孙书记", organisation="新华街道"),
    Attendee(role=AttendeeRole.COMMUNITY, name="周主任", organisation="新华社区"),
    Attendee(role=AttendeeRole.RESIDENTS, name="吴代表", organisation="小区改造委员会"),
    Attendee(
        role=AttendeeRole.UTILITY_OPERATOR,
        name="郑工",
        organisation="乌海市供水公司",
        network=Network.WATER,
    ),
    Attendee(
        role=AttendeeRole.UTILITY_OPERATOR,
        name="冯工",
        organisation="乌海市热力公司",
        network=Network.HEATING,
    ),
)


def planned(profile: ApprovalProfile = LOW_RISK) -> Project:
    return Project.planned(
        compound="150302-0001",
        year=2023,
        client=CLIENT,
        profile=profile,
        networks=(Network.WATER, Network.HEATING),
        budget_yuan=Decimal("4200000.00"),
        planned_on=D(2022, 6, 1),
        by="key:officer",
        today=TODAY,
    )


COMMITTEE = Committee(
    formed_on=D(2022, 6, 5),
    members=tuple(
        CommitteeMember(household=f"1-1-0{n}01", role=role)
        for n, role in enumerate((CommitteeRole.CHAIR, CommitteeRole.MEMBER, CommitteeRole.MEMBER))
    ),
)


# The residents' menu, confirmed (点单) the day their committee formed.
MENU = Menu(
    offered=(MenuItem(code="water_supply", category=Category.BASIC),),
    opened_on=D(2022, 6, 1),
    closed_on=D(2022, 6, 4),
    confirmed_on=D(2022, 6, 5),
)
POLICY = Policy()  # Wuhai's

# Simple community management from the start of 2022.
AFTERCARE = Aftercare(
    compound="150302-0001",
    management=(Management(mode=ManagementMode.COMMUNITY, since=D(2022, 1, 1)),),
)


def step(project: Project, to: Stage, on: datetime.date, **extra: object) -> Project:
    """One step; the compound's committee (formed 2022-06-05) and aftercare record go with it
    unless ``extra`` gives others."""
    extra.setdefault("committee", COMMITTEE)
    extra.setdefault("menu", MENU)
    extra.setdefault("aftercare", AFTERCARE)
    extra.setdefault("policy", POLICY)
    return project.advance(to, on=on, by="key:officer", today=TODAY, **extra)  # type: ignore[arg-type]


def designed() -> Project:
    project = step(planned(), Stage.CONSULTING, D(2022, 6, 10))
    project = step(project, Stage.DESIGNING, D(2022, 7, 1))
    project = project.assign(
        Assignment(role=UnitRole.DESIGN, unit=DESIGNER, assigned_on=D(2022, 7, 1)), TODAY, POLICY
    )
    for kind in project.required_documents():
        project = project.supply(
            SuppliedDocument(
                kind=kind, reference=f"乌建字〔2022〕{kind.code}", issued_on=D(2022, 9, 1)
            ),
            TODAY,
        )
    return project


def approved() -> Project:
    return step(designed(), Stage.APPROVED, D(2022, 9, 15))


def tendered() -> Project:
    project = approved().join(PACKAGE)
    return step(project, Stage.TENDERED, D(2022, 11, 25), tender=PACKAGE.awarded(AWARD, TODAY))


def building() -> Project:
    project = tendered()
    for role, who in ((UnitRole.CONSTRUCTION, CONTRACTOR), (UnitRole.SUPERVISION, SUPERVISOR)):
        project = project.assign(
            Assignment(role=role, unit=who, assigned_on=D(2022, 11, 25)), TODAY, POLICY
        )
    return step(project, Stage.UNDER_CONSTRUCTION, D(2023, 4, 10))


def completed() -> Project:
    return step(building(), Stage.COMPLETED, D(2023, 9, 30))


def accepted() -> Project:
    project = completed().accept(
        held_on=D(2023, 10, 12), attendees=EVERYONE, passed=True, remarks=None, today=TODAY
    )
    return step(project, Stage.ACCEPTED, D(2023, 10, 12))


def filed() -> Project:
    return step(accepted(), Stage.FILED, D(2023, 10, 30), reference="乌建备〔2023〕118号")


def handover(network: Network, operator: str) -> Handover:
    return Handover(network=network, operator=operator, on=D(2023, 11, 5), documents=("移交清单",))


def test_a_project_walks_from_plan_to_long_term_management() -> None:
    project = filed()
    project = project.hand_over(handover(Network.WATER, "乌海市供水公司"), TODAY)
    project = project.hand_over(handover(Network.HEATING, "乌海市热力公司"), TODAY)
    project = step(project, Stage.HANDED_OVER, D(2023, 11, 6))
    project = step(project, Stage.IN_MANAGEMENT, D(2023, 11, 10))
    assert [t.to for t in project.history] == [
        s for s in Stage if s not in (Stage.SUSPENDED, Stage.CANCELLED)
    ]
    assert project.history[0].from_stage is None
    assert all(t.by == "key:officer" for t in project.history)
    assert project.allowed_next() == ()


def test_long_term_management_starts_with_a_management_mode() -> None:
    project = filed()
    project = project.hand_over(handover(Network.WATER, "乌海市供水公司"), TODAY)
    project = project.hand_over(handover(Network.HEATING, "乌海市热力公司"), TODAY)
    project = step(project, Stage.HANDED_OVER, D(2023, 11, 6))
    later = Aftercare(
        compound="150302-0001",
        management=(Management(mode=ManagementMode.SELF_MANAGED, since=D(2023, 11, 11)),),
    )
    for aftercare in (None, later):
        with pytest.raises(RuleViolation, match="none was in force on 2023-11-10") as missing:
            step(project, Stage.IN_MANAGEMENT, D(2023, 11, 10), aftercare=aftercare)
        assert missing.value.rule == "management-missing"
    assert step(project, Stage.IN_MANAGEMENT, D(2023, 11, 11), aftercare=later).stage is (
        Stage.IN_MANAGEMENT
    )


def test_illegal_transitions_are_refused_with_the_allowed_next_steps() -> None:
    project = planned()
    with pytest.raises(RuleViolation) as refused:
        step(project, Stage.UNDER_CONSTRUCTION, D(2022, 7, 1))
    assert refused.value.rule == "illegal-transition"
    assert refused.value.allowed == ("consulting", "suspended", "cancelled")
    assert "consulting, designing, approved, tendered" in refused.value.message
    twice = step(project, Stage.CONSULTING, D(2022, 6, 10))
    with pytest.raises(RuleViolation, match="cannot move to consulting"):
        step(twice, Stage.CONSULTING, D(2022, 6, 11))


def test_a_step_cannot_go_back_in_time_or_into_the_future() -> None:
    project = step(planned(), Stage.CONSULTING, D(2022, 6, 10))
    with pytest.raises(FieldValueError, match=r"before the step to consulting \(2022-06-10\)"):
        step(project, Stage.DESIGNING, D(2022, 6, 9))
    with pytest.raises(FieldValueError, match="after today"):
        step(project, Stage.DESIGNING, D(2024, 1, 1))
    assert step(project, Stage.DESIGNING, D(2022, 6, 10)).stage is Stage.DESIGNING


def test_the_design_starts_once_the_residents_committee_is_formed() -> None:
    project = step(planned(), Stage.CONSULTING, D(2022, 6, 1))
    for committee in (None, COMMITTEE):
        with pytest.raises(RuleViolation, match="none was by 2022-06-04") as refused:
            step(project, Stage.DESIGNING, D(2022, 6, 4), committee=committee)
        assert refused.value.rule == "committee-missing"
    assert step(project, Stage.DESIGNING, D(2022, 6, 5)).stage is Stage.DESIGNING
    assert step(project, Stage.CANCELLED, D(2022, 6, 4), committee=None, reason="撤销").stage is (
        Stage.CANCELLED
    )


def test_construction_never_starts_before_design_approval_and_an_awarded_tender() -> None:
    with pytest.raises(RuleViolation, match="严禁边设计边施工") as refused:
        step(designed(), Stage.UNDER_CONSTRUCTION, D(2022, 10, 1))
    assert refused.value.allowed == ("approved", "suspended", "cancelled")
    in_package = approved().join(PACKAGE)
    with pytest.raises(RuleViolation) as not_awarded:
        step(in_package, Stage.TENDERED, D(2022, 11, 25), tender=PACKAGE)
    assert not_awarded.value.rule == "tender-not-awarded"
    with pytest.raises(RuleViolation, match=r"once its package is awarded \(on 2022-11-20\)"):
        step(in_package, Stage.TENDERED, D(2022, 11, 19), tender=PACKAGE.awarded(AWARD, TODAY))
    assert building().stage is Stage.UNDER_CONSTRUCTION


def test_construction_needs_qualified_construction_and_supervision_units() -> None:
    project = tendered()
    with pytest.raises(RuleViolation) as refused:
        step(project, Stage.UNDER_CONSTRUCTION, D(2023, 4, 10))
    assert refused.value.rule == "unit-missing"
    lapsing = unit(UnitRole.SUPERVISION, "短期监理公司", "91150300MA0N00004N", D(2023, 1, 31))
    project = project.assign(
        Assignment(role=UnitRole.CONSTRUCTION, unit=CONTRACTOR, assigned_on=D(2022, 12, 1)),
        TODAY,
        POLICY,
    ).assign(
        Assignment(role=UnitRole.SUPERVISION, unit=lapsing, assigned_on=D(2022, 12, 1)),
        TODAY,
        POLICY,
    )
    with pytest.raises(RuleViolation) as lapsed:
        step(project, Stage.UNDER_CONSTRUCTION, D(2023, 4, 10))
    assert lapsed.value.rule == "unit-unqualified"
    assert "not on 2023-04-10" in lapsed.value.message


def test_an_unqualified_unit_cannot_be_assigned() -> None:
    project = step(planned(), Stage.CONSULTING, D(2022, 6, 10))
    expired = unit(UnitRole.DESIGN, "过期设计院", "91150300MA0N00005R", D(2022, 5, 31))
    with pytest.raises(FieldValueError, match="valid from 2020-01-01 to 2022-05-31"):
        project.assign(
            Assignment(role=UnitRole.DESIGN, unit=expired, assigned_on=D(2022, 7, 1)), TODAY, POLICY
        )
    with pytest.raises(FieldValueError, match="holds no qualification"):
        project.assign(
            Assignment(
                role=UnitRole.DESIGN, unit=Unit(organisation=CLIENT), assigned_on=D(2022, 7, 1)
            ),
            TODAY,
            POLICY,
        )
    with pytest.raises(FieldValueError, match="covers construction work, not design"):
        project.assign(
            Assignment(role=UnitRole.DESIGN, unit=CONTRACTOR, assigned_on=D(2022, 7, 1)),
            TODAY,
            POLICY,
        )
    assigned = project.assign(
        Assignment(role=UnitRole.DESIGN, unit=DESIGNER, assigned_on=D(2022, 7, 1)), TODAY, POLICY
    )
    assert assigned.unit(UnitRole.DESIGN) is not None


def test_qualification_and_hazard_dates_must_be_in_order() -> None:
    with pytest.raises(FieldValueError, match="valid_until"):
        Qualification(
            certificate="X",
            covers=UnitRole.DESIGN,
            grade="甲级",
            valid_from=D(2023, 1, 1),
            valid_until=D(2022, 1, 1),
        )
    with pytest.raises(FieldValueError, match="deadline"):
        building().report_hazard(
            found_on=D(2023, 5, 1),
            description="脚手架未设防护网",
            level=HazardLevel.MAJOR,
            deadline=D(2023, 4, 30),
            today=TODAY,
        )


def test_approval_documents_follow_the_simplified_regime() -> None:
    assert LOW_RISK.required() == (
        DocumentKind.EXISTING_LAND_DOCUMENTS,
        DocumentKind.DESIGN_APPROVAL,
        DocumentKind.COMMITMENT_NOTICE,
    )
    structural = ApprovalProfile(
        changes_land_ownership=True,
        low_risk=True,
        changes_main_structure=True,
        signs_commitment_notice=True,
    )
    assert structural.required() == (
        DocumentKind.LAND_USE_APPROVAL,
        DocumentKind.DESIGN_APPROVAL,
        DocumentKind.DRAWING_REVIEW,
    )
    project = step(planned(structural), Stage.CONSULTING, D(2022, 6, 10))
    with pytest.raises(FieldValueError, match="does not need commitment_notice"):
        project.supply(
            SuppliedDocument(
                kind=DocumentKind.COMMITMENT_NOTICE, reference="承诺书", issued_on=D(2022, 7, 1)
            ),
            TODAY,
        )
    ready = designed()
    missing = attrs.evolve(ready, documents=ready.documents[:1])
    with pytest.raises(RuleViolation) as refused:
        step(missing, Stage.APPROVED, D(2022, 9, 15))
    assert refused.value.rule == "documents-missing"
    assert step(ready, Stage.APPROVED, D(2022, 9, 15)).stage is Stage.APPROVED


def test_acceptance_needs_every_mandatory_party_and_no_open_hazard() -> None:
    project = completed()
    without_heating = tuple(a for a in EVERYONE if a.network is not Network.HEATING)
    without_residents = tuple(a for a in EVERYONE if a.role is not AttendeeRole.RESIDENTS)
    for attendees, absent in (
        (without_heating, "utility_operator:heating"),
        (without_residents, "residents"),
    ):
        with pytest.raises(DataError, match=absent):
            project.accept(
                held_on=D(2023, 10, 12), attendees=attendees, passed=True, remarks=None, today=TODAY
            )
    with pytest.raises(RuleViolation) as too_early:
        step(project, Stage.ACCEPTED, D(2023, 10, 12))
    assert too_early.value.rule == "not-accepted"

    hazardous = building().report_hazard(
        found_on=D(2023, 5, 1),
        description="脚手架未设防护网",
        level=HazardLevel.MAJOR,
        deadline=D(2023, 5, 15),
        today=TODAY,
    )
    hazardous = step(hazardous, Stage.COMPLETED, D(2023, 9, 30))
    with pytest.raises(RuleViolation) as blocked:
        hazardous.accept(
            held_on=D(2023, 10, 12), attendees=EVERYONE, passed=True, remarks=None, today=TODAY
        )
    assert blocked.value.rule == "open-hazards"
    with pytest.raises(FieldValueError, match="evidence"):
        Closure(on=D(2023, 5, 14), by="赵监理", evidence=())
    fixed = hazardous.close_hazard(
        1, Closure(on=D(2023, 5, 14), by="赵监理", evidence=("整改回复单 2023-017",)), TODAY
    )
    with pytest.raises(RuleViolation, match="hazard 1 was closed on 2023-05-14"):
        fixed.close_hazard(1, Closure(on=D(2023, 5, 14), by="赵监理", evidence=("x",)), TODAY)
    accepted_now = fixed.accept(
        held_on=D(2023, 10, 12), attendees=EVERYONE, passed=True, remarks=None, today=TODAY
    )
    assert step(accepted_now, Stage.ACCEPTED, D(2023, 10, 12)).stage is Stage.ACCEPTED


def test_filing_needs_an_acceptance_and_a_number_and_handover_needs_filing() -> None:
    with pytest.raises(RuleViolation) as unaccepted:
        step(completed(), Stage.FILED, D(2023, 10, 30), reference="乌建竣备〔2023〕118号")
    assert unaccepted.value.allowed == ("accepted", "suspended", "cancelled")
    with pytest.raises(FieldValueError, match="备案号"):
        step(accepted(), Stage.FILED, D(2023, 10, 30))
    with pytest.raises(RuleViolation, match="cannot have handed networks over; it must be filed"):
        accepted().hand_over(handover(Network.WATER, "乌海市供水公司"), TODAY)
    project = filed().hand_over(handover(Network.WATER, "乌海市供水公司"), TODAY)
    with pytest.raises(RuleViolation) as missing:
        step(project, Stage.HANDED_OVER, D(2023, 11, 6))
    assert missing.value.rule == "handover-missing"
    assert "heating" in missing.value.message
    with pytest.raises(FieldValueError, match="not power"):
        project.hand_over(handover(Network.POWER, "乌海供电公司"), TODAY)


def test_suspension_resumes_where_it_stopped_and_cancellation_needs_a_reason() -> None:
    project = building()
    with pytest.raises(FieldValueError, match="reason"):
        step(project, Stage.SUSPENDED, D(2023, 6, 1))
    paused = step(project, Stage.SUSPENDED, D(2023, 6, 1), reason="居民对加装电梯位置有异议")
    assert paused.allowed_next() == (Stage.UNDER_CONSTRUCTION, Stage.CANCELLED)
    with pytest.raises(RuleViolation):
        step(paused, Stage.COMPLETED, D(2023, 7, 1))
    resumed = step(paused, Stage.UNDER_CONSTRUCTION, D(2023, 7, 1))
    assert resumed.stage is Stage.UNDER_CONSTRUCTION
    assert next_stages(Stage.ACCEPTED) == (Stage.FILED,)  # accepted works cannot be cancelled
    cancelled = step(planned(), Stage.CANCELLED, D(2022, 7, 1), reason="小区纳入棚改")
    assert cancelled.allowed_next() == ()
    with pytest.raises(RuleViolation):
        cancelled.supply(
            SuppliedDocument(
                kind=DocumentKind.DESIGN_APPROVAL, reference="x", issued_on=D(2022, 7, 1)
            ),
            TODAY,
        )


def test_a_package_is_awarded_once_to_a_qualified_contractor() -> None:
    awarded = PACKAGE.awarded(AWARD, TODAY)
    with pytest.raises(RuleViolation):
        awarded.awarded(AWARD, TODAY)
    with pytest.raises(FieldValueError, match="covers design work, not construction"):
        Award(
            contractor=DESIGNER,
            method=ProcurementMethod.OPEN,
            awarded_on=D(2022, 11, 20),
            contract_value_yuan=Decimal("1.00"),
        )
    other_year = TenderPackage(code="P", name="P", year=2024, compounds=("150302-0001",))
    with pytest.raises(FieldValueError, match="year"):
        approved().join(other_year)


def test_credit_codes_carry_a_check_digit() -> None:
    assert is_credit_code("91150300MA0N00001D")
    assert not is_credit_code("91150300MA0N00001E")
    with pytest.raises(FieldValueError, match="credit code"):
        Organisation(name="x", credit_code="91150300MA0N00001E")


def test_a_project_is_tendered_only_by_its_own_awarded_package() -> None:
    other = TenderPackage(code="OTHER", name="别的标段", year=2023, compounds=("150302-0009",))
    with pytest.raises(RuleViolation) as refused:
        step(approved(), Stage.TENDERED, D(2022, 11, 25), tender=other.awarded(AWARD, TODAY))
    assert refused.value.rule == "tender-not-awarded"


def test_a_package_is_awarded_after_the_design_of_each_live_project_is_approved() -> None:
    with pytest.raises(RuleViolation) as early:
        award_package(PACKAGE, AWARD, [designed()], TODAY, POLICY)
    assert early.value.rule == "design-not-approved"
    before_approval = attrs.evolve(AWARD, awarded_on=D(2022, 9, 1))
    with pytest.raises(FieldValueError, match="awarded_on"):
        award_package(PACKAGE, before_approval, [approved()], TODAY, POLICY)
    cancelled = step(planned(), Stage.CANCELLED, D(2022, 7, 1), reason="并入棚改")
    awarded, (member, untouched) = award_package(
        PACKAGE, AWARD, [approved(), cancelled], TODAY, POLICY
    )
    assert awarded.award == AWARD
    assigned = member.unit(UnitRole.CONSTRUCTION)
    assert assigned is not None
    assert (assigned.unit, assigned.assigned_on) == (CONTRACTOR, AWARD.awarded_on)
    assert untouched is cancelled


def test_each_guard_judges_the_day_of_the_step() -> None:
    # Documents issued after the day of the approval do not count for it.
    late_papers = attrs.evolve(
        designed(),
        documents=tuple(attrs.evolve(d, issued_on=D(2022, 9, 20)) for d in designed().documents),
    )
    with pytest.raises(RuleViolation, match="issued by 2022-09-15"):
        step(late_papers, Stage.APPROVED, D(2022, 9, 15))
    # A supervisor assigned after the first day of construction was not there on it.
    project = tendered().assign(
        Assignment(role=UnitRole.CONSTRUCTION, unit=CONTRACTOR, assigned_on=D(2022, 12, 1)),
        TODAY,
        POLICY,
    )
    project = project.assign(
        Assignment(role=UnitRole.SUPERVISION, unit=SUPERVISOR, assigned_on=D(2023, 5, 1)),
        TODAY,
        POLICY,
    )
    with pytest.raises(RuleViolation) as unsupervised:
        step(project, Stage.UNDER_CONSTRUCTION, D(2023, 4, 10))
    assert unsupervised.value.rule == "unit-missing"
    # Handed over before its networks were.
    late = filed().hand_over(
        attrs.evolve(handover(Network.WATER, "水务"), on=D(2023, 11, 20)), TODAY
    )
    late = late.hand_over(handover(Network.HEATING, "热力"), TODAY)
    with pytest.raises(RuleViolation, match="by 2023-11-10: water"):
        step(late, Stage.HANDED_OVER, D(2023, 11, 10))


def test_a_hazard_open_on_the_acceptance_day_blocks_it_even_if_closed_since() -> None:
    hazardous = building().report_hazard(
        found_on=D(2023, 5, 1),
        description="临边防护缺失",
        level=HazardLevel.MAJOR,
        deadline=D(2023, 5, 15),
        today=TODAY,
    )
    done = step(hazardous, Stage.COMPLETED, D(2023, 9, 30)).close_hazard(
        1, Closure(on=D(2023, 10, 20), by="赵监理", evidence=("整改回复单",)), TODAY
    )
    with pytest.raises(RuleViolation, match="open on 2023-10-15"):
        done.accept(
            held_on=D(2023, 10, 15), attendees=EVERYONE, passed=True, remarks=None, today=TODAY
        )
    accepted_later = done.accept(
        held_on=D(2023, 10, 21), attendees=EVERYONE, passed=True, remarks=None, today=TODAY
    )
    with pytest.raises(RuleViolation) as early:
        step(accepted_later, Stage.ACCEPTED, D(2023, 10, 15))
    assert early.value.rule == "open-hazards"
    assert step(accepted_later, Stage.ACCEPTED, D(2023, 10, 21)).stage is Stage.ACCEPTED


def test_resuming_does_not_move_the_day_a_stage_was_reached() -> None:
    paused = step(building(), Stage.SUSPENDED, D(2023, 6, 1), reason="雨季停工")
    resumed = step(paused, Stage.UNDER_CONSTRUCTION, D(2023, 9, 1))
    started = resumed.reached(Stage.UNDER_CONSTRUCTION)
    assert started is not None
    assert started.on == D(2023, 4, 10)
    inspected = resumed.inspect(
        on=D(2023, 7, 15), inspector="质监站", findings="停工期间巡查", today=TODAY
    )
    assert inspected.inspections[0].on == D(2023, 7, 15)
    assert resumed.stage_on(D(2023, 7, 1)) is Stage.UNDER_CONSTRUCTION  # where it stopped


def test_a_project_touches_at_least_the_networks_of_its_plan() -> None:
    items = ("water_supply", "heating", "roads")
    assert project_networks(items) == (Network.WATER, Network.HEATING)
    more = project_networks(items, [Network.WATER, Network.HEATING, Network.GAS])
    assert more == (Network.WATER, Network.HEATING, Network.GAS)
    with pytest.raises(FieldValueError, match="heating: their operators cannot be left out"):
        project_networks(items, [Network.WATER])
    assert project_networks(("community_garden",), []) == ()


def test_a_projects_facts_are_corrected_only_before_its_design_is_approved() -> None:
    structural = attrs.evolve(LOW_RISK, changes_main_structure=True)
    facts = {
        "client": CLIENT,
        "profile": structural,
        "networks": (Network.WATER, Network.HEATING),
        "budget_yuan": Decimal("4300000.00"),
    }
    revised = designed().revise(**facts)  # type: ignore[arg-type]
    assert revised.missing_documents() == (DocumentKind.DRAWING_REVIEW,)
    with pytest.raises(RuleViolation) as late:
        approved().revise(**facts)  # type: ignore[arg-type]
    assert late.value.rule == "wrong-stage"


def test_a_plan_under_a_project_keeps_its_year_and_its_networks() -> None:
    project = planned()  # 2023; water and heating
    plan = RenovationPlan(
        compound=project.compound,
        year=2023,
        items=("water_supply", "heating", "roads"),
        investment_yuan=Decimal("4200000.00"),
    )
    project.check_plan(plan)
    for changed in (attrs.evolve(plan, year=2024), attrs.evolve(plan, items=("gas_supply",))):
        with pytest.raises(RuleViolation) as refused:
            project.check_plan(changed)
        assert refused.value.rule == "has-project"
