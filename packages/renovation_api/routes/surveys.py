"""Surveys that judge the result (问卷评价): questionnaires, one response per household, results.

The city sets a survey and publishes its results; staff record each household's response within
their scope. Results are aggregates per compound, district or city: staff see those of their
scope; once published, anyone sees them, but never an individual answer, and an aggregate of
fewer than the core's minimum of respondents is withheld. Each handler turns the request into a
command or read of ``services.participation`` and shows what it returns.
"""

import datetime
from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.etags import expected
from renovation_api.fields import INT32, Code, DistrictCode, Name, Note
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    CursorParam,
    DistrictFilter,
    IfMatch,
    PageSize,
    ProgrammeCode,
    command_route,
    create_route,
    page,
    read_route,
)
from renovation_api.services import participation, resources
from renovation_api.services.participation import Recorded
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body, to_core
from renovation_api.shapes.participation import ClosureIn, HouseholdKey
from renovation_api.views import view
from renovation_core.participation import Answer, QuestionKind, Survey
from renovation_core.participation.surveys import MAX_OPTIONS, MAX_QUESTIONS
from renovation_core.units import round_fraction
from renovation_core.validators import CODE_PATTERN, MAX_CODE_LENGTH, MAX_HOUSEHOLDS

SurveyCode = Annotated[
    str,
    Parameter(
        min_length=1,
        max_length=MAX_CODE_LENGTH,
        pattern=CODE_PATTERN,
        description="The survey's code.",
    ),
]
CompoundFilter = Annotated[
    str | None,
    Parameter(required=False, min_length=1, max_length=MAX_CODE_LENGTH, pattern=CODE_PATTERN),
]
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
    (their mean makes the satisfaction score) and free text."""

    code: Code
    title: Name
    opened_on: datetime.date
    questions: Annotated[list[QuestionBody], msgspec.Meta(min_length=1, max_length=MAX_QUESTIONS)]


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
    )


def _score(value: Any) -> str | None:
    return None if value is None else str(round_fraction(value, Decimal("0.01")))


def results_out(
    found: participation.SurveyResults, district: str | None, compound: str | None
) -> ResultsOut:
    survey, results, shown = found.survey, found.total, found.disclosed
    kinds = {q.code: q.kind for q in survey.questions}
    return ResultsOut(
        survey=survey.code,
        published_on=survey.published_on,
        district=district,
        compound=compound,
        respondents=results.respondents,
        disclosed=shown,
        satisfaction=_score(results.satisfaction) if shown else None,
        questions=[
            QuestionResultOut(
                question=q.question,
                kind=kinds[q.question],
                answered=q.answered,
                counts=[OptionCount(option=o, count=n) for o, n in q.counts],
                ratings=list(q.ratings),
                mean_rating=_score(q.mean_rating),
                texts=q.texts,
            )
            for q in results.questions
        ]
        if shown
        else [],
        compounds=[
            CompoundResult(
                compound=each.compound,
                district=each.district,
                respondents=each.results.respondents,
                satisfaction=_score(each.results.satisfaction),
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


class SurveyController(Controller):
    path = "/v1/programmes/{programme:str}/surveys"
    tags = ("participation",)

    @create_route(
        "/",
        "createSurvey",
        "Set a survey",
        "A questionnaire of the programme, set by the city: single and multiple "
        "choice, 1–5 ratings and free text.",
    )
    async def create(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[SurveyIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[SurveyOut]:
        command = participation.CreateSurvey(programme=programme, survey=to_core(data, Survey))
        return await runner.command(
            request,
            participation.create_survey,
            command,
            idempotency_key=idempotency_key,
            created=lambda s: resources.survey(programme, s.value.code),
        )

    @get(
        "/",
        operation_id="listSurveys",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="List surveys",
        description="The programme's surveys; to anyone but staff, those with published results.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_surveys(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> SurveyList:
        found = await runner.query(request, lambda uow: participation.surveys(uow, programme))
        items, next_cursor = page(
            request,
            found,
            f"surveys/{programme}",
            cursor,
            page_size,
            show_survey,
            lambda s: (s.value.code,),
        )
        return SurveyList(items=items, next_cursor=next_cursor)

    @read_route(
        "/{survey:str}",
        "getSurvey",
        "Get a survey",
        "The questionnaire and when its results were published.",
        permission=core.Permission.READ_PUBLISHED,
    )
    async def get_survey(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, survey: SurveyCode
    ) -> Response[SurveyOut]:
        return runner.shown(
            await runner.query(request, lambda uow: participation.survey(uow, programme, survey))
        )

    @create_route(
        "/{survey:str}/responses",
        "recordSurveyResponse",
        "Record a household's response",
        "Records one household's answers (once per household, until the results "
        "are published); each answer must fit its question. Answers are read back only as "
        "aggregates. Honours Idempotency-Key.",
        headers=[],
    )
    async def respond(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        survey: SurveyCode,
        data: JSONBody[ResponseIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ResponseReceipt]:
        command = participation.RecordResponse(
            programme=programme,
            survey=survey,
            compound=data.compound,
            household=data.household,
            answered_on=data.answered_on,
            answers=tuple(
                to_core(a, Answer, f"$.answers[{i}]") for i, a in enumerate(data.answers)
            ),
        )
        return await runner.command(
            request,
            participation.record_response,
            command,
            idempotency_key=idempotency_key,
            created=lambda _: None,  # read back only in the aggregates: no Location
            day=today(),
        )

    @command_route(
        "/{survey:str}/publication",
        "publishSurvey",
        "Publish a survey's results",
        "Publishes the results: anyone may then read the aggregates (never an individual "
        "answer), and no further response is taken. Honours If-Match and Idempotency-Key.",
    )
    async def publish(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        survey: SurveyCode,
        data: JSONBody[ClosureIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[SurveyOut]:
        publication = participation.PublishSurvey(
            programme=programme, survey=survey, on=data.on, expected=expected(if_match)
        )
        return await runner.command(
            request,
            participation.publish_survey,
            publication,
            idempotency_key=idempotency_key,
            day=today(),
        )

    @get(
        "/{survey:str}/results",
        operation_id="getSurveyResults",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="Get a survey's results",
        description="Aggregates of the responses from the caller's scope (all of them once "
        "published, to anyone), or one district's or compound's, with each compound's "
        "respondents and satisfaction score. No individual answer is ever returned; to "
        "anyone but staff, an aggregate of too few respondents shows only its count.",
        responses=problem_responses(400, 404, 403),
    )
    async def results(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        survey: SurveyCode,
        district: DistrictFilter = None,
        compound: CompoundFilter = None,
    ) -> ResultsOut:
        found = await runner.query(
            request,
            lambda uow: participation.survey_results(uow, programme, survey, district, compound),
        )
        return results_out(found, district, compound)
