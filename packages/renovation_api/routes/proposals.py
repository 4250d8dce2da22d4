"""Plan proposals (科学编制): the city asks for its plan drawn up again under its budgets, targets
and urgency, and is answered at once with 202 and a status resource; the solver runs after the
answer, within the time limit asked, and the proposal's result is read from the status
resource. Each handler turns the request into a call of ``proposal_jobs`` and shows what it
returns."""

from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, delete, get, post
from litestar.background_tasks import BackgroundTask
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import headers, import_jobs, proposal_jobs, runner
from renovation_api.downloads import Tables, downloads
from renovation_api.fields import INT32
from renovation_api.guards import needs, principal
from renovation_api.idempotency import IdempotencyKey
from renovation_api.problems import FieldProblem, ProblemError, invalid_data, problem_responses
from renovation_api.routes.common import ACCEPTED, ProgrammeCode
from renovation_api.services import planning
from renovation_api.shapes.proposals import (
    AdoptedOut,
    AdoptionIn,
    ComparisonOut,
    ProposalIn,
    ProposalOut,
    ResultOut,
    SideOut,
    comparison_out,
    inputs_of,
)
from renovation_api.shapes.reports import comparison_sheets
from renovation_api.storage.audit import utc

ProposalNumber = Annotated[int, Parameter(ge=1, le=INT32, description="The proposal's number.")]


def proposal_out(row: Any) -> ProposalOut:
    return ProposalOut(
        id=row.id,
        status=row.status,
        inputs=msgspec.convert(row.inputs, ProposalIn),
        submitted_by=row.submitted_by,
        submitted_at=utc(row.created_at),
        finished_at=None if row.finished_at is None else utc(row.finished_at),
        result=proposal_jobs.result_of(row),
        failure=row.failure,
    )


def _scheduled(row: Any) -> ResultOut:
    """The proposal's result, if it found a schedule (409 otherwise)."""
    result = proposal_jobs.result_of(row)
    if result is None or result.lateness_proposed is None:
        raise ProblemError(
            409,
            "proposal-not-done",
            "The proposal has no schedule",
            f"plan proposal {row.id} is {row.status}"
            + (f" ({result.status})" if result else "")
            + ": it has no schedule",
        )
    return result


def _adopted(row: Any, compounds: list[str] | None) -> dict[str, tuple[int, int]]:
    """The move of each compound adopted (from, to): those named, or every one moved."""
    result = _scheduled(row)
    moved = {
        m.compound: (m.was, m.now) for m in result.moves if m.now is not None and m.was is not None
    }
    if compounds is None:
        return moved
    wrong = [
        FieldProblem(
            path=f"$.compounds[{i}]",
            message=f"compound {code} is not moved to a year by plan proposal {row.id}",
        )
        for i, code in enumerate(compounds)
        if code not in moved
    ]
    if wrong:
        raise invalid_data(wrong)
    return {code: moved[code] for code in compounds}


async def proposal_sheets(
    request: Request[Any, Any, Any], programme: ProgrammeCode, number: ProposalNumber
) -> Tables:
    held = await _programme(request, programme)
    row = await proposal_jobs.status(request.app.state.database, held, number, principal(request))
    years = {y.compound: y.year for y in _scheduled(row).years}
    found, comparisons = await runner.query(
        request, lambda uow: planning.proposed_tables(uow, programme, years)
    )
    return Tables(
        sheets=comparison_sheets(found, comparisons, None, "方案"),
        name=f"plan-proposal-{programme}-{number}",
    )


async def _programme(request: Request[Any, Any, Any], programme: str) -> proposal_jobs.Held:
    return await import_jobs.programme_of(
        request.app.state.database, request.app.state.programmes, programme, principal(request)
    )


