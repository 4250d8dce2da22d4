"""Funding's commands and reports: a funding judged against its compound, plan and project and
resting on the plan as read, the review by one who speaks for each bureau, postings that take
the funding's revision, a draft that follows its plan, and reports that show a caller its rows
(the published figures only beside a whole district's); scope, preconditions and the audit."""

import datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest

import renovation_core as core
from renovation_api.services import funding
from renovation_api.services.changes import Expected
from renovation_api.services.errors import Changed, NotFound, NotPermitted
from renovation_api.services.unit_of_work import Stored
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.funding import (
    Bureau,
    FlagKind,
    FundingLine,
    FundingSource,
    FundingStatus,
    Verdict,
)
from renovation_core.register.targets import AnnualPlanTarget, Figures
from tests.services.conftest import CITY, officer, run
from tests.services.fakes import FakeUnitOfWork
from tests.unit import factories

P = "test"
D = datetime.date
FUNDING = "/v1/programmes/test/compounds/C-1/funding"
FINANCE = core.Principal(
    actor="key:finance", role=core.Role.FINANCE_OFFICER, districts=frozenset({"990101"})
)
STREET = core.Principal(
    actor="key:street", role=core.Role.STREET_OFFICER, streets=frozenset({"990101001000"})
)


def line(
    amount: str = "1000000", source: FundingSource = FundingSource.CITY_FINANCE
) -> FundingLine:
    return FundingLine(
        source=source, party="市财政局", amount_yuan=Decimal(amount), items=("water_supply",)
    )


def figures(investment: str) -> Figures:
    return Figures(
        compounds=1, households=90, floor_area_m2=Decimal(8100), investment_yuan=Decimal(investment)
    )


@pytest.fixture
def uow(uow: FakeUnitOfWork) -> FakeUnitOfWork:
    """A programme of two districts publishing 2022's investment, and a compound planned for
    2022 in each (1 000 000 yuan, its water supply)."""
    uow.programmes.by_code[P] = factories.programme(
        annual_targets=(
            AnnualPlanTarget(year=2022, district="990101", figures=figures("1000000")),
            AnnualPlanTarget(year=2022, district="990102", figures=figures("1000000")),
            AnnualPlanTarget(year=2022, district=None, figures=figures("2000000")),
        )
    )
    for code, district in (("C-1", "990101"), ("C-2", "990102")):
        uow.compounds.add(P, factories.compound(code, district))
        uow.plans.table.put((P, code), factories.plan(code, year=2022))
    return uow


def draft(uow: FakeUnitOfWork, code: str = "C-1", *lines: FundingLine) -> Stored[Any]:
    command = funding.DraftFunding(programme=P, compound=code, lines=lines or (line(),))
    return run(funding.draft_funding(command, uow))


def submit(uow: FakeUnitOfWork, **extra: Any) -> Stored[Any]:
    given: dict[str, Any] = {"programme": P, "compound": "C-1", "on": D(2022, 3, 1)}
    return run(funding.submit_funding(funding.SubmitFunding(**(given | extra)), uow))


def review(uow: FakeUnitOfWork, bureau: Bureau, **extra: Any) -> Stored[Any]:
    given: dict[str, Any] = {
        "programme": P,
        "compound": "C-1",
        "round": 1,
        "bureau": bureau,
        "verdict": Verdict.APPROVED,
        "on": D(2022, 3, 8),
    }
    return run(funding.review_funding(funding.ReviewFunding(**(given | extra)), uow))


def approved(uow: FakeUnitOfWork, *, drafted: bool = False) -> Stored[Any]:
    """C-1's funding approved by both bureaus (drafted now unless it was)."""
    if not drafted:
        draft(uow)
    submit(uow)
    review(uow.acting_as(officer("990101")), Bureau.HOUSING, on=D(2022, 3, 5))
    return review(uow.acting_as(FINANCE), Bureau.FINANCE)


def pay(uow: FakeUnitOfWork, amount: str, **extra: Any) -> Stored[Any]:
    given: dict[str, Any] = {
        "programme": P,
        "compound": "C-1",
        "line": 1,
        "paid_on": D(2022, 5, 10),
        "payee": "乌海市建筑工程有限责任公司",
        "amount_yuan": Decimal(amount),
        "purpose": "water_supply",
        "document": "国库集中支付凭证 01",
    }
    return run(funding.post_payment(funding.PostPayment(**(given | extra)), uow))


