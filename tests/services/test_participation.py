"""Participation's commands: the rules that span records (votes, committees and orders are the
register's households'; a committee is not re-dated after what relied on it; a confirmed menu
becomes its plan's items; a survey is the staff's until published), scope, preconditions and
the audit trail."""

import datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest

import renovation_core as core
from renovation_api.services import delivery, participation
from renovation_api.services.changes import Expected
from renovation_api.services.errors import Changed, NotFound, NotPermitted
from renovation_core.delivery import Stage
from renovation_core.errors import DataError, FieldValueError, RuleViolation
from renovation_core.participation import (
    Answer,
    Choice,
    Committee,
    CommitteeMember,
    CommitteeRole,
    Household,
    HouseholdRegister,
    Matter,
    Question,
    QuestionKind,
    Scope,
    Survey,
)
from tests.services.conftest import officer, run
from tests.services.fakes import FakeUnitOfWork
from tests.unit import factories
from tests.unit.test_delivery import CLIENT, LOW_RISK, MENU

P = "test"
D = datetime.date
BASIC = ("water_supply", "drainage")
REGISTER = HouseholdRegister(
    households=tuple(
        Household(building="1", entrance="1", unit=f"{n:02d}01", floor_area_m2=Decimal("80.00"))
        for n in range(1, 7)
    )
)
COMMITTEE = Committee(
    formed_on=D(2023, 2, 1),
    members=tuple(
        CommitteeMember(household=f"1-1-0{n}01", role=role)
        for n, role in enumerate(
            (CommitteeRole.CHAIR, CommitteeRole.MEMBER, CommitteeRole.MEMBER), start=1
        )
    ),
)
PUBLIC = core.Principal(actor="public", role=core.Role.PUBLIC)


def stale() -> Expected:
    return Expected(revisions=frozenset({"stale"}), said='"stale"')


@pytest.fixture
def uow(uow: FakeUnitOfWork) -> FakeUnitOfWork:
    """A programme of two districts, a compound in each with its 2023 plan."""
    uow.programmes.by_code[P] = factories.programme()
    for code, district in (("C-1", "990101"), ("C-2", "990102")):
        uow.compounds.add(P, factories.compound(code, district))
        uow.plans.table.put((P, code), factories.plan(code, year=2023, items=BASIC))
    return uow


def households(uow: FakeUnitOfWork, code: str = "C-1", **extra: Any):
    command = participation.SetHouseholds(
        programme=P, compound=code, **{"register": REGISTER, **extra}
    )
    return run(participation.set_households(command, uow))


def committee(uow: FakeUnitOfWork, formed: Committee = COMMITTEE, **extra: Any):
    command = participation.SetCommittee(programme=P, compound="C-1", committee=formed, **extra)
    return run(participation.set_committee(command, uow))


def actions(uow: FakeUnitOfWork) -> list[tuple[str, str]]:
    return [(e.action, e.resource.removeprefix(f"/v1/programmes/{P}")) for e in uow.audit.events]


# Households and the committee -------------------------------------------------------------


def test_the_register_is_recorded_then_replaced_under_its_revision(uow):
    first = households(uow)
    assert (first.value.compound, first.value.record) == ("C-1", REGISTER)
    with pytest.raises(Changed):
        households(uow, expected=stale())
    read = Expected(revisions=frozenset({first.revision}), said="")
    assert households(uow, expected=read) == first  # the same register: nothing written
    seventh = Household(building="1", entrance="1", unit="0701", floor_area_m2=Decimal("80.00"))
    larger = attrs.evolve(REGISTER, households=(*REGISTER.households, seventh))
    again = households(uow, register=larger, expected=read)
    assert again.revision != first.revision
    assert actions(uow) == [
        ("create", "/compounds/C-1/households"),
        ("replace", "/compounds/C-1/households"),
    ]
    assert uow.audit.events[1].before == first
    assert run(participation.households(uow, P, "C-1")) == again


def test_outside_its_scope_a_compound_has_no_households(uow):
    households(uow)
    other = uow.acting_as(officer("990102"))
    with pytest.raises(NotFound):
        run(participation.households(other, P, "C-1"))
    with pytest.raises(NotFound):
        households(other)
    with pytest.raises(NotFound, match="the households of compound 'C-2'"):
        run(participation.households(uow, P, "C-2"))


