"""A compound's brief to its residents: the approved funding by source with what each paid, the
live project's stage, and the published surveys' results for the compound, withheld where too
few households responded; and who a resident's credential speaks for."""

import datetime
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

import renovation_core as core
from renovation_core.delivery import Stage
from renovation_core.errors import FieldValueError
from renovation_core.funding import Entry, FundingLine, FundingPlan, FundingSource, Ledger
from renovation_core.funding.review import Bureau, Funding, FundingStatus, Review, Verdict
from renovation_core.participation import Answer, Question, QuestionKind, Response, Survey
from tests.unit import factories
from tests.unit.test_delivery import planned

D = datetime.date
PLAN = factories.plan(
    "C-1", year=2023, items=("water_supply", "drainage"), investment_yuan="900000"
)
LINES = (
    FundingLine(
        source=FundingSource.CENTRAL_SUBSIDY,
        party="中央财政",
        amount_yuan=Decimal("600000"),
        items=("water_supply",),
    ),
    FundingLine(
        source=FundingSource.CITY_FINANCE,
        party="市财政",
        amount_yuan=Decimal("200000"),
        items=("drainage",),
    ),
    FundingLine(
        source=FundingSource.CENTRAL_SUBSIDY,
        party="中央财政",
        amount_yuan=Decimal("100000"),
        items=("drainage",),
    ),
)
APPROVED = FundingPlan(compound="C-1", year=2023, lines=LINES)
SURVEY = Survey(
    code="s-1",
    title="满意度调查",
    opened_on=D(2023, 3, 1),
    questions=(Question(code="overall", text="总体满意度", kind=QuestionKind.RATING),),
)


def entry(number: int, line: int, amount: str, reverses: int | None = None) -> Entry:
    return Entry(
        number=number,
        line=line,
        source=LINES[line - 1].source,
        paid_on=D(2023, 6, 1),
        payee="施工单位",
        amount_yuan=Decimal(amount),
        purpose=LINES[line - 1].items[0],
        document=f"凭证{number}",
        recorded_on=D(2023, 6, 1),
        recorded_by="key:finance",
        reverses=reverses,
        reason="错付" if reverses else None,
    )


def responses(count: int, rating: int = 4) -> list[Response]:
    return [
        Response(
            compound="C-1",
            household=f"1-1-{n:02d}01",
            answered_on=D(2023, 3, 5),
            answers=(Answer(question="overall", rating=rating),),
        )
        for n in range(1, count + 1)
    ]


def brief(**given: object) -> core.Brief:
    args: dict[str, object] = {
        "compound": factories.compound("C-1"),
        "plan": PLAN,
        "project": None,
        "funding": None,
        "ledger": Ledger(),
        "surveys": (),
    } | given
    return core.brief(**args)  # type: ignore[arg-type]


def test_before_its_funding_is_approved_a_compound_is_told_its_plans_estimate_and_no_shares():
    drafted = Funding(plan=APPROVED)
    told = brief(funding=drafted)
    assert (told.budget_yuan, told.funding, told.funding_approved_on) == (Decimal(900000), (), None)
    assert told.stage is None


def test_the_approved_funding_is_told_by_source_with_its_share_and_what_it_paid_net():
    funding = Funding(
        plan=APPROVED, status=FundingStatus.APPROVED, approved=APPROVED, approved_on=D(2023, 5, 1)
    )
    # 300,000 paid from central line 1, 50,000 from the local line and then reversed.
    ledger = Ledger(entries=(entry(1, 1, "300000"), entry(2, 2, "50000"), entry(3, 2, "50000", 2)))
    told = brief(funding=funding, ledger=ledger)
    assert told.funding_approved_on == D(2023, 5, 1)
    assert [(s.source, s.amount_yuan, s.share, s.paid_yuan) for s in told.funding] == [
        (FundingSource.CENTRAL_SUBSIDY, Decimal(700000), Fraction(7, 9), Decimal(300000)),
        (FundingSource.CITY_FINANCE, Decimal(200000), Fraction(2, 9), Decimal(0)),
    ]


def test_a_revised_funding_is_told_as_approved_on_the_day_its_own_round_was():
    def review(round: int, bureau: Bureau, on: datetime.date, verdict: Verdict) -> Review:
        reasons = ("缺少居民出资证明",) if verdict is Verdict.RETURNED else ()
        return Review(
            round=round, bureau=bureau, verdict=verdict, on=on, by=bureau.code, reasons=reasons
        )

    first = (
        review(1, Bureau.HOUSING, D(2023, 5, 1), Verdict.APPROVED),
        review(1, Bureau.FINANCE, D(2023, 5, 3), Verdict.APPROVED),
    )
    funding = Funding(
        plan=APPROVED,
        status=FundingStatus.APPROVED,
        approved=APPROVED,
        approved_on=D(2023, 5, 3),
        reviews=first,
    )
    assert brief(funding=funding).funding_approved_on == D(2023, 5, 3)
    # Revised, returned once, then approved on 9 August: money was payable from May, but the
    # version in force is August's.
    revised = attrs.evolve(
        funding,
        reviews=(
            *first,
            review(2, Bureau.FINANCE, D(2023, 7, 1), Verdict.RETURNED),
            review(3, Bureau.FINANCE, D(2023, 8, 1), Verdict.APPROVED),
            review(3, Bureau.HOUSING, D(2023, 8, 9), Verdict.APPROVED),
        ),
    )
    assert brief(funding=revised).funding_approved_on == D(2023, 8, 9)
    # One recorded as approved without its reviews (a programme file's) is told its own day.
    assert brief(funding=attrs.evolve(funding, reviews=())).funding_approved_on == D(2023, 5, 3)


def test_the_live_projects_stage_and_budget_are_told():
    live = planned()
    told = brief(project=live)
    assert (told.stage, told.budget_yuan) == (Stage.PLANNED, live.budget_yuan)


def test_a_surveys_results_for_the_compound_are_told_once_published_and_only_if_enough_answered():
    published = attrs.evolve(SURVEY, published_on=D(2023, 3, 31))
    unpublished = attrs.evolve(SURVEY, code="s-2")
    few = attrs.evolve(published, code="s-3")
    told = brief(
        surveys=[(published, responses(5)), (unpublished, responses(6)), (few, responses(4))]
    )
    # Four respondents are withheld whole: not even their number is told.
    assert [(o.survey.code, o.results is not None) for o in told.surveys] == [
        ("s-1", True),
        ("s-3", False),
    ]
    [shown, _] = told.surveys
    assert shown.results is not None
    assert (shown.results.respondents, shown.results.satisfaction) == (5, Fraction(75))


def test_a_residents_credential_speaks_for_its_compound_alone():
    ref = core.CompoundRef.parse("wuhai/150302-0003")
    resident = core.Principal(actor="key:r", role=core.Role.RESIDENT, compound=ref)
    assert resident.represents("wuhai", "150302-0003")
    assert not resident.represents("wuhai", "150302-0004")
    assert not resident.represents("other", "150302-0003")
    assert not resident.covers("150302", "150302002000")
    assert not resident.may(core.Permission.READ_REGISTER)
    assert str(ref) == "wuhai/150302-0003"
    with pytest.raises(FieldValueError, match="compound: the role resident needs its compound"):
        core.Principal(actor="key:r", role=core.Role.RESIDENT)
    with pytest.raises(FieldValueError, match="compound: the role city_admin takes none"):
        core.Principal(actor="key:c", role=core.Role.CITY_ADMIN, compound=ref)
    with pytest.raises(FieldValueError, match="is not <programme>/<compound>"):
        core.CompoundRef.parse("150302-0003")
