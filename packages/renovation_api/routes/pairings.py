"""City leaders' pairings with district work over the API (市级领导包联): the city pairs a leader
with a district, or with some of its compounds; each pairing reads back with the planned
compounds it covers and where their works stand. Ending a pairing deletes it; the audit log
keeps who answered for what, and when."""

import datetime
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, delete, get, post
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import check_if_match, etag
from renovation_api.fields import INT32, Code, DistrictCode, Name, Year
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
from renovation_api.routes.funding_reports import load_money
from renovation_api.routes.project_bodies import Body, to_core
from renovation_api.storage import oversight, records, tables
from renovation_core.delivery import Stage
from renovation_core.oversight import Pairing
from renovation_core.oversight.contracts import MAX_PAIRED_COMPOUNDS
from renovation_core.validators import MAX_COUNT

PairingId = Annotated[int, Parameter(ge=1, le=INT32, description="The pairing's number.")]
MAX_PAIRINGS = 1000


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
    items: Annotated[list[PairingOut], msgspec.Meta(max_length=MAX_PAIRINGS)]


def pairing_out(pairing_id: int, pairing: Pairing) -> PairingOut:
    return PairingOut(
        id=pairing_id,
        leader=pairing.leader,
        title=pairing.title,
        district=pairing.district,
        compounds=list(pairing.compounds),
        since=pairing.since,
    )


def pairings_path(programme: str) -> str:
    return f"/v1/programmes/{programme}/pairings"


class PairingController(Controller):
    path = "/v1/programmes/{programme:str}/pairings"
    tags = ("oversight",)

    @post(
        "/",
        operation_id="createPairing",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Pair a city leader with a district's work",
        description="The city pairs a leader with a district, or with compounds of it (each "
        "must be a compound of that district in the register), from a day not in the future. "
        "Honours Idempotency-Key.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def create(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[PairingIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[PairingOut]:
        require_city(request, "pairs its leaders with district work")
        pairing = to_core(data, Pairing)

        async def write(conn: AsyncConnection) -> Any:
            programme_row, found = await require_programme(request, conn, programme)
            if data.district not in {d.code for d in found.districts}:
                raise invalid_data(
                    [FieldProblem(path="$.district", message="not a district of the programme")]
                )
            if await oversight.count_pairings(conn, programme_row.id) >= MAX_PAIRINGS:
                raise ProblemError(
                    409, "too-many", "Too many pairings", f"at most {MAX_PAIRINGS} are kept"
                )
            districts = await oversight.districts_of(conn, programme_row.id, pairing.compounds)
            pairing.check(districts, today())
            pairing_id, revision = await oversight.insert_record(
                conn,
                tables.pairings,
                programme_id=programme_row.id,
                district_code=pairing.district,
                record=pairing,
            )
            result = pairing_out(pairing_id, pairing)
            location = f"{pairings_path(programme)}/{pairing_id}"
            await auditing.record(conn, request, "create", location, after=result)
            return encoded(201, result, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

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
    ) -> PairingList:
        caller = principal(request)
        async with snapshot(request).connect() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            found = await oversight.pairings(conn, programme_row.id, district)
        return PairingList(
            items=[pairing_out(i, p) for i, p in found if caller.answers_for(p.district)]
        )

    @get(
        "/{pairing:int}",
        operation_id="getPairing",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a pairing and the compounds it covers",
        description="The pairing, and each planned compound it covers (those the caller may "
        "see) with its plan's year and the stage of its works today.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_pairing(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, pairing: PairingId
    ) -> Response[PairingItemsOut]:
        async with snapshot(request).connect() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            row = await oversight.get_pairing(conn, programme_row.id, pairing)
            found = None if row is None else records.record_of(row, Pairing)
            if found is None or not principal(request).answers_for(found.district):
                raise not_found(f"pairing {pairing}")
            _, money = await load_money(request, programme, conn)
        items = [
            CoveredOut(
                compound=m.compound.code,
                name=m.compound.name,
                year=m.plan.year,
                stage=m.project.stage if m.project is not None else Stage.PLANNED,
            )
            for m in money
            if found.covers(m.compound.code, m.compound.district)
        ]
        return Response(
            PairingItemsOut(pairing=pairing_out(pairing, found), items=items),
            headers={"ETag": etag(row.revision)},
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
        require_city(request, "pairs its leaders with district work")
        async with engine(request).begin() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            row = await oversight.get_pairing(conn, programme_row.id, pairing, lock=True)
            if row is None:
                raise not_found(f"pairing {pairing}")
            check_if_match(if_match, etag(row.revision))
            await conn.execute(tables.pairings.delete().where(tables.pairings.c.id == row.id))
            await auditing.record(
                conn,
                request,
                "delete",
                f"{pairings_path(programme)}/{pairing}",
                before=pairing_out(pairing, records.record_of(row, Pairing)),
            )
