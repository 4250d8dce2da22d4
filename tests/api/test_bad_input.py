"""Every kind of bad input gets a precise 4xx problem and leaves the database as it was."""

from typing import Any

import attrs
import pytest
from litestar.testing import TestClient
from sqlalchemy.ext.asyncio import create_async_engine

from renovation_api.app import create_app
from renovation_api.settings import Settings
from tests.api.conftest import WUHAI, problem, state
from tests.api.test_compounds import COMPOUNDS, NEW
from tests.api.test_plans import PLAN


@pytest.fixture
def unchanged(client: Any) -> Any:
    """Asserts, after the test, that nothing in the register or the reports moved."""
    before = state(client)
    yield
    assert state(client) == before


def test_malformed_json(client: Any, unchanged: Any) -> None:
    response = client.post(
        COMPOUNDS, content=b'{"code": "A", "name": ', headers={"content-type": "application/json"}
    )
    body = problem(response, 400, "invalid-request")
    assert body["detail"].startswith("the body is not valid JSON")


def test_not_json(client: Any, unchanged: Any) -> None:
    response = client.post(COMPOUNDS, content=b"code=A", headers={"content-type": "text/plain"})
    problem(response, 415, "unsupported-media-type")


def test_empty_body(client: Any, unchanged: Any) -> None:
    response = client.post(COMPOUNDS, content=b"", headers={"content-type": "application/json"})
    problem(response, 400, "invalid-request")


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ({"households": "210"}, "$.households", "Expected `int`, got `str`"),
        ({"households": 210.5}, "$.households", "Expected `int`, got `float`"),
        ({"buildings": True}, "$.buildings", "Expected `int`, got `bool`"),
        ({"floor_area_m2": 18650.4}, "$.floor_area_m2", "Expected `str`, got `float`"),
        ({"floor_area_m2": "lots"}, "$.floor_area_m2", "Expected `str` matching regex"),
        ({"floor_area_m2": "18650.405"}, "$.floor_area_m2", "Expected `str` matching regex"),
        ({"property_type": "palace"}, "$.property_type", "Invalid enum value 'palace'"),
        ({"condition": {"infrastructure": "poor"}}, "$.condition.management", "required field"),
        ({"colour": "red"}, "$.colour", "Object contains unknown field `colour`"),
        (
            {
                "condition": {
                    "infrastructure": "poor",
                    "management": "fair",
                    "safety": "poor",
                    "x": 1,
                }
            },
            "$.condition.x",
            "Object contains unknown field `x`",
        ),
        ({"households": -3}, "$.households", "Expected `int` >= 1"),
        ({"households": 10**9}, "$.households", "Expected `int` <= 1000000"),
        ({"built_year": 1066}, "$.built_year", "Expected `int` >= 1900"),
    ],
)
def test_wrong_types_and_absurd_numbers(
    client: Any, unchanged: Any, change: dict[str, Any], path: str, message: str
) -> None:
    body = problem(client.post(COMPOUNDS, json=NEW | change), 400, "invalid-request")
    (error,) = body["errors"]
    assert error["path"] == path
    assert error["message"].startswith(message)


def test_missing_field(client: Any, unchanged: Any) -> None:
    fields = {k: v for k, v in NEW.items() if k != "households"}
    body = problem(client.post(COMPOUNDS, json=fields), 400, "invalid-request")
    assert body["errors"] == [{"path": "$.households", "message": "required field missing"}]


def test_a_compound_in_a_district_that_does_not_exist(client: Any, unchanged: Any) -> None:
    body = problem(client.post(COMPOUNDS, json=NEW | {"district": "150399"}), 422, "invalid-data")
    assert body["errors"] == [
        {
            "path": "$.district",
            "message": "unknown district '150399': the programme has 150302, 150304, 150303",
        }
    ]


def test_a_street_of_another_district(client: Any, unchanged: Any) -> None:
    body = problem(
        client.post(COMPOUNDS, json=NEW | {"street": "150304001000"}), 422, "invalid-data"
    )
    assert body["errors"][0]["path"] == "$.street"


def test_zero_floor_area_is_refused_as_the_schema_says(client: Any, unchanged: Any) -> None:
    """A floor area must be above zero: the spec's pattern says so, and the body is refused
    by it (the core refuses it too, for callers of the library)."""
    body = problem(
        client.post(COMPOUNDS, json=NEW | {"floor_area_m2": "0"}), 400, "invalid-request"
    )
    [error] = body["errors"]
    assert error["path"] == "$.floor_area_m2"
    assert error["message"].startswith("Expected `str` matching regex")


def test_a_duplicate_compound_code(client: Any, unchanged: Any) -> None:
    body = problem(client.post(COMPOUNDS, json=NEW | {"code": "150302-0001"}), 409, "duplicate")
    assert body["errors"] == [{"path": "$.code", "message": "already in the register"}]


def test_a_second_plan_for_the_same_compound(client: Any, unchanged: Any) -> None:
    response = client.post(f"{COMPOUNDS}/150302-0001/plan", json=PLAN)
    problem(response, 409, "plan-exists")


