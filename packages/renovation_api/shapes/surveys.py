"""Surveys as clients send and read them (问卷评价): the questionnaire, a household's answers,
and the results, only ever as aggregates."""

import datetime
from decimal import Decimal
from typing import Annotated, Any

import msgspec

from renovation_api.fields import INT32, Code, DistrictCode, Name, Note
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.services import participation
from renovation_api.services.participation import Recorded
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body
from renovation_api.shapes.participation import HouseholdKey
from renovation_api.views import view
from renovation_core.participation import QuestionKind, Results, Survey, SurveyPurpose
from renovation_core.participation.surveys import MAX_OPTIONS, MAX_QUESTIONS
from renovation_core.units import round_fraction
from renovation_core.validators import MAX_HOUSEHOLDS

Options = Annotated[list[Name], msgspec.Meta(max_length=MAX_OPTIONS)]
Respondents = Annotated[int, msgspec.Meta(ge=0, le=INT32)]
Score = Annotated[
    str,
    msgspec.Meta(
        max_length=6,
        pattern=r"^(100(\.0{1,2})?|[0-9]{1,2}(\.[0-9]{1,2})?)$",
        description="A score from 0 to 100, to two decimal places.",
        examples=["87.50"],
    ),
]


class QuestionBody(Body):
    code: Code
    text: Name
    kind: QuestionKind
    options: Options = msgspec.field(default_factory=list)


class SurveyIn(Body):
    """A questionnaire: single and multiple choice questions (with their options), 1–5 ratings
    (their mean makes the satisfaction score) and free text. Its ``purpose`` is to judge the
    result (``evaluation``, the default; the follow-ups after acceptance count these) or to
    canvass residents' needs before the design (``canvass``, 改造前问需): once 5 of a compound's
    households (all of a smaller one) answered a canvass, its design may start without a
    confirmed menu."""

    code: Code
    title: Name
    opened_on: datetime.date
    questions: Annotated[list[QuestionBody], msgspec.Meta(min_length=1, max_length=MAX_QUESTIONS)]
    purpose: Annotated[
        SurveyPurpose,
        msgspec.Meta(
            description="evaluation (问卷评价, the default) or canvass (改造前问需): a canvass "
            "answered by 5 of a compound's households (all of a smaller one) lets its design "
            "start without a confirmed menu."
        ),
    ] = SurveyPurpose.EVALUATION


class SurveyOut(SurveyIn, kw_only=True):
    published_on: datetime.date | None


class SurveyList(msgspec.Struct, kw_only=True):
    items: Annotated[list[SurveyOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class AnswerBody(Body):
    """An answer: ``choices`` for a choice question (one for single choice), ``rating`` from 1
    to 5, or ``text``."""

    question: Code
    choices: Options = msgspec.field(default_factory=list)
    rating: Annotated[int, msgspec.Meta(ge=-INT32, le=INT32)] | None = None
    text: Note | None = None


class ResponseIn(Body):
    """A household's response, recorded by staff of its compound's scope."""

    compound: Code
    household: HouseholdKey
    answered_on: datetime.date
    answers: Annotated[list[AnswerBody], msgspec.Meta(min_length=1, max_length=MAX_QUESTIONS)]


class ResponseReceipt(msgspec.Struct, kw_only=True):
    """That the response is recorded; the answers are read back only as aggregates."""

    survey: Code
    compound: Code
    household: HouseholdKey
    answered_on: datetime.date


class OptionCount(msgspec.Struct, kw_only=True):
    option: Name
    count: Respondents


class QuestionResultOut(msgspec.Struct, kw_only=True):
    """One question's aggregate: ``counts`` per option, ``ratings`` the number of each rating
    1 to 5 and their mean, ``texts`` how many wrote an answer (never what they wrote)."""

    question: Code
    kind: QuestionKind
    answered: Respondents
    counts: Annotated[list[OptionCount], msgspec.Meta(max_length=MAX_OPTIONS)]
    ratings: Annotated[list[Respondents], msgspec.Meta(max_length=5)]
    mean_rating: (
        Annotated[str, msgspec.Meta(max_length=8, pattern=r"^[1-5](\.[0-9]{1,2})?$")] | None
    )
    texts: Respondents


class CompoundResult(msgspec.Struct, kw_only=True):
    compound: Code
    district: DistrictCode
    respondents: Respondents
    satisfaction: Score | None


class ResultsOut(msgspec.Struct, kw_only=True):
    """The aggregate of the responses chosen (all those the caller may see, one district's or
    one compound's) and each compound's respondents and satisfaction (0–100, from the
    ratings). Staff see their scope whole. Anyone else sees the compounds where enough
    households responded and the total of those alone; ``disclosed`` is false where that
    total is still too small to show more than its count."""

    survey: Code
    published_on: datetime.date | None
    district: DistrictCode | None
    compound: Code | None
    respondents: Respondents
    disclosed: bool
    satisfaction: Score | None
    questions: Annotated[list[QuestionResultOut], msgspec.Meta(max_length=MAX_QUESTIONS)]
    compounds: Annotated[list[CompoundResult], msgspec.Meta(max_length=MAX_HOUSEHOLDS)]


def survey_out(survey: Survey) -> SurveyOut:
    return SurveyOut(
        code=survey.code,
        title=survey.title,
        opened_on=survey.opened_on,
        questions=[
            QuestionBody(code=q.code, text=q.text, kind=q.kind, options=list(q.options))
            for q in survey.questions
        ],
        published_on=survey.published_on,
        purpose=survey.purpose,
    )


def score(value: Any) -> str | None:
    return None if value is None else str(round_fraction(value, Decimal("0.01")))


def questions_out(survey: Survey, results: Results) -> list[QuestionResultOut]:
    """Each question's aggregate, shown only where the results may be disclosed."""
    kinds = {q.code: q.kind for q in survey.questions}
    return [
        QuestionResultOut(
            question=q.question,
            kind=kinds[q.question],
            answered=q.answered,
            counts=[OptionCount(option=o, count=n) for o, n in q.counts],
            ratings=list(q.ratings),
            mean_rating=score(q.mean_rating),
            texts=q.texts,
        )
        for q in results.questions
    ]


def results_out(
    found: participation.SurveyResults, district: str | None, compound: str | None
) -> ResultsOut:
    survey, results, shown = found.survey, found.total, found.disclosed
    return ResultsOut(
        survey=survey.code,
        published_on=survey.published_on,
        district=district,
        compound=compound,
        respondents=results.respondents,
        disclosed=shown,
        satisfaction=score(results.satisfaction) if shown else None,
        questions=questions_out(survey, results) if shown else [],
        compounds=[
            CompoundResult(
                compound=each.compound,
                district=each.district,
                respondents=each.results.respondents,
                satisfaction=score(each.results.satisfaction),
            )
            for each in found.compounds
        ],
    )


@view(Survey)
def show_survey(stored: Stored[Survey]) -> SurveyOut:
    return survey_out(stored.value)


@view(Recorded)
def show_receipt(stored: Stored[Recorded]) -> ResponseReceipt:
    given = stored.value.response
    return ResponseReceipt(
        survey=stored.value.survey,
        compound=given.compound,
        household=given.household,
        answered_on=given.answered_on,
    )
