"""A compound's funding plan, the plan's rules on who may pay for what, its review by the
district bureaus, the ledger, supervision flags and the reports (§5)."""

from decimal import Decimal
from typing import Any

import attrs
import pytest

from renovation_core import (
    Duties,
    Enforcement,
    Permission,
    Policy,
    Principal,
    PropertyType,
    Role,
)
from renovation_core.delivery import Network, Stage
from renovation_core.errors import DataError, FieldValueError, RuleViolation
from renovation_core.funding import (
    Bureau,
    FlagKind,
    FlagResponse,
    Funded,
    Funding,
    FundingLine,
    FundingPlan,
    FundingSource,
    FundingStatus,
    Ledger,
    Verdict,
    budget_of,
    check_funding,
    count_flags,
    funding_by_source,
    investment_progress,
    money_flags,
    respond,
    reviews_for,
    supervise,
)
from renovation_core.reference import wuhai
from tests.unit.test_delivery import TODAY, D, planned, step, tendered

S = FundingSource
PLAN = next(p for p in wuhai().plans if p.compound == "150302-0002")
POLICY = Policy()
WARNS = Policy(duties=Duties(special_purpose=Enforcement.WARN))
COMPOUND = next(c for c in wuhai().compounds if c.code == PLAN.compound)
PROJECT = attrs.evolve(planned(), compound=PLAN.compound, budget_yuan=Decimal("1000.00"))


def line(source: FundingSource, amount: str, *items: str, **extra: object) -> FundingLine:
    return FundingLine(
        source=source,
        party="出资方",
        amount_yuan=Decimal(amount),
        items=items or ("water_supply",),
        **extra,  # type: ignore[arg-type]
    )


def findings(*lines: FundingLine, compound: object = COMPOUND) -> list[tuple[str, str]]:
    funding = FundingPlan(compound=PLAN.compound, year=PLAN.year, lines=lines)
    return [
        (f.code, f.location)
        for f in check_funding(funding, PROJECT.budget_yuan, compound, PLAN, POLICY)  # type: ignore[arg-type]
    ]


def test_a_balanced_plan_within_the_rules_has_no_findings() -> None:
    assert PLAN.items[:2] == ("water_supply", "drainage")
    assert (
        findings(
            line(S.CENTRAL_SUBSIDY, "600.10", "water_supply", "drainage"),
            line(S.RESIDENT_CASH, "0.20", "water_supply"),
            line(S.UTILITY_OPERATOR, "399.70", "drainage", network=Network.DRAINAGE),
        )
        == []
    )


def test_the_provident_fund_pays_for_what_the_policy_names() -> None:
    """加装电梯等自住住房改造: by default elevators and the works inside homes; a city may keep
    it to elevators alone."""
    rest = line(S.CITY_FINANCE, "900.00")
    in_home = line(S.PROVIDENT_FUND, "100.00", "water_supply")
    assert findings(rest, in_home) == []
    strict = Policy(provident_fund_items=("elevator_retrofit",))
    funding = FundingPlan(compound=PLAN.compound, year=PLAN.year, lines=(rest, in_home))
    [found] = check_funding(funding, PROJECT.budget_yuan, COMPOUND, PLAN, strict)
    assert (found.code, found.location) == ("provident-fund-purpose", "lines[1]")
    assert found.message == (
        "provident-fund money pays for elevator_retrofit only, not water_supply"
    )


def test_each_rule_is_a_finding_at_its_line() -> None:
    assert findings(line(S.CITY_FINANCE, "999.99")) == [("unbalanced", "lines")]
    assert findings(
        line(S.CITY_FINANCE, "500.00"),
        line(S.PROVIDENT_FUND, "100.00", "drainage"),
        line(S.UTILITY_OPERATOR, "100.00", "water_supply", network=Network.POWER),
        line(S.RESIDENT_CASH, "100.00", "common_parts_repair"),
        line(S.SOCIAL_CAPITAL, "200.00", "elevator_retrofit"),
    ) == [
        ("provident-fund-purpose", "lines[1]"),
        ("operator-purpose", "lines[2]"),
        ("resident-cash-purpose", "lines[3]"),
        ("item-not-in-plan", "lines[4]"),
    ]
    agreed = line(S.RESIDENT_CASH, "1000.00", "common_parts_repair", residents_agreed=True)
    assert findings(agreed) == []
    public = attrs.evolve(COMPOUND, property_type=PropertyType.PUBLIC)
    assert findings(line(S.CITY_FINANCE, "1000.00"), compound=public) == [
        ("public-housing-contribution-missing", "lines")
    ]
    assert findings(line(S.PUBLIC_HOUSING_UNIT, "1000.00"), compound=public) == []


