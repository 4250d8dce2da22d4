"""The Litestar application: routes, conventions and the database, from settings."""

import dataclasses
import gc
import re
from importlib.metadata import version
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
import sqlalchemy as sa
from litestar import Litestar, Request, Response, Router, get
from litestar.config.compression import CompressionConfig
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.openapi.config import OpenAPIConfig
from litestar.openapi.spec import Contact, License, Server, Tag
from litestar.static_files import create_static_files_router

import renovation_core as core
from renovation_api import proposal_jobs, scratch
from renovation_api.bodies import strict_body
from renovation_api.contract import ContractJson, ContractSwagger, contract
from renovation_api.credentials import KEY_HEADER, Authenticator
from renovation_api.guards import authorise, needs
from renovation_api.headers import REQUEST_ID, add_response_headers
from renovation_api.limits import LocalCounts, RateLimiter, RedisCounts, add_quota_headers
from renovation_api.pagination import Cursors
from renovation_api.problems import (
    BUSY_RETRY_SECONDS,
    EXCEPTION_HANDLERS,
    ProblemError,
    log,
    problem_responses,
)
from renovation_api.routes.aftercare import AftercareController, CoverageController
from renovation_api.routes.assessments import AssessmentController
from renovation_api.routes.audit import AuditController
from renovation_api.routes.compounds import CompoundController
from renovation_api.routes.contracts import ContractController
from renovation_api.routes.delivery import DeliveryController
from renovation_api.routes.demonstrations import DemonstrationController, NominationController
from renovation_api.routes.events import EventController
from renovation_api.routes.exports import ExportController
from renovation_api.routes.funding import FundingController
from renovation_api.routes.funding_reports import FundingReportController
from renovation_api.routes.imports import ImportController
from renovation_api.routes.menus import MenuController
from renovation_api.routes.monthly import MonthlyReportController
from renovation_api.routes.pairings import PairingController
from renovation_api.routes.participation import ParticipationController
from renovation_api.routes.plans import PlanController
from renovation_api.routes.programmes import ProgrammeController
from renovation_api.routes.projects import ProjectController
from renovation_api.routes.proposals import ProposalController
from renovation_api.routes.regions import DeclarationController, RegionController
from renovation_api.routes.reports import ReportController
from renovation_api.routes.statistics import StatisticsController
from renovation_api.routes.surveys import SurveyController
from renovation_api.routes.tenders import TenderController
from renovation_api.routes.vocabularies import VocabularyController
from renovation_api.routes.webhooks import WebhookController
from renovation_api.routes.workbooks import OversightWorkbookController
from renovation_api.settings import Settings
from renovation_api.sheets import Limits
from renovation_api.storage import instance
from renovation_api.storage.engine import open_database
from renovation_api.storage.programmes import ProgrammeCache
from renovation_api.webhooks.delivery import embedded_worker
from renovation_api.webhooks.secrets import Vault

_TYPED_PARAM = re.compile(r":\w+}")
STATIC = Path(__file__).parent / "static"
SWAGGER = "/static/swagger-ui"

TAGS = [
    Tag(name="programmes", description="Programmes, their geography, catalogue and targets."),
    Tag(name="compounds", description="The compound register (小区)."),
    Tag(name="plans", description="Each compound's one renovation plan (一小区一方案)."),
    Tag(
        name="projects",
        description="Delivering each compound's renovation: projects, tender packages, "
        "schedule warnings and handovers (§4 of the plan).",
    ),
    Tag(
        name="funding",
        description="Who pays for what (资金保障): funding plans, the district bureaus' budget "
        "review, the disbursement ledger, supervision flags and funding reports (§5).",
    ),
    Tag(
        name="participation",
        description="Residents decide (§6): households, the renovation committee, the menu "
        "residents order from, owners' consent votes by the Civil Code (art. 278) and "
        "satisfaction surveys.",
    ),
    Tag(
        name="planning",
        description="The plan drawn up again (科学编制): a solver schedules the compounds into "
        "years under the published budgets and targets, urgency first, beside the plan as it "
        "stands.",
    ),
    Tag(
        name="oversight",
        description="How the city steers its districts and keeps renovated compounds from "
        "decaying again (§4, §6): monthly progress reports due by the 25th and rolled up to "
        "the city; aftercare (management modes, elevators, maintenance funds) and its coverage.",
    ),
    Tag(name="reports", description="Coverage, target vs actual, summary and consistency."),
    Tag(
        name="regions",
        description="The reporting chain above the city (统计调查): provinces and their "
        "cities, figures a region declares where it keeps no records here, and the survey's "
        "figures rolled up from district to nation.",
    ),
    Tag(name="vocabularies", description="Codes and their zh-CN labels."),
    Tag(name="audit", description="The audit log of every write (审计日志)."),
    Tag(
        name="webhooks",
        description="Signed deliveries of the feed's events to an integrating system's URL, "
        "with retries and a delivery log (Standard Webhooks).",
    ),
    Tag(
        name="events",
        description="The feed of domain events: what changed, for the systems around the "
        "programme (finance, utilities, statistics) to follow without polling every list.",
    ),
    Tag(name="service", description="The service itself."),
]


