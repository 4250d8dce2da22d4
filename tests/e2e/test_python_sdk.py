"""The Python SDK, generated from the committed spec, drives a real server through one story:
the way a neighbouring city system would integrate."""

import datetime
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from renovation_client import AuthenticatedClient, Client
from renovation_client.api.audit import list_audit_events
from renovation_client.api.compounds import create_compound, list_compounds, replace_compound
from renovation_client.api.plans import create_plan
from renovation_client.api.programmes import list_districts
from renovation_client.api.projects import (
    advance_project,
    create_project,
    get_project_oc_4_ids,
    list_schedule_warnings,
)
from renovation_client.api.reports import get_coverage
from renovation_client.models import (
    CompoundFields,
    CompoundIn,
    CompoundOut,
    ConditionIn,
    DocumentKind,
    PlanIn,
    Problem,
    ProjectIn,
    ProjectOut,
    PropertyType,
    Severity,
    Stage,
    TransitionIn,
    WarningKind,
    WarningPage,
)

from tests.api.delivery_steps import CODE, NEW_PROJECT
from tests.conftest import Databases
from tests.live_server import live_server

WUHAI = "wuhai-2022-2024"


@pytest.fixture(scope="module")
def server(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with live_server(databases.new(), tmp_path_factory.mktemp("sdk")) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def client(server: str, databases: Databases) -> Iterator[AuthenticatedClient]:
    """The SDK as an integrating system: its API key goes in X-API-Key."""
    key = databases.keys["city_admin"]
    with AuthenticatedClient(
        base_url=server, token=key, auth_header_name="X-API-Key", prefix=""
    ) as sdk:
        yield sdk


def _haibowan_enhancement(client: AuthenticatedClient) -> tuple[int, int]:
    report = get_coverage.sync(programme=WUHAI, client=client)
    assert report is not None
    assert not isinstance(report, Problem)
    row = next(
        r for r in report.rows if r.category.value == "enhancement" and r.district == "150302"
    )
    return row.covered, row.in_scope


def _register_size(client: AuthenticatedClient) -> int:
    page = list_compounds.sync(programme=WUHAI, client=client, page_size=500)
    assert page is not None
    assert not isinstance(page, Problem)
    return len(page.items)


def test_an_integration_story(client: AuthenticatedClient, server: str) -> None:
    with Client(base_url=server) as anonymous:
        # What is published needs no credential; the register does.
        districts = list_districts.sync(programme=WUHAI, client=anonymous)
        # The SDK asks for an AuthenticatedClient there; a bare request shows why.
        locked = anonymous.get_httpx_client().get(f"/v1/programmes/{WUHAI}/compounds")
    assert locked.status_code == 401
    assert Problem.from_dict(locked.json()).type_ == "urn:renovation:problem:unauthenticated"
    assert districts is not None
    assert not isinstance(districts, Problem)
    assert [d.name for d in districts.items] == ["海勃湾区", "乌达区", "海南区"]
    haibowan = districts.items[0]

    covered, in_scope = _haibowan_enhancement(client)
    facts: dict[str, Any] = {
        "name": "SDK测试小区",
        "district": haibowan.code,
        "street": "150302002000",
        "built_year": 1999,
        "buildings": 4,
        "households": 160,
        "floor_area_m2": "14400.50",
        "property_type": PropertyType.REFORMED,
        "condition": ConditionIn(
            infrastructure=Severity.POOR, management=Severity.FAIR, safety=Severity.POOR
        ),
    }
    key = str(uuid.uuid4())
    created = create_compound.sync_detailed(
        programme=WUHAI, client=client, body=CompoundIn(code="SDK-1", **facts), idempotency_key=key
    )
    assert created.status_code == 201
    assert isinstance(created.parsed, CompoundOut)
    assert created.parsed.eligibility.first_year_required
    size = _register_size(client)

    retried = create_compound.sync_detailed(
        programme=WUHAI, client=client, body=CompoundIn(code="SDK-1", **facts), idempotency_key=key
    )
    assert retried.status_code == 201
    assert retried.headers["idempotent-replayed"] == "true"
    assert _register_size(client) == size  # no duplicate

    planned = create_plan.sync_detailed(
        programme=WUHAI,
        code="SDK-1",
        client=client,
        body=PlanIn(
            year=2022,
            items=["water_supply", "heating", "elderly_care"],
            investment_yuan="2100000.00",
        ),
    )
    assert planned.status_code == 201
    assert _haibowan_enhancement(client) == (covered + 1, in_scope + 1)

    first_etag = created.headers["etag"]
    updated = replace_compound.sync_detailed(
        programme=WUHAI,
        code="SDK-1",
        client=client,
        body=CompoundFields(**{**facts, "households": 170}),
        if_match=first_etag,
    )
    assert updated.status_code == 200
    stale = replace_compound.sync_detailed(
        programme=WUHAI,
        code="SDK-1",
        client=client,
        body=CompoundFields(**{**facts, "households": 180}),
        if_match=first_etag,
    )
    assert stale.status_code == 412
    assert isinstance(stale.parsed, Problem)
    assert stale.parsed.type_ == "urn:renovation:problem:precondition-failed"

    refused = create_compound.sync_detailed(
        programme=WUHAI,
        client=client,
        body=CompoundIn(code="SDK-2", **{**facts, "district": "150399"}),
    )
    assert refused.status_code == 422
    assert isinstance(refused.parsed, Problem)
    assert refused.parsed.errors
    assert refused.parsed.errors[0].path == "$.district"

    log = list_audit_events.sync(client=client, resource=f"/v1/programmes/{WUHAI}/compounds/SDK-1")
    assert not isinstance(log, Problem)
    assert log is not None
    assert [e.action.value for e in log.items] == ["create", "create", "replace"]
    assert log.items[0].request_id == created.headers["x-request-id"]


def test_a_project_through_the_sdk(client: AuthenticatedClient) -> None:
    body = ProjectIn.from_dict(NEW_PROJECT)
    created = create_project.sync_detailed(programme=WUHAI, code=CODE, client=client, body=body)
    assert created.status_code == 201
    assert isinstance(created.parsed, ProjectOut)
    assert created.parsed.stage == Stage.PLANNED
    assert created.parsed.required_documents == [
        DocumentKind.EXISTING_LAND_DOCUMENTS,
        DocumentKind.DESIGN_APPROVAL,
        DocumentKind.COMMITMENT_NOTICE,
    ]

    early = advance_project.sync_detailed(
        programme=WUHAI,
        code=CODE,
        year=2022,
        client=client,
        body=TransitionIn(to=Stage.UNDER_CONSTRUCTION, on=datetime.date(2021, 12, 1)),
    )
    assert early.status_code == 409
    assert isinstance(early.parsed, Problem)
    assert early.parsed.type_ == "urn:renovation:problem:illegal-transition"
    assert early.parsed.allowed == ["consulting", "suspended", "cancelled"]

    warnings = list_schedule_warnings.sync(
        programme=WUHAI, client=client, as_of=datetime.date(2022, 5, 1), district="150302"
    )
    assert isinstance(warnings, WarningPage)
    late = {t.district: t.count for t in warnings.totals if t.kind == WarningKind.TENDER_LATE}
    assert late["150302"] == late[None] >= 47  # Haibowan's 2022 plans (and any added since)

    record = get_project_oc_4_ids.sync(programme=WUHAI, code=CODE, year=2022, client=client)
    assert record is not None
    assert not isinstance(record, Problem)
    assert record["status"] == "identification"
    assert record["budget"]["amount"] == {"amount": 5932991.0, "currency": "CNY"}