def test_a_draft_is_judged_against_its_compounds_plan_and_rests_on_it(uow):
    plan = run(uow.plans.get(P, "C-1"))
    created = draft(uow)
    record = created.value
    assert (record.funding.plan.year, record.funding.status) == (2022, FundingStatus.DRAFT)
    assert record.budget_yuan == Decimal(1000000)  # the plan's estimate: no project yet
    assert record.findings() == ()
    assert created.place is not None
    assert created.place.district == "990101"
    assert run(uow.plans.get(P, "C-1")).revision != plan.revision
    [event] = uow.audit.events
    assert (event.action, event.resource, event.before, event.after) == (
        "create",
        FUNDING,
        None,
        created,
    )
    assert run(funding.funding(uow, P, "C-1")) == created


def test_a_draft_may_break_the_funding_rules_and_says_which(uow):
    created = draft(uow, "C-1", line("999"))
    assert [f.code for f in created.value.findings()] == ["unbalanced"]


def test_a_compound_has_one_funding_and_none_without_its_plan(uow):
    draft(uow)
    with pytest.raises(RuleViolation) as twice:
        draft(uow)
    assert twice.value.rule == "funding-exists"
    del uow.plans.table.rows[P, "C-2"]
    with pytest.raises(RuleViolation) as planless:
        draft(uow, "C-2")
    assert planless.value.rule == "no-plan"
    with pytest.raises(RuleViolation, match="renovation plan"):
        run(funding.funding(uow, P, "C-2"))


def test_a_funding_not_drafted_does_not_exist(uow):
    with pytest.raises(NotFound, match="funding plan"):
        run(funding.funding(uow, P, "C-1"))
    with pytest.raises(NotFound, match="funding plan"):
        pay(uow, "1.00")


def test_outside_its_scope_a_funding_does_not_exist(uow):
    draft(uow)
    other = uow.acting_as(officer("990102"))
    with pytest.raises(NotFound, match="compound"):
        run(funding.funding(other, P, "C-1"))
    with pytest.raises(NotFound, match="compound"):
        draft(other, "C-1")
    with pytest.raises(NotFound, match="compound"):
        submit(other)
    with pytest.raises(NotFound, match="programme"):
        run(funding.funding(uow, "elsewhere", "C-1"))
    assert [e.action for e in uow.audit.events] == ["create"]


def test_a_revision_rests_on_the_version_read_and_keeps_paid_lines_in_place(uow):
    created = draft(uow, "C-1", line("999"))
    stale = funding.ReviseFunding(
        programme=P,
        compound="C-1",
        expected=Expected(revisions=frozenset({"stale"}), said='"stale"'),
        lines=(line(),),
    )
    with pytest.raises(Changed):
        run(funding.revise_funding(stale, uow))
    fresh = attrs.evolve(stale, expected=Expected(revisions=frozenset({created.revision}), said=""))
    revised = run(funding.revise_funding(fresh, uow))
    assert revised.value.findings() == ()
    assert revised.revision != created.revision
    event = uow.audit.events[-1]
    assert (event.action, event.before, event.after) == ("replace", created, revised)


def test_a_write_refused_when_the_plan_changed_meanwhile_saves_nothing(uow):
    created = draft(uow)

    async def taken(_: object) -> None:
        return None

    uow.plans.claim = taken  # another write took the plan between this one's read and save
    with pytest.raises(Changed, match="plan changed"):
        submit(uow)
    assert run(funding.funding(uow, P, "C-1")) == created


def test_only_a_plan_keeping_every_rule_goes_for_review(uow):
    created = draft(uow, "C-1", line("999"))
    with pytest.raises(RuleViolation) as refused:
        submit(uow)
    assert refused.value.rule == "funding-rules"
    assert [e.path for e in refused.value.errors] == ["$.lines"]
    assert run(funding.funding(uow, P, "C-1")).revision == created.revision
    with pytest.raises(FieldValueError, match="after today"):
        submit(uow, on=D(2024, 1, 1))