class Health(msgspec.Struct, kw_only=True):
    status: Literal["ok"]


Link = Annotated[str, msgspec.Meta(max_length=64, pattern="^/[a-z0-9/._-]*$")]


class Index(msgspec.Struct, kw_only=True):
    """Where to go from the root: the interactive docs, the contract, the first reads."""

    name: Literal["renovation"]
    version: Annotated[str, msgspec.Meta(max_length=32, pattern=r"^[0-9A-Za-z.+-]+$")]
    docs: Link
    openapi: Link
    health: Link
    programmes: Link


@get(
    "/",
    operation_id="getIndex",
    opt=needs(core.Permission.READ_PUBLISHED),
    summary="Where to start",
    description="The interactive API docs, the OpenAPI contract, the health check and the "
    "programmes: where a newcomer (or a tool given only the server's address) starts.",
    tags=["service"],
    responses=problem_responses(400),
)
async def index() -> Index:
    return Index(
        name="renovation",
        version=version("renovation"),
        docs="/docs",
        openapi="/docs/openapi.json",
        health="/health",
        programmes="/v1/programmes",
    )


@get(
    "/health",
    operation_id="getHealth",
    opt=needs(core.Permission.READ_PUBLISHED),
    summary="Health check",
    description="200 when the service can reach its database, 503 when it cannot: what a load "
    "balancer asks before sending a worker requests.",
    tags=["service"],
    responses=problem_responses(503),
)
async def health(state: State) -> Health:
    try:
        async with state.database.reader.connect() as conn:
            await conn.execute(sa.text("SELECT 1"))
    except (sa.exc.SQLAlchemyError, OSError) as error:
        log.warning("health check: database unreachable: %s", error)
        raise ProblemError(
            503,
            "unavailable",
            "Service unavailable",
            "the database does not answer",
            headers={"Retry-After": str(BUSY_RETRY_SECONDS)},
        ) from error
    return Health(status="ok")


async def before_request(request: Request[Any, Any, Any]) -> Response[None] | None:
    """Answer OPTIONS with every method of the path (Litestar's own answer can list only some
    when a controller declares several handlers on one path), and hold bodies to the schema."""
    if request.method == "OPTIONS":
        template = request.scope.get("path_template")
        methods = next(
            (r.methods for r in request.app.routes if _TYPED_PARAM.sub("}", r.path) == template),
            {"OPTIONS"},
        )
        return Response(None, status_code=204, headers={"Allow": ", ".join(sorted(methods))})
    await strict_body(request)
    return None


@dataclasses.dataclass
class Audience(Server):
    """A server with the audience it is meant for, which API inventories record (OWASP API9)."""

    internal: bool = dataclasses.field(default=False, metadata={"alias": "x-internal"})


def openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="renovation",
        version=version("renovation"),
        description="System of record for a city's old residential compound renovation "
        "programme (城镇老旧小区改造). Errors are RFC 9457 problems; collections are "
        "paginated with opaque cursors; single resources carry ETags; POST honours "
        "Idempotency-Key. Money is a decimal string of yuan, areas of m².",
        tags=TAGS,
        license=License(name="Apache-2.0", identifier="Apache-2.0"),
        contact=Contact(name="The renovation office that runs this deployment"),
        servers=[
            Audience(
                url="/",
                description="The deployment that serves this document (production for a city "
                "office, local for a developer): city offices and neighbouring government systems; "
                "published aggregates are open to the public.",
            )
        ],
        path="/docs",
        openapi_router=Router(
            "/docs",
            route_handlers=[],
            include_in_schema=False,
            opt=needs(core.Permission.READ_PUBLISHED),
        ),
        render_plugins=[
            ContractSwagger(
                path="/",
                js_url=f"{SWAGGER}/swagger-ui-bundle.js",
                css_url=f"{SWAGGER}/swagger-ui.css",
                standalone_preset_js_url=f"{SWAGGER}/swagger-ui-standalone-preset.js",
                favicon=f"<link rel='icon' type='image/png' href='{SWAGGER}/favicon-32x32.png'>",
            ),
            ContractJson(),
        ],
    )


