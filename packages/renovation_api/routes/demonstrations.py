"""Demonstration projects over the API (示范项目): a compound whose works have begun is
nominated with reasons, once; the nominations are listed per district."""

import datetime
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, delete, get, post
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import check_if_match, etag
from renovation_api.fields import Code, DistrictCode, Name, Year
from renovation_api.guards import needs, principal
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.problems import ProblemError, not_found, problem_responses
from renovation_api.routes.common import (
    CREATED,
    ETAG,
    CompoundCode,
    DistrictFilter,
    IfMatch,
    ProgrammeCode,
    YearFilter,
    engine,
    require_programme,
    snapshot,
)
from renovation_api.routes.compounds import compound_path
from renovation_api.routes.participation import compound_of
from renovation_api.routes.project_bodies import Body
from renovation_api.storage import delivery, oversight, records, tables
from renovation_core.oversight import Nomination, nominate
from renovation_core.oversight.demonstration import MAX_REASONS
from renovation_core.text import LINES_PATTERN
from renovation_core.validators import MAX_COUNT, MAX_DISTRICTS, MAX_NOTE_LENGTH

Reason = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_NOTE_LENGTH,
        pattern=r"^(?=[\s\S]*\S)" + LINES_PATTERN[1:],
        description="A reason, not blank; it may run over several lines, with no control "
        "characters but line breaks and tabs.",
    ),
]
Reasons = Annotated[list[Reason], msgspec.Meta(min_length=1, max_length=MAX_REASONS)]


class NominationIn(Body):
    """Why the compound's works are a model to others, and the day of the nomination."""

    nominated_on: datetime.date
    reasons: Reasons


class NominationOut(msgspec.Struct, kw_only=True):
    compound: Code
    year: Year
    nominated_on: datetime.date
    nominated_by: Name
    reasons: Reasons


class DistrictNominations(msgspec.Struct, kw_only=True):
    district: DistrictCode
    name: Name
    items: Annotated[list[NominationOut], msgspec.Meta(max_length=MAX_COUNT)]


class NominationList(msgspec.Struct, kw_only=True):
    """Each district the caller answers for, with its nominations (by compound code)."""

    districts: Annotated[list[DistrictNominations], msgspec.Meta(max_length=MAX_DISTRICTS)]


def nomination_out(nomination: Nomination) -> NominationOut:
    return NominationOut(
        compound=nomination.compound,
        year=nomination.year,
        nominated_on=nomination.nominated_on,
        nominated_by=nomination.nominated_by,
        reasons=list(nomination.reasons),
    )


def _path(programme: str, code: str) -> str:
    return f"{compound_path(programme, code)}/nomination"


class NominationController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}/nomination"
    tags = ("oversight",)

    @post(
        "/",
        operation_id="nominateDemonstration",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Nominate a compound's works as a demonstration project",
        description="Once the works have begun (and the project is not cancelled), with the "
        "reasons; one nomination per compound. Honours Idempotency-Key.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def nominate(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[NominationIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[NominationOut]:
        async def write(conn: AsyncConnection) -> Any:
            compound = await compound_of(request, conn, programme, code)
            if await records.get_one(conn, tables.nominations, compound.id, lock=True):
                raise ProblemError(
                    409,
                    "nomination-exists",
                    "The compound is nominated",
                    f"compound {code!r} has been nominated",
                )
            live = await delivery.live_project(conn, compound.id)
            nomination = nominate(
                delivery.project_of(live) if live is not None else None,
                data.reasons,
                on=data.nominated_on,
                by=principal(request).actor,
                today=today(),
            )
            revision = await records.insert_one(conn, tables.nominations, compound.id, nomination)
            result = nomination_out(nomination)
            location = _path(programme, code)
            await auditing.record(conn, request, "create", location, after=result)
            return encoded(201, result, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

    @get(
        "/",
        operation_id="getNomination",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a compound's nomination",
        description="The nomination as a demonstration project, with its reasons.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_nomination(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[NominationOut]:
        async with snapshot(request).connect() as conn:
            compound = await compound_of(request, conn, programme, code)
            row = await records.get_one(conn, tables.nominations, compound.id)
        if row is None:
            raise not_found(f"the nomination of compound {code!r}")
        return Response(
            nomination_out(records.record_of(row, Nomination)),
            headers={"ETag": etag(row.revision)},
        )

    @delete(
        "/",
        operation_id="withdrawNomination",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Withdraw a compound's nomination",
        description="The audit log keeps the nomination withdrawn.",
        responses=problem_responses(400, 404, 412, 403),
    )
    async def withdraw(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        if_match: IfMatch = None,
    ) -> None:
        async with engine(request).begin() as conn:
            compound = await compound_of(request, conn, programme, code)
            row = await records.get_one(conn, tables.nominations, compound.id, lock=True)
            if row is None:
                raise not_found(f"the nomination of compound {code!r}")
            check_if_match(if_match, etag(row.revision))
            await conn.execute(tables.nominations.delete().where(tables.nominations.c.id == row.id))
            await auditing.record(
                conn,
                request,
                "delete",
                _path(programme, code),
                before=nomination_out(records.record_of(row, Nomination)),
            )


class DemonstrationController(Controller):
    path = "/v1/programmes/{programme:str}/demonstrations"
    tags = ("oversight",)

    @get(
        "/",
        operation_id="listDemonstrations",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List demonstration nominations per district",
        description="The nominations of the districts the caller answers for (one district's, "
        "one plan year's), grouped by district.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_nominations(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        year: YearFilter = None,
    ) -> NominationList:
        caller = principal(request)
        async with snapshot(request).connect() as conn:
            programme_row, found = await require_programme(request, conn, programme)
            nominated = await oversight.nominations(conn, programme_row.id, district, year)
        return NominationList(
            districts=[
                DistrictNominations(
                    district=d.code,
                    name=d.name,
                    items=[nomination_out(n) for at, n in nominated if at == d.code],
                )
                for d in found.districts
                if district in (None, d.code) and caller.answers_for(d.code)
            ]
        )
