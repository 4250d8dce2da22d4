"""Tender packages (标段): projects let together, and the award that names their contractor.

A package is the caller's to see and change only if every project in it is within the caller's
scope: a package spanning districts is the city's, and a district neither reads another
district's compounds in it nor awards their works.
"""

from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.etags import expected
from renovation_api.fields import CODE, Code, Name, Year
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    ETAG,
    CursorParam,
    IfMatch,
    PageSize,
    ProgrammeCode,
    YearFilter,
    create_route,
    read_route,
    tokens,
)
from renovation_api.services import delivery, resources
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import to_core
from renovation_api.shapes.delivery import (
    AwardIn,
)
from renovation_api.views import view
from renovation_core.converter import unstructure
from renovation_core.delivery import Award, TenderPackage
from renovation_core.delivery.tender import MAX_PACKAGE_PROJECTS

PackageCode = Annotated[
    str,
    Parameter(
        description="The package's code.",
        **CODE,
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


@view(TenderPackage)
def show_package(stored: Stored[TenderPackage]) -> PackageOut:
    return msgspec.convert(unstructure(stored.value), PackageOut)


class TenderController(Controller):
    path = "/v1/programmes/{programme:str}/tender-packages"
    tags = ("projects",)

    @create_route(
        "/",
        "createTenderPackage",
        "Bundle projects into a tender package",
        "Lets the named compounds' projects of one programme year together (e.g. "
        "for one state-owned firm); each project must be live, not yet tendered and in no other "
        "package.",
    )
    async def create_package(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[PackageIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[PackageOut]:
        creation = delivery.CreatePackage(programme=programme, package=to_core(data, TenderPackage))
        return await runner.command(
            request,
            delivery.create_package,
            creation,
            idempotency_key=idempotency_key,
            created=lambda s: resources.package(programme, s.value.code),
        )

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
        after = position[0] if position else None
        found = await runner.query(
            request, lambda uow: delivery.packages(uow, programme, year, after, page_size + 1)
        )
        last = found[page_size - 1] if len(found) > page_size else None
        return PackagePage(
            items=[show_package(stored) for stored in found[:page_size]],
            next_cursor=cursors.issue(query, [last.value.code]) if last else None,
        )

    @read_route(
        "/{package:str}",
        "getTenderPackage",
        "Get a tender package",
        "The package, its compounds and its award.",
    )
    async def get_package(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, package: PackageCode
    ) -> Response[PackageOut]:
        found, _ = await runner.query(
            request, lambda uow: delivery.package(uow, programme, package)
        )
        return runner.shown(found)

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
        award = delivery.AwardPackage(
            programme=programme,
            package=package,
            award=to_core(data, Award),
            expected=expected(if_match),
        )
        return await runner.command(
            request, delivery.award_package, award, idempotency_key=idempotency_key
        )
