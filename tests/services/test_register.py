"""The register's commands: a code names one compound within the caller's scope, a compound's
verdicts are written with it and read as written, a compound with a plan or residents'
decisions stays, one plan per compound, a plan with a project or a menu stays, and a plan's
change carries its draft funding; scope, preconditions and the audit trail."""

import datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest

import renovation_core as core
from renovation_api.services import delivery, funding, planning, register
from renovation_api.services.changes import Expected
from renovation_api.services.errors import Changed, NotFound, OutsideScope
from renovation_api.services.unit_of_work import Stored
from renovation_core.delivery import Stage
from renovation_core.errors import DataError, FieldValueError, RuleViolation
from renovation_core.oversight import Pairing
from tests.services.conftest import TODAY, officer, run
from tests.services.fakes import FakeUnitOfWork
from tests.services.test_funding import line
from tests.unit import factories
from tests.unit.test_delivery import CLIENT, LOW_RISK

P = "test"
D = datetime.date
COMPOUND = "/v1/programmes/test/compounds/C-1"
PLAN = f"{COMPOUND}/plan"
FUNDING = f"{COMPOUND}/funding"
STALE = Expected(revisions=frozenset({"stale"}), said='"stale"')
URGENT = factories.assessment("poor", "fair", "poor")
FACTS = register.PlanFacts(year=2022, items=("water_supply",), investment_yuan=Decimal(1000000))


@pytest.fixture
def uow(uow: FakeUnitOfWork) -> FakeUnitOfWork:
    """A programme of two districts and a compound on record in each (C-2 built after the
    cutoff, so out of scope)."""
    programme = factories.programme()
    uow.programmes.by_code[P] = programme
    uow.compounds.judged(programme, factories.compound("C-1", "990101"))
    uow.compounds.judged(programme, factories.compound("C-2", "990102", built_year=2010))
    return uow


def new(code: str = "C-3", district: str = "990101", **fields: Any) -> core.Compound:
    return factories.compound(code, district, **fields)


def enter(uow: FakeUnitOfWork, compound: core.Compound) -> Stored[Any]:
    command = register.RegisterCompound(programme=P, compound=compound)
    return run(register.register_compound(command, uow))


def set_plan(uow: FakeUnitOfWork, code: str = "C-1", **facts: Any) -> Stored[Any]:
    command = register.SetPlan(programme=P, compound=code, facts=attrs.evolve(FACTS, **facts))
    return run(register.set_plan(command, uow))


def revise_plan(uow: FakeUnitOfWork, **given: Any) -> Stored[Any]:
    fields: dict[str, Any] = {"programme": P, "compound": "C-1", "facts": FACTS} | given
    command = register.RevisePlan(**fields)
    return run(register.revise_plan(command, uow))


def remove_plan(uow: FakeUnitOfWork, expected: Expected | None = None) -> None:
    command = register.RemovePlan(programme=P, compound="C-1", expected=expected)
    run(register.remove_plan(command, uow))


def remove_compound(uow: FakeUnitOfWork, code: str = "C-1", **given: Any) -> None:
    command = register.RemoveCompound(programme=P, code=code, **given)
    run(register.remove_compound(command, uow))


# Compounds -----------------------------------------------------------------------------------


def test_a_compound_is_recorded_with_the_cores_verdicts(uow):
    created = enter(uow, new(condition=URGENT))
    assert created.value.compound == new(condition=URGENT)
    assert created.value.eligibility == core.Eligibility(eligible=True, first_year_required=True)
    assert created.value.priority == core.priority_of(URGENT)
    assert created.place is not None
    assert created.place.district == "990101"
    [event] = uow.audit.events
    assert (event.action, event.resource, event.after) == (
        "create",
        "/v1/programmes/test/compounds/C-3",
        created,
    )
    assert run(register.compound(uow, P, "C-3")) == created


def test_a_compound_reads_with_the_verdicts_written_with_it(uow):
    """Reading runs no rule again: a later programme judges a compound when it is written."""
    uow.programmes.by_code[P] = factories.programme(
        eligibility_cutoff_year=1990, first_year_cutoff_year=None
    )
    read = run(register.compound(uow, P, "C-1"))
    assert read.value.eligibility.eligible is True
    command = register.ReviseCompound(programme=P, compound=read.value.compound)
    assert run(register.revise_compound(command, uow)).value.eligibility.eligible is False