class ProposalController(Controller):
    path = "/v1/programmes/{programme:str}/plan-proposals"
    tags = ("planning",)

    @post(
        "/",
        operation_id="createPlanProposal",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Ask for the plan drawn up again",
        description="The city's plan drawn up again by a solver (HiGHS): each eligible "
        "compound with a plan in one year, or left out; the first-year rule and the pins "
        "fixing years; each year's published investment, by district and city, a ceiling, and "
        "its other published figures floors, met as printed; groups done together; urgency "
        "first (the urgency-weighted lateness, least), then, where `weights.street_year` "
        "prices them, each street's years of works (连片改造). Answers 202 with the "
        "proposal's status resource; the solver starts from the plan as it stands and runs "
        "up to the time limit "
        "(at most the deployment's RENOVATION_PROPOSAL_MAX_SECONDS, 300 by default). "
        "A pin or group naming a compound that cannot be placed is refused at once (422). One "
        "proposal runs at a time in a programme (409 `proposal-running`). City-wide callers "
        "only.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=202,
        response_headers=ACCEPTED,
    )
    async def create(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, data: JSONBody[ProposalIn]
    ) -> Response[ProposalOut]:
        programme_id, _ = await _programme(request, programme)
        context = await runner.query(
            request, lambda uow: planning.context(uow, programme, inputs_of(data))
        )
        database = request.app.state.database
        seconds = min(data.time_limit_seconds, request.app.state.proposal_max_seconds)
        try:
            row = await proposal_jobs.submit(
                database,
                programme,
                programme_id,
                data,
                seconds,
                principal(request),
                headers.request_id(request.scope),
            )
        except proposal_jobs.Busy as error:
            raise ProblemError(
                409, "proposal-running", "A proposal is running", f"{error}: wait, or cancel it"
            ) from None
        run = BackgroundTask(proposal_jobs.run, database, context, row.id, seconds)
        return Response(
            proposal_out(row),
            status_code=202,
            headers={"Location": f"{proposal_jobs.proposals_path(programme)}/{row.id}"},
            background=run,
        )

    @get(
        "/{number:int}",
        operation_id="getPlanProposal",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Get a plan proposal",
        description="While it runs, what it was asked; once done, what the solver found: its "
        "status and gap, the objective's parts (the urgency-weighted lateness, the streets' "
        "years of works) and the 先急后缓 findings before and after, each compound's proposed "
        "year, each one moved with the reason, each one left after less urgent compounds with "
        "the constraints that force it, and every budget and target beside what is planned "
        "against it; for an infeasible problem, the constraints that conflict, in words. "
        "City-wide callers only.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_proposal(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, number: ProposalNumber
    ) -> ProposalOut:
        held = await _programme(request, programme)
        row = await proposal_jobs.status(
            request.app.state.database, held, number, principal(request)
        )
        return proposal_out(row)

    @post(
        "/{number:int}/adoption",
        operation_id="adoptPlanProposal",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Adopt a plan proposal",
        description="The proposal's years become the plans' years, for the compounds named or "
        "(none named) every compound the proposal moves, in one transaction, through the same "
        "guards as a plan changed by hand: a compound with works under way keeps its year, a "
        "funding gone for review keeps its plan's; one refused, none moves (409). A compound "
        "the proposal leaves out, or does not move, is refused (422); a proposal with no "
        "schedule has nothing to adopt (409 `proposal-not-done`). City-wide callers only.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=200,
    )
    async def adopt(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        number: ProposalNumber,
        data: JSONBody[AdoptionIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[AdoptedOut]:
        held = await _programme(request, programme)
        row = await proposal_jobs.status(
            request.app.state.database, held, number, principal(request)
        )
        command = planning.Adopt(
            programme=programme, proposal=number, moves=_adopted(row, data.compounds)
        )
        return await runner.command(
            request, planning.adopt, command, idempotency_key=idempotency_key
        )

    @get(
        "/{number:int}/comparison",
        operation_id="comparePlanProposals",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Compare two plan proposals",
        description="The proposal beside another (`other`: a what-if asked with a budget cut, a "
        "new target or a pin): what each was asked and found, and each compound they place "
        "differently. A proposal with no schedule has nothing to compare (409 "
        "`proposal-not-done`). City-wide callers only.",
        responses=problem_responses(400, 404, 409, 403),
    )
    async def compare(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        number: ProposalNumber,
        other: Annotated[
            int, Parameter(ge=1, le=INT32, description="The other proposal's number.")
        ],
    ) -> ComparisonOut:
        held = await _programme(request, programme)
        sides = []
        for n in (number, other):
            row = await proposal_jobs.status(
                request.app.state.database, held, n, principal(request)
            )
            inputs = msgspec.convert(row.inputs, ProposalIn)
            sides.append(SideOut(id=row.id, inputs=inputs, result=_scheduled(row)))
        return comparison_out(*sides)

    proposal_xlsx, proposal_csv = downloads(
        "{number:int}/tables",
        operation_id="exportPlanProposal",
        what="a plan proposal's tables",
        description="A sheet per year laid out as the published plan lays out its figures: "
        "districts as rows and the total last; the published target (改造计划), the proposal's "
        "figures (方案) and the difference, in 万平方米 and 亿元 as the plan prints them. A "
        "compound the proposal leaves out is not counted. A proposal with no schedule has no "
        "tables (409 `proposal-not-done`). City-wide callers only.",
        permission=core.Permission.READ_REGISTER,
        problems=(400, 404, 409, 403),
    )(proposal_sheets)

    @delete(
        "/{number:int}",
        operation_id="deletePlanProposal",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Withdraw a plan proposal",
        description="The proposal is deleted; one still running is cancelled, and what its "
        "solver finds is never recorded. City-wide callers only.",
        responses=problem_responses(400, 404, 403),
        status_code=204,
    )
    async def withdraw(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, number: ProposalNumber
    ) -> None:
        await proposal_jobs.withdraw(
            request.app.state.database,
            await _programme(request, programme),
            number,
            principal(request),
            headers.request_id(request.scope),
        )
