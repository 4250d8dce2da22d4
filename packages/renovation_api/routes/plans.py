"""A compound's renovation plan: exactly one per compound (一小区一方案)."""

from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, delete, get, post, put
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.etags import changed, check_if_match, etag
from renovation_api.fields import Code, Label, Money, Year, text
from renovation_api.guards import needs
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
    CompoundCode,
    IfMatch,
    ProgrammeCode,
    engine,
    require_programme,
    snapshot,
)
from renovation_api.routes.compounds import compound_path, require_compound
from renovation_api.routes.funding import follow_plan
from renovation_api.storage import delivery, mapping, records, register, tables
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


class PlanItemOut(msgspec.Struct, kw_only=True):
    code: Code
    category: core.Category
    label: Label


class PlanOut(msgspec.Struct, kw_only=True):
    compound: Code
    year: Year
    items: Annotated[list[PlanItemOut], msgspec.Meta(max_length=MAX_CATALOGUE_ITEMS)]
    categories: Annotated[list[core.Category], msgspec.Meta(max_length=len(core.Category))]
    investment_yuan: Money


def plan_out(programme: core.Programme, plan: core.RenovationPlan) -> PlanOut:
    catalogue = programme.catalogue
    return PlanOut(
        compound=plan.compound,
        year=plan.year,
        items=[
            PlanItemOut(
                code=code, category=catalogue.item(code).category, label=catalogue.item(code).label
            )
            for code in plan.items
        ],
        categories=[c for c in core.Category if c in plan.categories(catalogue)],
        investment_yuan=text(plan.investment_yuan),
    )


def to_plan(programme: core.Programme, compound: str, data: PlanIn) -> core.RenovationPlan:
    try:
        plan = core.RenovationPlan(
            compound=compound,
            year=data.year,
            items=tuple(data.items),
            investment_yuan=Decimal(data.investment_yuan),
        )
    except core.errors.FieldValueError as error:
        raise invalid_data([FieldProblem(path=f"$.{error.field}", message=error.message)]) from None
    errors = [
        FieldProblem(path=f"$.{e.path}", message=e.message)
        for e in core.plan_reference_errors(programme, plan)
    ]
    if errors:
        raise invalid_data(errors)
    return plan


def plan_path(programme: str, code: str) -> str:
    return f"{compound_path(programme, code)}/plan"


async def require_plan(
    request: Request[Any, Any, Any], conn: AsyncConnection, programme: str, code: str
) -> tuple[core.Programme, Any, list[str]]:
    """The programme, the compound's stored plan row and its items; 404 for any missing."""
    row, found = await require_programme(request, conn, programme)
    compound = await require_compound(request, conn, row.id, programme, code)
    stored = await register.get_plan(conn, compound.id)
    if stored is None:
        raise not_found(f"a plan for compound {code!r}")
    plan_row, items = stored
    return found, plan_row, items


async def store_plan(
    request: Request[Any, Any, Any],
    conn: AsyncConnection,
    programme: str,
    found: core.Programme,
    plan_row: Any,
    items: list[str],
    plan: core.RenovationPlan,
) -> tuple[PlanOut, str]:
    """Replace the stored plan within the caller's transaction: the live project's rules, the
    revision claimed, the draft funding carried along, audited; the new plan and revision."""
    live = await delivery.live_project(conn, plan_row.compound_id)
    if live is not None:
        delivery.project_of(live).check_plan(plan)
    revision = await register.replace_plan(conn, plan_row.id, plan_row.revision, plan)
    if revision is None:
        raise changed()
    await follow_plan(request, conn, programme, plan.compound, plan)
    replaced = plan_out(found, plan)
    await auditing.record(
        conn,
        request,
        "replace",
        plan_path(programme, plan.compound),
        before=plan_out(found, mapping.plan_from_row(plan.compound, plan_row._mapping, items)),
        after=replaced,
    )
    return replaced, revision


class PlanController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}/plan"
    tags = ("plans",)

    @get(
        "/",
        operation_id="getPlan",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a compound's plan",
        description="The compound's renovation plan (改造方案) with its items' categories.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_plan(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[PlanOut]:
        async with snapshot(request).connect() as conn:
            found, plan_row, items = await require_plan(request, conn, programme, code)
        return Response(
            plan_out(found, mapping.plan_from_row(code, plan_row._mapping, items)),
            headers={"ETag": etag(plan_row.revision)},
        )

    @post(
        "/",
        operation_id="createPlan",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Set a compound's plan",
        description="Creates the compound's one plan; a compound that has one answers 409.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def create_plan(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[PlanIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[PlanOut]:
        async def write(conn: AsyncConnection) -> Any:
            row, found = await require_programme(request, conn, programme)
            compound = await require_compound(request, conn, row.id, programme, code)
            plan = to_plan(found, code, data)
            if await register.get_plan(conn, compound.id) is not None:
                raise ProblemError(
                    409,
                    "plan-exists",
                    "The compound already has a plan",
                    f"compound {code!r} has a plan (一小区一方案); update it instead",
                )
            revision = await register.insert_plan(conn, compound.id, plan)
            created = plan_out(found, plan)
            location = plan_path(programme, code)
            await auditing.record(conn, request, "create", location, after=created)
            return encoded(201, created, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

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
        async with engine(request).begin() as conn:
            found, plan_row, items = await require_plan(request, conn, programme, code)
            check_if_match(if_match, etag(plan_row.revision))
            plan = to_plan(found, code, data)
            replaced, revision = await store_plan(
                request, conn, programme, found, plan_row, items, plan
            )
        return Response(replaced, headers={"ETag": etag(revision)})

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
        async with engine(request).begin() as conn:
            found, plan_row, items = await require_plan(request, conn, programme, code)
            check_if_match(if_match, etag(plan_row.revision))
            if await delivery.has_project(conn, plan_row.compound_id):
                raise ProblemError(
                    409,
                    "has-project",
                    "The compound has a project",
                    f"compound {code!r} has a project, whose record rests on this plan",
                )
            if await records.get_one(conn, tables.menus, plan_row.compound_id) is not None:
                raise ProblemError(
                    409,
                    "has-menu",
                    "The compound has a menu",
                    f"compound {code!r} has a menu drawn from this plan, kept with its orders",
                )
            await follow_plan(request, conn, programme, code, None)
            if not await register.delete_plan(conn, plan_row.id, plan_row.revision):
                raise changed()
            await auditing.record(
                conn,
                request,
                "delete",
                plan_path(programme, code),
                before=plan_out(found, mapping.plan_from_row(code, plan_row._mapping, items)),
            )