def test_a_line_is_exact_positive_yuan_for_named_items() -> None:
    for amount, message in (
        ("-1.00", "positive"),
        ("0.001", "2 decimal places"),
        ("0", "positive"),
    ):
        with pytest.raises(FieldValueError, match=message):
            line(S.CITY_FINANCE, amount)
    with pytest.raises(FieldValueError, match="names the plan items"):
        FundingLine(source=S.CITY_FINANCE, party="市财政", amount_yuan=Decimal(1), items=())
    with pytest.raises(FieldValueError, match="names its network"):
        line(S.UTILITY_OPERATOR, "1.00")
    assert FundingPlan(
        compound="X", year=2022, lines=(line(S.CITY_FINANCE, "0.10"), line(S.CITY_FINANCE, "0.20"))
    ).total_yuan == Decimal("0.30")


BALANCED = FundingPlan(
    compound=PLAN.compound,
    year=PLAN.year,
    lines=(
        line(S.CENTRAL_SUBSIDY, "600.10", "water_supply", "drainage"),
        line(S.RESIDENT_CASH, "0.20", "water_supply"),
        line(S.UTILITY_OPERATOR, "399.70", "drainage", network=Network.DRAINAGE),
    ),
)


def submitted(plan: FundingPlan = BALANCED) -> Funding:
    return Funding(plan=plan).submit(
        on=D(2022, 3, 1),
        by="key:street",
        budget_yuan=PROJECT.budget_yuan,
        compound=COMPOUND,
        plan=PLAN,
        policy=POLICY,
        today=TODAY,
    )


def judge(funding: Funding, bureau: Bureau, verdict: Verdict, **extra: Any) -> Funding:
    """A bureau's verdict on the submission under review, judged against PLAN and PROJECT."""
    last = funding.submission
    given: dict[str, Any] = {
        "round": last.round if last else 1,
        "budget_yuan": PROJECT.budget_yuan,
        "compound": COMPOUND,
        "plan": PLAN,
        "policy": POLICY,
        "today": TODAY,
    }
    return funding.review(bureau, verdict, **(given | extra))


def approved(plan: FundingPlan = BALANCED) -> Funding:
    funding = submitted(plan)
    for bureau, day in ((Bureau.HOUSING, D(2022, 3, 5)), (Bureau.FINANCE, D(2022, 3, 8))):
        funding = judge(
            funding, bureau, Verdict.APPROVED, on=day, by=f"key:{bureau.code}", today=TODAY
        )
    return funding


def test_only_a_plan_keeping_every_rule_goes_for_review() -> None:
    unbalanced = attrs.evolve(BALANCED, lines=BALANCED.lines[:2])
    with pytest.raises(RuleViolation) as refused:
        submitted(unbalanced)
    assert refused.value.rule == "funding-rules"
    assert [e.path for e in refused.value.errors] == ["$.lines"]
    assert "unbalanced" in refused.value.errors[0].message
    funding = submitted()
    assert funding.status is FundingStatus.SUBMITTED
    assert funding.pending() == (Bureau.HOUSING, Bureau.FINANCE)
    with pytest.raises(RuleViolation, match="under review"):
        funding.revise(unbalanced)


def test_both_bureaus_approve_before_the_plan_is_in_force() -> None:
    funding = judge(
        submitted(),
        Bureau.HOUSING,
        Verdict.APPROVED,
        on=D(2022, 3, 5),
        by="key:housing",
        today=TODAY,
    )
    assert funding.status is FundingStatus.SUBMITTED
    assert funding.approved is None
    assert funding.pending() == (Bureau.FINANCE,)
    with pytest.raises(RuleViolation) as again:
        judge(
            funding, Bureau.HOUSING, Verdict.APPROVED, on=D(2022, 3, 6), by="key:other", today=TODAY
        )
    assert again.value.rule == "already-reviewed"
    done = approved()
    assert done.status is FundingStatus.APPROVED
    assert done.approved == BALANCED
    assert done.approved_on == D(2022, 3, 8)


