"""Contract tests: schemathesis drives a running server from the committed spec.

Every operation, every default check, all phases (examples, coverage, fuzzing, and stateful
sequences through the spec's OpenAPI links: create a compound → read it → plan it → read the
reports), on PostgreSQL; the outside run (test_outside.py) takes SQLite. The run is
schemathesis' own runner (its CLI), which keeps stateful scenarios sound against a server whose
state moves on.

Two settings, each for a reason: schema-valid requests may still break a rule that depends on
stored data (an unknown district, a code already taken, a year outside the programme) or carry a
stale ETag, and those answers (409, 412, 422) are documented and right; and a generated
cursor is never one the server signed (see hooks.py).
"""

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from renovation_core.reference import wuhai
from tests.api.delivery_steps import COMMITTEE, HOUSEHOLDS, NEW_PROJECT
from tests.conftest import Databases
from tests.live_server import live_server

ROOT = Path(__file__).parents[2]
SPEC = ROOT / "specs" / "openapi.json"


SEEDED = [c.code for c in wuhai().compounds[:20]]
SEED_SURVEY = {
    "code": "satisfaction-2022",
    "title": "老旧小区改造满意度调查",
    "opened_on": "2022-11-20",
    "questions": [
        {"code": "overall", "text": "总体满意度", "kind": "rating"},
        {
            "code": "best",
            "text": "最满意的内容",
            "kind": "single_choice",
            "options": ["供水", "道路"],
        },
    ],
}
SEED_PACKAGE = {
    "code": "HBW-2022-01",
    "name": "海勃湾区2022年第一标段",
    "year": 2022,
    "compounds": SEEDED[:2],
}


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(f'"{v}"' for v in values) + "]"


def config(api_key: str) -> str:
    """The city administrator's credential (so every operation is reachable; ``ignored_auth``
    checks that each one that needs it refuses a request without it), and real identifiers for
    the generator to draw on, so that many requests get past a 404 to the rules behind it (a
    compound created, planned, reported)."""
    data = wuhai()
    haibowan = data.programme.districts[0]
    return f"""
hooks = "tests.contract.hooks"

[auth.openapi.apiKey]
api_key = "{api_key}"

[dictionaries.programmes]
values = {_toml_list([data.programme.code])}
[dictionaries.compounds]
values = {_toml_list(SEEDED)}
[dictionaries.districts]
values = {_toml_list([haibowan.code])}
[dictionaries.streets]
values = {_toml_list([s.code for s in haibowan.streets])}
[dictionaries.items]
values = {_toml_list([i.code for i in data.programme.catalogue])}
[dictionaries.years]
values = [{", ".join(sorted({str(p.year) for p in data.plans if p.compound in SEEDED}))}]
[dictionaries.packages]
values = ["{SEED_PACKAGE["code"]}"]
[dictionaries.households]
values = {_toml_list([h["household"] for h in COMMITTEE["members"]])}
[dictionaries.surveys]
values = ["{SEED_SURVEY["code"]}"]

[parameters]
"path.programme" = {{ dictionary = "programmes", probability = 0.9 }}
"path.code" = {{ dictionary = "compounds", probability = 0.3 }}
"body.district" = {{ dictionary = "districts", probability = 0.9 }}
"body.street" = {{ dictionary = "streets", probability = 0.9 }}
"body.items[*]" = {{ dictionary = "items", probability = 0.9 }}
"path.year" = {{ dictionary = "years", probability = 0.9 }}
"path.package" = {{ dictionary = "packages", probability = 0.9 }}
"path.household" = {{ dictionary = "households", probability = 0.9 }}
"body.household" = {{ dictionary = "households", probability = 0.9 }}
"body.compound" = {{ dictionary = "compounds", probability = 0.9 }}
"path.survey" = {{ dictionary = "surveys", probability = 0.9 }}

# Read by hooks.positive_data_acceptance_unless_forged_token, which runs in its place.
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "404", "409", "412", "422"]

[generation]
max-examples = 10

[phases.stateful.generation]
max-examples = 30  # enough scenarios that some follow the links all the way

[phases.stateful.inference]
algorithms = []
"""


def seed_projects(base_url: str, api_key: str) -> None:
    """Projects for the compounds the generator draws on, two of them in a package: so that
    the project commands get past a 404 to the rules behind them."""
    programme = f"{base_url}/v1/programmes/{wuhai().programme.code}"
    with httpx.Client(headers={"X-API-Key": api_key}) as http:
        for code in SEEDED:
            created = http.post(f"{programme}/compounds/{code}/projects", json=NEW_PROJECT)
            assert created.status_code == 201, created.text
        package = http.post(f"{programme}/tender-packages", json=SEED_PACKAGE)
        assert package.status_code == 201, package.text


