"""Oversight's commands: aftercare created by its first change and then changed under its
revision, a nomination of works under way, the city's pairings, contracts and assessment, and
the districts' monthly reports with their versions, baseline and roll-up; scope, preconditions,
the core's refusals and the audit trail."""

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

import renovation_core as core
from renovation_api.services import oversight
from renovation_api.services.changes import Expected
from renovation_api.services.errors import Changed, NotFound, NotPermitted, OutsideScope
from renovation_api.services.unit_of_work import Stored
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.oversight import (
    Elevator,
    ElevatorMode,
    FundMovement,
    FundMovementKind,
    Management,
    ManagementMode,
    Month,
    Pairing,
    Party,
    RewardPool,
    Signatory,
    Weights,
)
from renovation_core.register.targets import AnnualPlanTarget, Figures
from tests.services.conftest import CITY, officer, run
from tests.services.fakes import FakeUnitOfWork
from tests.unit import factories
from tests.unit.test_delivery import accepted, building, planned

P = "test"
D = datetime.date
CODE, OTHER = "150302-0001", "150303-0001"  # the unit tests' project is of the first
HAIBOWAN, HAINAN = "150302", "150303"
STALE = Expected(revisions=frozenset({"stale"}), said='"stale"')
STREET = core.Principal(
    actor="key:street", role=core.Role.STREET_OFFICER, streets=frozenset({f"{HAIBOWAN}001000"})
)
TARGETS = Figures(
    compounds=2,
    households=180,
    floor_area_m2=Decimal("16000.00"),
    investment_yuan=Decimal("2000000.00"),
)
COMMUNITY = Management(mode=ManagementMode.COMMUNITY, since=D(2023, 11, 1))


@pytest.fixture
def uow(uow: FakeUnitOfWork) -> FakeUnitOfWork:
    """Two districts with a compound each in the 2023 plan; the first's project accepted."""
    uow.programmes.by_code[P] = factories.programme(
        (HAIBOWAN, HAINAN),
        annual_targets=(AnnualPlanTarget(year=2023, district=HAIBOWAN, figures=TARGETS),),
    )
    for code, district in ((CODE, HAIBOWAN), (OTHER, HAINAN)):
        uow.compounds.add(P, factories.compound(code, district))
        uow.plans.table.put((P, code), factories.plan(code, year=2023))
    uow.projects.table.put((P, CODE, 2023), accepted())
    return uow


def manage(uow: FakeUnitOfWork, **extra: Any) -> Stored[Any]:
    command = oversight.SetManagement(programme=P, compound=CODE, management=COMMUNITY, **extra)
    return run(oversight.set_management(command, uow))


# Aftercare -----------------------------------------------------------------------------------


def test_the_first_change_creates_the_aftercare_and_later_ones_replace_it(uow):
    created = manage(uow)
    assert created.value.record.mode_on(D(2023, 12, 1)) == COMMUNITY
    # The follow-ups count from the acceptance (2023-10-12), 6 and 12 months on (Wuhai).
    assert created.value.follow_ups_due == (D(2024, 4, 12), D(2024, 10, 12))
    fund = oversight.CreateFund(
        programme=P,
        compound=CODE,
        created_on=D(2023, 11, 5),
        expected=Expected(revisions=frozenset({created.revision}), said=""),
    )
    funded = run(oversight.create_fund(fund, uow))
    assert funded.value.record.fund is not None
    first, second = uow.audit.events
    assert (first.action, first.before, first.after) == ("create", None, created)
    assert (second.action, second.before, second.after) == ("replace", created, funded)
    assert second.resource == "/v1/programmes/test/compounds/150302-0001/aftercare"
    assert run(oversight.aftercare(uow, P, CODE)) == funded