def test_a_committee_is_households_of_the_compound(uow):
    with pytest.raises(RuleViolation) as refused:
        committee(uow)
    assert refused.value.rule == "no-households"
    households(uow)
    stranger = attrs.evolve(
        COMMITTEE,
        members=(
            *COMMITTEE.members[:2],
            CommitteeMember(household="9-9-0101", role=CommitteeRole.MEMBER),
        ),
    )
    with pytest.raises(FieldValueError) as bad:
        committee(uow, stranger)
    assert bad.value.field == "members[2].household"
    with pytest.raises(NotFound):
        run(participation.committee(uow, P, "C-1"))
    formed = committee(uow)
    assert run(participation.committee(uow, P, "C-1")) == formed
    assert actions(uow)[-1] == ("create", "/compounds/C-1/committee")


def test_a_committee_is_not_redated_after_the_design_started_on_it(uow):
    households(uow)
    committee(uow)
    chosen = attrs.evolve(
        MENU, opened_on=D(2023, 2, 1), closed_on=D(2023, 2, 20), confirmed_on=D(2023, 3, 2)
    )
    uow.menus.table.put((P, "C-1"), chosen)  # the residents chose the day the design started
    entry = delivery.EnterProject(
        programme=P,
        compound="C-1",
        facts=delivery.Facts(client=CLIENT, profile=LOW_RISK),
        planned_on=D(2023, 1, 5),
    )
    run(delivery.enter_project(entry, uow))
    for n, stage in enumerate((Stage.CONSULTING, Stage.DESIGNING)):
        key = delivery.ProjectKey(programme=P, compound="C-1", year=2023)
        step = delivery.AdvanceProject(project=key, to=stage, on=D(2023, 3, 1 + n))
        run(delivery.advance_project(step, uow))
    with pytest.raises(RuleViolation) as refused:
        committee(uow, attrs.evolve(COMMITTEE, formed_on=D(2023, 3, 3)))
    assert refused.value.rule == "committee-relied-on"
    assert committee(uow, attrs.evolve(COMMITTEE, formed_on=D(2023, 3, 2))).value.record


# Consent votes ----------------------------------------------------------------------------


def open_vote(uow: FakeUnitOfWork, code: str = "C-1"):
    command = participation.OpenVote(
        programme=P, compound=code, matter=Matter.REBUILD, scope=Scope(), opened_on=D(2023, 3, 1)
    )
    return run(participation.open_vote(command, uow))


def key(number: int = 1) -> participation.VoteKey:
    return participation.VoteKey(programme=P, compound="C-1", number=number)


def test_a_vote_is_among_the_registers_households_numbered_in_its_compound(uow):
    with pytest.raises(RuleViolation) as refused:
        open_vote(uow)
    assert refused.value.rule == "no-households"
    households(uow)
    first, second = open_vote(uow), open_vote(uow)
    assert (first.value.number, second.value.number) == (1, 2)
    assert len(first.value.record.electorate) == 6
    assert [v.value.number for v in run(participation.votes(uow, P, "C-1"))] == [1, 2]
    assert actions(uow)[-1] == ("create", "/compounds/C-1/consent-votes/2")
    with pytest.raises(NotFound, match="consent vote 3"):
        run(participation.vote(uow, key(3)))


def test_ballots_and_the_closing_under_the_votes_revision(uow):
    households(uow)
    opened = open_vote(uow)

    def cast(unit: str, **extra: Any):
        ballot = participation.CastBallot(
            vote=key(),
            household=f"1-1-{unit}",
            choice=Choice.FOR,
            cast_on=D(2023, 3, 5),
            **extra,
        )
        return run(participation.cast_ballot(ballot, uow))

    with pytest.raises(Changed):
        cast("0101", expected=stale())
    voted = cast("0101", expected=Expected(revisions=frozenset({opened.revision}), said=""))
    assert len(voted.value.record.ballots) == 1
    with pytest.raises(RuleViolation) as twice:
        cast("0101")
    assert twice.value.rule == "already-voted"
    closure = participation.CloseVote(vote=key(), on=D(2023, 3, 10))
    closed = run(participation.close_vote(closure, uow))
    assert closed.value.record.closed_on == D(2023, 3, 10)
    assert [a for a, _ in actions(uow)][-2:] == ["vote", "close"]
    assert uow.audit.events[-1].before == voted
    other = uow.acting_as(officer("990102"))
    with pytest.raises(NotFound):
        run(participation.close_vote(closure, other))


# The menu ---------------------------------------------------------------------------------