def seed_funding(base_url: str, keys: dict[str, str]) -> None:
    """Approved fundings, each with a payment, for five of those compounds: so that the ledger
    commands get past 409 not-approved to the rules behind it."""
    programme = f"{base_url}/v1/programmes/{wuhai().programme.code}"
    with httpx.Client() as http:
        for code in SEEDED[:5]:
            funding = f"{programme}/compounds/{code}/funding"
            steps: list[tuple[str, str, dict[str, Any]]] = [
                ("city_admin", "submissions", {"on": "2022-03-01"}),
                (
                    "haibowan_officer",
                    "reviews",
                    {"round": 1, "bureau": "housing", "verdict": "approved"},
                ),
                (
                    "haibowan_finance",
                    "reviews",
                    {"round": 1, "bureau": "finance", "verdict": "approved"},
                ),
            ]
            for persona, path, body in steps:
                answer = http.post(
                    f"{funding}/{path}",
                    json={"on": "2022-03-01"} | body,
                    headers={"X-API-Key": keys[persona]},
                )
                assert answer.status_code == 200, answer.text
            read = http.get(funding, headers={"X-API-Key": keys["city_admin"]})
            payment = {
                "line": 1,
                "paid_on": "2022-05-10",
                "payee": "乌海市建筑工程有限责任公司",
                "amount_yuan": "1000.00",
                "purpose": read.json()["lines"][0]["items"][0],  # 专款专用: what line 1 funds
                "document": "国库集中支付凭证 01",
            }
            paid = http.post(
                f"{funding}/ledger", json=payment, headers={"X-API-Key": keys["city_admin"]}
            )
            assert paid.status_code == 201, paid.text


def seed_participation(base_url: str, api_key: str) -> None:
    """Households, a committee and an open menu for five of those compounds, and an open
    survey: so that orders, ballots and responses get past 404 and 409 to the rules behind."""
    programme = f"{base_url}/v1/programmes/{wuhai().programme.code}"
    plans = {p.compound: p for p in wuhai().plans}
    with httpx.Client(headers={"X-API-Key": api_key}) as http:
        for code in SEEDED[:5]:
            compound = f"{programme}/compounds/{code}"
            for path, body in (("households", HOUSEHOLDS), ("committee", COMMITTEE)):
                answer = http.put(f"{compound}/{path}", json=body)
                assert answer.status_code == 200, answer.text
            menu = {
                "opened_on": "2022-03-01",
                "offered": [{"code": item} for item in plans[code].items],
            }
            answer = http.post(f"{compound}/menu", json=menu)
            assert answer.status_code == 201, answer.text
        answer = http.post(f"{programme}/surveys", json=SEED_SURVEY)
        assert answer.status_code == 201, answer.text


# On PostgreSQL, the scale-out backend; the outside run (test_outside.py) is SQLite's.
@pytest.mark.parametrize("databases", ["postgresql"], indirect=True)
def test_the_running_api_keeps_its_contract(databases: Databases, tmp_path: Path) -> None:
    settings = tmp_path / "schemathesis.toml"
    database_url = databases.new()
    settings.write_text(config(databases.keys["city_admin"]), "utf-8")
    with live_server(database_url, tmp_path) as base_url:
        seed_projects(base_url, databases.keys["city_admin"])
        seed_funding(base_url, databases.keys)
        seed_participation(base_url, databases.keys["city_admin"])
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "--config-file",
                str(settings),
                "run",
                str(SPEC),
                "--url",
                base_url,
                "--checks",
                "all",
                "--exclude-checks",
                "positive_data_acceptance",
                "--phases",
                "examples,coverage,fuzzing,stateful",
                "--seed",
                "20211231",
                "--generation-database",
                "none",
                "--no-color",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    if run.returncode != 0:
        pytest.fail(f"schemathesis found problems:\n{run.stdout[-20000:]}\n{run.stderr[-5000:]}")
    links = re.search(r"API Links:\s+(\d+) covered", run.stdout)
    assert links, run.stdout[-3000:]
    assert int(links.group(1)) >= 3, (
        "the stateful phase followed too few links:\n" + run.stdout[-3000:]
    )
