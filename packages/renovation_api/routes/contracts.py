"""Responsibility contracts (责任状) over the API: the city draws each district's contract for a
year from the published plan, records its signing, and every read tracks it against what was
delivered (the monthly report's figures, as of today)."""

import datetime
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.etags import expected
from renovation_api.fields import DistrictCode, Name, Year, optional_rate
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    CursorParam,
    IfMatch,
    PageSize,
    ProgrammeCode,
    YearFilter,
    command_route,
    create_route,
    page,
    read_route,
)
from renovation_api.services import oversight, resources
from renovation_api.services.oversight import TrackedContract
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body, to_core
from renovation_api.shapes.oversight import DistrictPath, ProgressOut, progress_out
from renovation_api.shapes.reports import FiguresOut, figures_out
from renovation_api.views import view
from renovation_core.oversight import Party, Progress, ResponsibilityContract, Signatory
from renovation_core.oversight.contracts import MAX_SIGNATORIES
from renovation_core.validators import (
    EARLIEST_YEAR,
    LATEST_YEAR,
)

ContractYear = Annotated[int, Parameter(ge=EARLIEST_YEAR, le=LATEST_YEAR, description="Year.")]
Ratio = Annotated[
    str,
    msgspec.Meta(
        max_length=16,
        pattern=r"^[0-9]{1,9}(\.[0-9]{1,6})?$",
        description="A share of a target, to 6 places; above 1 where more was done.",
        examples=["0.851064"],
    ),
]


class ContractIn(Body):
    """The contract of ``district`` for ``year``; its targets are the plan's row."""

    district: DistrictCode
    year: Year


class SignatoryBody(Body):
    party: Party
    name: Name
    title: Name


class SignatureIn(Body):
    """Who signed for the city and for the district, and when."""

    on: datetime.date
    signatories: Annotated[
        list[SignatoryBody], msgspec.Meta(min_length=2, max_length=MAX_SIGNATORIES)
    ]


class TrackingOut(msgspec.Struct, kw_only=True):
    """The shares of the targets delivered so far."""

    compounds_started: Ratio | None
    compounds_completed: Ratio | None
    households_completed: Ratio | None
    investment_completed: Ratio | None


class ContractOut(msgspec.Struct, kw_only=True):
    district: DistrictCode
    year: Year
    targets: FiguresOut
    signed_on: datetime.date | None
    signatories: Annotated[list[SignatoryBody], msgspec.Meta(max_length=MAX_SIGNATORIES)]
    as_of: datetime.date
    delivered: ProgressOut
    tracking: TrackingOut


class ContractList(msgspec.Struct, kw_only=True):
    items: Annotated[list[ContractOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


def contract_out(
    contract: ResponsibilityContract, delivered: Progress, day: datetime.date
) -> ContractOut:
    tracking = contract.track(delivered)
    return ContractOut(
        district=contract.district,
        year=contract.year,
        targets=figures_out(contract.targets),
        signed_on=contract.signed_on,
        signatories=[
            SignatoryBody(party=s.party, name=s.name, title=s.title) for s in contract.signatories
        ],
        as_of=day,
        delivered=progress_out(delivered),
        tracking=TrackingOut(
            compounds_started=optional_rate(tracking.compounds_started),
            compounds_completed=optional_rate(tracking.compounds_completed),
            households_completed=optional_rate(tracking.households_completed),
            investment_completed=optional_rate(tracking.investment_completed),
        ),
    )


@view(TrackedContract)
def show_contract(stored: Stored[TrackedContract]) -> ContractOut:
    shown = stored.value
    return contract_out(shown.contract, shown.delivered, shown.as_of)


class ContractController(Controller):
    path = "/v1/programmes/{programme:str}/contracts"
    tags = ("oversight",)

    @create_route(
        "/",
        "createContract",
        "Draw a district's responsibility contract",
        "The city draws the district's contract for a year, its targets the "
        "district's row of the year's published plan; one per district and year. Honours "
        "Idempotency-Key.",
    )
    async def create(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[ContractIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ContractOut]:
        command = oversight.DrawContract(
            programme=programme, district=data.district, year=data.year
        )
        return await runner.command(
            request,
            oversight.draw_contract,
            command,
            idempotency_key=idempotency_key,
            created=lambda _: resources.contract(programme, data.year, data.district),
            day=today(),
        )

    @get(
        "/",
        operation_id="listContracts",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List responsibility contracts",
        description="The contracts of the districts the caller answers for, each tracked "
        "against what was delivered as of today. "
        "A year outside the programme is refused (422 at $.year).",
        responses=problem_responses(400, 404, 422, 403),
    )
    async def list_contracts(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        year: YearFilter = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> ContractList:
        _, found = await runner.query(
            request, lambda uow: oversight.contracts(uow, programme, year), today()
        )
        items, next_cursor = page(
            request,
            found,
            f"contracts/{programme}/{year}",
            cursor,
            page_size,
            show_contract,
            lambda s: (s.value.contract.year, s.value.contract.district),
        )
        return ContractList(items=items, next_cursor=next_cursor)

    @read_route(
        "/{year:int}/{district:str}",
        "getContract",
        "Get a responsibility contract",
        "The contract, its signing and its tracking as of today.",
    )
    async def get_contract(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        year: ContractYear,
        district: DistrictPath,
    ) -> Response[ContractOut]:
        return runner.shown(
            await runner.query(
                request, lambda uow: oversight.contract(uow, programme, year, district), today()
            )
        )

    @command_route(
        "/{year:int}/{district:str}/signature",
        "signContract",
        "Record a contract's signing",
        "Records the day and who signed for the city and for the district; once. "
        "Honours If-Match and Idempotency-Key.",
    )
    async def sign(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        year: ContractYear,
        district: DistrictPath,
        data: JSONBody[SignatureIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ContractOut]:
        signing = oversight.SignContract(
            programme=programme,
            year=year,
            district=district,
            on=data.on,
            signatories=tuple(
                to_core(s, Signatory, f"$.signatories[{i}]") for i, s in enumerate(data.signatories)
            ),
            expected=expected(if_match),
        )
        return await runner.command(
            request, oversight.sign_contract, signing, idempotency_key=idempotency_key, day=today()
        )