def test_a_returned_plan_says_why_and_goes_back_to_its_drafters() -> None:
    with pytest.raises(FieldValueError, match="says why"):
        judge(
            submitted(),
            Bureau.FINANCE,
            Verdict.RETURNED,
            on=D(2022, 3, 5),
            by="key:fin",
            today=TODAY,
        )
    returned = judge(
        submitted(),
        Bureau.FINANCE,
        Verdict.RETURNED,
        on=D(2022, 3, 5),
        by="key:fin",
        reasons=("居民出资比例过低",),
        today=TODAY,
    )
    assert returned.status is FundingStatus.RETURNED
    with pytest.raises(RuleViolation) as closed:
        judge(returned, Bureau.HOUSING, Verdict.APPROVED, on=D(2022, 3, 6), by="key:h", today=TODAY)
    assert closed.value.rule == "not-submitted"
    again = returned.revise(BALANCED).submit(
        on=D(2022, 3, 9),
        by="key:street",
        budget_yuan=PROJECT.budget_yuan,
        compound=COMPOUND,
        plan=PLAN,
        policy=POLICY,
        today=TODAY,
    )
    assert [s.round for s in again.submissions] == [1, 2]
    assert again.pending() == (Bureau.HOUSING, Bureau.FINANCE)


def test_nobody_reviews_their_own_submission_or_before_it() -> None:
    with pytest.raises(RuleViolation) as own:
        judge(
            submitted(),
            Bureau.HOUSING,
            Verdict.APPROVED,
            on=D(2022, 3, 5),
            by="key:street",
            today=TODAY,
        )
    assert own.value.rule == "own-submission"
    with pytest.raises(FieldValueError, match="before the submission"):
        judge(
            submitted(), Bureau.HOUSING, Verdict.APPROVED, on=D(2022, 2, 5), by="key:h", today=TODAY
        )
    with pytest.raises(FieldValueError, match="after today"):
        judge(
            submitted(), Bureau.HOUSING, Verdict.APPROVED, on=D(2024, 1, 1), by="key:h", today=TODAY
        )


def test_a_revised_approved_plan_keeps_the_approved_version_in_force() -> None:
    done = approved()
    with pytest.raises(RuleViolation) as same:
        done.submit(
            on=D(2022, 4, 1),
            by="key:street",
            budget_yuan=PROJECT.budget_yuan,
            compound=COMPOUND,
            plan=PLAN,
            policy=POLICY,
            today=TODAY,
        )
    assert same.value.rule == "already-approved"
    revised = done.revise(attrs.evolve(BALANCED, lines=BALANCED.lines[:2]))
    assert revised.status is FundingStatus.DRAFT
    assert revised.approved == BALANCED


def pay(ledger: Ledger, funding: Funding, amount: str, **extra: object) -> Ledger:
    fields: dict[str, object] = {
        "line": 1,
        "paid_on": D(2022, 5, 1),
        "payee": "乌海市建筑工程公司",
        "amount_yuan": Decimal(amount),
        "purpose": "water_supply",
        "document": "国库支付凭证 2022-001",
        "by": "key:finance",
        "policy": POLICY,
        "today": TODAY,
    } | extra
    return Ledger((*ledger.entries, ledger.pay(funding, **fields)))  # type: ignore[arg-type]


def test_money_is_paid_only_after_approval_and_within_each_line() -> None:
    with pytest.raises(RuleViolation) as early:
        pay(Ledger(), submitted(), "1.00")
    assert early.value.rule == "not-approved"
    funding = approved()
    ledger = pay(Ledger(), funding, "600.00")
    with pytest.raises(RuleViolation) as over:
        pay(ledger, funding, "0.11")
    assert over.value.rule == "over-line"
    assert "0.10 yuan left" in over.value.message
    ledger = pay(ledger, funding, "0.10")
    assert ledger.paid(1) == Decimal("600.10")
    with pytest.raises(FieldValueError, match="lines 1 to 3"):
        pay(ledger, funding, "1.00", line=4)
    with pytest.raises(FieldValueError, match="positive"):
        pay(ledger, funding, "-1.00", line=2)
    with pytest.raises(FieldValueError, match="2 decimal places"):
        pay(ledger, funding, "0.001", line=2)


