"""Residents decide: a compound's households and its owners' consent votes (民法典 art. 278).

Households carry no names or telephone numbers, only their place and floor area. A vote's
electorate is fixed from the household register when it opens; ballots (entered by staff, a
paper ballot with its reference) and the closing are each one transaction under the vote's
revision; the outcome is the core's, with every threshold's exact share.
"""

import datetime
from collections.abc import Awaitable, Callable
from fractions import Fraction
from typing import Annotated, Any, TypeVar

import msgspec
import sqlalchemy as sa
from litestar import Controller, Request, Response, get, post, put
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import changed, check_if_match, etag
from renovation_api.fields import Area, Code, Name, Rate, rate_text, text
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.problems import ProblemError, not_found, problem_responses
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
from renovation_api.routes.project_bodies import Body, to_core
from renovation_api.storage import participation, records, tables
from renovation_core.participation import (
    MAX_COMPOUND_HOUSEHOLDS,
    Choice,
    ConsentVote,
    HouseholdRegister,
    Matter,
    Scope,
)
from renovation_core.participation.households import MAX_KEY_LENGTH, MAX_PART_LENGTH

T = TypeVar("T")
MAX_VOTES = 10_000
VoteNumber = Annotated[int, Parameter(ge=1, le=MAX_VOTES, description="The vote's number.")]
_PART = r"[A-Za-z0-9][A-Za-z0-9_.]*"
_HOUSEHOLD = {
    "min_length": 5,
    "max_length": MAX_KEY_LENGTH,
    "pattern": f"^{_PART}-{_PART}-{_PART}$",
    "description": "building-entrance-unit",
}
HouseholdKey = Annotated[str, msgspec.Meta(**_HOUSEHOLD, examples=["3-2-0501"])]
HouseholdPath = Annotated[str, Parameter(**_HOUSEHOLD)]
Part = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_PART_LENGTH, pattern=f"^{_PART}$")]
ThresholdCode = Annotated[str, msgspec.Meta(max_length=32, pattern="^[a-z_]+$")]
Share = Annotated[
    str,
    msgspec.Meta(
        max_length=41,
        pattern=r"^[0-9]{1,20}(/[0-9]{1,20})?$",
        description="An exact share as a fraction (numerator/denominator in lowest terms).",
        examples=["2/3"],
    ),
]
WRITE_ERRORS = problem_responses(400, 404, 409, 412, 415, 422, 403)


class HouseholdBody(Body):
    """One exclusive part (专有部分): building, entrance (stairwell), unit and its floor area.
    ``owner`` is an opaque key given only where one owner holds several units (the law then
    counts them once); never a name or a telephone number."""

    building: Part
    entrance: Part
    unit: Part
    floor_area_m2: Area
    owner: Code | None = None


class HouseholdsIn(Body):
    households: Annotated[
        list[HouseholdBody], msgspec.Meta(min_length=1, max_length=MAX_COMPOUND_HOUSEHOLDS)
    ]


class HouseholdsOut(msgspec.Struct, kw_only=True):
    """The household register; ``owners`` counts as the law does (one per owner)."""

    compound: Code
    households: Annotated[list[HouseholdBody], msgspec.Meta(max_length=MAX_COMPOUND_HOUSEHOLDS)]
    floor_area_m2: Area
    owners: Annotated[int, msgspec.Meta(ge=0, le=MAX_COMPOUND_HOUSEHOLDS)]


class VoteIn(Body):
    """A vote on ``matter`` among the owners of the compound, of one ``building``, or of one
    ``entrance`` of a building (an elevator serves one stairwell)."""

    matter: Matter
    opened_on: datetime.date
    building: Part | None = None
    entrance: Part | None = None


class BallotIn(Body):
    """An owner's ballot, cast for one of their units; a paper ballot gives its reference."""

    household: HouseholdKey
    choice: Choice
    cast_on: datetime.date
    paper_reference: Name | None = None


class ClosureIn(Body):
    on: datetime.date


