"""The compound register: create, read, update and delete compounds; list them by priority."""

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec
from litestar import Controller, Request, Response, delete, get, post, put
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.etags import changed, check_if_match, etag
from renovation_api.fields import Area, Code, DistrictCode, Label, LocalCode, Name, Year, text
from renovation_api.guards import check_within, needs, outside_scope, principal, visible
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
    CompoundCode,
    CursorParam,
    DistrictFilter,
    IfMatch,
    LocalFilter,
    PageSize,
    ProgrammeCode,
    YearFilter,
    engine,
    reader,
    require_programme,
    tokens,
)
from renovation_api.storage import mapping, participation, register
from renovation_core.validators import (
    MAX_BUILDINGS,
    MAX_HOUSEHOLDS,
)


class ConditionIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A condition assessment on the three grounds for urgency (先急后缓)."""

    infrastructure: core.Severity
    management: core.Severity
    safety: core.Severity
    assessed_on: datetime.date | None = None


class CompoundFields(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A compound's facts, as recorded in the inventory."""

    name: Name
    district: DistrictCode
    street: LocalCode
    built_year: Year
    buildings: Annotated[int, msgspec.Meta(ge=1, le=MAX_BUILDINGS)]
    households: Annotated[int, msgspec.Meta(ge=1, le=MAX_HOUSEHOLDS)]
    floor_area_m2: Area
    property_type: core.PropertyType
    community: LocalCode | None = None
    original_property_unit: Name | None = None
    previously_renovated_in: Year | None = None
    condition: ConditionIn | None = None


class CompoundIn(CompoundFields, kw_only=True, forbid_unknown_fields=True):
    """A new compound: its facts and the code it will be known by."""

    code: Code


class PriorityOut(msgspec.Struct, kw_only=True):
    level: core.PriorityLevel
    level_label: Label
    score: Annotated[int, msgspec.Meta(ge=0, le=9)]


class EligibilityOut(msgspec.Struct, kw_only=True):
    eligible: bool
    first_year_required: bool
    reasons: Annotated[list[core.Ineligibility], msgspec.Meta(max_length=len(core.Ineligibility))]


class CompoundOut(msgspec.Struct, kw_only=True):
    """A compound with the core's verdicts on it."""

    code: Code
    name: Name
    district: DistrictCode
    street: LocalCode
    community: LocalCode | None
    built_year: Year
    buildings: Annotated[int, msgspec.Meta(ge=1, le=MAX_BUILDINGS)]
    households: Annotated[int, msgspec.Meta(ge=1, le=MAX_HOUSEHOLDS)]
    floor_area_m2: Area
    property_type: core.PropertyType
    property_type_label: Label
    original_property_unit: Name | None
    previously_renovated_in: Year | None
    condition: ConditionIn | None
    eligibility: EligibilityOut
    priority: PriorityOut | None


class CompoundPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[CompoundOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


def to_compound(code: str, fields: CompoundFields, prefix: str = "$") -> core.Compound:
    """Build the domain compound; its invariants answer as 422 with field paths."""
    condition = fields.condition
    try:
        return core.Compound(
            code=code,
            name=fields.name,
            district=fields.district,
            street=fields.street,
            community=fields.community,
            built_year=fields.built_year,
            buildings=fields.buildings,
            households=fields.households,
            floor_area_m2=Decimal(fields.floor_area_m2),
            property_type=fields.property_type,
            original_property_unit=fields.original_property_unit,
            previously_renovated_in=fields.previously_renovated_in,
            condition=None
            if condition is None
            else core.ConditionAssessment(
                infrastructure=condition.infrastructure,
                management=condition.management,
                safety=condition.safety,
                assessed_on=condition.assessed_on,
            ),
        )
    except core.errors.FieldValueError as error:
        raise invalid_data(
            [FieldProblem(path=f"{prefix}.{error.field}", message=error.message)]
        ) from None


def check_references(programme: core.Programme, compound: core.Compound) -> None:
    errors = [
        FieldProblem(path=f"$.{e.path}", message=e.message)
        for e in core.compound_reference_errors(programme, compound)
    ]
    if errors:
        raise invalid_data(errors)


def compound_out(row: Mapping[Any, Any]) -> CompoundOut:
    """The response for a stored compound, from its columns: the core's verdicts were computed
    when it was written, so reading it runs no rule again."""
    kind = core.PropertyType.from_code(row["property_type"])
    level = row["priority_level"]
    return CompoundOut(
        code=row["code"],
        name=row["name"],
        district=row["district_code"],
        street=row["street_code"],
        community=row["community_code"],
        built_year=row["built_year"],
        buildings=row["buildings"],
        households=row["households"],
        floor_area_m2=text(mapping.from_hundredths(row["floor_area_centi"])),
        property_type=kind,
        property_type_label=kind.label,
        original_property_unit=row["original_property_unit"],
        previously_renovated_in=row["previously_renovated_in"],
        condition=None
        if row["infrastructure"] is None
        else ConditionIn(
            infrastructure=core.Severity.from_code(row["infrastructure"]),
            management=core.Severity.from_code(row["management"]),
            safety=core.Severity.from_code(row["safety"]),
            assessed_on=row["assessed_on"],
        ),
        eligibility=EligibilityOut(
            eligible=bool(row["eligible"]),
            first_year_required=bool(row["first_year_required"]),
            reasons=[core.Ineligibility.from_code(c) for c in row["ineligibility"].split(",") if c],
        ),
        priority=None
        if level is None
        else PriorityOut(
            level=(priority_level := core.PriorityLevel.from_code(level)),
            level_label=priority_level.label,
            score=row["priority_score"],
        ),
    )


def compound_path(programme: str, code: str) -> str:
    return f"/v1/programmes/{programme}/compounds/{code}"


async def require_compound(
    request: Request[Any, Any, Any],
    conn: AsyncConnection,
    programme_id: int,
    programme: str,
    code: str,
) -> Any:
    """The compound's row; 404 if there is none or it is outside the caller's scope."""
    row = await register.get_compound(conn, programme_id, code)
    if row is None or not visible(request, row.district_code, row.street_code):
        raise not_found(f"compound {code!r} of programme {programme!r}")
    return row


class CompoundController(Controller):
    path = "/v1/programmes/{programme:str}/compounds"
    tags = ("compounds",)

    @get(
        "/",
        operation_id="listCompounds",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List compounds",
        description="The register, filtered and sorted by code or by priority (先急后缓: most "
        "urgent first, then oldest).",
        responses=problem_responses(400, 404, 403),
    )
    async def list_compounds(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        street: LocalFilter = None,
        community: LocalFilter = None,
        built_year_min: YearFilter = None,
        built_year_max: YearFilter = None,
        eligible: Annotated[bool | None, Parameter(required=False)] = None,
        priority: Annotated[core.PriorityLevel | None, Parameter(required=False)] = None,
        sort: Annotated[
            Literal["code", "priority"], Parameter(required=False, description="Order of the list.")
        ] = "code",
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> CompoundPage:
        where = register.CompoundFilter(
            district=district,
            street=street,
            community=community,
            built_year_min=built_year_min,
            built_year_max=built_year_max,
            eligible=eligible,
            priority=priority.code if priority else None,
        )
        query = f"compounds/{programme}/{sort}/{where!r}"
        cursors = tokens(request)
        after = cursors.position(cursor, query)
        async with reader(request).connect() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            rows = await register.list_compounds(
                conn, programme_row.id, where, principal(request), sort, after, page_size + 1
            )
        items = [compound_out(row._mapping) for row in rows[:page_size]]
        more = len(rows) > page_size
        return CompoundPage(
            items=items,
            next_cursor=cursors.issue(query, register.sort_key(rows[page_size - 1], sort))
            if more
            else None,
        )

    @post(
        "/",
        operation_id="createCompound",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Add a compound to the register",
        description="Records a compound; the core judges its eligibility and priority.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def create_compound(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[CompoundIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[CompoundOut]:
        compound = to_compound(data.code, data)

        async def write(conn: AsyncConnection) -> Any:
            row, found = await require_programme(request, conn, programme)
            check_references(found, compound)
            check_within(request, compound.district, compound.street)
            taken = await register.get_compound(conn, row.id, compound.code)
            if taken is not None and not visible(request, taken.district_code, taken.street_code):
                raise outside_scope(
                    f"compound code {compound.code!r} is outside your scope: choose another",
                    "$.code",
                )
            if taken is not None:
                raise ProblemError(
                    409,
                    "duplicate",
                    "Already exists",
                    f"compound code {compound.code!r} is already in the register",
                    [FieldProblem(path="$.code", message="already in the register")],
                )
            values = mapping.compound_values(found, compound)
            [revision] = await register.insert_compounds(conn, row.id, [values])
            created = compound_out(values)
            location = compound_path(programme, compound.code)
            await auditing.record(conn, request, "create", location, after=created)
            return encoded(201, created, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

    @get(
        "/{code:str}",
        operation_id="getCompound",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a compound",
        description="One compound with its eligibility and priority; the ETag guards updates.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_compound(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[CompoundOut]:
        async with reader(request).connect() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            row = await require_compound(request, conn, programme_row.id, programme, code)
        return Response(
            compound_out(row._mapping),
            headers={"ETag": etag(row.revision)},
        )

    @put(
        "/{code:str}",
        operation_id="replaceCompound",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Update a compound",
        description="Replaces the compound's facts (its code stays). Send If-Match with the "
        "ETag you read to be sure nobody changed it in between.",
        responses=problem_responses(400, 404, 412, 415, 422, 403),
    )
    async def replace_compound(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[CompoundFields],
        if_match: IfMatch = None,
    ) -> Response[CompoundOut]:
        compound = to_compound(code, data)
        async with engine(request).begin() as conn:
            row, found = await require_programme(request, conn, programme)
            current = await require_compound(request, conn, row.id, programme, code)
            check_if_match(if_match, etag(current.revision))
            check_references(found, compound)
            check_within(request, compound.district, compound.street)
            values = mapping.compound_values(found, compound)
            revision = await register.update_compound(conn, current.id, current.revision, values)
            if revision is None:
                raise changed()  # someone wrote between our read and this write
            replaced = compound_out(values)
            await auditing.record(
                conn,
                request,
                "replace",
                compound_path(programme, code),
                before=compound_out(current._mapping),
                after=replaced,
            )
        return Response(replaced, headers={"ETag": etag(revision)})

    @delete(
        "/{code:str}",
        operation_id="deleteCompound",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Remove a compound from the register",
        description="Only a compound without a plan can be removed: delete its plan first.",
        responses=problem_responses(400, 404, 409, 412, 403),
    )
    async def delete_compound(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        if_match: IfMatch = None,
    ) -> None:
        async with engine(request).begin() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            current = await require_compound(request, conn, programme_row.id, programme, code)
            check_if_match(if_match, etag(current.revision))
            if await register.get_plan(conn, current.id) is not None:
                raise ProblemError(
                    409,
                    "has-plan",
                    "The compound has a plan",
                    f"compound {code!r} has a renovation plan; delete the plan first",
                )
            kept = await participation.kept_records(conn, current.id)
            if kept:
                raise ProblemError(
                    409,
                    "has-decisions",
                    "The compound has residents' decisions on record",
                    f"compound {code!r} has {', '.join(kept)}, which are kept as records",
                )
            if not await register.delete_compound(conn, current.id, current.revision):
                raise changed()
            await auditing.record(
                conn,
                request,
                "delete",
                compound_path(programme, code),
                before=compound_out(current._mapping),
            )
