"""The TypeScript SDK: it type-checks against the generated types (tsc), and its tests
(clients/generated/typescript/test/*.test.ts: the integration story through the typed client,
the same through the hand-written layer, the layer's retries against a stub, and webhook
verification) pass against one real server under Node's test runner."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Databases
from tests.live_server import live_server

SDK = Path(__file__).parents[2] / "clients" / "generated" / "typescript"
TSC = (
    *("--strict", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext"),
    *("--types", "node", "--typeRoots", str(SDK / "node_modules" / "@types")),
)


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
    assert int(counts["tests"]) >= 11  # story 1, layer 1, retries 8, webhooks 1


def test_the_readmes_typescript_example_runs(databases: Databases, tmp_path: Path) -> None:
    """The README's TypeScript example, as written but for the server and key: type-checked
    against the compiled SDK's declarations, then run under Node against a server of its own."""
    text = (SDK.parents[2] / "README.md").read_text("utf-8")
    found = re.search(r"```ts\n(import \{ RenovationClient.*?)```", text, re.S)
    assert found, "the README's TypeScript example"
    built = _run("npx", "tsc", "-p", ".")
    assert built.returncode == 0, built.stdout + built.stderr
    code = found.group(1).replace('"rnv_…"', "process.env.API_KEY!")
    code = code.replace('"http://127.0.0.1:8000"', "process.env.BASE_URL!")
    source, compiled = tmp_path / "readme.mts", tmp_path / "out" / "readme.mjs"
    # Type-checked against the SDK's sources, then run against its compiled code.
    source.write_text(code.replace("./clients/generated/typescript/src", str(SDK / "src")), "utf-8")
    checked = _run("npx", "tsc", *TSC, "--noEmit", str(source))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    source.write_text(code.replace("./clients/generated/typescript", str(SDK / "dist")), "utf-8")
    emitted = _run(
        "npx", "tsc", *TSC, "--skipLibCheck", "--outDir", str(compiled.parent), str(source)
    )
    assert emitted.returncode == 0, emitted.stdout + emitted.stderr
    database_url = databases.new()
    with live_server(database_url, tmp_path) as base_url:
        env = {**os.environ, "BASE_URL": base_url, "API_KEY": databases.keys["city_admin"]}
        ran = _run("node", str(compiled), env=env)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    lines = ran.stdout.splitlines()
    assert re.fullmatch(r"150[0-9]{3}-[0-9]{4} \S+ urgent", lines[0]), lines[0]
    assert re.fullmatch(r'[0-9]+ (W/)?"[^"]+"', lines[-1]), lines[-1]
