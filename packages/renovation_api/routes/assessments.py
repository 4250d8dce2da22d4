"""The city's assessment of its districts over the API (考核) and the reward pool it allocates
(以奖代补): measured from the works as of a day, scored with the city's weights, allocated to the
fen, and kept as decided, so a later change to the works does not move a paid reward."""

from decimal import Decimal
from typing import Any

from litestar import Controller, Request, Response, get
from litestar.params import JSONBody

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.etags import expected
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    CursorParam,
    IfMatch,
    PageSize,
    ProgrammeCode,
    command_route,
    create_route,
    page,
    read_route,
)
from renovation_api.services import oversight, resources
from renovation_api.shapes.common import to_core
from renovation_api.shapes.oversight import (
    AssessmentIn,
    AssessmentList,
    AssessmentOut,
    AssessmentYear,
    RewardPaymentIn,
    RewardReversalIn,
    show_assessment,
)
from renovation_core.oversight import RewardPool, Weights


class AssessmentController(Controller):
    path = "/v1/programmes/{programme:str}/assessments"
    tags = ("oversight",)

    @create_route(
        "/",
        "createAssessment",
        "Assess the districts for a year and allocate the reward pool",
        "The city measures each district's year as of a day (tendered by the 31 "
        "December before, start rate, first-time acceptance pass rate, management coverage and, "
        "where a survey is named, satisfaction), scores it with its weights (summing to "
        "exactly 1) and allocates the pool: its volume share by the compounds each district "
        "was set, the rest by score, in fen by largest remainder, so the allocations sum "
        "exactly to the pool. One per year; kept as decided. Honours Idempotency-Key.",
    )
    async def create(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[AssessmentIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[AssessmentOut]:
        # The only rule Weights can break through this body is their sum, which the core
        # names "weights": at the root it lands on $.weights.
        command = oversight.Assess(
            programme=programme,
            year=data.year,
            weights=to_core(data.weights, Weights),
            pool=to_core(data.pool, RewardPool, "$.pool"),
            as_of=data.as_of,
            survey=data.survey,
        )
        return await runner.command(
            request,
            oversight.assess,
            command,
            idempotency_key=idempotency_key,
            created=lambda _: resources.assessment(programme, data.year),
            day=today(),
        )

    @get(
        "/",
        operation_id="listAssessments",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List the assessments",
        description="Every year's assessment, with the districts the caller answers for.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_assessments(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> AssessmentList:
        found = await runner.query(request, lambda uow: oversight.assessments(uow, programme))
        items, next_cursor = page(
            request,
            found,
            f"assessments/{programme}",
            cursor,
            page_size,
            show_assessment,
            lambda s: (s.value.assessment.year,),
        )
        return AssessmentList(items=items, next_cursor=next_cursor)

    @command_route(
        "/{year:int}/payments",
        "payReward",
        "Pay a district's reward (以奖代补)",
        "Records a payment of a district's reward into the assessment's payments, which are only "
        "ever added to: never beyond what the district's allocation has left (409 "
        "over-allocation), never dated before the day the districts were measured. The city "
        "pays. Answers with the "
        "assessment, each district's paid and left; honours If-Match and Idempotency-Key.",
        permission=core.Permission.WRITE_LEDGER,
    )
    async def pay(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        year: AssessmentYear,
        data: JSONBody[RewardPaymentIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[AssessmentOut]:
        payment = oversight.PayReward(
            programme=programme,
            year=year,
            district=data.district,
            paid_on=data.paid_on,
            amount_yuan=Decimal(data.amount_yuan),
            document=data.document,
            expected=expected(if_match),
        )
        return await runner.command(
            request, oversight.pay_reward, payment, idempotency_key=idempotency_key
        )

    @command_route(
        "/{year:int}/payments/reversals",
        "reverseReward",
        "Reverse a reward payment",
        "Appends the entry that cancels payment ``reverses`` whole: the way to correct a reward "
        "payment, which is never edited (409 not-a-payment, already-reversed). Answers with the "
        "assessment; honours If-Match and Idempotency-Key.",
        permission=core.Permission.WRITE_LEDGER,
    )
    async def reverse(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        year: AssessmentYear,
        data: JSONBody[RewardReversalIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[AssessmentOut]:
        reversal = oversight.ReverseReward(
            programme=programme,
            year=year,
            reverses=data.reverses,
            on=data.on,
            reason=data.reason,
            document=data.document,
            expected=expected(if_match),
        )
        return await runner.command(
            request, oversight.reverse_reward, reversal, idempotency_key=idempotency_key
        )

    @read_route(
        "/{year:int}",
        "getAssessment",
        "Get a year's assessment",
        "The facts, scores and allocations as decided, for the districts the caller answers for.",
    )
    async def get_assessment(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, year: AssessmentYear
    ) -> Response[AssessmentOut]:
        return runner.shown(
            await runner.query(request, lambda uow: oversight.assessment(uow, programme, year))
        )