def test_a_compound_lies_in_the_programme(uow):
    with pytest.raises(DataError) as refused:
        enter(uow, new(street="990101009000"))
    assert [e.path for e in refused.value.errors] == ["street"]
    with pytest.raises(NotFound):
        run(
            register.register_compound(
                register.RegisterCompound(programme="other", compound=new()), uow
            )
        )
    assert uow.audit.events == []


def test_a_compound_is_recorded_within_the_callers_scope(uow):
    other = uow.acting_as(officer("990102"))
    with pytest.raises(OutsideScope) as refused:
        enter(other, new())
    assert refused.value.fields == ("district", "street")
    placed = enter(other, new(district="990102")).place
    assert placed is not None
    assert placed.district == "990102"


def test_a_code_names_one_compound(uow):
    with pytest.raises(RuleViolation) as duplicate:
        enter(uow, new("C-2", "990102"))
    assert duplicate.value.rule == "duplicate"
    assert [e.path for e in duplicate.value.errors] == ["code"]
    # A code taken outside the caller's scope is refused without saying where it is.
    with pytest.raises(OutsideScope) as outside:
        enter(uow.acting_as(officer("990101")), new("C-2"))
    assert outside.value.fields == ("code",)


def test_outside_its_scope_a_compound_does_not_exist(uow):
    other = uow.acting_as(officer("990102"))
    with pytest.raises(NotFound):
        run(register.compound(other, P, "C-1"))
    revision = register.ReviseCompound(programme=P, compound=new("C-1"))
    with pytest.raises(NotFound):
        run(register.revise_compound(revision, other))
    with pytest.raises(NotFound):
        remove_compound(other)


def test_compounds_are_listed_within_scope_by_code_or_in_the_renovation_order(uow):
    enter(uow, new("C-3", condition=URGENT))
    enter(uow, new("C-4", built_year=1980))

    def listed(caller=None, by_priority=False, after=None, **where):
        seen = uow if caller is None else uow.acting_as(caller)
        found = run(
            register.compounds(
                seen, P, register.CompoundFilter(**where), by_priority, after, limit=10
            )
        )
        return [s.value.compound.code for s in found]

    assert listed() == ["C-1", "C-2", "C-3", "C-4"]
    every = [s.value for s in uow.compounds.table.rows.values()]
    assert listed(by_priority=True) == [c.code for c in core.rank_by_priority(every)]
    assert listed(by_priority=True)[0] == "C-3"  # the most urgent first
    assert listed(officer("990102")) == ["C-2"]
    assert listed(eligible=False) == ["C-2"]
    assert listed(priority=core.PriorityLevel.URGENT) == ["C-3"]
    assert listed(built_year_max=1990) == ["C-4"]
    assert listed(district="990101", built_year_min=1990) == ["C-1", "C-3"]
    first = run(register.compound(uow, P, "C-3"))
    assert (
        listed(by_priority=True, after=register.position(first, True))
        == listed(by_priority=True)[1:]
    )
    with pytest.raises(NotFound):
        run(register.compounds(uow, "other", register.CompoundFilter(), False, None, 10))


def test_a_compound_is_revised_on_the_version_read_and_judged_again(uow):
    read = run(register.compound(uow, P, "C-1"))
    revised = new("C-1", built_year=2003)
    stale = register.ReviseCompound(programme=P, compound=revised, expected=STALE)
    with pytest.raises(Changed):
        run(register.revise_compound(stale, uow))
    fresh = attrs.evolve(stale, expected=Expected(revisions=frozenset({read.revision}), said=""))
    saved = run(register.revise_compound(fresh, uow))
    assert saved.value.compound == revised
    assert saved.value.eligibility.first_year_required is False
    assert saved.revision != read.revision
    [event] = uow.audit.events
    assert (event.action, event.resource, event.before, event.after) == (
        "replace",
        COMPOUND,
        read,
        saved,
    )


