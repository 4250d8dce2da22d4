"""One compound's project: entering it into the plan, each command on it, and its OC4IDS record.

Every command is one transaction: read the project, let the core apply the command (or refuse
it), store the result if nobody wrote in between, and record the change in the audit log.
"""

import datetime
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post, put
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import changed, check_if_match, etag
from renovation_api.guards import needs, principal
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.problems import ProblemError, not_found, problem_responses
from renovation_api.routes.common import (
    CREATED,
    ETAG,
    IfMatch,
    ProgrammeCode,
    engine,
    require_programme,
    snapshot,
)
from renovation_api.routes.compounds import CompoundCode, compound_path, require_compound
from renovation_api.routes.project_bodies import (
    AcceptanceIn,
    AssignmentBody,
    ClosureBody,
    DocumentBody,
    HandoverBody,
    HazardIn,
    InspectionIn,
    ProjectFacts,
    ProjectIn,
    ProjectOut,
    TransitionIn,
    project_out,
    to_core,
)
from renovation_api.storage import delivery, mapping, records, register, tables
from renovation_core.delivery import (
    ApprovalProfile,
    Assignment,
    Attendee,
    Closure,
    Handover,
    Organisation,
    Project,
    Stage,
    SuppliedDocument,
    oc4ids_project,
    project_networks,
)
from renovation_core.oversight import Aftercare
from renovation_core.participation import Committee
from renovation_core.validators import EARLIEST_YEAR, LATEST_YEAR

ProjectYear = Annotated[
    int, Parameter(ge=EARLIEST_YEAR, le=LATEST_YEAR, description="The project's programme year.")
]
HazardNumber = Annotated[int, Parameter(ge=1, le=2**31 - 1, description="The hazard's number.")]
Change = Callable[[AsyncConnection, Project, datetime.date], Awaitable[Project]]
COMMAND_ERRORS = problem_responses(400, 404, 409, 412, 415, 422, 403)


def project_path(programme: str, code: str, year: int) -> str:
    return f"{compound_path(programme, code)}/projects/{year}"


async def require_project(
    request: Request[Any, Any, Any], conn: AsyncConnection, programme: str, code: str, year: int
) -> tuple[Any, Any]:
    """The compound's row and its project's row for ``year``; 404 for either missing or out of
    the caller's scope."""
    programme_row, _ = await require_programme(request, conn, programme)
    compound = await require_compound(request, conn, programme_row.id, programme, code)
    row = await delivery.get_project(conn, compound.id, year)
    if row is None:
        raise not_found(f"a {year} project for compound {code!r}")
    return compound, row


def facts(data: ProjectFacts, plan: core.RenovationPlan) -> dict[str, Any]:
    """The project's facts as the core takes them, with the plan's defaults."""
    return {
        "client": to_core(data.client, Organisation, "$.client"),
        "profile": to_core(data.profile, ApprovalProfile, "$.profile"),
        "networks": project_networks(plan.items, data.networks),
        "budget_yuan": plan.investment_yuan
        if data.budget_yuan is None
        else Decimal(data.budget_yuan),
    }


async def require_plan_of(conn: AsyncConnection, compound: Any) -> core.RenovationPlan:
    stored = await register.get_plan(conn, compound.id)
    if stored is None:
        raise not_found(f"a plan for compound {compound.code!r}")
    return mapping.plan_from_row(compound.code, stored[0]._mapping, stored[1])


def shown(row: Any, project: Project) -> ProjectOut:
    return project_out(project, row.district_code, row.street_code)


async def command(
    request: Request[Any, Any, Any],
    programme: str,
    code: str,
    year: int,
    if_match: str | None,
    idempotency_key: str | None,
    action: auditing.Action,
    change: Change,
) -> Response[ProjectOut]:
    """Apply ``change`` to the project as one transaction, audited; answer with the project."""

    async def write(conn: AsyncConnection) -> Any:
        _, row = await require_project(request, conn, programme, code, year)
        check_if_match(if_match, etag(row.revision))
        before = delivery.project_of(row)
        after = await change(conn, before, today())
        revision = await delivery.save_project(conn, row.id, row.revision, after)
        if revision is None:
            raise changed()
        result = shown(row, after)
        await auditing.record(
            conn,
            request,
            action,
            project_path(programme, code, year),
            before=shown(row, before),
            after=result,
        )
        return encoded(200, result, etag=etag(revision))

    return await run_once(request, engine(request), idempotency_key, write)


