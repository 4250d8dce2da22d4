"""Surveys that judge the result (问卷评价): questionnaires, one response per household, results.

The city sets a survey and publishes its results; staff record each household's response within
their scope. Results are aggregates per compound, district or city: staff see those of their
scope; once published, anyone sees them, but never an individual answer, and an aggregate of
fewer than the core's minimum of respondents is withheld.
"""

import datetime
from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import changed, check_if_match, etag
from renovation_api.fields import INT32, Code, DistrictCode, Name, Note
from renovation_api.guards import needs, principal, require_city
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.problems import (
    FieldProblem,
    ProblemError,
    invalid_data,
    not_found,
    problem_responses,
)
from renovation_api.routes.common import (
    CREATED,
    ETAG,
    DistrictFilter,
    IfMatch,
    ProgrammeCode,
    engine,
    require_programme,
    snapshot,
)
from renovation_api.routes.compounds import require_compound
from renovation_api.routes.participation import WRITE_ERRORS, ClosureIn, HouseholdKey
from renovation_api.routes.project_bodies import Body, to_core
from renovation_api.storage import participation, records, tables
from renovation_core.participation import (
    Answer,
    HouseholdRegister,
    QuestionKind,
    Results,
    Survey,
)
from renovation_core.participation import Response as Given
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
    items: Annotated[list[SurveyOut], msgspec.Meta(max_length=MAX_HOUSEHOLDS)]


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
    survey: Survey,
    results: Results,
    shown: bool,
    district: str | None,
    compound: str | None,
    compounds: list[CompoundResult],
) -> ResultsOut:
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
        compounds=compounds,
    )


def surveys_path(programme: str) -> str:
    return f"/v1/programmes/{programme}/surveys"


async def survey_of(
    request: Request[Any, Any, Any],
    conn: AsyncConnection,
    programme: str,
    code: str,
    *,
    share: bool = False,
) -> tuple[Any, Any, Survey]:
    """The programme's row, the survey's row and the survey; 404 if either is missing, or if
    the survey is unpublished and the caller is not staff."""
    programme_row, _ = await require_programme(request, conn, programme)
    row = await participation.get_survey(conn, programme_row.id, code, share=share)
    survey = None if row is None else records.record_of(row, Survey)
    if survey is None or not _readable(request, survey):
        raise not_found(f"survey {code!r} of programme {programme!r}")
    return programme_row, row, survey


def _readable(request: Request[Any, Any, Any], survey: Survey) -> bool:
    return survey.published_on is not None or principal(request).may(core.Permission.READ_REGISTER)