def test_an_aftercare_change_on_another_version_or_refused_by_the_core_changes_nothing(uow):
    created = manage(uow)
    with pytest.raises(Changed):
        manage(uow, expected=STALE)
    use = FundMovement(
        kind=FundMovementKind.USE, on=D(2023, 12, 1), amount_yuan=Decimal(1), reference="维修"
    )
    with pytest.raises(RuleViolation) as refused:
        run(oversight.move_fund(oversight.MoveFund(programme=P, compound=CODE, movement=use), uow))
    assert refused.value.rule == "no-fund"
    assert run(uow.aftercare.get(P, CODE)).revision == created.revision
    assert len(uow.audit.events) == 1


def test_a_stairwells_elevator_mode_replaces_its_earlier_one_and_not_before_it(uow):
    def run_by(mode: ElevatorMode, since: datetime.date, entrance: str = "1") -> Stored[Any]:
        elevator = Elevator(building="1", entrance=entrance, mode=mode, since=since)
        command = oversight.RunElevator(programme=P, compound=CODE, elevator=elevator)
        return run(oversight.run_elevator(command, uow))

    run_by(ElevatorMode.LUMP_SUM, D(2023, 11, 1))
    run_by(ElevatorMode.RESIDENTS, D(2023, 11, 1), entrance="2")
    changed = run_by(ElevatorMode.FEE_BASED, D(2023, 12, 1))
    modes = {(e.entrance, e.mode) for e in changed.value.record.elevators}
    assert modes == {("1", ElevatorMode.FEE_BASED), ("2", ElevatorMode.RESIDENTS)}
    with pytest.raises(FieldValueError) as refused:
        run_by(ElevatorMode.RESIDENTS, D(2023, 11, 15))
    assert refused.value.field == "since"
    assert run(uow.aftercare.get(P, CODE)).revision == changed.revision
    assert [e.action for e in uow.audit.events] == ["create", "replace", "replace"]


def test_outside_its_scope_a_compounds_aftercare_does_not_exist(uow):
    manage(uow)
    other = uow.acting_as(officer(HAINAN))
    with pytest.raises(NotFound):
        run(oversight.aftercare(other, P, CODE))
    with pytest.raises(NotFound):
        manage(other)


def test_coverage_counts_renovated_compounds_with_a_mode_and_the_city_row_is_the_citys(uow):
    _, before = run(oversight.coverage(uow, P, D(2023, 12, 1)))
    assert [(r.district, r.renovated, r.managed, r.without) for r in before] == [
        (HAIBOWAN, 1, 0, (CODE,)),
        (HAINAN, 0, 0, ()),
        (None, 1, 0, (CODE,)),
    ]
    manage(uow)
    _, after = run(oversight.coverage(uow.acting_as(officer(HAIBOWAN)), P, D(2023, 12, 1)))
    assert [(r.district, r.managed) for r in after] == [(HAIBOWAN, 1)]


# Demonstration projects ----------------------------------------------------------------------


def nominate(uow: FakeUnitOfWork, code: str = CODE) -> Stored[Any]:
    command = oversight.Nominate(
        programme=P, compound=code, nominated_on=D(2023, 12, 1), reasons=("管网同步改造",)
    )
    return run(oversight.nominate_demonstration(command, uow))


def test_works_under_way_are_nominated_once(uow):
    made = nominate(uow)
    assert (made.value.year, made.value.nominated_by) == (2023, CITY.actor)
    with pytest.raises(RuleViolation) as twice:
        nominate(uow)
    assert twice.value.rule == "nomination-exists"
    with pytest.raises(RuleViolation) as no_project:
        nominate(uow, OTHER)
    assert no_project.value.rule == "no-project"
    [event] = uow.audit.events
    assert (event.action, event.resource, event.after) == (
        "create",
        "/v1/programmes/test/compounds/150302-0001/nomination",
        made,
    )


def test_works_not_yet_begun_are_not_a_demonstration(uow):
    uow.projects.table.put((P, OTHER, 2023), attrs.evolve(planned(), compound=OTHER))
    with pytest.raises(RuleViolation) as refused:
        nominate(uow, OTHER)
    assert refused.value.rule == "not-under-way"