def test_a_correction_is_a_reversing_entry_never_an_edit() -> None:
    funding = approved()
    ledger = pay(Ledger(), funding, "600.10")
    undo = ledger.reverse(
        1, on=D(2022, 5, 2), reason="收款单位错误", document="冲销凭证 1", by="k", today=TODAY
    )
    assert (undo.number, undo.reverses, undo.amount_yuan, undo.signed_yuan) == (
        2,
        1,
        Decimal("600.10"),
        Decimal("-600.10"),
    )
    ledger = Ledger((*ledger.entries, undo))
    assert ledger.paid(1) == 0
    assert list(ledger.payments()) == []
    ledger = pay(ledger, funding, "600.10", payee="乌海市市政工程公司")
    for number, rule in ((1, "already-reversed"), (2, "reversal-of-reversal")):
        with pytest.raises(RuleViolation) as refused:
            ledger.reverse(number, on=D(2022, 5, 3), reason="x", document="y", by="k", today=TODAY)
        assert refused.value.rule == rule
    with pytest.raises(FieldValueError, match="no entry 9"):
        ledger.reverse(9, on=D(2022, 5, 3), reason="x", document="y", by="k", today=TODAY)
    with pytest.raises(FieldValueError, match="before the payment"):
        ledger.reverse(3, on=D(2022, 4, 3), reason="x", document="y", by="k", today=TODAY)


def kinds(
    funding: Funding | None, ledger: Ledger, project: object = None
) -> list[tuple[str, object]]:
    return [
        (f.kind.code, f.entry or f.line)
        for f in supervise(PLAN, project, funding, ledger)  # type: ignore[arg-type]
    ]


def test_each_supervision_flag() -> None:
    funding = approved()
    clean = pay(Ledger(), funding, "100.00")
    assert kinds(funding, clean) == []
    # 专款专用: the line funds water and drainage, not the compound's other items. Wuhai's
    # policy refuses the payment; a city whose policy only warns has it flagged.
    with pytest.raises(RuleViolation) as refused:
        pay(Ledger(), funding, "100.00", purpose="common_parts_repair")
    assert refused.value.rule == "special-purpose"
    assert "funds water_supply, drainage, not common_parts_repair" in refused.value.message
    wrong = pay(Ledger(), funding, "100.00", purpose="common_parts_repair", policy=WARNS)
    assert kinds(funding, wrong) == [("purpose_mismatch", 1)]
    off = Policy(duties=Duties(special_purpose=Enforcement.OFF))
    assert pay(Ledger(), funding, "1.00", purpose="common_parts_repair", policy=off).entries
    # Paid (by the finance system's date) before the second approval.
    early = pay(Ledger(), funding, "100.00", paid_on=D(2022, 3, 6))
    assert kinds(funding, early) == [("before_approval", 1)]
    # A later approval cut the line below what it had paid.
    cut = attrs.evolve(
        BALANCED,
        lines=(
            line(S.CENTRAL_SUBSIDY, "50.00", "water_supply", "drainage"),
            *BALANCED.lines[1:],
            line(S.CITY_FINANCE, "550.10", "water_supply"),
        ),
    )
    assert kinds(attrs.evolve(funding, approved=cut), clean) == [("over_line", 1)]
    # Works let with money missing: the project's budget is above the approved funding.
    let = attrs.evolve(tendered(), compound=PLAN.compound, budget_yuan=Decimal("1500.00"))
    assert kinds(funding, Ledger(), let) == [("unfunded_gap", None)]
    assert supervise(PLAN, let, None, Ledger())[0].amount_yuan == Decimal("1500.00")
    assert kinds(funding, Ledger(), attrs.evolve(let, budget_yuan=Decimal("1000.00"))) == []
    # Before the award nothing binds the money yet.
    assert kinds(None, Ledger(), PROJECT) == []


