"""Delivery across a programme: the projects, the schedule warnings and the handovers, each seen
within the caller's scope (a utility operator sees the networks handed to it)."""

import datetime
import zlib
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, get
from litestar.params import Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.clock import today
from renovation_api.fields import Code, DistrictCode, LocalCode, Name, Note, Year
from renovation_api.guards import needs
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    CursorParam,
    DistrictFilter,
    PageSize,
    ProgrammeCode,
    YearFilter,
    page,
    tokens,
)
from renovation_api.services import delivery
from renovation_api.shapes.delivery import (
    RecordNumber,
    References,
)
from renovation_core.delivery import (
    MAX_RECORDS,
    DocumentKind,
    Network,
    Stage,
    WarningKind,
    count_warnings,
)
from renovation_core.validators import MAX_COUNT, MAX_DISTRICTS


class ProjectSummary(msgspec.Struct, kw_only=True):
    compound: Code
    district: DistrictCode
    street: LocalCode
    year: Year
    stage: Stage
    tender_package: Code | None
    missing_documents: Annotated[list[DocumentKind], msgspec.Meta(max_length=len(DocumentKind))]
    open_hazards: Annotated[int, msgspec.Meta(ge=0, le=MAX_RECORDS)]


class ProjectPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[ProjectSummary], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class WarningOut(msgspec.Struct, kw_only=True):
    """A missed deadline or a broken duty. ``hazard`` numbers the hazard of a
    ``hazard_overdue`` warning; ``detail`` says what a duty's breach was (null for a
    deadline)."""

    kind: WarningKind
    compound: Code
    district: DistrictCode
    year: Year
    due: datetime.date
    stage: Stage
    hazard: RecordNumber | None
    detail: Note | None


class WarningCountOut(msgspec.Struct, kw_only=True):
    """How many warnings of a kind a district has; ``district`` null is the whole city."""

    district: DistrictCode | None
    kind: WarningKind
    count: Annotated[int, msgspec.Meta(ge=1, le=MAX_COUNT)]


class WarningPage(msgspec.Struct, kw_only=True):
    """A page of warnings, and the counts of all of them by district and for the city."""

    as_of: datetime.date
    totals: Annotated[
        list[WarningCountOut],
        msgspec.Meta(max_length=(MAX_DISTRICTS + 1) * len(WarningKind)),
    ]
    items: Annotated[list[WarningOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class HandoverRow(msgspec.Struct, kw_only=True):
    compound: Code
    district: DistrictCode
    year: Year
    network: Network
    operator: Name
    on: datetime.date
    documents: References


class HandoverPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[HandoverRow], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class DeliveryController(Controller):
    path = "/v1/programmes/{programme:str}"
    tags = ("projects",)

    @get(
        "/projects",
        operation_id="listProjects",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List projects",
        description="The programme's projects within the caller's scope, by compound and year.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_projects(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        stage: Annotated[Stage | None, Parameter(required=False)] = None,
        year: YearFilter = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> ProjectPage:
        where = delivery.ProjectFilter(district=district, stage=stage, year=year)
        query = f"projects/{programme}/{district}/{stage}/{year}"
        cursors = tokens(request)
        position = cursors.position(cursor, query)
        after = (position[0], position[1]) if position else None
        found = await runner.query(
            request,
            lambda uow: delivery.projects(uow, programme, where, after, page_size + 1),
        )
        items = [
            ProjectSummary(
                compound=stored.value.compound,
                district=stored.place.district,
                street=stored.place.street,
                year=stored.value.year,
                stage=stored.value.stage,
                tender_package=stored.value.tender_package,
                missing_documents=list(stored.value.missing_documents()),
                open_hazards=len(stored.value.open_hazards()),
            )
            for stored in found[:page_size]
            if stored.place is not None
        ]
        last = found[page_size - 1].value if len(found) > page_size else None
        return ProjectPage(
            items=items,
            next_cursor=cursors.issue(query, [last.compound, last.year]) if last else None,
        )

    @get(
        "/warnings",
        operation_id="listScheduleWarnings",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Schedule warnings",
        description="Deadlines missed on the day asked, derived from the plans and projects "
        "within the caller's scope (never stored): tender not finished by 31 December of the "
        "year before, construction not started by the spring day "
        "(RENOVATION_CONSTRUCTION_START_BY), works not finished within the year, hazards past "
        "their rectification deadline. A planned compound with no project yet counts as "
        "planned. Beside them, the plan's duties broken where the programme's policy checks "
        "them (each with its detail): design before the residents' menu, units below grade or "
        "not engaged, a direct award above the limit, inspections overdue, long-term "
        "management without the elevators' mode or a maintenance fund, follow-up surveys not "
        "held. For the city, ask without a district; for a district, name it.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_warnings(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        kind: Annotated[WarningKind | None, Parameter(required=False)] = None,
        as_of: Annotated[
            datetime.date | None,
            Parameter(
                required=False,
                description="The day to judge the schedule on (default: today in China).",
            ),
        ] = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> WarningPage:
        day = as_of or today()
        start_by = request.app.state.construction_start_by
        warnings = await runner.query(
            request,
            lambda uow: delivery.warnings(uow, programme, district, kind, day, start_by),
        )
        items, next_cursor = page(
            request,
            warnings,
            f"warnings/{programme}/{district}/{kind}/{day}",
            cursor,
            page_size,
            lambda w: WarningOut(
                kind=w.kind,
                compound=w.compound,
                district=w.district,
                year=w.year,
                due=w.due,
                stage=w.stage,
                hazard=w.hazard,
                detail=w.detail,
            ),
            # Two breaches of one kind on one day (two units below grade) differ in detail.
            lambda w: (
                w.compound,
                w.year,
                w.due.isoformat(),
                w.kind.code,
                w.hazard or 0,
                zlib.crc32((w.detail or "").encode()),
            ),
        )
        totals = [
            WarningCountOut(district=c.district, kind=c.kind, count=c.count)
            for c in count_warnings(warnings)
        ]
        return WarningPage(as_of=day, totals=totals, items=items, next_cursor=next_cursor)

    @get(
        "/handovers",
        operation_id="listHandovers",
        opt=needs(core.Permission.READ_HANDOVERS),
        summary="List network handovers",
        description="Networks and facilities outside households handed to utility operators "
        "after filing. A utility operator sees those handed to it; officers those within "
        "their districts or streets.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_handovers(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        network: Annotated[Network | None, Parameter(required=False)] = None,
        year: YearFilter = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> HandoverPage:
        found = await runner.query(
            request, lambda uow: delivery.handovers(uow, programme, network, year)
        )
        handovers = [
            HandoverRow(
                compound=stored.value.compound,
                district=stored.place.district,
                year=stored.value.year,
                network=h.network,
                operator=h.operator,
                on=h.on,
                documents=list(h.documents),
            )
            for stored, h in found
            if stored.place is not None
        ]
        items, next_cursor = page(
            request,
            handovers,
            f"handovers/{programme}/{network}/{year}",
            cursor,
            page_size,
            lambda h: h,
            lambda h: (h.compound, h.year, h.network.code),
        )
        return HandoverPage(items=items, next_cursor=next_cursor)
