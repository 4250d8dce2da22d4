"""The contract's examples work: on a deployment as `renovation serve` starts it, after the
prelude, a city administrator takes every step in order; and the published spec carries every
one of them, in that order."""

import json
from collections import Counter
from pathlib import Path
from typing import Any

from litestar.testing import TestClient

from renovation_api import story
from renovation_api.services import events
from renovation_core.reference import inner_mongolia_text
from tests.api.conftest import audit_events, caught_up, feed
from tests.contract.outside import request_of

SPEC = json.loads((Path(__file__).parents[2] / "specs" / "openapi.json").read_text("utf-8"))
OPERATIONS = {
    op["operationId"]: (method.upper(), path, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
}


def _sent(step: story.Step) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    method, path, query, body = request_of(SPEC, step)
    if isinstance(body, str):
        return method, path, query, {"content": body, "headers": {"Content-Type": "text/csv"}}
    return method, path, query, {} if body is None else {"json": body}


def test_after_the_prelude_every_step_succeeds(
    client: TestClient[Any], keys: dict[str, str], database_url: str
) -> None:
    # As `renovation serve` starts (Wuhai's programme and its province), then the prelude.
    assert client.post("/v1/regions", json=json.loads(inner_mongolia_text())).status_code == 201
    personas = {
        "city_admin": keys["city_admin"],
        "district_officer": keys["haibowan_officer"],
        "finance_officer": keys["haibowan_finance"],
    }
    refused = []
    for n, step in enumerate([*story.PRELUDE, *story.STEPS]):
        method, path, query, body = _sent(step)
        headers = {"X-API-Key": personas[step.by], **body.pop("headers", {})}
        answer = client.request(method, path, params=query, headers=headers, **body)
        if not answer.is_success:
            refused.append((n, step.operation, answer.status_code, answer.text[:300]))
    assert not refused
    # Each write told the feed exactly the events its audit record says (an import: once).
    audited = audit_events(client, keys["city_admin"])
    imports = {e["request_id"] for e in audited if e["action"] == "import"}
    derived = Counter(
        (d.type, d.resource)
        for e in audited
        if e["request_id"] not in imports or e["action"] == "import"
        for d in events.drafts(e["action"], e["resource"], e["before"], e["after"])
    )
    caught_up(database_url)
    told = Counter((e["type"], e["resource"]) for e in feed(client, keys["city_admin"]))
    assert told == derived
    # The worked example never returns a budget, nor withdraws a plan with its draft funding:
    # tests/services/test_events.py derives those two.
    assert set(events.TYPES) - {t for t, _ in told} == {"funding.deleted", "funding.returned"}


def test_the_spec_lists_every_operation_in_the_story_with_its_examples() -> None:
    steps = story.by_operation()
    assert set(steps) == set(OPERATIONS)
    for operation_id, taken in steps.items():
        _, _, operation = OPERATIONS[operation_id]
        for parameter in operation.get("parameters", []):
            if parameter["name"] == "Idempotency-Key":
                assert len(parameter["examples"]) == len(taken), operation_id
                continue
            examples = [e["value"] for e in parameter.get("examples", {}).values()]
            given = [
                s.parameters[parameter["name"]] for s in taken if parameter["name"] in s.parameters
            ]
            assert examples == given, (operation_id, parameter["name"])
            if parameter.get("required"):
                assert examples, (operation_id, parameter["name"])
        for media in operation.get("requestBody", {}).get("content", {}).values():
            if "examples" in media:
                assert [e["value"] for e in media["examples"].values()] == [s.body for s in taken]
        content = operation.get("requestBody", {}).get("content", {})
        assert not content or any("examples" in media for media in content.values()), operation_id


def test_the_paths_follow_the_story() -> None:
    order = list(story.by_operation())
    first = [
        min(order.index(op["operationId"]) for op in item.values())
        for item in SPEC["paths"].values()
    ]
    assert first == sorted(first)
