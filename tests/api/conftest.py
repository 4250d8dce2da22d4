"""An in-process client of the app over a fresh database loaded with the Wuhai data."""

from collections.abc import Iterator
from typing import Any

import pytest
from litestar.testing import TestClient

from renovation_api.app import create_app
from renovation_api.settings import Settings
from tests.conftest import Databases

WUHAI = "/v1/programmes/wuhai-2022-2024"


@pytest.fixture
def database_url(databases: Databases) -> str:
    return databases.new()


@pytest.fixture
def client(database_url: str) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(Settings(database_url=database_url))) as test_client:
        yield test_client


def problem(response: Any, status: int, slug: str) -> dict[str, Any]:
    """Assert ``response`` is the RFC 9457 problem ``slug`` and return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["type"] == f"urn:renovation:problem:{slug}"
    assert body["status"] == status
    assert "Traceback" not in response.text
    return body  # type: ignore[no-any-return]


def state(client: TestClient[Any]) -> Any:
    """Everything a bad request must leave as it was: the register, the plans' totals."""
    compounds = []
    token = None
    while True:
        params: dict[str, Any] = {"page_size": 500}
        if token:
            params["cursor"] = token
        page = client.get(f"{WUHAI}/compounds", params=params).json()
        compounds += page["items"]
        token = page["next_cursor"]
        if not token:
            break
    report = client.get(f"{WUHAI}/reports/target-vs-actual").json()
    programmes = client.get("/v1/programmes").json()
    return compounds, report, programmes
