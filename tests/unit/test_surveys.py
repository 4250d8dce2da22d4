"""Surveys that judge the result, and the residents' committee: one response per household,
answers checked against their own question, aggregates with no individual answer in them."""

import datetime
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.participation import (
    Answer,
    Committee,
    CommitteeMember,
    CommitteeRole,
    Household,
    HouseholdRegister,
    Question,
    QuestionKind,
    Response,
    Survey,
    SurveyPurpose,
)

D = datetime.date
TODAY = D(2023, 12, 31)
SURVEY = Survey(
    code="satisfaction-2023",
    title="老旧小区改造满意度调查",
    opened_on=D(2023, 11, 1),
    questions=(
        Question(code="overall", text="您对本次改造总体是否满意？", kind=QuestionKind.RATING),
        Question(
            code="best",
            text="您最满意的改造内容（可多选）",
            kind=QuestionKind.MULTIPLE_CHOICE,
            options=("供水", "道路", "电梯", "绿化"),
        ),
        Question(
            code="again",
            text="是否愿意推荐其他小区参与改造？",
            kind=QuestionKind.SINGLE_CHOICE,
            options=("是", "否"),
        ),
        Question(code="advice", text="意见和建议", kind=QuestionKind.FREE_TEXT),
    ),
)


def respond(
    compound: str, household: str, rating: int, *best: str, survey: Survey = SURVEY
) -> Response:
    answers = [
        Answer(question="overall", rating=rating),
        Answer(question="best", choices=best or ("道路",)),
        Answer(question="again", choices=("是",)),
        Answer(question="advice", text="希望加装电梯"),
    ]
    return survey.respond(compound, household, answers, on=D(2023, 11, 5), today=TODAY)


def test_results_per_compound_and_for_all_with_a_satisfaction_score() -> None:
    responses = [
        respond("150302-0001", "3-1-0101", 5, "电梯", "绿化"),
        respond("150302-0001", "3-1-0201", 4),
        respond("150304-0001", "1-1-0101", 2),
    ]
    one = SURVEY.results(r for r in responses if r.compound == "150302-0001")
    overall = one.questions[0]
    assert (one.respondents, overall.ratings, overall.mean_rating) == (
        2,
        (0, 0, 0, 1, 1),
        Fraction(9, 2),
    )
    assert one.satisfaction == Fraction(175, 2)  # (4.5 − 1) × 25
    assert dict(one.questions[1].counts) == {"供水": 0, "道路": 1, "电梯": 1, "绿化": 1}
    assert one.questions[3].texts == 2
    everyone = SURVEY.results(responses)
    assert everyone.respondents == 3
    assert everyone.satisfaction == Fraction(200, 3)  # mean 11/3
    assert SURVEY.results([]).satisfaction is None
    # Published aggregates of fewer than five households are withheld, and so is their part
    # of the total, which would otherwise give them away by subtraction.
    assert not everyone.disclosable
    five = [respond("150304-0001", f"1-1-0{n}01", 4) for n in range(1, 6)]
    total, shown = SURVEY.public_results({"150302-0001": responses[:2], "150304-0001": five})
    assert (total.respondents, list(shown)) == (5, ["150304-0001"])
    assert total == shown["150304-0001"]
    assert total.satisfaction == 75


def test_a_canvass_stands_for_a_compound_once_five_households_or_all_of_a_smaller_one_answered():
    canvass = attrs.evolve(SURVEY, purpose=SurveyPurpose.CANVASS)
    given = [
        Response(
            compound="C-1",
            household=f"1-1-0{n}01",
            answered_on=D(2023, 11, n),
            answers=(Answer(question="overall", rating=4),),
        )
        for n in (3, 1, 5, 2, 4, 6)
    ]
    # The fifth answer came on 5 November; four are not enough for a compound of 96 households,
    # and are for one of four.
    assert canvass.canvassed_on(given, households=96) == D(2023, 11, 5)
    assert canvass.canvassed_on(given[:4], households=96) is None
    assert canvass.canvassed_on(given[:4], households=4) == D(2023, 11, 5)
    assert canvass.canvassed_on([], households=96) is None
    # An evaluation is no canvass, however many answered.
    assert SURVEY.canvassed_on(given, households=96) is None


