"""Tender packages (标段): projects let together, and the award that names their contractor.

A package is the caller's to see and change only if every project in it is within the caller's
scope: a package spanning districts is the city's, and a district neither reads another
district's compounds in it nor awards their works.
"""

from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import changed, check_if_match, etag
from renovation_api.fields import Code, Name, Year
from renovation_api.guards import needs, principal, visible
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import (
    FieldProblem,
    ProblemError,
    invalid_data,
    not_found,
    problem_responses,
)
from renovation_api.routes.common import (
    CREATED,
    ETAG,
    CursorParam,
    IfMatch,
    PageSize,
    ProgrammeCode,
    YearFilter,
    engine,
    reader,
    require_programme,
    snapshot,
    tokens,
)
from renovation_api.routes.project_bodies import AwardIn, to_core
from renovation_api.routes.projects import project_path, shown
from renovation_api.storage import delivery, register
from renovation_core.converter import unstructure
from renovation_core.delivery import Award, TenderPackage, award_package
from renovation_core.delivery.tender import MAX_PACKAGE_PROJECTS
from renovation_core.validators import CODE_PATTERN, MAX_CODE_LENGTH

PackageCode = Annotated[
    str,
    Parameter(
        description="The package's code.",
        min_length=1,
        max_length=MAX_CODE_LENGTH,
        pattern=CODE_PATTERN,
    ),
]


class PackageIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A package: its code and name, its programme year, and the compounds whose projects (of
    that year, not yet tendered) it lets."""

    code: Code
    name: Name
    year: Year
    compounds: Annotated[list[Code], msgspec.Meta(min_length=1, max_length=MAX_PACKAGE_PROJECTS)]


class PackageOut(msgspec.Struct, kw_only=True):
    code: Code
    name: Name
    year: Year
    compounds: Annotated[list[Code], msgspec.Meta(max_length=MAX_PACKAGE_PROJECTS)]
    award: AwardIn | None


class PackagePage(msgspec.Struct, kw_only=True):
    items: Annotated[list[PackageOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


def package_out(package: TenderPackage) -> PackageOut:
    return msgspec.convert(unstructure(package), PackageOut)


def package_path(programme: str, code: str) -> str:
    return f"/v1/programmes/{programme}/tender-packages/{code}"


async def require_package(
    request: Request[Any, Any, Any],
    conn: AsyncConnection,
    programme_id: int,
    programme: str,
    code: str,
) -> tuple[Any, list[Any]]:
    """The package's row and its projects' rows; 404 unless all of them are the caller's."""
    row = await delivery.get_package(conn, programme_id, code)
    members = list(await delivery.members(conn, row.id)) if row is not None else []
    if row is None or not all(visible(request, m.district_code, m.street_code) for m in members):
        raise not_found(f"tender package {code!r} of programme {programme!r}")
    return row, members