def test_a_compound_s_past_is_past_on_the_day_of_the_write(uow):
    fields: dict[str, Any]
    for fields, path in (
        ({"built_year": TODAY.year + 1}, "built_year"),
        ({"built_year": 1990, "previously_renovated_in": 1985}, "previously_renovated_in"),
    ):
        with pytest.raises(DataError) as refused:
            enter(uow, new("C-9", "990101", **fields))
        assert [e.path for e in refused.value.errors] == [path]
    revised = register.ReviseCompound(programme=P, compound=new("C-1", built_year=TODAY.year + 1))
    with pytest.raises(DataError):
        run(register.revise_compound(revised, uow))
    assert uow.audit.events == []


def test_a_revision_that_changes_nothing_writes_nothing(uow):
    read = run(register.compound(uow, P, "C-1"))
    same = register.ReviseCompound(programme=P, compound=read.value.compound)
    assert run(register.revise_compound(same, uow)) == read  # its revision (ETag) stands
    created = set_plan(uow)
    assert revise_plan(uow) == created
    assert [e.action for e in uow.audit.events] == ["create"]  # the plan's, and nothing since


def test_a_revision_may_not_move_a_compound_out_of_the_callers_scope(uow):
    moved = register.ReviseCompound(programme=P, compound=new("C-1", "990102"))
    with pytest.raises(OutsideScope):
        run(register.revise_compound(moved, uow.acting_as(officer("990101"))))
    assert run(register.compound(uow, P, "C-1")).value.compound.district == "990101"


def test_a_compound_without_a_plan_or_decisions_is_removed(uow):
    read = run(register.compound(uow, P, "C-1"))
    with pytest.raises(Changed):
        remove_compound(uow, expected=STALE)
    remove_compound(uow, expected=Expected(revisions=frozenset({read.revision}), said=""))
    with pytest.raises(NotFound):
        run(register.compound(uow, P, "C-1"))
    [event] = uow.audit.events
    assert (event.action, event.resource, event.before, event.after) == (
        "delete",
        COMPOUND,
        read,
        None,
    )


def test_a_compound_with_a_plan_stays(uow):
    set_plan(uow)
    with pytest.raises(RuleViolation) as refused:
        remove_compound(uow)
    assert refused.value.rule == "has-plan"


def test_a_compound_a_leaders_pairing_names_stays_until_the_pairing_ends(uow):
    leader = Pairing(
        leader="赵", title="副市长", district="990101", since=D(2022, 1, 1), compounds=("C-1",)
    )
    paired = run(uow.pairings.add(P, leader))
    with pytest.raises(RuleViolation) as refused:
        remove_compound(uow)
    assert refused.value.rule == "paired"
    assert run(uow.compounds.get(P, "C-1")) is not None
    run(uow.pairings.delete(paired))
    remove_compound(uow)
    assert run(uow.compounds.get(P, "C-1")) is None


def test_a_compound_stays_in_the_district_its_records_were_made_in(uow):
    moved = register.ReviseCompound(programme=P, compound=new("C-1", "990102"))
    for kept in ("project", "funding", "votes"):
        uow.compounds.kept_of[P, "C-1"] = frozenset({kept})
        with pytest.raises(RuleViolation) as refused:
            run(register.revise_compound(moved, uow))
        assert refused.value.rule == "placed"
    uow.compounds.kept_of[P, "C-1"] = frozenset()
    leader = Pairing(
        leader="赵", title="副市长", district="990101", since=D(2022, 1, 1), compounds=("C-1",)
    )
    paired = run(uow.pairings.add(P, leader))
    with pytest.raises(RuleViolation, match="leaders' pairing"):
        run(register.revise_compound(moved, uow))
    assert uow.audit.events == []
    # Its other facts still change where it is; with nothing made there, it moves.
    larger = register.ReviseCompound(programme=P, compound=new("C-1", "990101", households=300))
    assert run(register.revise_compound(larger, uow)).value.compound.households == 300
    run(uow.pairings.delete(paired))
    assert run(register.revise_compound(moved, uow)).value.compound.district == "990102"