def test_the_money_alone_raises_every_flag_but_the_gap_of_works_let() -> None:
    # So a store keeps the count of the money's own flags with each write to a funding or its
    # ledger, and judges only the compounds with one or with works let beyond the money
    # approved (SqlMoney.flagged).
    let = attrs.evolve(tendered(), compound=PLAN.compound, budget_yuan=Decimal("1500.00"))
    cancelled = step(let, Stage.CANCELLED, D(2022, 12, 1), reason="撤销")
    funding = approved()
    cut = attrs.evolve(funding, approved=attrs.evolve(BALANCED, lines=BALANCED.lines[1:]))
    ledgers = (
        Ledger(),
        pay(Ledger(), funding, "100.00"),
        pay(Ledger(), funding, "100.00", purpose="common_parts_repair", policy=WARNS),
        pay(pay(Ledger(), funding, "100.00", paid_on=D(2022, 3, 6)), funding, "1.00"),
    )
    for money in (submitted(), funding, cut):
        for ledger in ledgers:
            for project in (None, PROJECT, cancelled, let):
                flags = supervise(PLAN, project, money, ledger)
                gap = [f for f in flags if f.kind is FlagKind.UNFUNDED_GAP]
                assert money_flags(money, ledger) == len(flags) - len(gap)
                assert len(gap) == (project is let)
    for project in (None, PROJECT, cancelled):
        assert supervise(PLAN, project, None, Ledger()) == ()


def test_the_budget_is_the_projects_once_it_has_one() -> None:
    assert budget_of(PLAN, None) == PLAN.investment_yuan
    assert budget_of(PLAN, PROJECT) == Decimal("1000.00")


def test_reports_follow_the_money_by_source_and_reproduce_the_published_investment() -> None:
    data = wuhai()
    district = {c.code: c.district for c in data.compounds}
    funded = [Funded(district=district[f.compound], funding=Funding(plan=f)) for f in data.fundings]
    rows = investment_progress(data.programme, funded)
    assert [(r.year, r.district, r.published_yuan) for r in rows][:4] == [
        (2022, "150302", Decimal("219400000")),
        (2022, "150304", Decimal("46200000")),
        (2022, "150303", Decimal("27900000")),
        (2022, None, Decimal("293500000")),
    ]
    assert all(r.variance_yuan == 0 for r in rows)
    assert all(r.amounts.approved_yuan == r.amounts.disbursed_yuan == 0 for r in rows)
    by_source = funding_by_source(data.programme, funded)
    city_2023 = [r for r in by_source if r.year == 2023 and r.district is None]
    assert sum(r.amounts.planned_yuan for r in city_2023) == Decimal("428400000")
    assert [r.source for r in city_2023][:2] == [S.CENTRAL_SUBSIDY, S.REGIONAL_SUBSIDY]


def test_disbursed_money_is_reported_under_its_lines_source_net_of_reversals() -> None:
    funding = approved()
    ledger = pay(pay(Ledger(), funding, "0.10"), funding, "0.20")
    ledger = Ledger(
        (
            *ledger.entries,
            ledger.reverse(
                1, on=D(2022, 6, 1), reason="重复支付", document="冲", by="k", today=TODAY
            ),
        )
    )
    [central, cash, operator] = [
        r
        for r in funding_by_source(
            wuhai().programme, [Funded(district="150302", funding=funding, ledger=ledger)]
        )
        if r.district is None
    ]
    assert central.source is S.CENTRAL_SUBSIDY
    assert central.amounts.disbursed_yuan == Decimal("0.20")
    assert central.amounts.approved_yuan == Decimal("600.10")
    assert cash.amounts.disbursed_yuan == operator.amounts.disbursed_yuan == 0


def test_the_reference_funding_plans_keep_every_rule() -> None:
    data = wuhai()
    plans = {p.compound: p for p in data.plans}
    compounds = {c.code: c for c in data.compounds}
    assert len(data.fundings) == len(data.plans) == 186
    for funding in data.fundings:
        plan = plans[funding.compound]
        found = check_funding(
            funding, budget_of(plan, None), compounds[plan.compound], plan, data.policy
        )
        assert found == (), funding.compound


