"""A compound's renovation plan: exactly one per compound (一小区一方案).

Each handler turns the request into a command or read of ``services.register`` and shows the
plan it returns, with its items' categories.
"""

from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, delete, put
from litestar.params import JSONBody

import renovation_core as core
from renovation_api import runner
from renovation_api.etags import expected
from renovation_api.fields import Code, Money, Year
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    ETAG,
    CompoundCode,
    IfMatch,
    ProgrammeCode,
    create_route,
    read_route,
)
from renovation_api.services import register, resources
from renovation_api.services.register import Plan, PlanFacts
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.register import PlanOut, plan_out
from renovation_api.views import view
from renovation_core.validators import MAX_CATALOGUE_ITEMS


class PlanIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A compound's plan: the year it is renovated in, its items and its estimated investment."""

    year: Year
    items: Annotated[
        list[Code],
        msgspec.Meta(
            min_length=1,
            max_length=MAX_CATALOGUE_ITEMS,
            description="Catalogue item codes, each once.",
            examples=[["water_supply", "heating", "elevator_retrofit"]],
        ),
    ]
    investment_yuan: Money


@view(Plan)
def show_plan(stored: Stored[Plan]) -> PlanOut:
    return plan_out(stored.value.plan, stored.value.catalogue)


def facts(data: PlanIn) -> PlanFacts:
    return PlanFacts(
        year=data.year, items=tuple(data.items), investment_yuan=Decimal(data.investment_yuan)
    )


class PlanController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}/plan"
    tags = ("plans",)

    @read_route(
        "/",
        "getPlan",
        "Get a compound's plan",
        "The compound's renovation plan (改造方案) with its items' categories.",
    )
    async def get_plan(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[PlanOut]:
        return runner.shown(
            await runner.query(request, lambda uow: register.plan(uow, programme, code))
        )

    @create_route(
        "/",
        "createPlan",
        "Set a compound's plan",
        "Creates the compound's one plan; a compound that has one answers 409.",
    )
    async def create_plan(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[PlanIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[PlanOut]:
        command = register.SetPlan(programme=programme, compound=code, facts=facts(data))
        return await runner.command(
            request,
            register.set_plan,
            command,
            idempotency_key=idempotency_key,
            created=lambda _: resources.plan(programme, code),
        )

    @put(
        "/",
        operation_id="replacePlan",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Update a compound's plan",
        description="Replaces the plan's year, items and estimate; a plan whose project is under "
        "way keeps its year and touches no network the project leaves out, and one whose "
        "funding has gone for review keeps its year (a draft funding moves with it). Honours "
        "If-Match.",
        responses=problem_responses(400, 404, 409, 412, 415, 422, 403),
    )
    async def replace_plan(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[PlanIn],
        if_match: IfMatch = None,
    ) -> Response[PlanOut]:
        revision = register.RevisePlan(
            programme=programme, compound=code, facts=facts(data), expected=expected(if_match)
        )
        return await runner.command(request, register.revise_plan, revision)

    @delete(
        "/",
        operation_id="deletePlan",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Delete a compound's plan",
        description="Removes the plan (the compound stays in the register) with its draft "
        "funding; a plan with a project or a menu, or whose funding has gone for review, is "
        "kept. Honours If-Match.",
        responses=problem_responses(400, 404, 409, 412, 403),
    )
    async def delete_plan(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        if_match: IfMatch = None,
    ) -> None:
        removal = register.RemovePlan(
            programme=programme, compound=code, expected=expected(if_match)
        )
        await runner.removal(request, register.remove_plan, removal)
