"""Demonstration projects over the API (示范项目): a compound whose works have begun is
nominated with reasons, once; the nominations are listed per district, a page at a time."""

import datetime
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, delete, get
from litestar.params import JSONBody

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.etags import expected
from renovation_api.fields import Code, DistrictCode, Name, Year
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    CompoundCode,
    CursorParam,
    DistrictFilter,
    IfMatch,
    PageSize,
    ProgrammeCode,
    YearFilter,
    create_route,
    page,
    read_route,
)
from renovation_api.services import oversight, resources
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body
from renovation_api.views import view
from renovation_core.oversight import Nomination
from renovation_core.oversight.demonstration import MAX_REASONS
from renovation_core.text import LINES_PATTERN
from renovation_core.validators import MAX_DISTRICTS, MAX_NOTE_LENGTH

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
    items: Annotated[list[NominationOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]


class NominationList(msgspec.Struct, kw_only=True):
    """Each district the caller answers for, on every page, with the page's share of its
    nominations: they run in district order, then by compound code, ``page_size`` at a time."""

    districts: Annotated[list[DistrictNominations], msgspec.Meta(max_length=MAX_DISTRICTS)]
    next_cursor: Cursor | None


def nomination_out(nomination: Nomination) -> NominationOut:
    return NominationOut(
        compound=nomination.compound,
        year=nomination.year,
        nominated_on=nomination.nominated_on,
        nominated_by=nomination.nominated_by,
        reasons=list(nomination.reasons),
    )


@view(Nomination)
def show_nomination(stored: Stored[Nomination]) -> NominationOut:
    return nomination_out(stored.value)


class NominationController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}/nomination"
    tags = ("oversight",)

    @create_route(
        "/",
        "nominateDemonstration",
        "Nominate a compound's works as a demonstration project",
        "Once the works have begun (409 not-under-way before) and the project is not "
        "cancelled (409 no-project without a live one), with the reasons; one nomination per "
        "compound (409 nomination-exists). Honours Idempotency-Key.",
    )
    async def nominate(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[NominationIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[NominationOut]:
        command = oversight.Nominate(
            programme=programme,
            compound=code,
            nominated_on=data.nominated_on,
            reasons=tuple(data.reasons),
        )
        return await runner.command(
            request,
            oversight.nominate_demonstration,
            command,
            idempotency_key=idempotency_key,
            created=lambda _: resources.nomination(programme, code),
            day=today(),
        )

    @read_route(
        "/",
        "getNomination",
        "Get a compound's nomination",
        "The nomination as a demonstration project, with its reasons.",
    )
    async def get_nomination(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[NominationOut]:
        return runner.shown(
            await runner.query(request, lambda uow: oversight.nomination(uow, programme, code))
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
        withdrawal = oversight.WithdrawNomination(
            programme=programme, compound=code, expected=expected(if_match)
        )
        await runner.removal(request, oversight.withdraw_nomination, withdrawal)


class DemonstrationController(Controller):
    path = "/v1/programmes/{programme:str}/demonstrations"
    tags = ("oversight",)

    @get(
        "/",
        operation_id="listDemonstrations",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List demonstration nominations per district",
        description="The nominations of the districts the caller answers for (one district's, "
        "one plan year's), grouped by district: every page lists each of those districts, with "
        "its nominations on that page.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_nominations(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        year: YearFilter = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> NominationList:
        found = await runner.query(
            request, lambda uow: oversight.nominations(uow, programme, district, year)
        )
        rows = [(d.code, n) for d, nominated in found for n in nominated]
        shown, next_cursor = page(
            request,
            rows,
            f"demonstrations/{programme}/{district}/{year}",
            cursor,
            page_size,
            lambda row: row,
            lambda row: (row[0], row[1].compound),
        )
        return NominationList(
            districts=[
                DistrictNominations(
                    district=d.code,
                    name=d.name,
                    items=[nomination_out(n) for code, n in shown if code == d.code],
                )
                for d, _ in found
            ],
            next_cursor=next_cursor,
        )
