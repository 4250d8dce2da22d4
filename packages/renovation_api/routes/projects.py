"""One compound's project: entering it into the plan, each command on it, and its OC4IDS record.

Each handler turns the request into a command of ``services.delivery`` and shows the project it
returns; the service runs it as one transaction, audited.
"""

from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, put
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import now
from renovation_api.etags import expected
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    ETAG,
    CompoundCode,
    IfMatch,
    ProgrammeCode,
    command_route,
    create_route,
    read_route,
)
from renovation_api.services import delivery, resources
from renovation_api.services.delivery import ProjectKey
from renovation_api.shapes.common import to_core
from renovation_api.shapes.delivery import (
    AcceptanceIn,
    AssignmentBody,
    ClosureBody,
    DocumentBody,
    EventClosureBody,
    HandoverBody,
    HazardIn,
    InspectionIn,
    MajorEventIn,
    MaterialIn,
    ProjectFacts,
    ProjectIn,
    ProjectOut,
    TransitionIn,
)
from renovation_core.calendar import day_in_china
from renovation_core.delivery import (
    ApprovalProfile,
    Assignment,
    Attendee,
    Closure,
    EventClosure,
    Handover,
    Organisation,
    SuppliedDocument,
)
from renovation_core.validators import EARLIEST_YEAR, LATEST_YEAR

ProjectYear = Annotated[
    int, Parameter(ge=EARLIEST_YEAR, le=LATEST_YEAR, description="The project's programme year.")
]
HazardNumber = Annotated[int, Parameter(ge=1, le=2**31 - 1, description="The hazard's number.")]
EventNumber = Annotated[int, Parameter(ge=1, le=2**31 - 1, description="The major event's number.")]
SHOWS = " Answers with the whole project; honours If-Match and Idempotency-Key."


def facts(data: ProjectFacts) -> delivery.Facts:
    return delivery.Facts(
        client=to_core(data.client, Organisation, "$.client"),
        profile=to_core(data.profile, ApprovalProfile, "$.profile"),
        networks=None if data.networks is None else tuple(data.networks),
        budget_yuan=None if data.budget_yuan is None else Decimal(data.budget_yuan),
    )


