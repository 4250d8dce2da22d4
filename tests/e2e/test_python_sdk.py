"""The Python SDK, generated from the committed spec, drives a real server through one story:
the way a neighbouring city system would integrate."""

import contextlib
import datetime
import io
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from renovation_client import AuthenticatedClient, Client
from renovation_client.api.audit import list_audit_events
from renovation_client.api.compounds import create_compound, list_compounds, replace_compound
from renovation_client.api.funding import (
    export_funding_report,
    get_funding,
    get_funding_report,
    post_payment,
    review_funding,
    submit_funding,
)
from renovation_client.api.participation import (
    create_survey,
    get_survey_results,
    publish_survey,
    record_survey_response,
    replace_households,
)
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
    AnswerBody,
    Bureau,
    ClosureIn,
    CompoundFields,
    CompoundIn,
    CompoundOut,
    ConditionIn,
    DocumentKind,
    EntryOut,
    FundingOut,
    FundingStatus,
    HouseholdBody,
    HouseholdsIn,
    PaymentIn,
    PlanIn,
    Problem,
    ProjectIn,
    ProjectOut,
    PropertyType,
    QuestionBody,
    QuestionKind,
    ResponseIn,
    ResponseReceipt,
    ResultsOut,
    ReviewIn,
    Severity,
    Stage,
    SubmissionIn,
    SurveyIn,
    SurveyOut,
    TransitionIn,
    Verdict,
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


def test_funding_through_the_sdk(
    client: AuthenticatedClient, server: str, databases: Databases
) -> None:
    """A finance system's round: the budget submitted, reviewed by both bureaus, paid from,
    and the workbook exported; money stays a decimal string all the way."""
    code = "150302-0005"
    draft = get_funding.sync(programme=WUHAI, code=code, client=client)
    assert isinstance(draft, FundingOut)
    assert draft.status == FundingStatus.DRAFT
    assert draft.findings == []
    submitted = submit_funding.sync(
        programme=WUHAI, code=code, client=client, body=SubmissionIn(on=datetime.date(2022, 3, 1))
    )
    assert isinstance(submitted, FundingOut)
    for persona, bureau in (
        ("haibowan_officer", Bureau.HOUSING),
        ("haibowan_finance", Bureau.FINANCE),
    ):
        with AuthenticatedClient(
            base_url=server, token=databases.keys[persona], auth_header_name="X-API-Key", prefix=""
        ) as reviewer:
            reviewed = review_funding.sync(
                programme=WUHAI,
                code=code,
                client=reviewer,
                body=ReviewIn(
                    round_=1, bureau=bureau, verdict=Verdict.APPROVED, on=datetime.date(2022, 3, 8)
                ),
            )
            assert isinstance(reviewed, FundingOut), reviewed
    assert isinstance(reviewed, FundingOut)
    assert reviewed.status == FundingStatus.APPROVED
    first = reviewed.approved.lines[0] if reviewed.approved else None
    assert first is not None

    def payment(amount: str) -> PaymentIn:
        return PaymentIn(
            line=1,
            paid_on=datetime.date(2022, 5, 10),
            payee="乌海市建筑工程有限责任公司",
            amount_yuan=amount,
            purpose=first.items[0],
            document="国库集中支付凭证 2022-01",
        )

    paid = post_payment.sync(programme=WUHAI, code=code, client=client, body=payment("0.30"))
    assert isinstance(paid, EntryOut)
    assert paid.amount_yuan == "0.30"
    over = post_payment.sync(
        programme=WUHAI, code=code, client=client, body=payment(first.amount_yuan)
    )
    assert isinstance(over, Problem)
    assert over.type_ == "urn:renovation:problem:over-line"

    report = get_funding_report.sync(programme=WUHAI, client=client, year=2022)
    assert report is not None
    assert not isinstance(report, Problem)
    haibowan = next(r for r in report.investment if r.district == "150302")
    assert (haibowan.published_yi_yuan, haibowan.planned_yi_yuan) == ("2.194", "2.194")
    assert haibowan.disbursed_yuan == "0.30"
    workbook = export_funding_report.sync(programme=WUHAI, client=client, year=2022)
    assert workbook is not None
    assert not isinstance(workbook, Problem)
    assert workbook.payload.read(2) == b"PK"  # an XLSX is a zip


def test_published_survey_results_through_the_sdk(client: AuthenticatedClient, server: str) -> None:
    """A statistics system reads the satisfaction the city published, with no credential:
    aggregates and scores, never a household."""
    code = "150302-0007"
    units = [
        HouseholdBody(building="2", entrance="1", unit=f"0{n}01", floor_area_m2="65.00")
        for n in range(1, 7)
    ]
    replace_households.sync(
        programme=WUHAI, code=code, client=client, body=HouseholdsIn(households=units)
    )
    survey = SurveyIn(
        code="sdk-satisfaction",
        title="满意度调查",
        opened_on=datetime.date(2022, 11, 1),
        questions=[QuestionBody(code="overall", text="总体满意度", kind=QuestionKind.RATING)],
    )
    assert isinstance(create_survey.sync(programme=WUHAI, client=client, body=survey), SurveyOut)
    for n, rating in enumerate((5, 5, 4, 4, 3, 5), start=1):
        receipt = record_survey_response.sync(
            programme=WUHAI,
            survey="sdk-satisfaction",
            client=client,
            body=ResponseIn(
                compound=code,
                household=f"2-1-0{n}01",
                answered_on=datetime.date(2022, 11, 5),
                answers=[AnswerBody(question="overall", rating=rating)],
            ),
        )
        assert isinstance(receipt, ResponseReceipt), receipt
    published = publish_survey.sync(
        programme=WUHAI,
        survey="sdk-satisfaction",
        client=client,
        body=ClosureIn(on=datetime.date(2022, 12, 1)),
    )
    assert isinstance(published, SurveyOut)
    with Client(base_url=server) as anonymous:
        results = get_survey_results.sync(
            programme=WUHAI, survey="sdk-satisfaction", client=anonymous
        )
    assert isinstance(results, ResultsOut), results
    assert (results.respondents, results.satisfaction) == (6, "83.33")  # mean 13/3
    assert [(c.compound, c.satisfaction) for c in results.compounds] == [(code, "83.33")]


def test_the_readmes_sdk_example_runs(databases: Databases, tmp_path: Path) -> None:
    """The README's Python SDK example, as written, against a server of its own (the Wuhai
    data as loaded) with a real key."""
    text = (Path(__file__).parents[2] / "README.md").read_text("utf-8")
    found = re.search(r"```python\n(from itertools import islice\n.*?)```", text, re.S)
    assert found
    out = io.StringIO()
    with live_server(databases.new(), tmp_path) as server:
        code = found.group(1).replace("http://127.0.0.1:8000", server)
        code = code.replace('"rnv_…"', repr(databases.keys["city_admin"]))
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("海勃湾区 47 ")  # the 2022 table's first row, as the plan has it
    assert "401 urn:renovation:problem:unauthenticated" in lines
    assert re.fullmatch(r"150[0-9]{3}-[0-9]{4} (urgent|high|normal)", lines[-1]), lines[-1]
