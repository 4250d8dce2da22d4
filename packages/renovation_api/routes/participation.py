"""Residents decide: a compound's households and its owners' consent votes (民法典 art. 278).

Households carry no names or telephone numbers, only their place and floor area. A vote's
electorate is fixed from the household register when it opens; ballots (entered by staff, a
paper ballot with its reference) and the closing are each one transaction under the vote's
revision; the outcome is the core's, with every threshold's exact share. Each handler turns the
request into a command of ``services.participation`` and shows what it returns.
"""

import datetime
from fractions import Fraction
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, put
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.etags import expected
from renovation_api.fields import (
    Area,
    Code,
    Name,
    Part,
    PositiveArea,
    Rate,
    TotalAmount,
    rate_text,
    text,
)
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    ETAG,
    CompoundCode,
    CursorParam,
    IfMatch,
    PageSize,
    ProgrammeCode,
    command_route,
    create_route,
    page,
    read_route,
)
from renovation_api.services import participation, resources
from renovation_api.services.participation import CompoundHouseholds, Vote, VoteKey
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.briefs import BriefOut, brief_out
from renovation_api.shapes.common import Body, to_core
from renovation_api.shapes.participation import (
    WRITE_ERRORS,
    ClosureIn,
    HouseholdKey,
)
from renovation_api.views import view
from renovation_core.participation import (
    MAX_COMPOUND_HOUSEHOLDS,
    Choice,
    ConsentVote,
    HouseholdRegister,
    Matter,
    Scope,
)

MAX_VOTES = 10_000
VoteNumber = Annotated[int, Parameter(ge=1, le=MAX_VOTES, description="The vote's number.")]
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


class HouseholdBody(Body):
    """One exclusive part (专有部分): building, entrance (stairwell), unit and its floor area.
    ``owner`` is an opaque key given only where one owner holds several units (the law then
    counts them once); never a name or a telephone number."""

    building: Part
    entrance: Part
    unit: Part
    floor_area_m2: PositiveArea
    owner: Code | None = None


class HouseholdsIn(Body):
    households: Annotated[
        list[HouseholdBody], msgspec.Meta(min_length=1, max_length=MAX_COMPOUND_HOUSEHOLDS)
    ]


class HouseholdsOut(msgspec.Struct, kw_only=True):
    """The household register; ``owners`` counts as the law does (one per owner)."""

    compound: Code
    households: Annotated[list[HouseholdBody], msgspec.Meta(max_length=MAX_COMPOUND_HOUSEHOLDS)]
    floor_area_m2: TotalAmount  # the sum of the units', each held to the bounds of an area
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
    items: Annotated[list[VoteOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


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


@view(CompoundHouseholds)
def show_households(stored: Stored[CompoundHouseholds]) -> HouseholdsOut:
    return households_out(stored.value.compound, stored.value.record)


@view(Vote)
def show_vote(stored: Stored[Vote]) -> VoteOut:
    return vote_out(stored.value.compound, stored.value.number, stored.value.record)


class ParticipationController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}"
    tags = ("participation",)

    @get(
        "/brief",
        operation_id="getCompoundBrief",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="Get a compound's brief to its residents",
        description="What the compound's residents are told of their renovation (知情权、监督权): "
        "its plan, budget, the approved funding by source with what each has paid, the "
        "project's stage, and each published survey's results for the compound (withheld "
        "where too few households responded). Nothing of any one household is in it. It is "
        "read with a resident's key for the compound, by staff whose scope covers it, or by "
        "anyone where the programme's policy has `public_briefs`; to anyone else the compound "
        "is not found.",
        responses=problem_responses(400, 404),
    )
    async def get_brief(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> BriefOut:
        told = await runner.query(request, lambda uow: participation.brief(uow, programme, code))
        return brief_out(*told)

    @read_route(
        "/households",
        "getHouseholds",
        "Get a compound's households",
        "The exclusive parts owners vote with: place and floor area, no personal "
        "data; with the total area and the owners counted as the law counts them.",
    )
    async def get_households(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[HouseholdsOut]:
        return runner.shown(
            await runner.query(request, lambda uow: participation.households(uow, programme, code))
        )

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
        command = participation.SetHouseholds(
            programme=programme,
            compound=code,
            register=to_core(data, HouseholdRegister),
            expected=expected(if_match),
        )
        return await runner.command(request, participation.set_households, command)

    @create_route(
        "/consent-votes",
        "openConsentVote",
        "Open an owners' consent vote",
        "Opens a vote on a matter of the Civil Code (art. 278) among the owners of "
        "the compound, a building or a stairwell, its electorate fixed from the household "
        "register. Rebuilding or altering common parts (an elevator retrofit), raising the "
        "maintenance fund and changing the use of common parts need three quarters; other "
        "matters more than half; every vote two thirds taking part, by area and by owners.",
    )
    async def open_vote(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[VoteIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[VoteOut]:
        command = participation.OpenVote(
            programme=programme,
            compound=code,
            matter=data.matter,
            scope=Scope(building=data.building, entrance=data.entrance),
            opened_on=data.opened_on,
        )
        return await runner.command(
            request,
            participation.open_vote,
            command,
            idempotency_key=idempotency_key,
            created=lambda s: resources.vote(programme, code, s.value.number),
        )

    @get(
        "/consent-votes",
        operation_id="listConsentVotes",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List a compound's consent votes",
        description="Every vote of the compound, by number, with its outcome.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_votes(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> VoteList:
        found = await runner.query(request, lambda uow: participation.votes(uow, programme, code))
        items, next_cursor = page(
            request,
            found,
            f"votes/{programme}/{code}",
            cursor,
            page_size,
            show_vote,
            lambda s: (s.value.number,),
        )
        return VoteList(items=items, next_cursor=next_cursor)

    @read_route(
        "/consent-votes/{number:int}",
        "getConsentVote",
        "Get a consent vote",
        "The vote, its ballots and its outcome: each threshold's exact share, and "
        "those that failed.",
    )
    async def get_vote(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        number: VoteNumber,
    ) -> Response[VoteOut]:
        key = VoteKey(programme=programme, compound=code, number=number)
        return runner.shown(await runner.query(request, lambda uow: participation.vote(uow, key)))

    @command_route(
        "/consent-votes/{number:int}/ballots",
        "castBallot",
        "Record an owner's ballot",
        "Records the ballot of the owner of a unit in the vote's scope, once per owner (an "
        "owner of several units votes once for all of them). Honours If-Match and "
        "Idempotency-Key.",
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
        ballot = participation.CastBallot(
            vote=VoteKey(programme=programme, compound=code, number=number),
            expected=expected(if_match),
            household=data.household,
            choice=data.choice,
            cast_on=data.cast_on,
            paper_reference=data.paper_reference,
        )
        return await runner.command(
            request, participation.cast_ballot, ballot, idempotency_key=idempotency_key
        )

    @command_route(
        "/consent-votes/{number:int}/closure",
        "closeConsentVote",
        "Close a consent vote",
        "Closes the vote: its outcome is final. Honours If-Match and Idempotency-Key.",
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
        closure = participation.CloseVote(
            vote=VoteKey(programme=programme, compound=code, number=number),
            expected=expected(if_match),
            on=data.on,
        )
        return await runner.command(
            request, participation.close_vote, closure, idempotency_key=idempotency_key
        )
