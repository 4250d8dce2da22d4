"""Aftercare over the API (长效管理): a compound's management modes, elevators and maintenance
fund, each change one audited transaction under the record's revision; and the coverage of
renovated compounds by a management mode, with those still without one (物业管理全覆盖).
"""

import datetime
from collections.abc import Callable
from fractions import Fraction
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import changed, check_if_match, etag
from renovation_api.fields import Code, Count, DistrictCode, Money, Name, Rate, rate_text, text
from renovation_api.guards import needs, principal
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.problems import not_found, problem_responses
from renovation_api.routes.common import (
    ETAG,
    CompoundCode,
    IfMatch,
    ProgrammeCode,
    engine,
    require_programme,
    snapshot,
)
from renovation_api.routes.compounds import compound_path
from renovation_api.routes.funding_reports import CompoundMoney, load_money
from renovation_api.routes.participation import WRITE_ERRORS, Part, compound_of
from renovation_api.routes.project_bodies import Body, to_core
from renovation_api.storage import delivery, oversight, records, tables
from renovation_core.delivery import Stage
from renovation_core.oversight import (
    Aftercare,
    Elevator,
    ElevatorMode,
    FundMovement,
    FundMovementKind,
    Management,
    ManagementCoverage,
    ManagementMode,
    Renovated,
    follow_ups,
    management_coverage,
)
from renovation_core.oversight.aftercare import MAX_RECORDS
from renovation_core.validators import MAX_COUNT, MAX_DISTRICTS


class ManagementBody(Body):
    """A property-management mode from ``since``; professional management names its company."""

    mode: ManagementMode
    since: datetime.date
    provider: Name | None = None


class ElevatorBody(Body):
    """The elevator of one stairwell and how it is run from ``since``."""

    building: Part
    entrance: Part
    mode: ElevatorMode
    since: datetime.date


class FundIn(Body):
    created_on: datetime.date


class MovementBody(Body):
    """Money into the maintenance fund (续筹) or out of it (使用), never beyond its balance."""

    kind: FundMovementKind
    on: datetime.date
    amount_yuan: Money
    reference: Name


class FundOut(msgspec.Struct, kw_only=True):
    created_on: datetime.date
    movements: Annotated[list[MovementBody], msgspec.Meta(max_length=MAX_RECORDS)]
    balance_yuan: Money


class AftercareOut(msgspec.Struct, kw_only=True):
    """The compound's aftercare: its management modes in order and the one in force today,
    its elevators, its fund, and when the follow-up surveys fall due (6 and 12 months after
    the joint acceptance, once there is one)."""

    compound: Code
    management: Annotated[list[ManagementBody], msgspec.Meta(max_length=MAX_RECORDS)]
    current: ManagementBody | None
    elevators: Annotated[list[ElevatorBody], msgspec.Meta(max_length=MAX_RECORDS)]
    fund: FundOut | None
    follow_ups_due: Annotated[list[datetime.date], msgspec.Meta(max_length=2)]


class CoverageRowOut(msgspec.Struct, kw_only=True):
    """Renovated compounds (joint acceptance passed) and those with a management mode; the
    city's row has no district."""

    district: DistrictCode | None
    renovated: Count
    managed: Count
    share: Rate | None
    without: Annotated[list[Code], msgspec.Meta(max_length=MAX_COUNT)]


class CoverageOut(msgspec.Struct, kw_only=True):
    as_of: datetime.date
    rows: Annotated[list[CoverageRowOut], msgspec.Meta(max_length=MAX_DISTRICTS + 1)]


def _management(m: Management) -> ManagementBody:
    return ManagementBody(mode=m.mode, since=m.since, provider=m.provider)


def aftercare_out(
    care: Aftercare, accepted_on: datetime.date | None, day: datetime.date
) -> AftercareOut:
    current = care.mode_on(day)
    fund = care.fund
    return AftercareOut(
        compound=care.compound,
        management=[_management(m) for m in care.management],
        current=_management(current) if current is not None else None,
        elevators=[
            ElevatorBody(building=e.building, entrance=e.entrance, mode=e.mode, since=e.since)
            for e in care.elevators
        ],
        fund=None
        if fund is None
        else FundOut(
            created_on=fund.created_on,
            movements=[
                MovementBody(
                    kind=m.kind, on=m.on, amount_yuan=text(m.amount_yuan), reference=m.reference
                )
                for m in fund.movements
            ],
            balance_yuan=text(fund.balance_yuan),
        ),
        follow_ups_due=list(follow_ups(accepted_on)) if accepted_on is not None else [],
    )


async def _accepted_on(conn: AsyncConnection, compound_id: int) -> datetime.date | None:
    live = await delivery.live_project(conn, compound_id)
    step = delivery.project_of(live).reached(Stage.ACCEPTED) if live is not None else None
    return step.on if step is not None else None


async def change_aftercare(
    request: Request[Any, Any, Any],
    programme: str,
    code: str,
    if_match: str | None,
    idempotency_key: str | None,
    change: Callable[[Aftercare, datetime.date], Aftercare],
) -> Response[AftercareOut]:
    """Apply ``change`` to the compound's aftercare record (a new one if it has none) as one
    audited transaction; answer with the record."""

    async def write(conn: AsyncConnection) -> Any:
        compound = await compound_of(request, conn, programme, code)
        row = await records.get_one(conn, tables.aftercare, compound.id, lock=True)
        if row is not None:
            check_if_match(if_match, etag(row.revision))
        before = records.record_of(row, Aftercare) if row else Aftercare(compound=code)
        day = today()
        after = change(before, day)
        revision = await records.put_one(conn, tables.aftercare, compound.id, row, after)
        if revision is None:
            raise changed()
        accepted_on = await _accepted_on(conn, compound.id)
        result = aftercare_out(after, accepted_on, day)
        await auditing.record(
            conn,
            request,
            "replace" if row is not None else "create",
            f"{compound_path(programme, code)}/aftercare",
            before=aftercare_out(before, accepted_on, day) if row is not None else None,
            after=result,
        )
        return encoded(200, result, etag=etag(revision))

    return await run_once(request, engine(request), idempotency_key, write)


