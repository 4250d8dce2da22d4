"""The city's assessment of its districts over the API (考核) and the reward pool it allocates
(以奖代补): measured from the works as of a day, scored with the city's weights, allocated to the
fen, and kept as decided, so a later change to the works does not move a paid reward."""

import datetime
from collections import defaultdict
from fractions import Fraction
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import etag
from renovation_api.fields import (
    Code,
    Count,
    DistrictCode,
    Money,
    Name,
    Rate,
    Year,
    optional_rate,
    rate_text,
    text,
)
from renovation_api.guards import needs, principal, require_city
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.problems import (
    FieldProblem,
    ProblemError,
    invalid_data,
    not_found,
    problem_responses,
)
from renovation_api.routes.aftercare import coverage_of
from renovation_api.routes.common import (
    CREATED,
    ETAG,
    ProgrammeCode,
    engine,
    require_programme,
    snapshot,
)
from renovation_api.routes.funding_reports import load_money
from renovation_api.routes.monthly import tracked_of
from renovation_api.routes.project_bodies import Body, to_core
from renovation_api.storage import oversight, participation, records, tables
from renovation_core.errors import FieldValueError
from renovation_core.oversight import (
    Assessment,
    Dimension,
    RewardPool,
    Weights,
    measure,
    task_volumes,
)
from renovation_core.participation import Survey
from renovation_core.validators import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    MAX_DISTRICTS,
    MAX_PROGRAMME_YEARS,
)

Share = Annotated[
    str,
    msgspec.Meta(
        max_length=15,
        pattern=r"^(0(\.[0-9]{1,6})?|1(\.0{1,6})?|[0-9]{1,7}/[1-9][0-9]{0,6})$",
        description="An exact share from 0 to 1: a decimal (at most 6 places) or a fraction "
        "(read back as a fraction in lowest terms).",
        examples=["0.25", "1/3"],
    ),
]
Points = Annotated[
    str,
    msgspec.Meta(
        max_length=10,
        pattern=r"^[0-9]{1,3}(\.[0-9]{1,6})?$",
        description="Points out of 100, exact to 6 places.",
        examples=["87.5"],
    ),
]
AssessmentYear = Annotated[
    int, Parameter(ge=EARLIEST_YEAR, le=LATEST_YEAR, description="The year assessed.")
]


class WeightsBody(Body):
    """How much each dimension counts; exactly 1 in all (thirds as "1/3")."""

    preparation: Share
    progress: Share
    acceptance: Share
    management: Share


class PoolBody(Body):
    """The reward pool in yuan, and the share of it allocated by task volume (the central
    subsidy allocates "4/5" so); the rest goes by score."""

    amount_yuan: Money
    volume_share: Share = "0"


class AssessmentIn(Body):
    """Assess ``year`` as of a day (today by default); satisfaction comes from the ratings of
    ``survey``, where one is named."""

    year: Year
    weights: WeightsBody
    pool: PoolBody
    as_of: datetime.date | None = None
    survey: Code | None = None


class FactsOut(msgspec.Struct, kw_only=True):
    """What was measured; none where there was nothing to measure."""

    tendered_on_time: Rate | None
    start_rate: Rate | None
    acceptance_pass_rate: Rate | None
    management_coverage: Rate | None
    satisfaction: Rate | None
    task_volume: Count


class ScoreOut(msgspec.Struct, kw_only=True):
    """Each dimension's points (out of 100 × its weight) and the total out of 100."""

    preparation: Points
    progress: Points
    acceptance: Points
    management: Points
    total: Points


class AllocationOut(msgspec.Struct, kw_only=True):
    by_volume_yuan: Money
    by_score_yuan: Money
    total_yuan: Money


class DistrictAssessmentOut(msgspec.Struct, kw_only=True):
    district: DistrictCode
    name: Name
    facts: FactsOut
    score: ScoreOut
    allocation: AllocationOut


