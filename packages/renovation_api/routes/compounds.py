"""The compound register: create, read, update and delete compounds; list them by priority.

Each handler turns the request into a command or read of ``services.register`` and shows the
compound it returns with the verdicts stored with it.
"""

from typing import Annotated, Any, Literal

from litestar import Controller, Request, Response, delete, get, put
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.etags import expected
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    ETAG,
    CompoundCode,
    CursorParam,
    DistrictFilter,
    IfMatch,
    LocalFilter,
    PageSize,
    ProgrammeCode,
    YearFilter,
    create_route,
    read_route,
    tokens,
)
from renovation_api.services import register, resources
from renovation_api.shapes.register import (
    CompoundFields,
    CompoundIn,
    CompoundOut,
    CompoundPage,
    show_compound,
    to_compound,
)


class CompoundController(Controller):
    path = "/v1/programmes/{programme:str}/compounds"
    tags = ("compounds",)

    @get(
        "/",
        operation_id="listCompounds",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List compounds",
        description="The register, filtered and sorted by code or by priority (先急后缓: most "
        "urgent first, then oldest).",
        responses=problem_responses(400, 404, 403),
    )
    async def list_compounds(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        street: LocalFilter = None,
        community: LocalFilter = None,
        built_year_min: YearFilter = None,
        built_year_max: YearFilter = None,
        eligible: Annotated[bool | None, Parameter(required=False)] = None,
        priority: Annotated[core.PriorityLevel | None, Parameter(required=False)] = None,
        sort: Annotated[
            Literal["code", "priority"], Parameter(required=False, description="Order of the list.")
        ] = "code",
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> CompoundPage:
        where = register.CompoundFilter(
            district=district,
            street=street,
            community=community,
            built_year_min=built_year_min,
            built_year_max=built_year_max,
            eligible=eligible,
            priority=priority,
        )
        by_priority = sort == "priority"
        query = f"compounds/{programme}/{sort}/{where!r}"
        cursors = tokens(request)
        position = cursors.position(cursor, query)
        after = None if position is None else tuple(position)
        found = await runner.query(
            request,
            lambda uow: register.compounds(
                uow, programme, where, by_priority, after, page_size + 1
            ),
            snapshot=False,
        )
        last = found[page_size - 1] if len(found) > page_size else None
        return CompoundPage(
            items=[show_compound(stored) for stored in found[:page_size]],
            next_cursor=None
            if last is None
            else cursors.issue(query, list(register.position(last, by_priority))),
        )

    @create_route(
        "/",
        "createCompound",
        "Add a compound to the register",
        "Records a compound; the core judges its eligibility and priority.",
    )
    async def create_compound(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[CompoundIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[CompoundOut]:
        command = register.RegisterCompound(
            programme=programme, compound=to_compound(data.code, data)
        )
        return await runner.command(
            request,
            register.register_compound,
            command,
            idempotency_key=idempotency_key,
            created=lambda s: resources.compound(programme, s.value.compound.code),
        )

    @read_route(
        "/{code:str}",
        "getCompound",
        "Get a compound",
        "One compound with its eligibility and priority; the ETag guards updates.",
    )
    async def get_compound(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[CompoundOut]:
        return runner.shown(
            await runner.query(
                request, lambda uow: register.compound(uow, programme, code), snapshot=False
            )
        )

    @put(
        "/{code:str}",
        operation_id="replaceCompound",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Update a compound",
        description="Replaces the compound's facts (its code stays). Send If-Match with the "
        "ETag you read to be sure nobody changed it in between. Its district or street may be "
        "corrected only while no project, funding, residents' decision or leader's pairing "
        "rests on it there (409 placed).",
        responses=problem_responses(400, 404, 409, 412, 415, 422, 403),
    )
    async def replace_compound(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[CompoundFields],
        if_match: IfMatch = None,
    ) -> Response[CompoundOut]:
        revision = register.ReviseCompound(
            programme=programme, compound=to_compound(code, data), expected=expected(if_match)
        )
        return await runner.command(request, register.revise_compound, revision)

    @delete(
        "/{code:str}",
        operation_id="deleteCompound",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Remove a compound from the register",
        description="Only a compound without a plan (409 has-plan: delete the plan first) and "
        "named by no leader's pairing (409 paired: end the pairing first) can be removed; one "
        "with residents' decisions on record never can (409 has-decisions).",
        responses=problem_responses(400, 404, 409, 412, 403),
    )
    async def delete_compound(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        if_match: IfMatch = None,
    ) -> None:
        removal = register.RemoveCompound(
            programme=programme, code=code, expected=expected(if_match)
        )
        await runner.removal(request, register.remove_compound, removal)