async def coverage_of(
    request: Request[Any, Any, Any],
    conn: AsyncConnection,
    programme: str,
    loaded: tuple[core.Programme, list[CompoundMoney]],
    day: datetime.date,
) -> tuple[ManagementCoverage, ...]:
    """Management coverage on ``day`` of each district the caller answers for, then the
    whole of what they see: ``loaded`` by ``load_money`` on ``conn``, and read on it."""
    caller = principal(request)
    found, money = loaded
    programme_row, _ = await require_programme(request, conn, programme)
    care = await oversight.all_aftercare(conn, programme_row.id)
    return management_coverage(
        (
            Renovated(
                compound=m.compound.code,
                district=m.compound.district,
                project=m.project,
                aftercare=care.get(m.compound.code),
            )
            for m in money
        ),
        day,
        [d.code for d in found.districts if caller.answers_for(d.code)],
    )


def _command(path: str, operation_id: str, summary: str, description: str) -> post:
    return post(
        path,
        operation_id=operation_id,
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary=summary,
        description=f"{description} Honours If-Match and Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=200,
    )


class AftercareController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}/aftercare"
    tags = ("oversight",)

    @get(
        "/",
        operation_id="getAftercare",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a compound's aftercare",
        description="Management modes, the one in force today, elevators, the maintenance "
        "fund and when the follow-up surveys fall due.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_aftercare(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[AftercareOut]:
        async with snapshot(request).connect() as conn:
            compound = await compound_of(request, conn, programme, code)
            row = await records.get_one(conn, tables.aftercare, compound.id)
            accepted_on = await _accepted_on(conn, compound.id)
        if row is None:
            raise not_found(f"the aftercare of compound {code!r}")
        return Response(
            aftercare_out(records.record_of(row, Aftercare), accepted_on, today()),
            headers={"ETag": etag(row.revision)},
        )

    @_command(
        "/management",
        "setManagementMode",
        "Set a compound's property-management mode",
        "Records the mode from its day on (专业物业 names its company); a later mode follows the "
        "earlier. A project enters long-term management only with a mode in force.",
    )
    async def manage(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[ManagementBody],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[AftercareOut]:
        management = to_core(data, Management)
        return await change_aftercare(
            request,
            programme,
            code,
            if_match,
            idempotency_key,
            lambda care, day: care.manage(management, day),
        )

    @_command(
        "/elevators",
        "setElevatorMode",
        "Set how a stairwell's elevator is run",
        "Records the elevator of one stairwell and its management mode (物业包干制, 物业酬金制 or "
        "居民自管), replacing the stairwell's earlier mode from its day on.",
    )
    async def run_elevator(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[ElevatorBody],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[AftercareOut]:
        elevator = to_core(data, Elevator)
        return await change_aftercare(
            request,
            programme,
            code,
            if_match,
            idempotency_key,
            lambda care, day: care.run_elevator(elevator, day),
        )

    @_command(
        "/fund",
        "createMaintenanceFund",
        "Create a compound's maintenance fund",
        "Creates the fund (住宅专项维修资金) once, on its day.",
    )
    async def create_fund(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[FundIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[AftercareOut]:
        return await change_aftercare(
            request,
            programme,
            code,
            if_match,
            idempotency_key,
            lambda care, day: care.create_fund(data.created_on, day),
        )

    @_command(
        "/fund/movements",
        "moveMaintenanceFund",
        "Top up or use the maintenance fund",
        "Records money into the fund or out of it, in date order; a use beyond the balance is "
        "refused.",
    )
    async def move_fund(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[MovementBody],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[AftercareOut]:
        movement = to_core(data, FundMovement)
        return await change_aftercare(
            request,
            programme,
            code,
            if_match,
            idempotency_key,
            lambda care, day: care.move_fund(movement, day),
        )


AsOf = Annotated[
    datetime.date | None,
    Parameter(required=False, description="The day coverage is judged on; today by default."),
]


class CoverageController(Controller):
    path = "/v1/programmes/{programme:str}/management-coverage"
    tags = ("oversight",)

    @get(
        "/",
        operation_id="getManagementCoverage",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Management coverage of renovated compounds",
        description="Per district and for the city (city-wide callers): the compounds whose "
        "works passed the joint acceptance, those with a property-management mode in force, "
        "the share (target: all of them) and the list of those without one.",
        responses=problem_responses(400, 404, 403),
    )
    async def coverage(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, as_of: AsOf = None
    ) -> CoverageOut:
        caller = principal(request)
        day = as_of or today()
        async with snapshot(request).connect() as conn:
            loaded = await load_money(request, programme, conn)
            rows = await coverage_of(request, conn, programme, loaded, day)
        return CoverageOut(
            as_of=day,
            rows=[
                CoverageRowOut(
                    district=r.district,
                    renovated=r.renovated,
                    managed=r.managed,
                    share=None if r.share is None else rate_text(Fraction(r.share)),
                    without=list(r.without),
                )
                for r in rows
                if r.district is not None or caller.city_wide
            ],
        )
