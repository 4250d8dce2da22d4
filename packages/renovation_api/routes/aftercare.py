"""Aftercare over the API (长效管理): a compound's management modes, elevators and maintenance
fund, each change one audited transaction under the record's revision; and the coverage of
renovated compounds by a management mode, with those still without one (物业管理全覆盖).
"""

import datetime
from fractions import Fraction
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get
from litestar.params import JSONBody

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.etags import expected
from renovation_api.fields import (
    Code,
    Count,
    DistrictCode,
    Money,
    Name,
    Part,
    PositiveMoney,
    Rate,
    rate_text,
    text,
)
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    CompoundCode,
    IfMatch,
    ProgrammeCode,
    command_route,
    read_route,
)
from renovation_api.services import oversight
from renovation_api.services.oversight import CompoundAftercare
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body, to_core
from renovation_api.shapes.oversight import AsOf
from renovation_api.views import view
from renovation_core.oversight import (
    Aftercare,
    Elevator,
    ElevatorMode,
    FundMovement,
    FundMovementKind,
    Management,
    ManagementMode,
)
from renovation_core.oversight.aftercare import MAX_RECORDS
from renovation_core.policy import MAX_FOLLOW_UPS
from renovation_core.validators import MAX_COUNT, MAX_DISTRICTS

HONOURS = " Honours If-Match and Idempotency-Key."


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
    amount_yuan: PositiveMoney
    reference: Name


class FundOut(msgspec.Struct, kw_only=True):
    created_on: datetime.date
    movements: Annotated[list[MovementBody], msgspec.Meta(max_length=MAX_RECORDS)]
    balance_yuan: Money


class AftercareOut(msgspec.Struct, kw_only=True):
    """The compound's aftercare: its management modes in order and the one in force today,
    its elevators, its fund, and when the follow-up surveys fall due (the programme policy's
    months after the joint acceptance, 6 and 12 in Wuhai's, once there is one)."""

    compound: Code
    management: Annotated[list[ManagementBody], msgspec.Meta(max_length=MAX_RECORDS)]
    current: ManagementBody | None
    elevators: Annotated[list[ElevatorBody], msgspec.Meta(max_length=MAX_RECORDS)]
    fund: FundOut | None
    follow_ups_due: Annotated[list[datetime.date], msgspec.Meta(max_length=MAX_FOLLOW_UPS)]


class CoverageRowOut(msgspec.Struct, kw_only=True):
    """Renovated compounds (joint acceptance passed), those with a management mode and those
    with a maintenance fund (补建续筹); the city's row has no district."""

    district: DistrictCode | None
    renovated: Count
    managed: Count
    share: Rate | None
    without: Annotated[list[Code], msgspec.Meta(max_length=MAX_COUNT)]
    funded: Count
    fund_share: Rate | None


class CoverageOut(msgspec.Struct, kw_only=True):
    as_of: datetime.date
    rows: Annotated[list[CoverageRowOut], msgspec.Meta(max_length=MAX_DISTRICTS + 1)]


def _management(m: Management) -> ManagementBody:
    return ManagementBody(mode=m.mode, since=m.since, provider=m.provider)


def aftercare_out(
    care: Aftercare, follow_ups_due: tuple[datetime.date, ...], day: datetime.date
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
        follow_ups_due=list(follow_ups_due),
    )


@view(CompoundAftercare)
def show_aftercare(stored: Stored[CompoundAftercare]) -> AftercareOut:
    shown = stored.value
    return aftercare_out(shown.record, shown.follow_ups_due, shown.on)


class AftercareController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}/aftercare"
    tags = ("oversight",)

    @read_route(
        "/",
        "getAftercare",
        "Get a compound's aftercare",
        "Management modes, the one in force today, elevators, the maintenance "
        "fund and when the follow-up surveys fall due.",
    )
    async def get_aftercare(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[AftercareOut]:
        return runner.shown(
            await runner.query(request, lambda uow: oversight.aftercare(uow, programme, code))
        )

    @command_route(
        "/management",
        "setManagementMode",
        "Set a compound's property-management mode",
        "Records the mode from its day on (专业物业 names its company); a later mode follows the "
        "earlier. A project enters long-term management only with a mode in force." + HONOURS,
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
        command = oversight.SetManagement(
            programme=programme,
            compound=code,
            expected=expected(if_match),
            management=to_core(data, Management),
        )
        return await runner.command(
            request, oversight.set_management, command, idempotency_key=idempotency_key
        )

    @command_route(
        "/elevators",
        "setElevatorMode",
        "Set how a stairwell's elevator is run",
        "Records the elevator of one stairwell and its management mode (物业包干制, 物业酬金制 or "
        "居民自管), replacing the stairwell's earlier mode from its day on." + HONOURS,
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
        command = oversight.RunElevator(
            programme=programme,
            compound=code,
            expected=expected(if_match),
            elevator=to_core(data, Elevator),
        )
        return await runner.command(
            request, oversight.run_elevator, command, idempotency_key=idempotency_key
        )

    @command_route(
        "/fund",
        "createMaintenanceFund",
        "Create a compound's maintenance fund",
        "Creates the fund (住宅专项维修资金) once, on its day." + HONOURS,
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
        command = oversight.CreateFund(
            programme=programme,
            compound=code,
            expected=expected(if_match),
            created_on=data.created_on,
        )
        return await runner.command(
            request, oversight.create_fund, command, idempotency_key=idempotency_key
        )

    @command_route(
        "/fund/movements",
        "moveMaintenanceFund",
        "Top up or use the maintenance fund",
        "Records money into the fund or out of it, in date order; a use beyond the balance is "
        "refused." + HONOURS,
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
        command = oversight.MoveFund(
            programme=programme,
            compound=code,
            expected=expected(if_match),
            movement=to_core(data, FundMovement),
        )
        return await runner.command(
            request, oversight.move_fund, command, idempotency_key=idempotency_key
        )


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
        day = as_of or today()
        _, rows = await runner.query(request, lambda uow: oversight.coverage(uow, programme, day))
        return CoverageOut(
            as_of=day,
            rows=[
                CoverageRowOut(
                    district=r.district,
                    renovated=r.renovated,
                    managed=r.managed,
                    share=None if r.share is None else rate_text(Fraction(r.share)),
                    without=list(r.without),
                    funded=r.funded,
                    fund_share=None if r.fund_share is None else rate_text(r.fund_share),
                )
                for r in rows
            ],
        )