def test_a_compound_with_residents_decisions_stays_for_ever(uow):
    uow.compounds.kept_of[P, "C-1"] = frozenset({"votes", "responses"})
    with pytest.raises(RuleViolation) as refused:
        remove_compound(uow)
    assert refused.value.rule == "has-decisions"
    assert "owners' consent votes, survey responses" in refused.value.message
    assert run(uow.compounds.get(P, "C-1")) is not None


# Plans -------------------------------------------------------------------------------------


def test_a_compound_has_one_plan(uow):
    created = set_plan(uow)
    assert created.value.plan == factories.plan("C-1", year=2022)
    assert created.value.catalogue == uow.programmes.by_code[P].catalogue
    [event] = uow.audit.events
    assert (event.action, event.resource, event.after) == ("create", PLAN, created)
    assert run(register.plan(uow, P, "C-1")) == created
    with pytest.raises(RuleViolation) as again:
        set_plan(uow)
    assert again.value.rule == "plan-exists"


def test_a_plan_is_of_the_programmes_years_and_catalogue(uow):
    with pytest.raises(DataError) as refused:
        set_plan(uow, year=2030, items=("swimming_pool",))
    assert {e.path for e in refused.value.errors} >= {"year", "items[0]"}
    with pytest.raises(FieldValueError) as twice:
        set_plan(uow, items=("heating", "heating"))
    assert twice.value.field == "items"


def test_outside_its_scope_a_plan_does_not_exist(uow):
    set_plan(uow)
    other = uow.acting_as(officer("990102"))
    with pytest.raises(NotFound):
        run(register.plan(other, P, "C-1"))
    with pytest.raises(NotFound):
        set_plan(other)
    with pytest.raises(NotFound):
        revise_plan(other)
    with pytest.raises(NotFound):
        run(register.remove_plan(register.RemovePlan(programme=P, compound="C-1"), other))
    with pytest.raises(NotFound):
        run(register.plan(uow, P, "C-2"))  # on record, without a plan


def test_a_plan_is_revised_on_the_version_read(uow):
    created = set_plan(uow)
    with pytest.raises(Changed):
        revise_plan(uow, expected=STALE)
    later = attrs.evolve(FACTS, year=2023, items=("heating",))
    saved = revise_plan(
        uow, facts=later, expected=Expected(revisions=frozenset({created.revision}), said="")
    )
    assert saved.value.plan == factories.plan("C-1", year=2023, items=("heating",))
    [_, event] = uow.audit.events
    assert (event.action, event.resource, event.before, event.after) == (
        "replace",
        PLAN,
        created,
        saved,
    )


def test_a_plan_under_way_keeps_its_projects_year(uow):
    set_plan(uow)
    entry = delivery.EnterProject(
        programme=P,
        compound="C-1",
        facts=delivery.Facts(client=CLIENT, profile=LOW_RISK),
        planned_on=D(2022, 3, 1),
    )
    run(delivery.enter_project(entry, uow))
    with pytest.raises(RuleViolation) as refused:
        revise_plan(uow, facts=attrs.evolve(FACTS, year=2023))
    assert refused.value.rule == "has-project"
    assert run(register.plan(uow, P, "C-1")).value.plan.year == 2022
    cancel = delivery.AdvanceProject(
        project=delivery.ProjectKey(programme=P, compound="C-1", year=2022),
        to=Stage.CANCELLED,
        on=D(2022, 4, 1),
        reason="居民意见分歧",
    )
    run(delivery.advance_project(cancel, uow))
    assert revise_plan(uow, facts=attrs.evolve(FACTS, year=2023)).value.plan.year == 2023


def test_a_draft_funding_moves_with_its_plan_and_goes_with_it(uow):
    set_plan(uow)
    drafted = run(
        funding.draft_funding(
            funding.DraftFunding(programme=P, compound="C-1", lines=(line(),)), uow
        )
    )
    revise_plan(uow, facts=attrs.evolve(FACTS, year=2023))
    assert run(uow.fundings.get(P, "C-1")).value.plan.year == 2023
    moved, replaced = uow.audit.events[-2:]
    assert (moved.action, moved.resource) == ("replace", FUNDING)
    assert moved.before.value.funding == drafted.value.funding
    assert (replaced.action, replaced.resource) == ("replace", PLAN)
    remove_plan(uow)
    assert run(uow.fundings.get(P, "C-1")) is None
    gone, removed = uow.audit.events[-2:]
    assert [(e.action, e.resource) for e in (gone, removed)] == [
        ("delete", FUNDING),
        ("delete", PLAN),
    ]