def test_a_data_file_funds_planned_compounds_in_their_plans_year() -> None:
    data = wuhai()
    first = data.fundings[0]
    rest = data.fundings[1:]
    for fundings, path, message in (
        ((*rest, attrs.evolve(first, compound="150302-9999")), "compound", "has no plan"),
        ((*rest, attrs.evolve(first, year=first.year + 1)), "year", "is planned for 2022"),
        ((*rest, first, first), "compound", "already has a funding plan"),
    ):
        with pytest.raises(DataError) as bad:
            attrs.evolve(data, fundings=fundings)
        assert [(e.path, message in e.message) for e in bad.value.errors] == [
            (f"fundings[{len(fundings) - 1}].{path}", True)
        ]


def test_each_bureau_speaks_through_its_own_officers() -> None:
    district = Principal(actor="key:d", role=Role.DISTRICT_OFFICER, districts=["150302"])
    finance = Principal(actor="key:f", role=Role.FINANCE_OFFICER, districts=["150302"])
    street = Principal(actor="key:s", role=Role.STREET_OFFICER, streets=["150302002000"])
    admin = Principal(actor="key:a", role=Role.CITY_ADMIN)
    assert [
        (reviews_for(p, Bureau.HOUSING), reviews_for(p, Bureau.FINANCE))
        for p in (district, finance, street, admin)
    ] == [(True, False), (False, True), (False, False), (True, True)]
    assert finance.may(Permission.WRITE_LEDGER)
    assert not finance.may(Permission.WRITE_REGISTER)
    assert not district.may(Permission.WRITE_LEDGER)
    with pytest.raises(FieldValueError, match="needs at least one"):
        Principal(actor="key:f", role=Role.FINANCE_OFFICER)


def test_an_approval_judges_the_plan_as_it_is_now() -> None:
    # The compound's plan lost an item the funding pays for after the submission.
    shrunk = attrs.evolve(PLAN, items=tuple(i for i in PLAN.items if i != "drainage"))
    with pytest.raises(RuleViolation) as refused:
        judge(submitted(), Bureau.HOUSING, Verdict.APPROVED, on=D(2022, 3, 5), by="k", plan=shrunk)
    assert refused.value.rule == "funding-rules"
    # So did a budget that grew; returning it stays possible.
    with pytest.raises(RuleViolation, match="return it"):
        judge(
            submitted(),
            Bureau.HOUSING,
            Verdict.APPROVED,
            on=D(2022, 3, 5),
            by="k",
            budget_yuan=Decimal(2000),
        )
    returned = judge(
        submitted(),
        Bureau.HOUSING,
        Verdict.RETURNED,
        on=D(2022, 3, 5),
        by="k",
        reasons=("预算已调整",),
        plan=shrunk,
    )
    assert returned.status is FundingStatus.RETURNED


def test_a_verdict_is_on_the_submission_read_from_a_second_reviewer() -> None:
    with pytest.raises(RuleViolation) as stale:
        judge(submitted(), Bureau.HOUSING, Verdict.APPROVED, on=D(2022, 3, 5), by="k", round=2)
    assert stale.value.rule == "stale-submission"
    half = judge(submitted(), Bureau.HOUSING, Verdict.APPROVED, on=D(2022, 3, 5), by="key:admin")
    with pytest.raises(RuleViolation) as both:
        judge(half, Bureau.FINANCE, Verdict.APPROVED, on=D(2022, 3, 5), by="key:admin")
    assert both.value.rule == "one-bureau-each"


def test_the_budget_is_in_force_from_the_later_approval_whatever_the_order_recorded() -> None:
    funding = judge(submitted(), Bureau.HOUSING, Verdict.APPROVED, on=D(2022, 3, 20), by="h")
    funding = judge(funding, Bureau.FINANCE, Verdict.APPROVED, on=D(2022, 3, 5), by="f")
    assert funding.approved_on == D(2022, 3, 20)


def test_a_resubmission_comes_after_the_return_and_an_unchanged_revision_is_no_change() -> None:
    returned = judge(
        submitted(),
        Bureau.FINANCE,
        Verdict.RETURNED,
        on=D(2022, 3, 20),
        by="f",
        reasons=("缺少附件",),
    )
    with pytest.raises(FieldValueError, match="2022-03-20"):
        returned.submit(
            on=D(2022, 3, 2),
            by="key:street",
            budget_yuan=PROJECT.budget_yuan,
            compound=COMPOUND,
            plan=PLAN,
            policy=POLICY,
            today=TODAY,
        )
    done = approved()
    assert done.revise(BALANCED) is done
    with pytest.raises(FieldValueError, match="same compound"):
        done.revise(attrs.evolve(BALANCED, year=2023))


