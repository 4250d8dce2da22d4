"""Programmes and their published parts: districts, streets, communities, catalogue, targets."""

from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.problems import from_data_error, problem_responses
from renovation_api.routes.common import (
    ETAG,
    CursorParam,
    DistrictFilter,
    LocalFilter,
    PageSize,
    ProgrammeCode,
    YearFilter,
    create_route,
    page,
    tokens,
)
from renovation_api.services import register, resources, scope
from renovation_api.shapes.register import (
    AnnualTargetPage,
    CatalogueItemOut,
    CatalogueItemPage,
    CommunityOut,
    CommunityPage,
    DistrictOut,
    DistrictPage,
    ProgrammeOut,
    ProgrammePage,
    StreetOut,
    StreetPage,
    annual_target_out,
    programme_out,
)

ProgrammeFile = Annotated[
    dict[str, Any],
    msgspec.Meta(
        description="A programme data file (format renovation.programme/1), as JSON: the "
        "programme and optionally its compound register, plans and funding plans.",
    ),
]


class ProgrammeController(Controller):
    path = "/v1/programmes"
    tags = ("programmes",)

    @get(
        "/",
        operation_id="listProgrammes",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="List programmes",
        description="Every programme held, by code.",
        responses=problem_responses(400, 404),
    )
    async def list_programmes(
        self,
        request: Request[Any, Any, Any],
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> ProgrammePage:
        query = "programmes"
        position = tokens(request).position(cursor, query)
        after = position[0] if position else None
        found = await runner.query(
            request, lambda uow: register.programmes(uow, after, page_size + 1)
        )
        items = [programme_out(stored) for stored in found[:page_size]]
        more = len(found) > page_size
        return ProgrammePage(
            items=items,
            next_cursor=tokens(request).issue(query, [items[-1].code]) if more else None,
        )

    @create_route(
        "/",
        "loadProgramme",
        "Load a programme from a data file",
        "Stores a whole programme file (the same format the core and the CLI read) "
        "in one transaction: nothing is stored if any part is invalid.",
        permission=core.Permission.LOAD_PROGRAMME,
        errors=(400, 409, 415, 422, 403),
    )
    async def load_programme(
        self,
        request: Request[Any, Any, Any],
        data: JSONBody[ProgrammeFile],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[ProgrammeOut]:
        try:
            dataset = core.dataset_from_mapping(data)
        except core.DataError as error:
            raise from_data_error(error) from None

        return await runner.command(
            request,
            register.load_programme,
            register.LoadProgramme(dataset=dataset),
            idempotency_key=idempotency_key,
            created=lambda s: resources.programme(s.value.programme.code),
        )

    @get(
        "/{programme:str}",
        operation_id="getProgramme",
        opt=needs(core.Permission.READ_PUBLISHED),
        response_headers=[ETAG],
        summary="Get a programme",
        description="The programme's settings, published totals and provenance.",
        responses=problem_responses(400, 404),
    )
    async def get_programme(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode
    ) -> Response[ProgrammeOut]:
        return runner.shown(
            await runner.query(request, lambda uow: register.programme(uow, programme))
        )

    @get(
        "/{programme:str}/districts",
        operation_id="listDistricts",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="List a programme's districts",
        description="Districts in the order the published plan lists them.",
        responses=problem_responses(400, 404),
    )
    async def list_districts(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> DistrictPage:
        found = await runner.query(request, lambda uow: scope.programme(uow, programme))
        items, token = page(
            request,
            found.districts,
            f"districts/{programme}",
            cursor,
            page_size,
            lambda d: DistrictOut(code=d.code, name=d.name, name_en=d.name_en),
            None,  # published: the plan's order
        )
        return DistrictPage(items=items, next_cursor=token)

    @get(
        "/{programme:str}/streets",
        operation_id="listStreets",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="List streets (街道/镇)",
        description="The programme's streets, optionally of one district.",
        responses=problem_responses(400, 404),
    )
    async def list_streets(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> StreetPage:
        found = await runner.query(request, lambda uow: scope.programme(uow, programme))
        streets = [
            StreetOut(code=s.code, name=s.name, district=d.code)
            for d in found.districts
            if district is None or d.code == district
            for s in d.streets
        ]
        items, token = page(
            request,
            streets,
            f"streets/{programme}/{district}",
            cursor,
            page_size,
            lambda s: s,
            None,  # published
        )
        return StreetPage(items=items, next_cursor=token)

    @get(
        "/{programme:str}/communities",
        operation_id="listCommunities",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="List communities (社区)",
        description="The programme's communities, optionally of one street.",
        responses=problem_responses(400, 404),
    )
    async def list_communities(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        street: LocalFilter = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> CommunityPage:
        found = await runner.query(request, lambda uow: scope.programme(uow, programme))
        communities = [
            CommunityOut(code=c.code, name=c.name, street=s.code, district=d.code)
            for d in found.districts
            for s in d.streets
            if street is None or s.code == street
            for c in s.communities
        ]
        items, token = page(
            request,
            communities,
            f"communities/{programme}/{street}",
            cursor,
            page_size,
            lambda c: c,
            None,  # published
        )
        return CommunityPage(items=items, next_cursor=token)

    @get(
        "/{programme:str}/catalogue-items",
        operation_id="listCatalogueItems",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="List the renovation catalogue",
        description="The items plans choose from, with their category and zh-CN labels.",
        responses=problem_responses(400, 404),
    )
    async def list_catalogue_items(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        category: Annotated[core.Category | None, Parameter(required=False)] = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> CatalogueItemPage:
        found = await runner.query(request, lambda uow: scope.programme(uow, programme))
        items = [i for i in found.catalogue if category is None or i.category is category]
        page_items, token = page(
            request,
            items,
            f"catalogue/{programme}/{category}",
            cursor,
            page_size,
            lambda i: CatalogueItemOut(
                code=i.code,
                category=i.category,
                category_label=i.category.label,
                label=i.label,
                label_en=i.label_en,
            ),
            None,  # published
        )
        return CatalogueItemPage(items=page_items, next_cursor=token)

    @get(
        "/{programme:str}/annual-targets",
        operation_id="listAnnualTargets",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="List annual plan targets",
        description="The published plan's figures: year × district, each year's total last.",
        responses=problem_responses(400, 404),
    )
    async def list_annual_targets(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        year: YearFilter = None,
        district: DistrictFilter = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> AnnualTargetPage:
        found = await runner.query(request, lambda uow: scope.programme(uow, programme))
        targets = [
            t
            for t in found.annual_targets
            if (year is None or t.year == year) and (district is None or t.district == district)
        ]
        items, token = page(
            request,
            targets,
            f"targets/{programme}/{year}/{district}",
            cursor,
            page_size,
            annual_target_out,
            None,  # published
        )
        return AnnualTargetPage(items=items, next_cursor=token)
