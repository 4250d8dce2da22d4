"""OC4IDS 0.9.5 export: every stage of a project gives a record the published schema accepts."""

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

from renovation_core.delivery import Project, Stage, oc4ids_project
from renovation_core.reference import wuhai
from tests.unit.test_delivery import AWARD, PACKAGE, TODAY, completed, planned, step, tendered

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "standards" / "oc4ids-0.9.5-project-schema.json").read_text()
)
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def export(project: Project, awarded: bool = True) -> dict[str, Any]:
    data = wuhai()
    plan = next(p for p in data.plans if p.year == 2023)
    compound = next(c for c in data.compounds if c.code == plan.compound)
    package = PACKAGE.awarded(AWARD, TODAY) if awarded else PACKAGE
    record = oc4ids_project(
        data.programme,
        compound,
        plan,
        attrs.evolve(project, compound=compound.code),
        package if project.tender_package else None,
    )
    # What an encoder sends: decimals as JSON numbers.
    return json.loads(json.dumps(record, default=float))  # type: ignore[no-any-return]


def errors(record: dict[str, Any]) -> list[str]:
    return [f"{list(e.path)}: {e.message}" for e in VALIDATOR.iter_errors(record)]


@pytest.mark.parametrize(
    ("project", "status"),
    [
        (planned(), "identification"),
        (completed(), "completion"),
        (step(planned(), Stage.CANCELLED, TODAY, reason="并入棚改"), "cancelled"),
    ],
)
def test_records_validate_against_the_published_schema(project: Project, status: str) -> None:
    record = export(project)
    assert errors(record) == []
    assert record["status"] == status


def test_a_completed_project_shows_its_parties_contracts_and_completion() -> None:
    record = export(completed())
    assert record["publicAuthority"]["name"] == "海勃湾区住房和城乡建设局"
    roles = {p["name"]: p["roles"] for p in record["parties"]}
    assert roles["乌海市城市建设投资集团"] == ["supplier"]
    assert roles["海勃湾区住房和城乡建设局"] == ["publicAuthority"]
    construction = record["contractingProcesses"][0]
    assert construction["id"] == "HBW-2023-01"
    assert construction["summary"]["tender"]["procurementMethod"] == "open"
    assert construction["summary"]["contractValue"] == {"amount": 4120000.0, "currency": "CNY"}
    natures = [p["summary"]["nature"] for p in record["contractingProcesses"]]
    assert natures == [["construction"], ["design"], ["supervision"]]
    assert record["completion"]["endDate"] == "2023-09-30T00:00:00+08:00"
    assert record["budget"]["amount"] == {"amount": 4200000.0, "currency": "CNY"}


def test_amounts_stay_exact_decimals_until_encoded() -> None:
    data = wuhai()
    plan = next(p for p in data.plans if p.year == 2023)
    compound = next(c for c in data.compounds if c.code == plan.compound)
    record = oc4ids_project(data.programme, compound, plan, planned(), None)
    assert record["budget"]["amount"]["amount"] == Decimal("4200000.00")
    assert "contractingProcesses" not in record


def test_a_cancelled_project_closes_its_contracting_process() -> None:
    cancelled = step(tendered(), Stage.CANCELLED, TODAY, reason="承包单位退出")
    record = export(cancelled)
    assert errors(record) == []
    assert record["status"] == "cancelled"
    assert record["contractingProcesses"][0]["summary"]["status"] == "closed"
    assert export(tendered())["contractingProcesses"][0]["summary"]["status"] == "active"