def test_a_paid_line_keeps_its_place_and_source_in_every_revision() -> None:
    funding = approved()
    ledger = pay(Ledger(), funding, "600.10")
    swapped = attrs.evolve(
        BALANCED, lines=(BALANCED.lines[1], BALANCED.lines[0], BALANCED.lines[2])
    )
    with pytest.raises(RuleViolation) as moved:
        ledger.check_revision(swapped)
    assert moved.value.rule == "paid-line-moved"
    assert [e.path for e in moved.value.errors] == ["$.lines[0]"]
    # Its amount may change (a cut below the payments is flagged), and lines may be added.
    cut = attrs.evolve(
        BALANCED,
        lines=(
            attrs.evolve(BALANCED.lines[0], amount_yuan=Decimal("500.00")),
            *BALANCED.lines[1:],
            line(S.CITY_FINANCE, "100.10"),
        ),
    )
    ledger.check_revision(cut)


def test_a_plan_adds_up_to_an_amount_the_record_can_hold() -> None:
    huge = line(S.CITY_FINANCE, "99999999999999.99")
    with pytest.raises(FieldValueError, match="less than 10"):
        FundingPlan(compound=PLAN.compound, year=PLAN.year, lines=(huge, huge))


def test_flags_are_counted_by_district_and_for_the_city() -> None:
    funding = approved()
    wrong = pay(
        pay(Ledger(), funding, "100.00", purpose="common_parts_repair", policy=WARNS),
        funding,
        "0.10",
    )
    flags = [("150302", f) for f in supervise(PLAN, None, funding, wrong)]
    flags += [("150304", f) for f in supervise(PLAN, None, funding, wrong)]
    assert [(c.district, c.kind.code, c.count, c.amount_yuan) for c in count_flags(flags)] == [
        ("150302", "purpose_mismatch", 1, Decimal("100.00")),
        ("150304", "purpose_mismatch", 1, Decimal("100.00")),
        (None, "purpose_mismatch", 2, Decimal("200.00")),
    ]


def test_a_flag_is_answered_once_and_its_open_age_stops() -> None:
    """追究责任: a response names its flag, is dated on or after the flag was raised, and is
    recorded once; the flag then shows it, and counts its age to it."""
    funding = approved()
    early = pay(Ledger(), funding, "200.00", paid_on=D(2022, 3, 7))
    [flag] = supervise(PLAN, None, funding, early)
    assert (flag.kind, flag.raised_on, flag.response) == (
        FlagKind.BEFORE_APPROVAL,
        D(2022, 3, 7),
        None,
    )
    assert flag.open_days(D(2022, 4, 6)) == 30
    answer = FlagResponse(
        kind=FlagKind.BEFORE_APPROVAL,
        line=1,
        entry=1,
        on=D(2022, 3, 20),
        by="海勃湾区财政局 李科长",
        action="约谈经办人，责令书面检查",
        recorded_by="key:finance",
    )
    answered = respond(funding, [flag], answer, TODAY)
    [shown] = supervise(PLAN, None, answered, early)
    assert shown.response == answer
    assert shown.open_days(TODAY) == 13  # to its response, not to today
    with pytest.raises(RuleViolation) as again:
        respond(answered, [shown], answer, TODAY)
    assert again.value.rule == "already-answered"
    with pytest.raises(RuleViolation) as unknown:
        respond(funding, [flag], attrs.evolve(answer, entry=2), TODAY)
    assert unknown.value.rule == "no-such-flag"
    assert unknown.value.message.endswith("before_approval flag at line 1, entry 2")
    with pytest.raises(FieldValueError, match="the day the flag was raised"):
        respond(funding, [flag], attrs.evolve(answer, on=D(2022, 3, 6)), TODAY)
    with pytest.raises(FieldValueError, match="after today"):
        respond(funding, [flag], attrs.evolve(answer, on=D(2099, 1, 1)), TODAY)