class BallotOut(msgspec.Struct, kw_only=True):
    household: HouseholdKey
    choice: Choice
    cast_on: datetime.date
    paper_reference: Name | None


class ThresholdOut(msgspec.Struct, kw_only=True):
    """One test of art. 278: ``actual`` against ``required`` (``inclusive``: at least, 以上;
    otherwise more than), exactly and as a rounded decimal."""

    code: ThresholdCode
    required: Share
    inclusive: bool
    actual: Share
    actual_rate: Rate
    met: bool


class VoteOut(msgspec.Struct, kw_only=True):
    """A consent vote: its electorate (fixed at opening), the ballots, and the outcome so far
    (final once closed) with the thresholds that failed."""

    compound: Code
    number: Annotated[int, msgspec.Meta(ge=1, le=MAX_VOTES)]
    matter: Matter
    building: Part | None
    entrance: Part | None
    opened_on: datetime.date
    closed_on: datetime.date | None
    electorate_households: Annotated[int, msgspec.Meta(ge=1, le=MAX_COMPOUND_HOUSEHOLDS)]
    electorate_owners: Annotated[int, msgspec.Meta(ge=1, le=MAX_COMPOUND_HOUSEHOLDS)]
    electorate_area_m2: Area
    ballots: Annotated[list[BallotOut], msgspec.Meta(max_length=MAX_COMPOUND_HOUSEHOLDS)]
    passed: bool
    thresholds: Annotated[list[ThresholdOut], msgspec.Meta(max_length=4)]
    failed: Annotated[list[ThresholdCode], msgspec.Meta(max_length=4)]


class VoteList(msgspec.Struct, kw_only=True):
    items: Annotated[list[VoteOut], msgspec.Meta(max_length=MAX_VOTES)]


def _share(value: Fraction) -> str:
    return str(value)


def households_out(code: str, register: HouseholdRegister) -> HouseholdsOut:
    return HouseholdsOut(
        compound=code,
        households=[
            HouseholdBody(
                building=h.building,
                entrance=h.entrance,
                unit=h.unit,
                floor_area_m2=text(h.floor_area_m2),
                owner=h.owner,
            )
            for h in register.households
        ],
        floor_area_m2=text(register.floor_area_m2),
        owners=register.owners,
    )


def vote_out(code: str, number: int, vote: ConsentVote) -> VoteOut:
    outcome = vote.outcome()
    electorate = HouseholdRegister(households=vote.electorate)
    return VoteOut(
        compound=code,
        number=number,
        matter=vote.matter,
        building=vote.scope.building,
        entrance=vote.scope.entrance,
        opened_on=vote.opened_on,
        closed_on=vote.closed_on,
        electorate_households=len(vote.electorate),
        electorate_owners=electorate.owners,
        electorate_area_m2=text(electorate.floor_area_m2),
        ballots=[
            BallotOut(
                household=b.household,
                choice=b.choice,
                cast_on=b.cast_on,
                paper_reference=b.paper_reference,
            )
            for b in vote.ballots
        ],
        passed=outcome.passed,
        thresholds=[
            ThresholdOut(
                code=t.code,
                required=_share(t.required),
                inclusive=t.inclusive,
                actual=_share(t.actual),
                actual_rate=rate_text(t.actual),
                met=t.met,
            )
            for t in outcome.thresholds
        ],
        failed=[t.code for t in outcome.failed],
    )


async def require_register(conn: AsyncConnection, compound_id: int, code: str) -> HouseholdRegister:
    """The compound's households; 409 if it has none yet (votes, committees and orders are
    its households')."""
    row = await records.get_one(conn, tables.household_registers, compound_id)
    if row is None:
        raise ProblemError(
            409,
            "no-households",
            "The compound has no household register",
            f"compound {code!r} needs its households first",
        )
    return records.record_of(row, HouseholdRegister)


# The resource of each one-per-compound table, under the compound.
RESOURCES = {"household_registers": "households", "committees": "committee"}