def test_a_withdrawn_nomination_is_kept_in_the_audit_log(uow):
    made = nominate(uow)
    stale = oversight.WithdrawNomination(programme=P, compound=CODE, expected=STALE)
    with pytest.raises(Changed):
        run(oversight.withdraw_nomination(stale, uow))
    run(oversight.withdraw_nomination(attrs.evolve(stale, expected=None), uow))
    assert (uow.audit.events[-1].action, uow.audit.events[-1].before) == ("delete", made)
    with pytest.raises(NotFound):
        run(oversight.nomination(uow, P, CODE))


def test_nominations_are_listed_by_the_districts_the_caller_answers_for(uow):
    made = nominate(uow)
    listed = run(oversight.nominations(uow, P, None, 2023))
    assert [(d.code, n) for d, n in listed] == [(HAIBOWAN, [made.value]), (HAINAN, [])]
    assert run(oversight.nominations(uow, P, None, 2024))[0][1] == []
    own = run(oversight.nominations(uow.acting_as(officer(HAINAN)), P, None, None))
    assert [d.code for d, _ in own] == [HAINAN]


# Leaders' pairings ---------------------------------------------------------------------------


def pairing(district: str = HAIBOWAN, compounds: tuple[str, ...] = ()) -> Pairing:
    return Pairing(
        leader="王副市长",
        title="副市长",
        district=district,
        since=D(2023, 1, 1),
        compounds=compounds,
    )


def pair(uow: FakeUnitOfWork, made: Pairing) -> Stored[Any]:
    return run(oversight.pair(oversight.Pair(programme=P, pairing=made), uow))


def test_the_city_pairs_a_leader_with_a_districts_compounds(uow):
    paired = pair(uow, pairing(compounds=(CODE,)))
    [event] = uow.audit.events
    assert (event.action, event.resource) == (
        "create",
        f"/v1/programmes/test/pairings/{paired.ref}",
    )
    found, covered = run(oversight.covered(uow, P, paired.ref))
    assert found == paired
    assert [p.code for p in covered] == [CODE]
    with pytest.raises(NotPermitted):
        pair(uow.acting_as(officer(HAIBOWAN)), pairing())


def test_a_pairing_names_a_district_of_the_programme_and_compounds_of_it(uow):
    with pytest.raises(FieldValueError) as no_district:
        pair(uow, pairing(district="150399"))
    assert no_district.value.field == "district"
    with pytest.raises(FieldValueError) as elsewhere:
        pair(uow, pairing(compounds=(OTHER,)))
    assert elsewhere.value.field == "compounds[0]"
    assert uow.audit.events == []


def test_a_district_sees_its_own_pairings_and_an_ended_one_is_kept_in_the_audit_log(uow):
    mine, theirs = pair(uow, pairing()), pair(uow, pairing(HAINAN))
    own = uow.acting_as(officer(HAINAN))
    assert run(oversight.pairings(own, P, None)) == [theirs]
    with pytest.raises(NotFound):
        run(oversight.pairing(own, P, mine.ref))
    end = oversight.EndPairing(programme=P, number=mine.ref, expected=STALE)
    with pytest.raises(Changed):
        run(oversight.end_pairing(end, uow))
    with pytest.raises(NotPermitted):
        run(oversight.end_pairing(end, own))
    run(oversight.end_pairing(attrs.evolve(end, expected=None), uow))
    assert (uow.audit.events[-1].action, uow.audit.events[-1].before) == ("delete", mine)
    assert run(oversight.pairings(uow, P, None)) == [theirs]


# Responsibility contracts --------------------------------------------------------------------

SIGNATORIES = (
    Signatory(party=Party.CITY, name="张市长", title="市长"),
    Signatory(party=Party.DISTRICT, name="李区长", title="区长"),
)


