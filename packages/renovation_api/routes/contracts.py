"""Responsibility contracts (责任状) over the API: the city draws each district's contract for a
year from the published plan, records its signing, and every read tracks it against what was
delivered (the monthly report's figures, as of today)."""

import datetime
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import changed, check_if_match, etag
from renovation_api.fields import DistrictCode, Name, Year, optional_rate
from renovation_api.guards import needs, principal, require_city
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.problems import ProblemError, not_found, problem_responses
from renovation_api.routes.common import (
    CREATED,
    ETAG,
    IfMatch,
    ProgrammeCode,
    YearFilter,
    engine,
    require_programme,
    snapshot,
)
from renovation_api.routes.monthly import DistrictPath, ProgressOut, figures, progress_out
from renovation_api.routes.participation import WRITE_ERRORS
from renovation_api.routes.project_bodies import Body, to_core
from renovation_api.routes.reports import FiguresOut, figures_out
from renovation_api.storage import oversight, records, tables
from renovation_core.oversight import Party, Progress, ResponsibilityContract, Signatory
from renovation_core.oversight.contracts import MAX_SIGNATORIES
from renovation_core.validators import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    MAX_DISTRICTS,
    MAX_PROGRAMME_YEARS,
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
    items: Annotated[
        list[ContractOut], msgspec.Meta(max_length=MAX_DISTRICTS * MAX_PROGRAMME_YEARS)
    ]


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


def contracts_path(programme: str) -> str:
    return f"/v1/programmes/{programme}/contracts"


async def _delivered(
    request: Request[Any, Any, Any],
    programme: str,
    years: set[int],
    conn: AsyncConnection | None = None,
) -> tuple[datetime.date, dict[tuple[str, int], Progress]]:
    """What each district delivered of each year's plan, as of today (read on ``conn``)."""
    day = today()
    _, computed = await figures(request, programme, {str(y): (y, day) for y in years}, conn)
    return day, {(district, int(year)): p for (district, year), p in computed.items()}


async def tracked_contracts(
    request: Request[Any, Any, Any], programme: str, year: int | None
) -> tuple[datetime.date, core.Programme, list[tuple[ResponsibilityContract, Progress]]]:
    """The contracts of the districts the caller answers for (one year's), each with what was
    delivered as of today; and the programme."""
    caller = principal(request)
    async with snapshot(request).connect() as conn:
        programme_row, found_programme = await require_programme(request, conn, programme)
        found = await oversight.list_contracts(conn, programme_row.id, year)
        mine = [c for c in found if caller.answers_for(c.district)]
        day, delivered = await _delivered(request, programme, {c.year for c in mine}, conn)
    return day, found_programme, [(c, delivered[c.district, c.year]) for c in mine]


class ContractController(Controller):
    path = "/v1/programmes/{programme:str}/contracts"
    tags = ("oversight",)

    @post(
        "/",
        operation_id="createContract",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Draw a district's responsibility contract",
        description="The city draws the district's contract for a year, its targets the "
        "district's row of the year's published plan; one per district and year. Honours "
        "Idempotency-Key.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def create(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[ContractIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ContractOut]:
        require_city(request, "issues and signs responsibility contracts")
        day, delivered = await _delivered(request, programme, {data.year})

        async def write(conn: AsyncConnection) -> Any:
            programme_row, found = await require_programme(request, conn, programme)
            contract = ResponsibilityContract.drawn_from(
                found.annual_targets, data.district, data.year
            )
            if await oversight.get_contract(conn, programme_row.id, data.district, data.year):
                raise ProblemError(
                    409,
                    "contract-exists",
                    "The contract exists",
                    f"district {data.district} has its contract for {data.year}",
                )
            _, revision = await oversight.insert_record(
                conn,
                tables.responsibility_contracts,
                programme_id=programme_row.id,
                district_code=data.district,
                year=data.year,
                record=contract,
            )
            result = contract_out(contract, delivered[data.district, data.year], day)
            location = f"{contracts_path(programme)}/{data.year}/{data.district}"
            await auditing.record(conn, request, "create", location, after=result)
            return encoded(201, result, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

    @get(
        "/",
        operation_id="listContracts",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List responsibility contracts",
        description="The contracts of the districts the caller answers for, each tracked "
        "against what was delivered as of today.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_contracts(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, year: YearFilter = None
    ) -> ContractList:
        day, _, tracked = await tracked_contracts(request, programme, year)
        return ContractList(items=[contract_out(c, delivered, day) for c, delivered in tracked])

    @get(
        "/{year:int}/{district:str}",
        operation_id="getContract",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a responsibility contract",
        description="The contract, its signing and its tracking as of today.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_contract(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        year: ContractYear,
        district: DistrictPath,
    ) -> Response[ContractOut]:
        async with snapshot(request).connect() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            row = await oversight.get_contract(conn, programme_row.id, district, year)
            if row is None or not principal(request).answers_for(district):
                raise not_found(f"the {year} contract of district {district}")
            day, delivered = await _delivered(request, programme, {year}, conn)
        contract = records.record_of(row, ResponsibilityContract)
        return Response(
            contract_out(contract, delivered[district, year], day),
            headers={"ETag": etag(row.revision)},
        )

    @post(
        "/{year:int}/{district:str}/signature",
        operation_id="signContract",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Record a contract's signing",
        description="Records the day and who signed for the city and for the district; once. "
        "Honours If-Match and Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=200,
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
        require_city(request, "issues and signs responsibility contracts")
        signatories = [
            to_core(s, Signatory, f"$.signatories[{i}]") for i, s in enumerate(data.signatories)
        ]
        day, delivered = await _delivered(request, programme, {year})

        async def write(conn: AsyncConnection) -> Any:
            programme_row, _ = await require_programme(request, conn, programme)
            row = await oversight.get_contract(conn, programme_row.id, district, year, lock=True)
            if row is None:
                raise not_found(f"the {year} contract of district {district}")
            check_if_match(if_match, etag(row.revision))
            before = records.record_of(row, ResponsibilityContract)
            after = before.sign(data.on, signatories, day)
            revision = await records.save(conn, tables.responsibility_contracts, row, after)
            if revision is None:
                raise changed()
            result = contract_out(after, delivered[district, year], day)
            await auditing.record(
                conn,
                request,
                "replace",
                f"{contracts_path(programme)}/{year}/{district}",
                before=contract_out(before, delivered[district, year], day),
                after=result,
            )
            return encoded(200, result, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)
