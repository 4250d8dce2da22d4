"""Surveys that judge the result (问卷评价): questionnaires, one response per household, results.

The city sets a survey and publishes its results; staff record each household's response within
their scope. Results are aggregates per compound, district or city: staff see those of their
scope; once published, anyone sees them, but never an individual answer, and an aggregate of
fewer than the core's minimum of respondents is withheld. Each handler turns the request into a
command or read of ``services.participation`` and shows what it returns.
"""

from typing import Annotated, Any

from litestar import Controller, Request, Response, get
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.etags import expected
from renovation_api.fields import CODE
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
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
from renovation_api.shapes.common import to_core
from renovation_api.shapes.participation import ClosureIn
from renovation_api.shapes.surveys import (
    ResponseIn,
    ResponseReceipt,
    ResultsOut,
    SurveyIn,
    SurveyList,
    SurveyOut,
    results_out,
    show_survey,
)
from renovation_core.participation import Answer, Survey

SurveyCode = Annotated[
    str,
    Parameter(
        **CODE,
        description="The survey's code.",
    ),
]
CompoundFilter = Annotated[
    str | None,
    Parameter(required=False, **CODE),
]


class SurveyController(Controller):
    path = "/v1/programmes/{programme:str}/surveys"
    tags = ("participation",)

    @create_route(
        "/",
        "createSurvey",
        "Set a survey",
        "A questionnaire of the programme, set by the city: single and multiple "
        "choice, 1–5 ratings and free text. A choice question offers two options or more, no "
        "two alike; a rating or free-text question offers none; question codes are unique.",
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