def cors_config(settings: Settings) -> CORSConfig | None:
    """Closed unless the deployment names the web origins that may call it from a browser."""
    if not settings.cors_origins:
        return None
    return CORSConfig(
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
        allow_headers=[
            "Content-Type",
            "If-Match",
            "Idempotency-Key",
            REQUEST_ID,
            KEY_HEADER,
            "Authorization",
        ],
        expose_headers=[
            "ETag",
            "Location",
            "Idempotent-Replayed",
            REQUEST_ID,
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
            "Retry-After",
        ],
        max_age=600,
    )


def create_app(settings: Settings | None = None) -> Litestar:
    """The app for ``settings`` (from the environment by default). The database must already
    be migrated: ``renovation db upgrade`` or ``renovation serve`` does it."""
    settings = settings or Settings.from_env()

    async def connect(app: Litestar) -> None:
        # What startup opens is what app.state.settings names then: an app may be started on
        # one database after another (the tests do; building an app takes a third of a second).
        settings = app.state.settings
        app.state.database = open_database(settings)
        app.state.programmes = ProgrammeCache()
        app.state.cursors = Cursors(
            (await instance.secret(app.state.database.writer, "cursor_key")).encode()
        )
        app.state.limiter = RateLimiter(
            settings.rate_limit_per_minute,
            settings.auth_failures_per_minute,
            RedisCounts(settings.redis_url, settings.redis_prefix)
            if settings.redis_url
            else LocalCounts(),
        )
        app.state.authenticator = Authenticator(
            app.state.database.reader,
            settings.bearer,
            settings.key_cache_seconds,
            app.state.limiter,
        )
        app.state.trusted_proxies = settings.trusted_proxies
        app.state.vault = Vault(settings.webhooks, settings.database_url)
        app.state.deliveries = embedded_worker(app.state.database, settings)
        app.state.construction_start_by = settings.construction_start_by
        app.state.import_max_bytes = settings.import_max_bytes
        app.state.proposal_max_seconds = settings.proposal_max_seconds
        app.state.import_limits = Limits(rows=settings.import_max_rows)

    async def disconnect(app: Litestar) -> None:
        proposal_jobs.stop_all()  # a solve would hold the worker's end for its time limit
        if app.state.deliveries is not None:
            await app.state.deliveries.stop()
        await app.state.limiter.counts.close()
        await app.state.database.dispose()

    return Litestar(
        route_handlers=[
            ProgrammeController,
            CompoundController,
            ImportController,
            ExportController,
            PlanController,
            ProjectController,
            TenderController,
            DeliveryController,
            FundingController,
            FundingReportController,
            ParticipationController,
            ProposalController,
            MenuController,
            SurveyController,
            MonthlyReportController,
            StatisticsController,
            RegionController,
            DeclarationController,
            AftercareController,
            CoverageController,
            ContractController,
            PairingController,
            AssessmentController,
            NominationController,
            DemonstrationController,
            ReportController,
            OversightWorkbookController,
            VocabularyController,
            AuditController,
            EventController,
            WebhookController,
            index,
            health,
            create_static_files_router(
                path="/static",
                directories=[STATIC],
                include_in_schema=False,
                opt=needs(core.Permission.READ_PUBLISHED),
            ),
        ],
        state=State({"settings": settings}),
        on_startup=[connect],
        on_shutdown=[disconnect],
        before_request=before_request,
        guards=[authorise],
        before_send=[add_response_headers, add_quota_headers],
        cors_config=cors_config(settings),
        # The docs page and its assets (Swagger UI, the contract) are text a browser fetches
        # whole: gzip takes them from about 2 MB to a fifth. API answers are left as they are.
        compression_config=CompressionConfig(backend="gzip", exclude=["^/v1/", "^/health$"]),
        exception_handlers=EXCEPTION_HANDLERS,
        openapi_config=openapi_config(),
        request_max_body_size=settings.max_body_bytes,
        debug=settings.debug,
    )


def app_from_env() -> Litestar:
    """Factory for ASGI servers (``uvicorn --factory renovation_api.app:app_from_env``).

    Claims the process's scratch directory (removing those of ended workers), builds the
    contract before the first caller asks for it, and freezes what is alive once the app is
    built, so the collector stops rescanning it: p99 latency on database routes drops
    several-fold (see performance notes in the README).
    """
    scratch.claim()
    app = create_app()
    contract(app)
    gc.collect()
    gc.freeze()
    return app