class TenderController(Controller):
    path = "/v1/programmes/{programme:str}/tender-packages"
    tags = ("projects",)

    @post(
        "/",
        operation_id="createTenderPackage",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Bundle projects into a tender package",
        description="Lets the named compounds' projects of one programme year together (e.g. "
        "for one state-owned firm); each project must be live, not yet tendered and in no other "
        "package.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def create_package(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[PackageIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[PackageOut]:
        async def write(conn: AsyncConnection) -> Any:
            programme_row, _ = await require_programme(request, conn, programme)
            package = to_core(data, TenderPackage)
            joined, unknown = [], []
            for i, code in enumerate(package.compounds):
                compound = await register.get_compound(conn, programme_row.id, code)
                row = (
                    await delivery.get_project(conn, compound.id, package.year)
                    if compound is not None
                    and visible(request, compound.district_code, compound.street_code)
                    else None
                )
                if row is None:
                    unknown.append(
                        FieldProblem(
                            path=f"$.compounds[{i}]",
                            message=f"no {package.year} project of compound {code!r} "
                            "within your scope",
                        )
                    )
                else:
                    joined.append((row, delivery.project_of(row)))
            if unknown:
                raise invalid_data(unknown)
            if await delivery.get_package(conn, programme_row.id, package.code) is not None:
                raise ProblemError(
                    409,
                    "duplicate",
                    "Already exists",
                    f"tender package {package.code!r} already exists",
                )
            package_id, revision = await delivery.insert_package(conn, programme_row.id, package)
            for row, project in joined:
                await _save(
                    conn,
                    request,
                    programme,
                    row,
                    project,
                    project.join(package),
                    "join",
                    package_id,
                )
            created = package_out(package)
            location = package_path(programme, package.code)
            await auditing.record(conn, request, "create", location, after=created)
            return encoded(201, created, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

    @get(
        "/",
        operation_id="listTenderPackages",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List tender packages",
        description="The packages whose projects are all within the caller's scope, by code.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_packages(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        year: YearFilter = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> PackagePage:
        query = f"tender-packages/{programme}/{year}"
        cursors = tokens(request)
        position = cursors.position(cursor, query)
        async with reader(request).connect() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            rows = await delivery.list_packages(
                conn,
                programme_row.id,
                year,
                principal(request),
                position[0] if position else None,
                page_size + 1,
            )
        last = rows[page_size - 1] if len(rows) > page_size else None
        return PackagePage(
            items=[package_out(delivery.package_of(row)) for row in rows[:page_size]],
            next_cursor=cursors.issue(query, [last.code]) if last else None,
        )

    @get(
        "/{package:str}",
        operation_id="getTenderPackage",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a tender package",
        description="The package, its compounds and its award.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_package(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, package: PackageCode
    ) -> Response[PackageOut]:
        async with snapshot(request).connect() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            row, _ = await require_package(request, conn, programme_row.id, programme, package)
        return Response(package_out(delivery.package_of(row)), headers={"ETag": etag(row.revision)})

    @post(
        "/{package:str}/award",
        operation_id="awardTenderPackage",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Record a package's award",
        description="Records the tender's result once: the contractor (qualified for "
        "construction on the day), the procurement method, the date and the contract value. "
        "The contractor becomes the construction unit of every live project in the package. "
        "Honours If-Match and Idempotency-Key.",
        responses=problem_responses(400, 404, 409, 412, 415, 422, 403),
        status_code=200,
        response_headers=[ETAG],
    )
    async def award(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        package: PackageCode,
        data: JSONBody[AwardIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[PackageOut]:
        async def write(conn: AsyncConnection) -> Any:
            programme_row, _ = await require_programme(request, conn, programme)
            row, members = await require_package(
                request, conn, programme_row.id, programme, package
            )
            check_if_match(if_match, etag(row.revision))
            before = delivery.package_of(row)
            award = to_core(data, Award)
            day = today()
            projects = [delivery.project_of(m) for m in members]
            after, awarded = award_package(before, award, projects, day)
            revision = await delivery.save_package(conn, row.id, row.revision, after)
            if revision is None:
                raise changed()
            for member, project, changed_to in zip(members, projects, awarded, strict=True):
                if changed_to is not project:
                    await _save(conn, request, programme, member, project, changed_to, "assign")
            result = package_out(after)
            await auditing.record(
                conn,
                request,
                "award",
                package_path(programme, package),
                before=package_out(before),
                after=result,
            )
            return encoded(200, result, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)


async def _save(
    conn: AsyncConnection,
    request: Request[Any, Any, Any],
    programme: str,
    row: Any,
    before: core.delivery.Project,
    after: core.delivery.Project,
    action: auditing.Action,
    package_id: int | None = None,
) -> None:
    """Store a member project changed by a package's write, and audit it as its own event."""
    if await delivery.save_project(conn, row.id, row.revision, after, package_id) is None:
        raise changed()
    await auditing.record(
        conn,
        request,
        action,
        project_path(programme, row.compound, row.year),
        before=shown(row, before),
        after=shown(row, after),
    )