async def read_one(
    request: Request[Any, Any, Any],
    programme: str,
    code: str,
    table: sa.Table,
    kind: type[T],
    what: str,
) -> tuple[T, str]:
    """A compound's one record of ``table`` (households, committee) and its revision; 404 if
    it has none."""
    async with snapshot(request).connect() as conn:
        compound = await compound_of(request, conn, programme, code)
        row = await records.get_one(conn, table, compound.id)
    if row is None:
        raise not_found(f"{what} of compound {code!r}")
    return records.record_of(row, kind), row.revision


async def replace_one(
    request: Request[Any, Any, Any],
    programme: str,
    code: str,
    if_match: str | None,
    table: sa.Table,
    value: T,
    out: Callable[[T], Any],
    check: Callable[[AsyncConnection, int], Awaitable[None]] | None = None,
) -> Response[Any]:
    """Create or replace the compound's one record of ``table`` (at ``…/{table's resource}``)
    as one audited transaction; ``check`` refuses it first, given the compound's id."""
    async with engine(request).begin() as conn:
        compound = await compound_of(request, conn, programme, code)
        if check is not None:
            await check(conn, compound.id)
        row = await records.get_one(conn, table, compound.id, lock=True)
        if row is not None:
            check_if_match(if_match, etag(row.revision))
        revision = await records.put_one(conn, table, compound.id, row, value)
        if revision is None:
            raise changed()
        result = out(value)
        await auditing.record(
            conn,
            request,
            "replace" if row is not None else "create",
            f"{compound_path(programme, code)}/{RESOURCES[table.name]}",
            before=out(records.record_of(row, type(value))) if row is not None else None,
            after=result,
        )
    return Response(result, headers={"ETag": etag(revision)})


def votes_path(programme: str, code: str) -> str:
    return f"{compound_path(programme, code)}/consent-votes"


async def compound_of(
    request: Request[Any, Any, Any], conn: AsyncConnection, programme: str, code: str
) -> Any:
    programme_row, _ = await require_programme(request, conn, programme)
    return await require_compound(request, conn, programme_row.id, programme, code)


async def change_vote(
    request: Request[Any, Any, Any],
    programme: str,
    code: str,
    number: int,
    if_match: str | None,
    idempotency_key: str | None,
    action: auditing.Action,
    change: Callable[[ConsentVote, datetime.date], ConsentVote],
) -> Response[VoteOut]:
    """Apply ``change`` to the vote as one transaction, audited; answer with the vote."""

    async def write(conn: AsyncConnection) -> Any:
        compound = await compound_of(request, conn, programme, code)
        row = await participation.get_vote(conn, compound.id, number, lock=True)
        if row is None:
            raise not_found(f"consent vote {number} of compound {code!r}")
        check_if_match(if_match, etag(row.revision))
        before = records.record_of(row, ConsentVote)
        after = change(before, today())
        revision = await records.save(conn, tables.consent_votes, row, after)
        if revision is None:
            raise changed()
        result = vote_out(code, number, after)
        await auditing.record(
            conn,
            request,
            action,
            f"{votes_path(programme, code)}/{number}",
            before=vote_out(code, number, before),
            after=result,
        )
        return encoded(200, result, etag=etag(revision))

    return await run_once(request, engine(request), idempotency_key, write)


