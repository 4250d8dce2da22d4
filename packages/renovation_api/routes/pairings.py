"""City leaders' pairings with district work over the API (市级领导包联): the city pairs a leader
with a district, or with some of its compounds; each pairing reads back with the planned
compounds it covers and where their works stand. Ending a pairing deletes it; the audit log
keeps who answered for what, and when."""

import datetime
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, delete, get
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.etags import etag, expected
from renovation_api.fields import INT32, Code, DistrictCode, Name, Year
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
    create_route,
    page,
    read_route,
)
from renovation_api.services import oversight, resources
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body, to_core
from renovation_api.views import view
from renovation_core.delivery import Stage
from renovation_core.oversight import Pairing
from renovation_core.oversight.contracts import MAX_PAIRED_COMPOUNDS
from renovation_core.validators import MAX_COUNT

PairingId = Annotated[int, Parameter(ge=1, le=INT32, description="The pairing's number.")]


class PairingIn(Body):
    """A leader paired from ``since`` with ``district``'s work: the whole district, or only the
    compounds named (compounds of that district)."""

    leader: Name
    title: Name
    district: DistrictCode
    since: datetime.date
    compounds: Annotated[list[Code], msgspec.Meta(max_length=MAX_PAIRED_COMPOUNDS)] = []  # noqa: RUF012 - msgspec copies it


class PairingOut(msgspec.Struct, kw_only=True):
    id: Annotated[int, msgspec.Meta(ge=1, le=INT32)]
    leader: Name
    title: Name
    district: DistrictCode
    since: datetime.date
    compounds: Annotated[list[Code], msgspec.Meta(max_length=MAX_PAIRED_COMPOUNDS)]


class CoveredOut(msgspec.Struct, kw_only=True):
    """A planned compound the leader answers for, and where its works stand today."""

    compound: Code
    name: Name
    year: Year
    stage: Stage


class PairingItemsOut(msgspec.Struct, kw_only=True):
    """The pairing and the planned compounds it covers."""

    pairing: PairingOut
    items: Annotated[list[CoveredOut], msgspec.Meta(max_length=MAX_COUNT)]


class PairingList(msgspec.Struct, kw_only=True):
    items: Annotated[list[PairingOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


def pairing_out(pairing_id: int, pairing: Pairing) -> PairingOut:
    return PairingOut(
        id=pairing_id,
        leader=pairing.leader,
        title=pairing.title,
        district=pairing.district,
        compounds=list(pairing.compounds),
        since=pairing.since,
    )


@view(Pairing)
def show_pairing(stored: Stored[Pairing]) -> PairingOut:
    """A pairing, numbered by its storage's handle for it."""
    return pairing_out(stored.ref, stored.value)


class PairingController(Controller):
    path = "/v1/programmes/{programme:str}/pairings"
    tags = ("oversight",)

    @create_route(
        "/",
        "createPairing",
        "Pair a city leader with a district's work",
        "The city pairs a leader with a district, or with compounds of it (each "
        "must be a compound of that district in the register), from a day not in the future. "
        "Honours Idempotency-Key.",
    )
    async def create(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[PairingIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[PairingOut]:
        command = oversight.Pair(programme=programme, pairing=to_core(data, Pairing))
        return await runner.command(
            request,
            oversight.pair,
            command,
            idempotency_key=idempotency_key,
            created=lambda s: resources.pairing(programme, s.ref),
            day=today(),
        )

    @get(
        "/",
        operation_id="listPairings",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List leaders' pairings",
        description="The pairings with the districts the caller answers for (one district's).",
        responses=problem_responses(400, 404, 403),
    )
    async def list_pairings(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> PairingList:
        found = await runner.query(
            request, lambda uow: oversight.pairings(uow, programme, district)
        )
        items, next_cursor = page(
            request,
            found,
            f"pairings/{programme}/{district}",
            cursor,
            page_size,
            show_pairing,
            lambda s: (s.ref,),
        )
        return PairingList(items=items, next_cursor=next_cursor)

    @read_route(
        "/{pairing:int}",
        "getPairing",
        "Get a pairing and the compounds it covers",
        "The pairing, and each planned compound it covers (those the caller may "
        "see) with its plan's year and the stage of its works today.",
    )
    async def get_pairing(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, pairing: PairingId
    ) -> Response[PairingItemsOut]:
        found, planned = await runner.query(
            request, lambda uow: oversight.covered(uow, programme, pairing)
        )
        items = [
            CoveredOut(compound=p.code, name=p.name, year=p.year, stage=p.stage) for p in planned
        ]
        return Response(
            PairingItemsOut(pairing=show_pairing(found), items=items),
            headers={"ETag": etag(found.revision)},
        )

    @delete(
        "/{pairing:int}",
        operation_id="deletePairing",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="End a pairing",
        description="The city ends a leader's pairing; the audit log keeps it.",
        responses=problem_responses(400, 404, 412, 403),
    )
    async def delete_pairing(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        pairing: PairingId,
        if_match: IfMatch = None,
    ) -> None:
        ending = oversight.EndPairing(
            programme=programme, number=pairing, expected=expected(if_match)
        )
        await runner.removal(request, oversight.end_pairing, ending)