def draw(uow: FakeUnitOfWork, district: str = HAIBOWAN) -> Stored[Any]:
    command = oversight.DrawContract(programme=P, district=district, year=2023)
    return run(oversight.draw_contract(command, uow))


def test_a_contract_is_drawn_from_the_plan_once_and_tracked_against_the_works(uow):
    drawn = draw(uow)
    assert drawn.value.contract.targets == TARGETS
    assert (drawn.value.delivered.compounds_completed, drawn.value.as_of) == (1, uow.today)
    with pytest.raises(RuleViolation) as twice:
        draw(uow)
    assert twice.value.rule == "contract-exists"
    with pytest.raises(FieldValueError) as no_row:
        draw(uow, HAINAN)
    assert no_row.value.field == "district"
    with pytest.raises(NotPermitted):
        draw(uow.acting_as(officer(HAIBOWAN)))
    [event] = uow.audit.events
    assert (event.action, event.resource) == ("create", "/v1/programmes/test/contracts/2023/150302")


def test_a_contract_is_signed_once_on_the_version_read(uow):
    drawn = draw(uow)
    sign = oversight.SignContract(
        programme=P,
        year=2023,
        district=HAIBOWAN,
        on=D(2023, 2, 1),
        signatories=SIGNATORIES,
        expected=STALE,
    )
    with pytest.raises(Changed):
        run(oversight.sign_contract(sign, uow))
    signed = run(oversight.sign_contract(attrs.evolve(sign, expected=None), uow))
    assert signed.value.contract.signed_on == D(2023, 2, 1)
    with pytest.raises(RuleViolation) as twice:
        run(oversight.sign_contract(attrs.evolve(sign, expected=None), uow))
    assert twice.value.rule == "contract-signed"
    assert (uow.audit.events[-1].before, uow.audit.events[-1].after) == (drawn, signed)
    with pytest.raises(NotFound):
        run(oversight.contract(uow.acting_as(officer(HAINAN)), P, 2023, HAIBOWAN))
    _, own = run(oversight.contracts(uow.acting_as(officer(HAINAN)), P, None))
    assert own == []


# The assessment ------------------------------------------------------------------------------

QUARTER = Fraction(1, 4)
EVEN = Weights(preparation=QUARTER, progress=QUARTER, acceptance=QUARTER, management=QUARTER)


def assess(uow: FakeUnitOfWork, **extra: Any) -> Stored[Any]:
    command = oversight.Assess(
        programme=P,
        year=2023,
        weights=EVEN,
        pool=RewardPool(amount_yuan=Decimal("1000000.00")),
        as_of=D(2023, 12, 31),
        **extra,
    )
    return run(oversight.assess(command, uow))


def test_the_city_assesses_a_year_once_and_each_district_sees_its_own(uow):
    made = assess(uow)
    allocated = sum(a.total_yuan for a in made.value.assessment.allocations)
    assert allocated == Decimal("1000000.00")
    with pytest.raises(RuleViolation) as twice:
        assess(uow)
    assert twice.value.rule == "assessment-exists"
    with pytest.raises(NotPermitted):
        assess(uow.acting_as(officer(HAIBOWAN)))
    own = run(oversight.assessment(uow.acting_as(officer(HAINAN)), P, 2023))
    assert [d.code for d in own.value.districts] == [HAINAN]
    [event] = uow.audit.events
    assert (event.action, event.resource) == ("create", "/v1/programmes/test/assessments/2023")


def test_an_assessment_names_a_survey_of_the_programme(uow):
    with pytest.raises(FieldValueError) as refused:
        assess(uow, survey="nowhere")
    assert refused.value.field == "survey"
    with pytest.raises(NotFound):
        run(oversight.assessment(uow, P, 2023))


# Monthly reports -----------------------------------------------------------------------------

OCTOBER = Month(year=2023, month=10)


