"""The TypeScript SDK: it type-checks against the generated types (tsc), and its tests
(clients/generated/typescript/test/*.test.ts: the integration story through the typed client,
the same through the hand-written layer, and the layer's retries against a stub) pass against
one real server under Node's test runner."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Databases
from tests.live_server import live_server

SDK = Path(__file__).parents[2] / "clients" / "generated" / "typescript"


def _run(*command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=SDK, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_the_typescript_story(databases: Databases, tmp_path: Path) -> None:
    assert shutil.which("node"), "Node.js is needed for the TypeScript SDK's tests"
    assert (SDK / "node_modules").is_dir(), "run `npm ci` in clients/generated/typescript first"
    built = _run("npx", "tsc", "-p", ".")  # into the SDK's dist/, beside its node_modules
    if built.returncode != 0:
        pytest.fail(f"tsc failed:\n{built.stdout}\n{built.stderr}")
    # The compiled test files named by their sources, so a stale file left in dist/ never runs;
    # one file at a time, as the stories share the server's register.
    tests = [
        f"dist/test/{source.name[:-3]}.js" for source in sorted((SDK / "test").glob("*.test.ts"))
    ]
    database_url = databases.new()
    with live_server(database_url, tmp_path) as base_url:
        story = _run(
            "node",
            "--test",
            "--test-concurrency=1",
            *tests,
            env={**os.environ, "BASE_URL": base_url, "API_KEY": databases.keys["city_admin"]},
        )
    if story.returncode != 0:
        pytest.fail(f"the TypeScript tests failed:\n{story.stdout}\n{story.stderr}")
    counts = dict(re.findall(r"^# (tests|pass|fail) (\d+)$", story.stdout, re.MULTILINE))
    assert counts["fail"] == "0"
    assert counts["pass"] == counts["tests"]
    assert int(counts["tests"]) >= 10  # story 1, layer 1, retries 8