def open_menu(uow: FakeUnitOfWork, offered=(*BASIC, "elevator_retrofit", "parking")):
    command = participation.OpenMenu(
        programme=P,
        compound="C-1",
        offered=tuple((code, None) for code in offered),
        opened_on=D(2023, 3, 1),
    )
    return run(participation.open_menu(command, uow))


def order(uow: FakeUnitOfWork, household: str, *items: str, **extra: Any):
    command = participation.PlaceOrder(
        programme=P,
        compound="C-1",
        household=household,
        items=(*BASIC, *items),
        placed_on=D(2023, 3, 5),
        **extra,
    )
    return run(participation.place_order(command, uow))


def test_a_menu_is_drawn_from_the_plan_once(uow):
    del uow.plans.table.rows[P, "C-1"]
    with pytest.raises(NotFound, match="a plan for compound"):
        open_menu(uow)
    uow.plans.table.put((P, "C-1"), factories.plan("C-1", year=2023, items=BASIC))
    with pytest.raises(FieldValueError, match="drainage"):
        open_menu(uow, ("water_supply", "parking"))
    opened = open_menu(uow)
    assert opened.value.catalogue is uow.programmes.by_code[P].catalogue
    assert run(participation.menu(uow, P, "C-1")) == opened
    with pytest.raises(RuleViolation) as again:
        open_menu(uow)
    assert again.value.rule == "menu-exists"
    assert actions(uow) == [("create", "/compounds/C-1/menu")]


def test_an_order_is_a_registered_households_within_the_menus_rules(uow):
    opened = open_menu(uow)
    with pytest.raises(RuleViolation) as refused:
        order(uow, "1-1-0101")
    assert refused.value.rule == "no-households"
    households(uow)
    with pytest.raises(NotFound, match="household 9-9-0101"):
        order(uow, "9-9-0101")
    with pytest.raises(Changed):
        order(uow, "1-1-0101", expected=stale())
    with pytest.raises(RuleViolation) as dropped:
        run(
            participation.place_order(
                participation.PlaceOrder(
                    programme=P,
                    compound="C-1",
                    household="1-1-0101",
                    items=("water_supply",),
                    placed_on=D(2023, 3, 5),
                ),
                uow,
            )
        )
    assert dropped.value.rule == "mandatory-item"
    assert run(uow.menus.get(P, "C-1")).revision == opened.revision
    ordered = order(uow, "1-1-0101", "parking")
    assert ordered.value.record.tally()["parking"] == 1
    assert actions(uow)[-1] == ("order", "/compounds/C-1/menu")


CLOSED_ON, CONFIRMED_ON, PUBLISHED_ON = D(2023, 3, 20), D(2023, 3, 22), D(2023, 3, 31)


def close(uow: FakeUnitOfWork, on: D = CLOSED_ON):
    command = participation.CloseMenu(programme=P, compound="C-1", on=on)
    return run(participation.close_menu(command, uow))


def confirm(uow: FakeUnitOfWork, on: D = CONFIRMED_ON, **extra: Any):
    command = participation.ConfirmMenu(programme=P, compound="C-1", on=on, **extra)
    return run(participation.confirm_menu(command, uow))


def test_the_confirmed_proposal_becomes_the_plans_items(uow):
    households(uow)
    open_menu(uow)
    for n in range(1, 5):
        order(uow, f"1-1-0{n}01", "parking")
    closed = close(uow)
    with pytest.raises(RuleViolation) as missing:
        confirm(uow)
    assert missing.value.rule == "committee-missing"
    committee(uow)
    plan = run(uow.plans.get(P, "C-1"))
    with pytest.raises(Changed):
        confirm(uow, expected=stale())
    confirmed = confirm(uow, expected=Expected(revisions=frozenset({closed.revision}), said=""))
    assert confirmed.value.record.confirmed_on == D(2023, 3, 22)
    replanned = run(uow.plans.get(P, "C-1"))
    assert replanned.value.items == (*BASIC, "parking")
    assert replanned.revision != plan.revision
    assert actions(uow)[-2:] == [
        ("replace", "/compounds/C-1/plan"),
        ("confirm", "/compounds/C-1/menu"),
    ]
    with pytest.raises(RuleViolation) as again:
        confirm(uow, D(2023, 3, 23))
    assert again.value.rule == "menu-confirmed"
    # The committee confirmed on 22 March: it cannot now be dated as formed later.
    with pytest.raises(RuleViolation) as redated:
        committee(uow, attrs.evolve(COMMITTEE, formed_on=D(2023, 3, 23)))
    assert redated.value.rule == "committee-relied-on"