class ProjectController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}/projects"
    tags = ("projects",)

    @create_route(
        "/",
        "createProject",
        "Enter a compound's project into the plan",
        "Starts the compound's project, at planned, in its plan's year: one per "
        "compound and year, and none while another is live (a compound is renovated once).",
    )
    async def create_project(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[ProjectIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        entry = delivery.EnterProject(
            programme=programme, compound=code, facts=facts(data), planned_on=data.planned_on
        )
        return await runner.command(
            request,
            delivery.enter_project,
            entry,
            idempotency_key=idempotency_key,
            created=lambda s: resources.project(programme, code, s.value.year),
        )

    @read_route(
        "/{year:int}",
        "getProject",
        "Get a compound's project",
        "The project with its whole record: stage and what may come next, approval "
        "documents, units, tender package, inspections, hazards, acceptances, handovers and the "
        "dated, attributed history of every step.",
    )
    async def get_project(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
    ) -> Response[ProjectOut]:
        key = ProjectKey(programme=programme, compound=code, year=year)
        return runner.shown(await runner.query(request, lambda uow: delivery.project(uow, key)))

    @put(
        "/{year:int}",
        operation_id="reviseProject",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Correct a project's facts",
        description="Replaces the client, the approval profile, the networks and the budget, "
        "until the design is approved (the approval and the acceptance rest on them); honours "
        "If-Match.",
        responses=problem_responses(400, 404, 409, 412, 415, 422, 403),
    )
    async def revise(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        data: JSONBody[ProjectFacts],
        if_match: IfMatch = None,
    ) -> Response[ProjectOut]:
        revision = delivery.ReviseProject(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            facts=facts(data),
        )
        return await runner.command(request, delivery.revise_project, revision)

    @command_route(
        "/{year:int}/transitions",
        "advanceProject",
        "Move a project to its next stage",
        "Takes one step of the lifecycle, dated and attributed to the caller; a step the "
        "lifecycle or the plan's guards refuse answers 409 with the allowed next stages." + SHOWS,
    )
    async def advance(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        data: JSONBody[TransitionIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        step = delivery.AdvanceProject(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            to=data.to,
            on=data.on,
            reason=data.reason,
            reference=data.reference,
        )
        return await runner.command(
            request, delivery.advance_project, step, idempotency_key=idempotency_key
        )

    @command_route(
        "/{year:int}/documents",
        "supplyProjectDocument",
        "File an approval document",
        "Files one document of the project's approval list (a later one of the same kind "
        "replaces it); a document the project does not need is refused." + SHOWS,
    )
    async def supply_document(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        data: JSONBody[DocumentBody],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        supply = delivery.SupplyDocument(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            document=to_core(data, SuppliedDocument),
        )
        return await runner.command(
            request, delivery.supply_document, supply, idempotency_key=idempotency_key
        )

    @command_route(
        "/{year:int}/units",
        "assignProjectUnit",
        "Assign a participating unit",
        "Puts a survey, design, construction, supervision or testing unit in charge; its "
        "qualification must cover the work and be valid on the day." + SHOWS,
    )
    async def assign_unit(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        data: JSONBody[AssignmentBody],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        assign = delivery.AssignUnit(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            assignment=to_core(data, Assignment),
        )
        return await runner.command(
            request, delivery.assign_unit, assign, idempotency_key=idempotency_key
        )

    @command_route(
        "/{year:int}/inspections",
        "recordProjectInspection",
        "Record a quality and safety inspection",
        "Records an inspection of the works, between the start of construction and acceptance."
        + SHOWS,
    )
    async def inspect(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        data: JSONBody[InspectionIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        inspection = delivery.RecordInspection(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            on=data.on,
            inspector=data.inspector,
            findings=data.findings,
        )
        return await runner.command(
            request, delivery.record_inspection, inspection, idempotency_key=idempotency_key
        )

    @command_route(
        "/{year:int}/hazards",
        "reportProjectHazard",
        "Report a hazard",
        "Records a quality or safety hazard and its rectification deadline; open hazards block "
        "the joint acceptance." + SHOWS,
    )
    async def report_hazard(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        data: JSONBody[HazardIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        hazard = delivery.ReportHazard(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            found_on=data.found_on,
            description=data.description,
            level=data.level,
            deadline=data.deadline,
        )
        return await runner.command(
            request, delivery.report_hazard, hazard, idempotency_key=idempotency_key
        )

    @command_route(
        "/{year:int}/hazards/{number:int}/closure",
        "closeProjectHazard",
        "Close a hazard with evidence",
        "Records the rectification of a hazard, with the documents that show it." + SHOWS,
    )
    async def close_hazard(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        number: HazardNumber,
        data: JSONBody[ClosureBody],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        closure = delivery.CloseHazard(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            number=number,
            closure=to_core(data, Closure),
        )
        return await runner.command(
            request, delivery.close_hazard, closure, idempotency_key=idempotency_key
        )

    @command_route(
        "/{year:int}/materials",
        "recordProjectMaterial",
        "Record a supply of materials accepted on site",
        "Records materials supplied to the works (材料采购或供应), from the project's step to "
        "tendered to the works' completion: what, from whom, how much, the day delivered, "
        "and the report of the inspection that accepted them on site (进场检验)." + SHOWS,
    )
    async def supply_material(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        data: JSONBody[MaterialIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        supply = delivery.SupplyMaterial(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            material=data.material,
            supplier=data.supplier,
            quantity=data.quantity,
            delivered_on=data.delivered_on,
            inspection=data.inspection,
        )
        return await runner.command(
            request, delivery.supply_material, supply, idempotency_key=idempotency_key
        )

    @command_route(
        "/{year:int}/major-events",
        "reportProjectMajorEvent",
        "Report a major event (重大建设信息)",
        "Reports a major event on the project to the city at once, outside the monthly cycle: "
        "its kind, when it happened (an RFC 3339 time with its offset), its consequence and "
        "the measures taken. The server dates the report; one made after the day after the "
        "event is marked late. The event stays on the programme's warnings until it is "
        "closed." + SHOWS,
    )
    async def report_event(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        data: JSONBody[MajorEventIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        at = now()
        event = delivery.ReportEvent(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            kind=data.kind,
            occurred_at=data.occurred_at,
            consequence=data.consequence,
            measures=data.measures,
            at=at,
        )
        return await runner.command(
            request,
            delivery.report_event,
            event,
            idempotency_key=idempotency_key,
            day=day_in_china(at),
        )

    @command_route(
        "/{year:int}/major-events/{number:int}/closure",
        "closeProjectMajorEvent",
        "Close a major event",
        "Records what was done about a major event and when, which takes it off the "
        "programme's warnings." + SHOWS,
    )
    async def close_event(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        number: EventNumber,
        data: JSONBody[EventClosureBody],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        closure = delivery.CloseEvent(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            number=number,
            closure=to_core(data, EventClosure),
        )
        return await runner.command(
            request, delivery.close_event, closure, idempotency_key=idempotency_key
        )

    @command_route(
        "/{year:int}/acceptances",
        "recordProjectAcceptance",
        "Record the joint completion acceptance",
        "Records an acceptance meeting of completed works. Every mandatory party must attend: "
        "client, contractor, supervisor, street, community, residents' representatives and the "
        "operator of each network the works touched; the works pass only with no hazard open."
        + SHOWS,
    )
    async def accept(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        data: JSONBody[AcceptanceIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        acceptance = delivery.RecordAcceptance(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            held_on=data.held_on,
            attendees=tuple(
                to_core(a, Attendee, f"$.attendees[{i}]") for i, a in enumerate(data.attendees)
            ),
            passed=data.passed,
            remarks=data.remarks,
        )
        return await runner.command(
            request, delivery.record_acceptance, acceptance, idempotency_key=idempotency_key
        )

    @command_route(
        "/{year:int}/handovers",
        "recordProjectHandover",
        "Hand a network over to its operator",
        "After filing, records one touched network and its facilities outside households handed "
        "to the named utility operator, with the documents handed over." + SHOWS,
    )
    async def hand_over(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
        data: JSONBody[HandoverBody],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        handover = delivery.HandOver(
            project=ProjectKey(programme=programme, compound=code, year=year),
            expected=expected(if_match),
            handover=to_core(data, Handover),
        )
        return await runner.command(
            request, delivery.hand_over, handover, idempotency_key=idempotency_key
        )

    @get(
        "/{year:int}/oc4ids",
        operation_id="getProjectOc4ids",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Export a project as OC4IDS",
        description="The project as an Open Contracting for Infrastructure Data Standard 0.9.5 "
        "project record (https://standard.open-contracting.org/infrastructure/schema/0__9__5/"
        "project-schema.json): identification, status, budget, parties, contracting processes "
        "and completion. Amounts are JSON numbers, as the standard requires.",
        responses={
            200: ResponseSpec(
                data_container=dict[str, Any],
                description="An OC4IDS 0.9.5 project record.",
                generate_examples=False,
            ),
            **problem_responses(400, 404, 403),
        },
    )
    async def export_oc4ids(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
    ) -> Response[bytes]:
        key = ProjectKey(programme=programme, compound=code, year=year)
        record = await runner.query(request, lambda uow: delivery.oc4ids(uow, key))
        return Response(_OC4IDS.encode(record), media_type="application/json")


# OC4IDS amounts are JSON numbers: decimals are written as numbers, digit for digit.
_OC4IDS = msgspec.json.Encoder(decimal_format="number")
