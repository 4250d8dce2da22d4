"""The committed contract is the app's contract, and its docs page needs no internet."""

import json
import re
from pathlib import Path
from typing import Any

from renovation_api.cli import export_openapi

SPEC = Path(__file__).parents[2] / "specs" / "openapi.json"


def test_the_committed_spec_is_what_the_app_serves() -> None:
    assert SPEC.read_text("utf-8") == export_openapi(), (
        "specs/openapi.json is stale: run `nox -s openapi` and commit the result"
    )


def test_the_served_contract_is_the_committed_one(client: Any) -> None:
    served = client.get("/docs/openapi.json")
    assert served.status_code == 200
    assert served.json() == json.loads(SPEC.read_text("utf-8"))


def test_every_operation_is_documented() -> None:
    spec = json.loads(SPEC.read_text("utf-8"))
    seen = set()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            assert operation.get("operationId"), where
            assert operation["operationId"] not in seen, where
            seen.add(operation["operationId"])
            assert operation.get("tags"), where
            assert operation.get("summary"), where
            assert operation.get("description"), where
            problems = [
                response["content"]["application/problem+json"]
                for status, response in operation["responses"].items()
                if status[0] in "45"
            ]
            assert problems, f"{where} documents no error response"
            assert all(p["examples"] for p in problems), f"{where}: an error without an example"


def test_the_docs_page_loads_nothing_from_the_internet(client: Any) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r"""(?:src|href)=["']([^"']+)""", page.text)
    assert assets
    assert all(url.startswith("/static/") for url in assets), assets
    for url in assets:
        assert client.get(url).status_code == 200, url