class AssessmentOut(msgspec.Struct, kw_only=True):
    """The assessment as decided; ``districts`` are those the caller answers for, and the
    allocations of all the districts sum exactly to the pool."""

    year: Year
    as_of: datetime.date
    assessed_on: datetime.date
    weights: WeightsBody
    pool: PoolBody
    districts: Annotated[list[DistrictAssessmentOut], msgspec.Meta(max_length=MAX_DISTRICTS)]


class AssessmentList(msgspec.Struct, kw_only=True):
    items: Annotated[list[AssessmentOut], msgspec.Meta(max_length=MAX_PROGRAMME_YEARS)]


def _share(value: Fraction) -> str:
    return str(value)


def assessment_out(
    assessment: Assessment, names: dict[str, str], caller: core.Principal
) -> AssessmentOut:
    scores = {s.district: s for s in assessment.scores}
    allocations = {a.district: a for a in assessment.allocations}
    districts = []
    for facts in assessment.facts:
        if not caller.answers_for(facts.district):
            continue
        points = dict(scores[facts.district].dimensions)
        allocation = allocations[facts.district]
        districts.append(
            DistrictAssessmentOut(
                district=facts.district,
                name=names.get(facts.district, facts.district),
                facts=FactsOut(
                    tendered_on_time=optional_rate(facts.tendered_on_time),
                    start_rate=optional_rate(facts.start_rate),
                    acceptance_pass_rate=optional_rate(facts.acceptance_pass_rate),
                    management_coverage=optional_rate(facts.management_coverage),
                    satisfaction=optional_rate(facts.satisfaction),
                    task_volume=facts.task_volume,
                ),
                score=ScoreOut(
                    **{d.code: rate_text(100 * points[d]) for d in Dimension},
                    total=rate_text(scores[facts.district].total),
                ),
                allocation=AllocationOut(
                    by_volume_yuan=text(allocation.by_volume_yuan),
                    by_score_yuan=text(allocation.by_score_yuan),
                    total_yuan=text(allocation.total_yuan),
                ),
            )
        )
    weights = assessment.weights
    return AssessmentOut(
        year=assessment.year,
        as_of=assessment.as_of,
        assessed_on=assessment.assessed_on,
        weights=WeightsBody(**{d.code: _share(weights.of(d)) for d in Dimension}),
        pool=PoolBody(
            amount_yuan=text(assessment.pool.amount_yuan),
            volume_share=_share(assessment.pool.volume_share),
        ),
        districts=districts,
    )


def assessments_path(programme: str) -> str:
    return f"/v1/programmes/{programme}/assessments"


def _refused(path: str, message: str) -> ProblemError:
    return invalid_data([FieldProblem(path=path, message=message)])


async def _satisfaction(
    conn: AsyncConnection, programme_id: int, survey: str
) -> dict[str, Fraction]:
    """Each district's satisfaction score (out of 100) from the survey's ratings."""
    row = await participation.get_survey(conn, programme_id, survey)
    if row is None:
        raise _refused("$.survey", f"the programme has no survey {survey!r}")
    found = records.record_of(row, Survey)
    by_district: dict[str, list[core.participation.Response]] = defaultdict(list)
    for district, _, response in await participation.responses(conn, row.id):
        by_district[district].append(response)
    measured = {d: found.results(r).satisfaction for d, r in by_district.items()}
    return {d: points for d, points in measured.items() if points is not None}