def test_a_proposal_the_plan_holds_already_leaves_it_but_rests_on_it(uow):
    households(uow)
    open_menu(uow, offered=BASIC)
    close(uow)
    committee(uow)
    plan = run(uow.plans.get(P, "C-1"))
    confirm(uow)
    kept = run(uow.plans.get(P, "C-1"))
    assert kept.value == plan.value
    assert kept.revision != plan.revision  # claimed: a revision of the plan read fails
    assert actions(uow)[-1] == ("confirm", "/compounds/C-1/menu")
    assert ("replace", "/compounds/C-1/plan") not in actions(uow)


# Surveys ----------------------------------------------------------------------------------

SURVEY = Survey(
    code="s-1",
    title="满意度调查",
    opened_on=D(2023, 3, 1),
    questions=(Question(code="overall", text="总体满意度", kind=QuestionKind.RATING),),
)


def create(uow: FakeUnitOfWork):
    return run(
        participation.create_survey(participation.CreateSurvey(programme=P, survey=SURVEY), uow)
    )


def respond(uow: FakeUnitOfWork, household: str, code: str = "C-1", rating: int = 5):
    command = participation.RecordResponse(
        programme=P,
        survey="s-1",
        compound=code,
        household=household,
        answered_on=D(2023, 3, 5),
        answers=(Answer(question="overall", rating=rating),),
    )
    return run(participation.record_response(command, uow))


def publish(uow: FakeUnitOfWork, on: D = PUBLISHED_ON, **extra: Any):
    command = participation.PublishSurvey(programme=P, survey="s-1", on=on, **extra)
    return run(participation.publish_survey(command, uow))


def test_the_city_sets_a_survey_once(uow):
    with pytest.raises(NotPermitted, match="the city sets surveys"):
        create(uow.acting_as(officer("990101")))
    created = create(uow)
    assert actions(uow) == [("create", "/surveys/s-1")]
    assert uow.audit.events[0].after == created
    with pytest.raises(RuleViolation) as again:
        create(uow)
    assert again.value.rule == "survey-exists"


def test_a_programme_sets_a_bounded_number_of_surveys(uow, monkeypatch):
    monkeypatch.setattr(participation, "MAX_SURVEYS", 2)
    create(uow)
    second = attrs.evolve(SURVEY, code="s-2")
    run(participation.create_survey(participation.CreateSurvey(programme=P, survey=second), uow))
    third = attrs.evolve(SURVEY, code="s-3")
    with pytest.raises(RuleViolation) as refused:
        run(participation.create_survey(participation.CreateSurvey(programme=P, survey=third), uow))
    assert refused.value.rule == "too-many-surveys"


def test_a_response_is_a_households_of_a_compound_in_scope_once(uow):
    create(uow)
    households(uow)
    with pytest.raises(DataError) as unknown:
        respond(uow, "9-9-0101")
    assert [e.path for e in unknown.value.errors] == ["household"]
    with pytest.raises(NotFound):
        respond(uow.acting_as(officer("990102")), "1-1-0101")
    recorded = respond(uow, "1-1-0101")
    assert (recorded.value.survey, recorded.value.response.household) == ("s-1", "1-1-0101")
    assert recorded.revision == ""  # never read back nor changed: no ETag
    assert actions(uow)[-1] == ("respond", "/surveys/s-1/responses")
    with pytest.raises(RuleViolation) as twice:
        respond(uow, "1-1-0101")
    assert twice.value.rule == "already-responded"


def test_publication_is_the_citys_after_the_last_response(uow):
    created = create(uow)
    households(uow)
    respond(uow, "1-1-0101")
    with pytest.raises(NotPermitted):
        publish(uow.acting_as(officer("990101")))
    with pytest.raises(Changed):
        publish(uow, expected=stale())
    with pytest.raises(FieldValueError) as early:
        publish(uow, D(2023, 3, 4))
    assert early.value.field == "on"
    published = publish(uow, expected=Expected(revisions=frozenset({created.revision}), said=""))
    assert published.value.published_on == D(2023, 3, 31)
    assert (uow.audit.events[-1].action, uow.audit.events[-1].before) == ("publish", created)
    with pytest.raises(RuleViolation) as late:
        respond(uow, "1-1-0201")
    assert late.value.rule == "survey-published"