class SurveyController(Controller):
    path = "/v1/programmes/{programme:str}/surveys"
    tags = ("participation",)

    @post(
        "/",
        operation_id="createSurvey",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Set a survey",
        description="A questionnaire of the programme, set by the city: single and multiple "
        "choice, 1–5 ratings and free text.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def create(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[SurveyIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[SurveyOut]:
        require_city(request, "sets surveys and publishes their results")
        survey = to_core(data, Survey)

        async def write(conn: AsyncConnection) -> Any:
            programme_row, _ = await require_programme(request, conn, programme)
            if await participation.get_survey(conn, programme_row.id, survey.code) is not None:
                raise ProblemError(
                    409, "survey-exists", "The survey exists", f"survey {survey.code!r} exists"
                )
            revision = await participation.insert_survey(conn, programme_row.id, survey)
            result = survey_out(survey)
            location = f"{surveys_path(programme)}/{survey.code}"
            await auditing.record(conn, request, "create", location, after=result)
            return encoded(201, result, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

    @get(
        "/",
        operation_id="listSurveys",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="List surveys",
        description="The programme's surveys; to anyone but staff, those with published results.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_surveys(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode
    ) -> SurveyList:
        async with snapshot(request).connect() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            rows = await participation.list_surveys(conn, programme_row.id)
        surveys = [records.record_of(row, Survey) for row in rows]
        return SurveyList(items=[survey_out(s) for s in surveys if _readable(request, s)])

    @get(
        "/{survey:str}",
        operation_id="getSurvey",
        opt=needs(core.Permission.READ_PUBLISHED),
        response_headers=[ETAG],
        summary="Get a survey",
        description="The questionnaire and when its results were published.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_survey(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, survey: SurveyCode
    ) -> Response[SurveyOut]:
        async with snapshot(request).connect() as conn:
            _, row, found = await survey_of(request, conn, programme, survey)
        return Response(survey_out(found), headers={"ETag": etag(row.revision)})

    @post(
        "/{survey:str}/responses",
        operation_id="recordSurveyResponse",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Record a household's response",
        description="Records one household's answers (once per household, until the results "
        "are published); each answer must fit its question. Answers are read back only as "
        "aggregates. Honours Idempotency-Key.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
    )
    async def respond(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        survey: SurveyCode,
        data: JSONBody[ResponseIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ResponseReceipt]:
        answers = [to_core(a, Answer, f"$.answers[{i}]") for i, a in enumerate(data.answers)]

        async def write(conn: AsyncConnection) -> Any:
            programme_row, row, found = await survey_of(
                request, conn, programme, survey, share=True
            )
            compound = await require_compound(
                request, conn, programme_row.id, programme, data.compound
            )
            households = await records.get_one(conn, tables.household_registers, compound.id)
            register = records.record_of(households, HouseholdRegister) if households else None
            if register is None or not register.holds(data.household):
                raise invalid_data(
                    [
                        FieldProblem(
                            path="$.household",
                            message=f"{data.household} is not a household of compound "
                            f"{data.compound}",
                        )
                    ]
                )
            earlier = await participation.get_response(conn, row.id, compound.id, data.household)
            response = found.respond(
                data.compound,
                data.household,
                answers,
                on=data.answered_on,
                today=today(),
                earlier=earlier,
            )
            await participation.insert_response(conn, row.id, compound.id, response)
            receipt = ResponseReceipt(
                survey=survey,
                compound=data.compound,
                household=data.household,
                answered_on=data.answered_on,
            )
            resource = f"{surveys_path(programme)}/{survey}/responses"
            await auditing.record(conn, request, "respond", resource, after=receipt)
            return encoded(201, receipt)

        return await run_once(request, engine(request), idempotency_key, write)

    @post(
        "/{survey:str}/publication",
        operation_id="publishSurvey",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Publish a survey's results",
        description="Publishes the results: anyone may then read the aggregates (never an "
        "individual answer), and no further response is taken. Honours If-Match and "
        "Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=200,
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
        require_city(request, "sets surveys and publishes their results")

        async def write(conn: AsyncConnection) -> Any:
            _, row, found = await survey_of(request, conn, programme, survey)
            check_if_match(if_match, etag(row.revision))
            last = await participation.last_answered(conn, row.id)
            published = found.publish(data.on, today(), last)
            revision = await records.save(conn, tables.surveys, row, published)
            if revision is None:
                raise changed()
            result = survey_out(published)
            await auditing.record(
                conn,
                request,
                "publish",
                f"{surveys_path(programme)}/{survey}",
                before=survey_out(found),
                after=result,
            )
            return encoded(200, result, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

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
        caller = principal(request)
        staff = caller.may(core.Permission.READ_REGISTER)
        async with snapshot(request).connect() as conn:
            _, row, found = await survey_of(request, conn, programme, survey)
            responses = await participation.responses(conn, row.id)
        districts: dict[str, str] = {}
        by_compound: dict[str, list[Given]] = {}
        for d, street, r in responses:
            if (staff and not caller.covers(d, street)) or district not in (None, d):
                continue
            if compound in (None, r.compound):
                districts[r.compound] = d
                by_compound.setdefault(r.compound, []).append(r)
        if staff:
            total = found.results(r for given in by_compound.values() for r in given)
            each = {code: found.results(given) for code, given in by_compound.items()}
        else:
            total, each = found.public_results(by_compound)
        compounds = [
            CompoundResult(
                compound=code,
                district=districts[code],
                respondents=results.respondents,
                satisfaction=_score(results.satisfaction),
            )
            for code, results in sorted(each.items())
        ]
        return results_out(found, total, staff or total.disclosable, district, compound, compounds)
