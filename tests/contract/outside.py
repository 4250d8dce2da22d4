"""The contract tried as an outsider would: ``renovation serve`` on an empty database (which loads
Wuhai and prints the city administrator's key), in use as the examples assume (the worked
example's prelude taken by the city's and Haibowan's people), then the schemathesis CLI with
that key and nothing else: no hooks, no dictionaries; only the spec the server publishes, its
examples and its links. Prints how many operations reached a 2xx (from the run's HAR report)
and which did not. ``nox -s contract_outside`` runs it.
"""

import functools
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import attrs
import httpx

from renovation_api import story
from tests.live_server import live_server

KEY = re.compile(r"rnv_[A-Za-z0-9_-]+")
# The key, and which answers to a well-formed request are a rule's and not the schema's:
# besides schemathesis' own list, 412 (an If-Match the record has moved past) and 422 (a rule
# over stored records or across fields: a district the programme does not hold, a community of
# another street, an Idempotency-Key sent again with another body). The tool fills requests with
# values captured from earlier answers, mixing fields of different records.
SETTINGS = """
[auth.openapi.apiKey]
api_key = "{key}"

[checks.positive_data_acceptance]
expected-statuses = ["2xx", "3xx", "401", "403", "404", "409", "412", "422", "429"]
"""


@attrs.frozen
class Outcome:
    """What one run found: its exit code and output, and the statuses of each operation."""

    returncode: int
    output: str
    statuses: dict[str, Counter[int]]

    @property
    def succeeded(self) -> list[str]:
        return [op for op, seen in self.statuses.items() if any(200 <= s < 300 for s in seen)]

    def report(self) -> str:
        missed = [f"  {op} {dict(seen.most_common(4))}" for op, seen in self.statuses.items()]
        missed = [
            line for line, op in zip(missed, self.statuses, strict=True) if op not in self.succeeded
        ]
        share = len(self.succeeded) / len(self.statuses)
        return "\n".join(
            [
                f"2xx on {len(self.succeeded)} of {len(self.statuses)} operations ({share:.0%})",
                *missed,
            ]
        )


@functools.cache
def _spec(base_url: str) -> dict[str, Any]:
    # The server builds its contract on the first ask: a busy machine may take seconds.
    return dict(httpx.get(f"{base_url}/docs/openapi.json", timeout=120).json())


def spec_of(http: httpx.Client) -> dict[str, Any]:
    return _spec(str(http.base_url))


def request_of(spec: dict[str, Any], step: story.Step) -> tuple[str, str, dict[str, Any], Any]:
    """The method, path, query and JSON body of ``step``, as the published spec places them."""
    for template, item in spec["paths"].items():
        for method, operation in item.items():
            if operation.get("operationId") == step.operation:
                where = {p["name"]: p["in"] for p in operation.get("parameters", [])}
                assert set(step.parameters) <= set(where), step
                path = template
                for name, value in step.parameters.items():
                    if where[name] == "path":
                        path = path.replace(f"{{{name}}}", str(value))
                query = {n: v for n, v in step.parameters.items() if where[n] == "query"}
                return method.upper(), path, query, step.body
    raise LookupError(step.operation)


def _statuses(spec: dict[str, object], har: Path) -> dict[str, Counter[int]]:
    templates = []
    for path, item in spec["paths"].items():  # type: ignore[attr-defined]
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        templates += [(method.upper(), pattern, f"{method.upper()} {path}") for method in item]
    found: dict[str, Counter[int]] = defaultdict(Counter)
    for _, _, label in templates:
        found[label] = Counter()
    for entry in json.loads(har.read_text("utf-8"))["log"]["entries"]:
        url = re.sub(r"^https?://[^/]+", "", entry["request"]["url"].split("?")[0])
        for method, pattern, label in templates:
            if method == entry["request"]["method"] and pattern.match(url):
                found[label][entry["response"]["status"]] += 1
                break
    return dict(found)


def _key(database: str, role: str) -> str:
    """A new key of Haibowan's ``role``, issued as an office would: with the command line."""
    issued = subprocess.run(
        [
            *(sys.executable, "-m", "renovation_api.cli", "keys", "create"),
            *("--name", f"海勃湾区 {role}", "--role", role, "--district", "150302"),
        ],
        env={**os.environ, "RENOVATION_DATABASE_URL": database},
        capture_output=True,
        text=True,
        check=True,
    )
    found = KEY.search(issued.stdout)
    assert found, issued.stdout + issued.stderr
    return found.group()


def walk_prelude(base_url: str, keys: dict[str, str]) -> None:
    """Take the worked example's prelude, each step by its persona."""
    with httpx.Client(base_url=base_url, timeout=30) as http:
        for step in story.PRELUDE:
            method, path, query, body = request_of(spec_of(http), step)
            answer = http.request(
                method, path, params=query, headers={"X-API-Key": keys[step.by]}, json=body
            )
            assert answer.is_success, (step.operation, answer.status_code, answer.text)


def run(workdir: Path, max_examples: int = 10) -> Outcome:
    """One outside run against a new SQLite deployment in ``workdir``."""
    database = f"sqlite+aiosqlite:///{workdir / 'outside.sqlite3'}"
    with live_server(database, workdir) as base_url:
        log = next(workdir.glob("server-*.log")).read_text("utf-8")
        key = KEY.search(log)
        assert key, f"the server printed no key:\n{log}"
        keys = {
            "city_admin": key.group(),
            **{role: _key(database, role) for role in ("district_officer", "finance_officer")},
        }
        walk_prelude(base_url, keys)
        settings = workdir / "schemathesis.toml"
        settings.write_text(SETTINGS.format(key=key.group()), "utf-8")
        spec = httpx.get(f"{base_url}/docs/openapi.json").json()
        done = subprocess.run(
            [
                *(sys.executable, "-m", "schemathesis.cli", "--config-file", str(settings)),
                *("run", f"{base_url}/docs/openapi.json", "--checks", "all"),
                *("--phases", "examples,coverage,fuzzing,stateful"),
                *("--max-examples", str(max_examples), "--seed", "20211231"),
                *("--generation-database", "none", "--no-color"),
                *("--report", "har", "--report-dir", str(workdir / "report")),
            ],
            capture_output=True,
            text=True,
            timeout=1200,
            check=False,
        )
    har = next((workdir / "report").glob("har-*.json"))
    return Outcome(done.returncode, done.stdout + done.stderr, _statuses(spec, har))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        outcome = run(Path(tmp))
    summary = outcome.output[outcome.output.find("= SUMMARY") :]
    print(summary or outcome.output[-5000:])
    print(outcome.report())