def report(uow: FakeUnitOfWork, district: str = HAIBOWAN, month: Month = OCTOBER):
    command = oversight.SubmitReport(programme=P, district=district, month=month)
    return run(oversight.submit_report(command, uow))


def test_a_district_reports_a_month_once_and_corrects_it_as_a_new_version(uow):
    first = report(uow)
    assert first.value.progress.compounds_completed == 1
    assert first.revision == ""  # a version is never rewritten
    with pytest.raises(RuleViolation):
        report(uow)
    correct = oversight.CorrectReport(programme=P, district=HAIBOWAN, month=OCTOBER, reason="复核")
    second = run(oversight.correct_report(correct, uow))
    assert second.value.version == 2
    assert [e.action for e in uow.audit.events] == ["submit", "correct"]
    assert uow.audit.events[0].resource == "/v1/programmes/test/monthly-reports/2023-10/150302"
    assert [v.version for v in run(oversight.versions(uow, P, HAIBOWAN, OCTOBER))] == [1, 2]


def test_a_report_keeps_the_surveys_view_beside_the_plans(uow):
    """A compound of the 2024 plan begun early (提前开工) is started in the survey's view of
    2023, not in the plan's: started may exceed planned there."""
    uow.compounds.add(P, factories.compound("EARLY", HAIBOWAN, buildings=7))
    uow.plans.table.put((P, "EARLY"), factories.plan("EARLY", year=2024))
    uow.projects.table.put((P, "EARLY", 2024), building())
    shown = report(uow).value
    assert (shown.progress.compounds_planned, shown.progress.compounds_started) == (1, 1)
    assert shown.survey is not None
    assert (shown.survey.planned.compounds, shown.survey.started.compounds) == (1, 2)
    assert shown.survey.started.buildings == 7 + factories.compound(CODE, HAIBOWAN).buildings


def test_a_month_before_the_programme_has_no_report(uow):
    with pytest.raises(FieldValueError) as refused:
        report(uow, month=Month(year=2021, month=12))
    assert refused.value.field == "month"
    assert not uow.audit.events


def test_a_report_is_the_districts_or_the_citys(uow):
    with pytest.raises(OutsideScope):
        report(uow.acting_as(STREET))
    with pytest.raises(OutsideScope):
        report(uow.acting_as(officer(HAINAN)))
    with pytest.raises(NotFound):
        report(uow, "150399")
    correct = oversight.CorrectReport(programme=P, district=HAIBOWAN, month=OCTOBER, reason="复核")
    with pytest.raises(NotFound):
        run(oversight.correct_report(correct, uow))
    report(uow)
    with pytest.raises(NotFound):
        run(oversight.versions(uow.acting_as(officer(HAINAN)), P, HAIBOWAN, OCTOBER))


def test_a_months_change_is_measured_from_the_month_before_and_rolled_up_for_the_city(uow):
    uow.projects.table.put((P, OTHER, 2023), attrs.evolve(building(), compound=OTHER))
    early = uow.acting_as(CITY)
    early.today = D(2023, 9, 15)  # reported within the month, before the works completed
    september = report(early, month=Month(year=2023, month=9))
    assert september.value.progress.compounds_completed == 0
    october = run(oversight.month_across(uow, P, OCTOBER))
    haibowan, hainan = october.districts
    assert (haibowan.report, haibowan.progress.compounds_completed) == (None, 1)
    assert haibowan.change.compounds_completed == 1  # from September's report, not 30 Sept
    assert hainan.change.compounds_started == 0  # under way since April
    assert october.city is not None
    assert october.city.compounds_started == 2
    own = run(oversight.month_across(uow.acting_as(officer(HAINAN)), P, OCTOBER))
    assert ([d.district.code for d in own.districts], own.city) == ([HAINAN], None)
    with pytest.raises(NotFound):
        run(oversight.month_across(uow, P, Month(year=2024, month=1)))