def test_the_plan_goes_into_force_once_each_bureau_approves(uow):
    draft(uow)
    submitted = submit(uow)
    assert submitted.value.funding.pending() == (Bureau.HOUSING, Bureau.FINANCE)
    with pytest.raises(RuleViolation) as own:
        review(uow, Bureau.HOUSING)
    assert own.value.rule == "own-submission"
    housing = review(uow.acting_as(officer("990101")), Bureau.HOUSING, on=D(2022, 3, 5))
    assert housing.value.funding.status is FundingStatus.SUBMITTED
    done = review(uow.acting_as(FINANCE), Bureau.FINANCE)
    assert done.value.funding.status is FundingStatus.APPROVED
    assert done.value.funding.approved_on == D(2022, 3, 8)
    assert [e.action for e in uow.audit.events] == ["create", "submit", "review", "review"]
    assert uow.audit.events[-1].before == housing


def test_a_verdict_comes_from_one_who_speaks_for_its_bureau(uow):
    draft(uow)
    submit(uow)
    with pytest.raises(NotPermitted) as refused:
        review(uow.acting_as(officer("990101")), Bureau.FINANCE)
    assert refused.value.slug == "not-your-bureau"
    with pytest.raises(NotPermitted):  # refused before anything is read
        review(uow.acting_as(FINANCE), Bureau.HOUSING, compound="nowhere")
    with pytest.raises(NotFound):
        review(uow.acting_as(officer("990102")), Bureau.HOUSING)


def test_money_is_paid_from_approved_lines_only_and_never_beyond_them(uow):
    draft(uow)
    with pytest.raises(RuleViolation) as early:
        pay(uow, "1.00")
    assert early.value.rule == "not-approved"
    uow.audit.events.clear()
    approved(uow, drafted=True)
    before = run(funding.funding(uow, P, "C-1"))
    first = pay(uow, "999999.90")
    assert (first.value.number, first.revision, first.ref) == (1, "", 1)
    event = uow.audit.events[-1]
    assert (event.action, event.resource, event.before, event.after) == (
        "pay",
        f"{FUNDING}/ledger/1",
        None,
        first,
    )
    with pytest.raises(RuleViolation) as over:
        pay(uow, "0.11")
    assert over.value.rule == "over-line"
    with pytest.raises(FieldValueError, match="lines 1 to 1"):
        pay(uow, "0.10", line=2)
    after = run(funding.funding(uow, P, "C-1"))
    assert after.revision != before.revision  # the posting took the funding
    assert after.value.ledger.paid(1) == Decimal("999999.90")


def test_a_posting_rests_on_the_funding_as_read(uow):
    approved(uow)
    read = run(funding.funding(uow, P, "C-1"))
    pay(uow, "1.00", expected=Expected(revisions=frozenset({read.revision}), said=""))
    with pytest.raises(Changed):
        pay(uow, "1.00", expected=Expected(revisions=frozenset({read.revision}), said=""))
    assert [e.number for e in run(funding.ledger(uow, P, "C-1", None, 10))] == [1]


def test_a_correction_is_a_reversing_entry(uow):
    approved(uow)
    pay(uow, "1000.00")
    reverse = funding.ReversePayment(
        programme=P,
        compound="C-1",
        reverses=1,
        on=D(2022, 5, 11),
        reason="收款单位有误",
        document="冲销凭证 01",
    )
    undone = run(funding.reverse_payment(reverse, uow))
    assert (undone.value.number, undone.value.reverses, undone.value.signed_yuan) == (
        2,
        1,
        Decimal("-1000.00"),
    )
    assert (uow.audit.events[-1].action, uow.audit.events[-1].resource) == (
        "reverse",
        f"{FUNDING}/ledger/2",
    )
    with pytest.raises(RuleViolation) as again:
        run(funding.reverse_payment(reverse, uow))
    assert again.value.rule == "already-reversed"
    with pytest.raises(FieldValueError, match="no entry 9"):
        run(funding.reverse_payment(attrs.evolve(reverse, reverses=9), uow))
    assert [e.number for e in run(funding.ledger(uow, P, "C-1", 1, 10))] == [2]
    assert run(funding.ledger_entry(uow, P, "C-1", 2)) == undone.value
    with pytest.raises(NotFound, match="entry 3"):
        run(funding.ledger_entry(uow, P, "C-1", 3))
    assert run(funding.funding(uow, P, "C-1")).value.ledger.total == Decimal(0)