def test_a_survey_is_the_staffs_until_published(uow):
    create(uow)
    public = uow.acting_as(PUBLIC)
    assert run(participation.surveys(public, P)) == []
    with pytest.raises(NotFound):
        run(participation.survey(public, P, "s-1"))
    with pytest.raises(NotFound):
        run(participation.survey_results(public, P, "s-1", None, None))
    publish(uow)
    assert [s.value.code for s in run(participation.surveys(public, P))] == ["s-1"]


def test_results_are_the_callers_scope_and_never_a_small_compound(uow):
    create(uow)
    for code in ("C-1", "C-2"):
        households(uow, code)
    for n in range(1, 5):
        respond(uow, f"1-1-0{n}01", "C-1", rating=1)
    for n in range(1, 6):
        respond(uow, f"1-1-0{n}01", "C-2", rating=5)
    staff = run(participation.survey_results(uow, P, "s-1", None, None))
    assert (staff.total.respondents, staff.disclosed) == (9, True)
    assert [(c.compound, c.district) for c in staff.compounds] == [
        ("C-1", "990101"),
        ("C-2", "990102"),
    ]
    district = run(
        participation.survey_results(uow.acting_as(officer("990101")), P, "s-1", None, None)
    )
    assert [c.compound for c in district.compounds] == ["C-1"]
    one = run(participation.survey_results(uow, P, "s-1", "990102", None))
    assert one.total.respondents == 5
    publish(uow)
    public = run(participation.survey_results(uow.acting_as(PUBLIC), P, "s-1", None, None))
    assert (public.total.respondents, public.disclosed) == (5, True)
    assert [c.compound for c in public.compounds] == ["C-2"]
    small = run(participation.survey_results(uow.acting_as(PUBLIC), P, "s-1", None, "C-1"))
    assert (small.total.respondents, small.disclosed, small.compounds) == (0, False, ())
    # Published, the rest of the city is seen by staff as anyone sees it: C-1's own officer
    # sees C-1 whole (4 answers) and C-2's five; C-2's officer does not see C-1's four.
    first = run(
        participation.survey_results(uow.acting_as(officer("990101")), P, "s-1", None, None)
    )
    assert [(c.compound, c.results.respondents) for c in first.compounds] == [
        ("C-1", 4),
        ("C-2", 5),
    ]
    assert first.total.respondents == 9
    second = run(
        participation.survey_results(uow.acting_as(officer("990102")), P, "s-1", "990101", None)
    )
    assert (second.total.respondents, second.disclosed, second.compounds) == (0, False, ())


# The brief to residents --------------------------------------------------------------------


def resident(code: str) -> core.Principal:
    return core.Principal(
        actor="key:resident",
        role=core.Role.RESIDENT,
        compound=core.CompoundRef(programme=P, code=code),
    )


def told(uow: FakeUnitOfWork, code: str = "C-1") -> core.Brief:
    return run(participation.brief(uow, P, code))[1]


def test_a_brief_is_read_by_its_compounds_resident_and_the_staff_covering_it(uow):
    assert told(uow.acting_as(resident("C-1"))).compound.code == "C-1"
    assert told(uow.acting_as(officer("990101"))).plan == uow.plans.table.rows[(P, "C-1")].value
    for outsider in (resident("C-2"), officer("990102"), PUBLIC):
        with pytest.raises(NotFound, match="compound 'C-1' of programme 'test'"):
            told(uow.acting_as(outsider))
    # The same answer as for a compound that does not exist: a brief does not leak existence.
    with pytest.raises(NotFound, match="compound 'C-9' of programme 'test'"):
        told(uow.acting_as(resident("C-1")), "C-9")


def test_where_the_city_publishes_briefs_anyone_reads_them(uow):
    uow.programmes.policies[P] = core.Policy(public_briefs=True)
    assert told(uow.acting_as(PUBLIC), "C-2").compound.code == "C-2"
    assert told(uow.acting_as(resident("C-1")), "C-2").compound.code == "C-2"


def test_a_brief_tells_a_published_surveys_results_for_its_compound_alone(uow):
    create(uow)
    households(uow)
    for n in range(1, 6):
        respond(uow, f"1-1-0{n}01", rating=5)
    assert told(uow).surveys == ()  # not yet published
    publish(uow)
    [outcome] = told(uow.acting_as(resident("C-1"))).surveys
    assert outcome.results is not None
    assert outcome.results.respondents == 5
    [none] = told(uow, "C-2").surveys
    assert none.results is None