def _command_route(path: str, operation: str, summary: str, description: str) -> post:
    return post(
        path,
        operation_id=operation,
        opt=needs(core.Permission.WRITE_REGISTER),
        summary=summary,
        description=description + " Answers with the whole project; honours If-Match and "
        "Idempotency-Key.",
        responses=COMMAND_ERRORS,
        status_code=200,
        response_headers=[ETAG],
    )


class ProjectController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}/projects"
    tags = ("projects",)

    @post(
        "/",
        operation_id="createProject",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Enter a compound's project into the plan",
        description="Starts the compound's project, at planned, in its plan's year: one per "
        "compound and year, and none while another is live (a compound is renovated once).",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def create_project(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[ProjectIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProjectOut]:
        async def write(conn: AsyncConnection) -> Any:
            programme_row, _ = await require_programme(request, conn, programme)
            compound = await require_compound(request, conn, programme_row.id, programme, code)
            stored = await register.get_plan(conn, compound.id)
            if stored is None:
                raise ProblemError(
                    409,
                    "no-plan",
                    "The compound has no plan",
                    f"compound {code!r} needs its renovation plan before its project",
                )
            plan_row, items = stored
            plan = mapping.plan_from_row(code, plan_row._mapping, items)
            live = await delivery.live_project(conn, compound.id)
            if live is not None:
                raise ProblemError(
                    409,
                    "project-exists",
                    "The compound has a project",
                    f"compound {code!r} has its {live.year} project at {live.stage}; a compound "
                    "is renovated once",
                )
            if await delivery.get_project(conn, compound.id, plan.year) is not None:
                raise ProblemError(
                    409,
                    "project-exists",
                    "The compound has a project that year",
                    f"compound {code!r} had a {plan.year} project, cancelled; move its plan to "
                    "another year for a new one",
                )
            project = Project.planned(
                compound=code,
                year=plan.year,
                **facts(data, plan),
                planned_on=data.planned_on,
                by=principal(request).actor,
                today=today(),
            )
            # The project rests on the plan as read: its year and the networks its items touch.
            if await register.claim_plan(conn, plan_row.id, plan_row.revision) is None:
                raise changed("the compound's plan changed while the project was entered")
            revision = await delivery.insert_project(conn, programme_row.id, compound.id, project)
            created = project_out(project, compound.district_code, compound.street_code)
            location = project_path(programme, code, plan.year)
            await auditing.record(conn, request, "create", location, after=created)
            return encoded(201, created, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

    @get(
        "/{year:int}",
        operation_id="getProject",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a compound's project",
        description="The project with its whole record: stage and what may come next, approval "
        "documents, units, tender package, inspections, hazards, acceptances, handovers and the "
        "dated, attributed history of every step.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_project(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        year: ProjectYear,
    ) -> Response[ProjectOut]:
        async with snapshot(request).connect() as conn:
            _, row = await require_project(request, conn, programme, code, year)
        return Response(shown(row, delivery.project_of(row)), headers={"ETag": etag(row.revision)})

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
        async def change(conn: AsyncConnection, project: Project, _: datetime.date) -> Project:
            programme_row, _found = await require_programme(request, conn, programme)
            compound = await require_compound(request, conn, programme_row.id, programme, code)
            return project.revise(**facts(data, await require_plan_of(conn, compound)))

        return await command(request, programme, code, year, if_match, None, "replace", change)

    @_command_route(
        "/{year:int}/transitions",
        "advanceProject",
        "Move a project to its next stage",
        "Takes one step of the lifecycle, dated and attributed to the caller; a step the "
        "lifecycle or the plan's guards refuse answers 409 with the allowed next stages.",
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
        async def change(conn: AsyncConnection, project: Project, day: datetime.date) -> Project:
            programme_row, _ = await require_programme(request, conn, programme)
            package = None
            if project.tender_package is not None:
                found = await delivery.get_package(conn, programme_row.id, project.tender_package)
                package = delivery.package_of(found) if found else None
            committee = aftercare = None
            if data.to in (Stage.DESIGNING, Stage.IN_MANAGEMENT):
                compound = await require_compound(request, conn, programme_row.id, programme, code)
                row = await records.get_one(conn, tables.committees, compound.id)
                committee = records.record_of(row, Committee) if row else None
                row = await records.get_one(conn, tables.aftercare, compound.id)
                aftercare = records.record_of(row, Aftercare) if row else None
            return project.advance(
                data.to,
                on=data.on,
                by=principal(request).actor,
                today=day,
                reason=data.reason,
                reference=data.reference,
                tender=package,
                committee=committee,
                aftercare=aftercare,
            )

        return await command(
            request, programme, code, year, if_match, idempotency_key, "transition", change
        )

    @_command_route(
        "/{year:int}/documents",
        "supplyProjectDocument",
        "File an approval document",
        "Files one document of the project's approval list (a later one of the same kind "
        "replaces it); a document the project does not need is refused.",
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
        async def change(_: AsyncConnection, project: Project, day: datetime.date) -> Project:
            return project.supply(to_core(data, SuppliedDocument), day)

        return await command(
            request, programme, code, year, if_match, idempotency_key, "supply", change
        )

    @_command_route(
        "/{year:int}/units",
        "assignProjectUnit",
        "Assign a participating unit",
        "Puts a survey, design, construction, supervision or testing unit in charge; its "
        "qualification must cover the work and be valid on the day.",
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
        async def change(_: AsyncConnection, project: Project, day: datetime.date) -> Project:
            return project.assign(to_core(data, Assignment), day)

        return await command(
            request, programme, code, year, if_match, idempotency_key, "assign", change
        )

    @_command_route(
        "/{year:int}/inspections",
        "recordProjectInspection",
        "Record a quality and safety inspection",
        "Records an inspection of the works, between the start of construction and acceptance.",
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
        async def change(_: AsyncConnection, project: Project, day: datetime.date) -> Project:
            return project.inspect(
                on=data.on, inspector=data.inspector, findings=data.findings, today=day
            )

        return await command(
            request, programme, code, year, if_match, idempotency_key, "inspect", change
        )

    @_command_route(
        "/{year:int}/hazards",
        "reportProjectHazard",
        "Report a hazard",
        "Records a quality or safety hazard and its rectification deadline; open hazards block "
        "the joint acceptance.",
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
        async def change(_: AsyncConnection, project: Project, day: datetime.date) -> Project:
            return project.report_hazard(
                found_on=data.found_on,
                description=data.description,
                level=data.level,
                deadline=data.deadline,
                today=day,
            )

        return await command(
            request, programme, code, year, if_match, idempotency_key, "report-hazard", change
        )

    @_command_route(
        "/{year:int}/hazards/{number:int}/closure",
        "closeProjectHazard",
        "Close a hazard with evidence",
        "Records the rectification of a hazard, with the documents that show it.",
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
        async def change(_: AsyncConnection, project: Project, day: datetime.date) -> Project:
            try:
                return project.close_hazard(number, to_core(data, Closure), day)
            except LookupError:
                raise not_found(f"hazard {number} of the {year} project of {code!r}") from None

        return await command(
            request, programme, code, year, if_match, idempotency_key, "close-hazard", change
        )

    @_command_route(
        "/{year:int}/acceptances",
        "recordProjectAcceptance",
        "Record the joint completion acceptance",
        "Records an acceptance meeting of completed works. Every mandatory party must attend: "
        "client, contractor, supervisor, street, community, residents' representatives and the "
        "operator of each network the works touched; the works pass only with no hazard open.",
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
        async def change(_: AsyncConnection, project: Project, day: datetime.date) -> Project:
            attendees = [
                to_core(a, Attendee, f"$.attendees[{i}]") for i, a in enumerate(data.attendees)
            ]
            return project.accept(
                held_on=data.held_on,
                attendees=attendees,
                passed=data.passed,
                remarks=data.remarks,
                today=day,
            )

        return await command(
            request, programme, code, year, if_match, idempotency_key, "accept", change
        )

    @_command_route(
        "/{year:int}/handovers",
        "recordProjectHandover",
        "Hand a network over to its operator",
        "After filing, records one touched network and its facilities outside households handed "
        "to the named utility operator, with the documents handed over.",
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
        async def change(_: AsyncConnection, project: Project, day: datetime.date) -> Project:
            return project.hand_over(to_core(data, Handover), day)

        return await command(
            request, programme, code, year, if_match, idempotency_key, "hand-over", change
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
        async with snapshot(request).connect() as conn:
            programme_row, found = await require_programme(request, conn, programme)
            compound, row = await require_project(request, conn, programme, code, year)
            plan = await require_plan_of(conn, compound)
            project = delivery.project_of(row)
            package = (
                await delivery.get_package(conn, programme_row.id, project.tender_package)
                if project.tender_package
                else None
            )
        record = oc4ids_project(
            found,
            mapping.compound_from_row(compound._mapping),
            plan,
            project,
            delivery.package_of(package) if package else None,
        )
        return Response(_OC4IDS.encode(record), media_type="application/json")


# OC4IDS amounts are JSON numbers: decimals are written as numbers, digit for digit.
_OC4IDS = msgspec.json.Encoder(decimal_format="number")