def test_a_draft_follows_its_plan_and_a_reviewed_one_holds_it(uow):
    created = draft(uow)
    later = factories.plan("C-1", year=2023)
    uow.plans.table.put((P, "C-1"), later)
    run(funding.follow_plan(uow, P, "C-1", later))
    moved = run(funding.funding(uow, P, "C-1"))
    assert moved.value.funding.plan.year == 2023
    event = uow.audit.events[-1]
    assert (event.action, event.resource, event.after) == ("replace", FUNDING, moved)
    assert event.before.value.funding == created.value.funding
    count = len(uow.audit.events)
    run(funding.follow_plan(uow, P, "C-1", later))  # the same year: nothing to carry
    run(funding.follow_plan(uow, P, "C-2", None))  # no funding: nothing to carry
    assert len(uow.audit.events) == count
    run(funding.follow_plan(uow, P, "C-1", None))
    assert run(uow.fundings.get(P, "C-1")) is None
    assert (uow.audit.events[-1].action, uow.audit.events[-1].before) == ("delete", moved)


def test_a_plan_keeps_its_year_once_its_funding_went_for_review(uow):
    draft(uow)
    submit(uow)
    for plan in (factories.plan("C-1", year=2023), None):
        with pytest.raises(RuleViolation) as held:
            run(funding.follow_plan(uow, P, "C-1", plan))
        assert held.value.rule == "has-funding"
    assert run(uow.fundings.get(P, "C-1")).value.plan.year == 2022


def test_fundings_are_listed_within_scope_by_status(uow):
    draft(uow)
    draft(uow, "C-2")
    submit(uow)

    def listed(caller: core.Principal, **where: Any) -> list[str]:
        given: dict[str, Any] = {"district": None, "year": None, "status": None}
        found = run(
            funding.fundings(uow.acting_as(caller), P, after=None, limit=10, **(given | where))
        )
        return [s.value.plan.compound for s in found]

    assert listed(CITY) == ["C-1", "C-2"]
    assert listed(CITY, status=FundingStatus.SUBMITTED) == ["C-1"]
    assert listed(CITY, district="990102") == ["C-2"]
    assert listed(FINANCE) == ["C-1"]


def test_the_money_read_model_holds_every_planned_compound_within_scope(uow):
    draft(uow)
    money = run(uow.money.compounds(P, uow.by))
    assert [(m.compound.code, m.funding is not None) for m in money] == [
        ("C-1", True),
        ("C-2", False),
    ]
    seen = run(uow.money.compounds(P, officer("990102")))
    assert [m.compound.code for m in seen] == ["C-2"]


def test_a_caller_reads_its_rows_and_published_figures_only_beside_a_whole_district(uow):
    draft(uow)
    draft(uow, "C-2")

    def rows(caller: core.Principal) -> dict[str | None, Decimal | None]:
        report = run(funding.report(uow.acting_as(caller), P, 2022))
        assert {r.year for r in report.by_source} | {r.year for r in report.investment} == {2022}
        assert {r.district for r in report.by_source} <= {r.district for r in report.investment}
        return {r.district: r.published_yuan for r in report.investment}

    city = rows(CITY)
    assert city == {"990101": Decimal(1000000), "990102": Decimal(1000000), None: Decimal(2000000)}
    assert rows(officer("990101")) == {"990101": Decimal(1000000)}
    assert rows(STREET) == {"990101": None}  # a street's part is not the district's figure
    report = run(funding.report(uow, P, 2022))
    assert all(r.variance_yuan == 0 for r in report.investment)
    assert report.flags == ()


def test_flags_are_counted_by_district_and_for_the_city(uow):
    approved(uow)
    pay(uow, "200.00", paid_on=D(2022, 3, 7))  # before the approval
    found = run(funding.flags(uow, P, None, 2022, None))
    assert [(d, f.kind) for d, f in found.flags] == [("990101", FlagKind.BEFORE_APPROVAL)]
    assert {(c.district, c.count) for c in found.totals} == {("990101", 1), (None, 1)}
    assert run(funding.flags(uow, P, "990102", None, None)).flags == ()
    assert run(funding.report(uow, P, None, with_flags=True)).flags == found.flags
