"""The contract tried as an outsider would: ``renovation serve`` on an empty database (which loads
Wuhai and prints the city administrator's key), then the schemathesis CLI with that key and
nothing else: no hooks, no dictionaries, no seeded records; only the spec the server publishes,
its examples and its links. Prints how many operations reached a 2xx (from the run's HAR
report) and which did not. ``nox -s contract_outside`` runs it.
"""

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import attrs
import httpx

from tests.live_server import live_server

KEY = re.compile(r"rnv_[A-Za-z0-9_-]+")


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


def run(workdir: Path, max_examples: int = 10) -> Outcome:
    """One outside run against a new SQLite deployment in ``workdir``."""
    database = f"sqlite+aiosqlite:///{workdir / 'outside.sqlite3'}"
    with live_server(database, workdir) as base_url:
        log = next(workdir.glob("server-*.log")).read_text("utf-8")
        key = KEY.search(log)
        assert key, f"the server printed no key:\n{log}"
        settings = workdir / "schemathesis.toml"
        settings.write_text(f'[auth.openapi.apiKey]\napi_key = "{key.group()}"\n', "utf-8")
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