def test_a_plan_whose_funding_went_for_review_keeps_its_year_and_stays(uow):
    set_plan(uow)
    run(
        funding.draft_funding(
            funding.DraftFunding(programme=P, compound="C-1", lines=(line(),)), uow
        )
    )
    submit = funding.SubmitFunding(programme=P, compound="C-1", on=D(2022, 3, 1))
    run(funding.submit_funding(submit, uow))
    for change in (
        lambda: revise_plan(uow, facts=attrs.evolve(FACTS, year=2023)),
        lambda: remove_plan(uow),
    ):
        with pytest.raises(RuleViolation) as refused:
            change()
        assert refused.value.rule == "has-funding"
    assert run(uow.fundings.get(P, "C-1")).value.plan.year == 2022


def test_a_plan_is_removed_on_the_version_read_and_the_compound_stays(uow):
    created = set_plan(uow)
    with pytest.raises(Changed):
        remove_plan(uow, STALE)
    remove_plan(uow, Expected(revisions=frozenset({created.revision}), said=""))
    with pytest.raises(NotFound):
        run(register.plan(uow, P, "C-1"))
    assert run(register.compound(uow, P, "C-1")).value.compound.code == "C-1"
    event = uow.audit.events[-1]
    assert (event.action, event.resource, event.before, event.after) == (
        "delete",
        PLAN,
        created,
        None,
    )


@pytest.mark.parametrize(("kept", "rule"), [("project", "has-project"), ("menu", "has-menu")])
def test_a_plan_with_a_project_or_a_menu_stays(uow, kept, rule):
    set_plan(uow)
    uow.compounds.kept_of[P, "C-1"] = frozenset({kept})
    with pytest.raises(RuleViolation) as refused:
        remove_plan(uow)
    assert refused.value.rule == rule
    assert run(register.plan(uow, P, "C-1")) is not None


def test_a_programme_is_loaded_once_and_audited(uow: FakeUnitOfWork) -> None:
    other = core.Dataset(programme=factories.programme(code="another"))
    loaded = run(register.load_programme(register.LoadProgramme(dataset=other), uow))
    assert loaded.value.programme.code == "another"
    assert run(register.programme(uow, "another")) == loaded
    event = uow.audit.events[-1]
    assert (event.action, event.resource, event.after) == (
        "create",
        "/v1/programmes/another",
        loaded,
    )
    with pytest.raises(RuleViolation) as again:
        run(register.load_programme(register.LoadProgramme(dataset=other), uow))
    assert again.value.rule == "duplicate"
    # A compound of the file built after the day it is loaded: refused, at its path.
    future = factories.compound("C-9", "990101", built_year=TODAY.year + 1)
    later = core.Dataset(programme=factories.programme(code="later"), compounds=(future,))
    with pytest.raises(DataError) as refused:
        run(register.load_programme(register.LoadProgramme(dataset=later), uow))
    assert [e.path for e in refused.value.errors] == ["compounds[0].built_year"]
    codes = [s.value.programme.code for s in run(register.programmes(uow, None, 10))]
    assert codes == sorted(codes)
    assert "another" in codes
    with pytest.raises(NotFound):
        run(register.programme(uow, "nowhere"))


def test_a_proposal_withdrawn_before_its_adoption_moves_nothing(uow):
    set_plan(uow)
    adopt = planning.Adopt(programme=P, proposal=7, moves={"C-1": (2022, 2023)})
    with pytest.raises(NotFound, match="plan proposal 7"):
        run(planning.adopt(adopt, uow))
    assert run(uow.plans.get(P, "C-1")).value.year == 2022
    uow.proposals.numbers.add((P, 7))
    adopted = run(planning.adopt(adopt, uow))
    assert adopted.value.moved == (("C-1", 2022, 2023),)
    assert run(uow.plans.get(P, "C-1")).value.year == 2023