def test_publishing_closes_the_survey_to_responses() -> None:
    published = SURVEY.publish(D(2023, 12, 1), TODAY, D(2023, 11, 5))
    with pytest.raises(RuleViolation, match="published on 2023-12-01"):
        respond("150302-0009", "1-1-0101", 3, survey=published)
    with pytest.raises(RuleViolation, match="published on 2023-12-01"):
        published.publish(D(2023, 12, 2), TODAY, D(2023, 11, 5))
    for day, last in (
        (D(2023, 10, 31), None),
        (D(2024, 1, 1), None),
        (D(2023, 11, 4), D(2023, 11, 5)),
    ):
        with pytest.raises(FieldValueError, match="between the last response or opening"):
            SURVEY.publish(day, TODAY, last)


def test_one_response_per_household() -> None:
    first = respond("150302-0001", "3-1-0101", 5)
    with pytest.raises(RuleViolation, match="responded on 2023-11-05") as twice:
        SURVEY.respond(
            "150302-0001",
            "3-1-0101",
            first.answers,
            on=D(2023, 11, 6),
            today=TODAY,
            earlier=first,
        )
    assert twice.value.rule == "already-responded"


@pytest.mark.parametrize(
    ("answer", "path", "message"),
    [
        (
            Answer(question="q-of-another-survey", rating=3),
            "answers[0].question",
            "has no question",
        ),
        (Answer(question="overall", rating=6), "answers[0].rating", "from 1 to 5"),
        (Answer(question="overall", rating=0), "answers[0].rating", "from 1 to 5"),
        (Answer(question="overall", rating=True), "answers[0].rating", "from 1 to 5"),
        (Answer(question="again", choices=("是", "否")), "answers[0].choices", "one choice"),
        (Answer(question="best", choices=("游泳池",)), "answers[0].choices", "offers"),
        (Answer(question="advice", text=""), "answers[0].text", "takes text"),
    ],
)
def test_a_bad_answer_names_its_place(answer: Answer, path: str, message: str) -> None:
    with pytest.raises(FieldValueError, match=message) as bad:
        SURVEY.respond("150302-0001", "3-1-0101", [answer], on=D(2023, 11, 5), today=TODAY)
    assert bad.value.field == path


def test_a_question_offers_what_its_kind_takes() -> None:
    with pytest.raises(FieldValueError, match="at least two options"):
        Question(code="q", text="?", kind=QuestionKind.SINGLE_CHOICE, options=("是",))
    with pytest.raises(FieldValueError, match="offers no options"):
        Question(code="q", text="?", kind=QuestionKind.RATING, options=("1", "2"))


def test_a_committee_has_one_chair_and_three_members_or_more() -> None:
    chair = CommitteeMember(household="3-1-0101", role=CommitteeRole.CHAIR)
    members = [CommitteeMember(household=f"3-1-0{n}01", role=CommitteeRole.MEMBER) for n in (2, 3)]
    committee = Committee(formed_on=D(2022, 3, 1), members=(chair, *members))
    assert committee.formed_by(D(2022, 3, 1))
    assert not committee.formed_by(D(2022, 2, 28))
    with pytest.raises(FieldValueError, match="at least 3"):
        Committee(formed_on=D(2022, 3, 1), members=(chair, members[0]))
    with pytest.raises(FieldValueError, match="one chair, not 0"):
        Committee(
            formed_on=D(2022, 3, 1),
            members=(*members, CommitteeMember(household="3-1-0901", role=CommitteeRole.MEMBER)),
        )
    with pytest.raises(FieldValueError, match="household"):
        Committee(formed_on=D(2022, 3, 1), members=(chair, members[0], members[0]))


def test_a_committee_is_of_the_compounds_households_and_not_formed_in_the_future() -> None:
    register = HouseholdRegister(
        households=tuple(
            Household(building="3", entrance="1", unit=f"0{n}01", floor_area_m2=Decimal("60.00"))
            for n in range(1, 4)
        )
    )
    members = [
        CommitteeMember(household=f"3-1-0{n}01", role=role)
        for n, role in (
            (1, CommitteeRole.CHAIR),
            (2, CommitteeRole.MEMBER),
            (9, CommitteeRole.MEMBER),
        )
    ]
    committee = Committee(formed_on=D(2022, 3, 1), members=tuple(members))
    with pytest.raises(FieldValueError, match="3-1-0901 is not a household") as stranger:
        committee.check(register, TODAY)
    assert stranger.value.field == "members[2].household"
    with pytest.raises(FieldValueError, match="after today"):
        attrs.evolve(committee, formed_on=D(2024, 1, 1)).check(register, TODAY)