class ParticipationController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}"
    tags = ("participation",)

    @get(
        "/households",
        operation_id="getHouseholds",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a compound's households",
        description="The exclusive parts owners vote with: place and floor area, no personal "
        "data; with the total area and the owners counted as the law counts them.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_households(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[HouseholdsOut]:
        register, revision = await read_one(
            request,
            programme,
            code,
            tables.household_registers,
            HouseholdRegister,
            "the households",
        )
        return Response(households_out(code, register), headers={"ETag": etag(revision)})

    @put(
        "/households",
        operation_id="replaceHouseholds",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Set a compound's households",
        description="Replaces the household register whole (each unit once). Votes already "
        "open keep the electorate they opened with. Honours If-Match.",
        responses=WRITE_ERRORS,
    )
    async def replace_households(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[HouseholdsIn],
        if_match: IfMatch = None,
    ) -> Response[HouseholdsOut]:
        register = to_core(data, HouseholdRegister)
        return await replace_one(
            request,
            programme,
            code,
            if_match,
            tables.household_registers,
            register,
            lambda r: households_out(code, r),
        )

    @post(
        "/consent-votes",
        operation_id="openConsentVote",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Open an owners' consent vote",
        description="Opens a vote on a matter of the Civil Code (art. 278) among the owners of "
        "the compound, a building or a stairwell, its electorate fixed from the household "
        "register. Rebuilding or altering common parts (an elevator retrofit), raising the "
        "maintenance fund and changing the use of common parts need three quarters; other "
        "matters more than half; every vote two thirds taking part, by area and by owners.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def open_vote(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[VoteIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[VoteOut]:
        scope = Scope(building=data.building, entrance=data.entrance)

        async def write(conn: AsyncConnection) -> Any:
            compound = await compound_of(request, conn, programme, code)
            register = await require_register(conn, compound.id, code)
            vote = ConsentVote.open(
                data.matter,
                scope,
                register.households,
                on=data.opened_on,
                today=today(),
            )
            number, revision = await participation.insert_vote(conn, compound.id, vote)
            result = vote_out(code, number, vote)
            location = f"{votes_path(programme, code)}/{number}"
            await auditing.record(conn, request, "create", location, after=result)
            return encoded(201, result, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

    @get(
        "/consent-votes",
        operation_id="listConsentVotes",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List a compound's consent votes",
        description="Every vote of the compound, by number, with its outcome.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_votes(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> VoteList:
        async with snapshot(request).connect() as conn:
            compound = await compound_of(request, conn, programme, code)
            rows = await participation.list_votes(conn, compound.id)
        return VoteList(
            items=[vote_out(code, r.number, records.record_of(r, ConsentVote)) for r in rows]
        )

    @get(
        "/consent-votes/{number:int}",
        operation_id="getConsentVote",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a consent vote",
        description="The vote, its ballots and its outcome: each threshold's exact share, and "
        "those that failed.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_vote(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        number: VoteNumber,
    ) -> Response[VoteOut]:
        async with snapshot(request).connect() as conn:
            compound = await compound_of(request, conn, programme, code)
            row = await participation.get_vote(conn, compound.id, number)
        if row is None:
            raise not_found(f"consent vote {number} of compound {code!r}")
        return Response(
            vote_out(code, number, records.record_of(row, ConsentVote)),
            headers={"ETag": etag(row.revision)},
        )

    @post(
        "/consent-votes/{number:int}/ballots",
        operation_id="castBallot",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Record an owner's ballot",
        description="Records the ballot of the owner of a unit in the vote's scope, once per "
        "owner (an owner of several units votes once for all of them). Honours If-Match and "
        "Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=200,
    )
    async def cast(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        number: VoteNumber,
        data: JSONBody[BallotIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[VoteOut]:
        def change(vote: ConsentVote, day: datetime.date) -> ConsentVote:
            return vote.cast(
                data.household,
                data.choice,
                on=data.cast_on,
                today=day,
                paper_reference=data.paper_reference,
            )

        return await change_vote(
            request, programme, code, number, if_match, idempotency_key, "vote", change
        )

    @post(
        "/consent-votes/{number:int}/closure",
        operation_id="closeConsentVote",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Close a consent vote",
        description="Closes the vote: its outcome is final. Honours If-Match and Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=200,
    )
    async def close(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        number: VoteNumber,
        data: JSONBody[ClosureIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[VoteOut]:
        def change(vote: ConsentVote, day: datetime.date) -> ConsentVote:
            return vote.close(data.on, day)

        return await change_vote(
            request, programme, code, number, if_match, idempotency_key, "close", change
        )
