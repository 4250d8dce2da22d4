"""The TypeScript SDK: it type-checks against the generated types (tsc), and its integration
story (clients/generated/typescript/test/story.test.ts) passes against a real server under
Node's test runner."""

import os
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
    database_url = databases.new()
    with live_server(database_url, tmp_path) as base_url:
        story = _run(
            "node",
            "--test",
            "dist/test/",
            env={**os.environ, "BASE_URL": base_url, "API_KEY": databases.keys["city_admin"]},
        )
    if story.returncode != 0:
        pytest.fail(f"the TypeScript story failed:\n{story.stdout}\n{story.stderr}")
    assert "# pass 1" in story.stdout