@pytest.mark.parametrize(
    ("change", "status", "slug", "path"),
    [
        ({"items": ["swimming_pool"]}, 422, "invalid-data", "$.items[0]"),
        ({"items": ["heating", "heating"]}, 422, "invalid-data", "$.items"),
        ({"items": []}, 400, "invalid-request", "$.items"),
        ({"year": 2030}, 422, "invalid-data", "$.year"),
        ({"investment_yuan": "-5"}, 400, "invalid-request", "$.investment_yuan"),
        ({"investment_yuan": "0.001"}, 400, "invalid-request", "$.investment_yuan"),
        ({"investment_yuan": 100}, 400, "invalid-request", "$.investment_yuan"),
    ],
)
def test_bad_plans(
    client: Any, unchanged: Any, change: dict[str, Any], status: int, slug: str, path: str
) -> None:
    target = f"{COMPOUNDS}/150302-0001/plan"
    current = client.get(target)
    body = problem(
        client.put(target, json=PLAN | change, headers={"If-Match": current.headers["etag"]}),
        status,
        slug,
    )
    assert body["errors"][0]["path"] == path


def test_deleting_a_compound_that_has_a_plan(client: Any, unchanged: Any) -> None:
    problem(client.delete(f"{COMPOUNDS}/150302-0001"), 409, "has-plan")


def test_page_size_above_the_maximum(client: Any, unchanged: Any) -> None:
    body = problem(client.get(COMPOUNDS, params={"page_size": 501}), 400, "invalid-request")
    assert body["errors"][0]["path"] == "query.page_size"


@pytest.mark.parametrize("token", ["garbage", "a.b.c", ""])
def test_a_cursor_not_shaped_as_one(client: Any, unchanged: Any, token: str) -> None:
    response = client.get(COMPOUNDS, params={"cursor": token})
    assert response.status_code == 400
    assert response.json()["type"] == "urn:renovation:problem:invalid-request"


@pytest.mark.parametrize("token", ["eyJxIjoiYSIsImsiOlsxXX0.AAAA", "0.0"])
def test_a_forged_cursor_names_no_page(client: Any, unchanged: Any, token: str) -> None:
    response = client.get(COMPOUNDS, params={"cursor": token})
    assert response.status_code == 404
    assert response.json()["type"] == "urn:renovation:problem:unknown-cursor"


def test_an_etag_from_another_resource(client: Any, unchanged: Any) -> None:
    own = client.get(f"{COMPOUNDS}/150302-0001").headers["etag"]
    other = client.get(f"{COMPOUNDS}/150302-0002").headers["etag"]
    plan = client.get(f"{COMPOUNDS}/150302-0001/plan").headers["etag"]
    programme = client.get(WUHAI).headers["etag"]
    fields = {k: v for k, v in NEW.items() if k != "code"}
    for tag in (other, plan, programme):
        response = client.put(f"{COMPOUNDS}/150302-0001", json=fields, headers={"If-Match": tag})
        problem(response, 412, "precondition-failed")
    for tag in (own, other, programme):
        response = client.delete(f"{COMPOUNDS}/150302-0001/plan", headers={"If-Match": tag})
        problem(response, 412, "precondition-failed")


def test_unknown_routes_and_methods_are_problems(client: Any, unchanged: Any) -> None:
    problem(client.get("/v1/nothing-here"), 404, "not-found")
    problem(client.patch(f"{COMPOUNDS}/150302-0001", json={}), 405, "method-not-allowed")
    problem(client.get(f"{WUHAI}/compounds/none-such"), 404, "not-found")


def test_problem_texts_stay_within_the_sizes_the_contract_states(client: Any) -> None:
    """A problem may quote the request; a huge request path does not make a huge problem."""
    body = problem(client.get(f"/v1/{'x' * 5000}"), 404, "not-found")
    assert len(body["instance"]) == 2000
    assert body["instance"].endswith("…")


def test_health_answers_503_when_the_database_is_unreachable(database_url: str) -> None:
    app = create_app(Settings(database_url=database_url))
    with TestClient(app) as client:
        assert client.get("/health").json() == {"status": "ok"}
        working = app.state.database
        app.state.database = attrs.evolve(
            working,
            reader=create_async_engine("postgresql+asyncpg://nobody@127.0.0.1:1/none"),
        )
        try:
            problem(client.get("/health"), 503, "unavailable")
        finally:
            app.state.database = working


def test_a_bad_parameter_is_named_in_the_detail_too(client: Any) -> None:
    body = problem(
        client.get(f"{WUHAI}/reports/target-vs-actual", params={"year": "abc"}),
        400,
        "invalid-request",
    )
    assert body["errors"] == [{"path": "query.year", "message": "Expected `int`, got `str`"}]
    assert body["detail"] == "query.year: Expected `int`, got `str`"


@pytest.mark.parametrize(
    ("path", "name", "moment"),
    [
        ("/v1/events", "since", "0001-01-01T00:00:00+00:01"),  # before year 1 in UTC
        ("/v1/events", "until", "9999-12-31T23:59:59-00:01"),  # after year 9999 in UTC
        ("/v1/audit-events", "since", "0001-01-01T00:00:00+08:00"),
    ],
)
def test_a_moment_beyond_the_calendar_in_utc_is_refused_by_name(
    client: Any, path: str, name: str, moment: str
) -> None:
    refused = problem(client.get(path, params={name: moment}), 400, "invalid-request")
    assert refused["errors"] == [{"path": f"query.{name}", "message": "not a date-time"}]
