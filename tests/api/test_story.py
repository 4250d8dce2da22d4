"""The contract's examples work: walked in order by one city administrator on a fresh
deployment, every step the story says one caller can take succeeds, and the published spec
carries every one of them."""

import json
from pathlib import Path
from typing import Any

from litestar.testing import TestClient

from renovation_api import story
from renovation_core.reference import inner_mongolia_text

SPEC = json.loads((Path(__file__).parents[2] / "specs" / "openapi.json").read_text("utf-8"))
OPERATIONS = {
    op["operationId"]: (method.upper(), path, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
}


def _request(step: story.Step) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    method, path, operation = OPERATIONS[step.operation]
    where = {p["name"]: p["in"] for p in operation.get("parameters", [])}
    assert set(step.parameters) <= set(where), step
    for name, value in step.parameters.items():
        path = path.replace(f"{{{name}}}", str(value)) if where[name] == "path" else path
    query = {n: v for n, v in step.parameters.items() if where[n] == "query"}
    if isinstance(step.body, str):
        return method, path, query, {"content": step.body, "headers": {"Content-Type": "text/csv"}}
    return method, path, query, {} if step.body is None else {"json": step.body}


def test_every_step_one_caller_can_take_succeeds(client: TestClient[Any]) -> None:
    # As `renovation serve` starts: Wuhai's programme and its province.
    assert client.post("/v1/regions", json=json.loads(inner_mongolia_text())).status_code == 201
    refused = {}
    for step in story.STEPS:
        method, path, query, body = _request(step)
        answer = client.request(method, path, params=query, **body)
        if step.alone and not answer.is_success:
            refused[step.operation] = (answer.status_code, answer.text[:300])
    assert not refused


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