async def assess(
    request: Request[Any, Any, Any], programme: str, data: AssessmentIn, day: datetime.date
) -> tuple[core.Programme, Assessment]:
    """The assessment ``data`` asks for, measured from the works as of its day, every fact
    read in one snapshot."""
    as_of = data.as_of or day
    # The only rule Weights can break through this body is their sum, which the core names
    # "weights": at the root it lands on $.weights.
    weights = to_core(data.weights, Weights)
    pool = to_core(data.pool, RewardPool, "$.pool")
    async with snapshot(request).connect() as conn:
        programme_row, found = await require_programme(request, conn, programme)
        volume = task_volumes(found.annual_targets, data.year)
        satisfaction = (
            await _satisfaction(conn, programme_row.id, data.survey) if data.survey else {}
        )
        loaded = await load_money(request, programme, conn)
        coverage = await coverage_of(request, conn, programme, loaded, as_of)
    shares = {row.district: row.share for row in coverage}
    tracked = tracked_of(loaded[1])
    facts = [
        measure(
            tracked,
            district.code,
            data.year,
            as_of,
            task_volume=volume.get(district.code, 0),
            management_coverage=shares[district.code],
            satisfaction_points=satisfaction.get(district.code),
        )
        for district in found.districts
    ]
    try:
        made = Assessment(
            year=data.year,
            as_of=as_of,
            assessed_on=day,
            weights=weights,
            pool=pool,
            facts=tuple(facts),
        )
    except FieldValueError as error:
        # What can fail here is the day, or a year with nothing to allocate by.
        raise _refused("$.as_of" if error.field == "as_of" else "$.year", error.message) from None
    return found, made


async def read_assessment(
    request: Request[Any, Any, Any], programme: str, year: int
) -> tuple[str, AssessmentOut]:
    """The year's assessment as the caller sees it, and its revision; 404 if none was made."""
    async with snapshot(request).connect() as conn:
        programme_row, found = await require_programme(request, conn, programme)
        row = await oversight.get_assessment(conn, programme_row.id, year)
    if row is None:
        raise not_found(f"the {year} assessment")
    names = {d.code: d.name for d in found.districts}
    made = records.record_of(row, Assessment)
    return row.revision, assessment_out(made, names, principal(request))


class AssessmentController(Controller):
    path = "/v1/programmes/{programme:str}/assessments"
    tags = ("oversight",)

    @post(
        "/",
        operation_id="createAssessment",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Assess the districts for a year and allocate the reward pool",
        description="The city measures each district's year as of a day (tendered by the 31 "
        "December before, start rate, first-time acceptance pass rate, management coverage and, "
        "where a survey is named, satisfaction), scores it with its weights (summing to "
        "exactly 1) and allocates the pool: its volume share by the compounds each district "
        "was set, the rest by score, in fen by largest remainder, so the allocations sum "
        "exactly to the pool. One per year; kept as decided. Honours Idempotency-Key.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def create(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        data: JSONBody[AssessmentIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[AssessmentOut]:
        require_city(request, "assesses its districts")
        day = today()
        found, assessment = await assess(request, programme, data, day)
        names = {d.code: d.name for d in found.districts}

        async def write(conn: AsyncConnection) -> Any:
            programme_row, _ = await require_programme(request, conn, programme)
            if await oversight.get_assessment(conn, programme_row.id, data.year):
                raise ProblemError(
                    409,
                    "assessment-exists",
                    "The assessment exists",
                    f"the {data.year} assessment has been made",
                )
            _, revision = await oversight.insert_record(
                conn,
                tables.assessments,
                programme_id=programme_row.id,
                year=data.year,
                record=assessment,
            )
            result = assessment_out(assessment, names, principal(request))
            location = f"{assessments_path(programme)}/{data.year}"
            await auditing.record(conn, request, "create", location, after=result)
            return encoded(201, result, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

    @get(
        "/",
        operation_id="listAssessments",
        opt=needs(core.Permission.READ_REGISTER),
        summary="List the assessments",
        description="Every year's assessment, with the districts the caller answers for.",
        responses=problem_responses(400, 404, 403),
    )
    async def list_assessments(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode
    ) -> AssessmentList:
        async with snapshot(request).connect() as conn:
            programme_row, found = await require_programme(request, conn, programme)
            made = await oversight.assessments(conn, programme_row.id)
        names = {d.code: d.name for d in found.districts}
        return AssessmentList(items=[assessment_out(a, names, principal(request)) for a in made])

    @get(
        "/{year:int}",
        operation_id="getAssessment",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a year's assessment",
        description="The facts, scores and allocations as decided, for the districts the "
        "caller answers for.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_assessment(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, year: AssessmentYear
    ) -> Response[AssessmentOut]:
        revision, made = await read_assessment(request, programme, year)
        return Response(made, headers={"ETag": etag(revision)})
