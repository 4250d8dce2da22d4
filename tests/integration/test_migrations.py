"""The migrations build exactly the schema the code declares, on SQLite and PostgreSQL."""

import asyncio
import datetime
import json
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.ext.asyncio import create_async_engine

from renovation_api.migrate import alembic_config, upgrade
from renovation_api.storage.tables import metadata
from tests.conftest import Databases


def _differences(url: str) -> list[Any]:
    async def compare() -> list[Any]:
        engine = create_async_engine(url)
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), metadata)
            )
        await engine.dispose()
        return list(diff)

    return asyncio.run(compare())


def _sql(url: str, statement: str, **values: Any) -> Any:
    """Run one statement in a transaction of its own; its rows, if it returns any."""

    async def run() -> Any:
        engine = create_async_engine(url)
        async with engine.begin() as conn:
            result = await conn.execute(sa.text(statement), values)
            rows = result.all() if result.returns_rows else None
        await engine.dispose()
        return rows

    return asyncio.run(run())


def test_upgrade_builds_the_declared_schema(databases: Databases) -> None:
    url = databases.new(with_wuhai=False)
    assert _differences(url) == []


def test_downgrade_and_upgrade_again(databases: Databases) -> None:
    url = databases.new(with_wuhai=False)
    command.downgrade(alembic_config(url), "base")
    assert _differences(url)  # the tables are gone
    upgrade(url)
    assert _differences(url) == []


def test_upgrade_is_idempotent(databases: Databases) -> None:
    url = databases.new(with_wuhai=True)
    upgrade(url)
    assert _differences(url) == []


def test_the_projects_milestone_days_are_copied_from_their_histories(
    databases: Databases,
) -> None:
    """A database of before 0012 gains the days its projects reached construction,
    completion and acceptance, from their records."""
    url = databases.new(with_wuhai=True)
    command.downgrade(alembic_config(url), "0011")
    history = [
        {"from_stage": None, "to": "planned", "on": "2022-03-01", "by": "x"},
        {"from_stage": "designing", "to": "under_construction", "on": "2022-04-06", "by": "x"},
    ]

    _sql(
        url,
        "INSERT INTO projects (programme_id, compound_id, year, stage, record, revision)"
        " SELECT programme_id, min(id), 2022, 'under_construction', :record, 'r'"
        " FROM compounds GROUP BY programme_id",
        record=json.dumps({"history": history, "budget_yuan": "1.00"}),
    )
    upgrade(url)
    [(started, completed)] = _sql(url, "SELECT started_on, completed_on FROM projects")
    assert (str(started), completed) == ("2022-04-06", None)


def test_names_recorded_before_the_text_rule_are_counted_for_the_summary(
    databases: Databases,
) -> None:
    """A database of before 0019 gains each compound's count of names the text rule refuses,
    as ``core.text_findings`` counts them, so that the summary counts them in SQL."""
    url = databases.new(with_wuhai=True)
    command.downgrade(alembic_config(url), "0018")

    _sql(
        url,
        "UPDATE compounds SET name = :name, original_property_unit = :unit"
        " WHERE code = '150302-0001'",
        name="团结\x07小区",
        unit="\u202eunit",
    )
    upgrade(url)
    counted = _sql(url, "SELECT code, text_findings FROM compounds WHERE text_findings > 0")
    assert [tuple(row) for row in counted] == [("150302-0001", 2)]


def test_aftercare_gains_the_days_it_was_first_managed_and_funded(databases: Databases) -> None:
    """A database of before 0020 gains, beside each aftercare record, the day of its first
    management mode and of its fund, as ``Aftercare.managed_from`` and ``funded_from`` say."""
    url = databases.new(with_wuhai=True)
    command.downgrade(alembic_config(url), "0019")
    managed = {
        "management": [{"mode": "community", "since": "2022-11-12"}, {"since": "2023-03-01"}],
        "fund": {"created_on": "2022-12-01"},
    }

    for code, record in (("150302-0001", managed), ("150302-0002", {"management": []})):
        _sql(
            url,
            "INSERT INTO aftercare (compound_id, record, revision)"
            " SELECT id, :record, 'r' FROM compounds WHERE code = :code",
            record=json.dumps(record),
            code=code,
        )
    upgrade(url)
    days = _sql(url, "SELECT managed_from, funded_from FROM aftercare ORDER BY id")
    assert [tuple(str(d) if d else None for d in row) for row in days] == [
        ("2022-11-12", "2022-12-01"),
        (None, None),
    ]


def test_fundings_gain_what_each_source_funds_as_planned_and_approved(
    databases: Databases,
) -> None:
    """A database of before 0022 gains, beside each funding, each source's sum of its plan's
    lines and of its approved version's, in fen, as ``FundingPlan.by_source`` sums them."""
    url = databases.new(with_wuhai=True)
    command.downgrade(alembic_config(url), "0021")
    line = {"party": "x", "items": ["drainage"], "network": None, "residents_agreed": False}
    record = {
        "plan": {
            "compound": "150302-0001",
            "year": 2022,
            "lines": [
                {**line, "source": "central_subsidy", "amount_yuan": "100"},
                {**line, "source": "city_finance", "amount_yuan": "20.5"},
                {**line, "source": "central_subsidy", "amount_yuan": "0.25"},
            ],
        },
        "approved": {
            "compound": "150302-0001",
            "year": 2022,
            "lines": [{**line, "source": "special_bond", "amount_yuan": "7"}],
        },
    }

    _sql(
        url,
        "UPDATE fundings SET record = :record"
        " WHERE compound_id = (SELECT id FROM compounds WHERE code = '150302-0001')",
        record=json.dumps(record),
    )
    upgrade(url)
    amounts = _sql(
        url,
        "SELECT a.source, a.planned_fen, a.approved_fen FROM funding_amounts a"
        " JOIN fundings f ON f.id = a.funding_id JOIN compounds c ON c.id = f.compound_id"
        " WHERE c.code = '150302-0001' ORDER BY a.source",
    )
    assert [tuple(row) for row in amounts] == [
        ("central_subsidy", 10025, 0),
        ("city_finance", 2050, 0),
        ("special_bond", 0, 700),
    ]
    [(fundings, with_amounts)] = _sql(
        url,
        "SELECT count(DISTINCT f.id), count(DISTINCT a.funding_id)"
        " FROM fundings f LEFT JOIN funding_amounts a ON a.funding_id = f.id",
    )
    assert fundings > 100
    assert with_amounts == fundings  # every other funding's plan too


def test_projects_gain_the_days_their_major_events_happened(databases: Databases) -> None:
    """A database of before 0023 gains, beside each project, the day in China each of its
    major events happened."""
    url = databases.new(with_wuhai=True)
    command.downgrade(alembic_config(url), "0022")
    event = {"kind": "stoppage", "consequence": "x", "measures": "y", "reported_by": "k"}
    records = {
        "150302-0001": [
            {**event, "number": 1, "occurred_at": "2023-05-31T20:00:00+00:00"},
            {**event, "number": 2, "occurred_at": "2023-07-02T09:30:00+08:00"},
        ],
        "150302-0002": [],
    }
    for code, events in records.items():
        _sql(
            url,
            "INSERT INTO projects (programme_id, compound_id, year, stage, record, revision)"
            " SELECT programme_id, id, 2023, 'planned', :record, 'r' FROM compounds"
            " WHERE code = :code",
            record=json.dumps(
                {"compound": code, "history": [], "budget_yuan": "1.00", "major_events": events}
            ),
            code=code,
        )
    upgrade(url)
    days = _sql(
        url,
        "SELECT c.code, m.number, m.occurred_on FROM major_events m"
        " JOIN projects p ON p.id = m.project_id JOIN compounds c ON c.id = p.compound_id"
        " ORDER BY c.code, m.number",
    )
    assert [(code, n, str(day)) for code, n, day in days] == [
        ("150302-0001", 1, "2023-06-01"),
        ("150302-0001", 2, "2023-07-02"),
    ]


def test_the_flags_money_raises_are_counted_and_projects_gain_their_budget_and_tender_day(
    databases: Databases,
) -> None:
    """A database of before 0024 gains, beside each funding, the count of flags its money
    raises (``core.funding.money_flags``), and beside each project its budget in fen and the
    day it reached its tender, so that the database finds the compounds a flag is raised on."""
    url = databases.new(with_wuhai=True)
    command.downgrade(alembic_config(url), "0023")
    line = {"party": "x", "items": ["drainage"], "network": None, "residents_agreed": False}
    plan = {
        "compound": "150302-0001",
        "year": 2022,
        "lines": [{**line, "source": "central_subsidy", "amount_yuan": "100"}],
    }
    record = {"plan": plan, "status": "approved", "approved": plan, "approved_on": "2022-03-08"}
    where = (
        "(SELECT id FROM fundings WHERE compound_id = (SELECT id FROM compounds WHERE code = :c))"
    )
    _sql(
        url,
        f"UPDATE fundings SET record = :record WHERE id = {where}",
        record=json.dumps(record),
        c="150302-0001",
    )
    entry = (
        "INSERT INTO ledger_entries (funding_id, number, line, source, paid_on, payee, amount_fen,"
        " purpose, document, recorded_on, recorded_by)"
        f" SELECT {where}, :n, 1, 'central_subsidy', :paid_on, 'p', :fen, :purpose, 'd',"
        " :paid_on, 'k'"
    )
    # Before the approval, and for an item the line does not fund: two flags, then one over it.
    for n, (day, fen, purpose) in enumerate(
        ((datetime.date(2022, 3, 1), 5000, "drainage"), (datetime.date(2022, 5, 1), 4000, "roads"),
         (datetime.date(2022, 5, 2), 2000, "drainage")),
        start=1,
    ):  # fmt: skip
        _sql(url, entry, c="150302-0001", n=n, paid_on=day, fen=fen, purpose=purpose)
    history = [
        {"from_stage": None, "to": "planned", "on": "2022-03-01", "by": "x"},
        {"from_stage": "approved", "to": "tendered", "on": "2022-04-02", "by": "x"},
    ]
    for code, steps in (("150302-0001", history), ("150302-0002", history[:1])):
        _sql(
            url,
            "INSERT INTO projects (programme_id, compound_id, year, stage, record, revision)"
            " SELECT programme_id, id, 2022, 'planned', :record, 'r' FROM compounds"
            " WHERE code = :code",
            record=json.dumps({"history": steps, "budget_yuan": "4200000.05"}),
            code=code,
        )
    upgrade(url)
    counted = _sql(
        url,
        "SELECT c.code, f.money_flags, f.approved_fen FROM fundings f"
        " JOIN compounds c ON c.id = f.compound_id WHERE f.money_flags > 0",
    )
    assert [tuple(row) for row in counted] == [("150302-0001", 3, 10000)]
    projects = _sql(
        url,
        "SELECT c.code, p.let_on, p.budget_fen FROM projects p"
        " JOIN compounds c ON c.id = p.compound_id ORDER BY c.code",
    )
    assert [(code, str(let) if let else None, fen) for code, let, fen in projects] == [
        ("150302-0001", "2022-04-02", 420000005),
        ("150302-0002", None, 420000005),
    ]


def test_projects_gain_the_day_their_design_was_approved_and_their_first_acceptance(
    databases: Databases,
) -> None:
    """A database of before 0025 gains, beside each project, the day its design was approved
    and its first acceptance meeting's day and outcome (the earliest held; of two the same day,
    the first recorded; the first day it was approved, not the day it resumed there), so that
    the city's assessment counts its districts in SQL."""
    url = databases.new(with_wuhai=True)
    command.downgrade(alembic_config(url), "0024")
    history = [
        {"from_stage": None, "to": "planned", "on": "2022-03-01", "by": "x"},
        {"from_stage": "designing", "to": "approved", "on": "2022-03-20", "by": "x"},
        {"from_stage": "approved", "to": "suspended", "on": "2022-03-25", "by": "x"},
        {"from_stage": "suspended", "to": "approved", "on": "2022-04-01", "by": "x"},
    ]
    meetings = [
        {"number": 1, "held_on": "2022-10-15", "passed": True},
        {"number": 2, "held_on": "2022-10-12", "passed": False},
        {"number": 3, "held_on": "2022-10-12", "passed": True},
    ]
    for code, steps, held in (
        ("150302-0001", history, meetings),
        ("150302-0002", history[:1], []),
    ):
        _sql(
            url,
            "INSERT INTO projects (programme_id, compound_id, year, stage, record, revision,"
            " budget_fen) SELECT programme_id, id, 2022, 'planned', :record, 'r', 0"
            " FROM compounds WHERE code = :code",
            record=json.dumps({"history": steps, "acceptances": held}),
            code=code,
        )
    upgrade(url)
    projects = _sql(
        url,
        "SELECT c.code, p.approved_on, p.first_acceptance_on, p.first_acceptance_passed"
        " FROM projects p JOIN compounds c ON c.id = p.compound_id ORDER BY c.code",
    )
    assert [
        (code, str(approved) if approved else None, str(held) if held else None, passed)
        for code, approved, held, passed in projects
    ] == [
        ("150302-0001", "2022-03-20", "2022-10-12", False),
        ("150302-0002", None, None, None),
    ]


def test_a_deleted_pairings_number_is_not_given_again(databases: Databases) -> None:
    """A database of before 0026 whose last pairing was deleted gives its number to no other:
    the audit log's record of that number is of one pairing. (PostgreSQL's sequence never
    gave one twice; SQLite, without AUTOINCREMENT, gave the largest number in use plus one.)"""
    url = databases.new(with_wuhai=True)
    command.downgrade(alembic_config(url), "0025")
    add = (
        "INSERT INTO pairings (programme_id, district_code, record, revision)"
        " SELECT min(id), '150302', '{}', 'r' FROM programmes"
    )
    for _ in range(3):
        _sql(url, add)
    _sql(
        url,
        "INSERT INTO audit_events (at, actor, role, action, resource)"
        " VALUES (:at, 'x', 'city_admin', 'create', :resource)",
        at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        resource="/v1/programmes/wuhai-2022-2024/pairings/3",
    )
    _sql(url, "DELETE FROM pairings WHERE id = 3")
    upgrade(url)
    _sql(url, add)
    _sql(url, "DELETE FROM pairings WHERE id = 4")
    _sql(url, add)
    assert [row.id for row in _sql(url, "SELECT id FROM pairings ORDER BY id")] == [1, 2, 5]


def test_a_name_recorded_with_a_bidirectional_mark_is_counted_for_the_summary(
    databases: Databases,
) -> None:
    """A database of before 0027 holding a name with a right-to-left mark gains its finding,
    as ``core.text_findings`` now counts it."""
    url = databases.new(with_wuhai=True)
    command.downgrade(alembic_config(url), "0026")
    _sql(
        url,
        "UPDATE compounds SET name = :name WHERE code = '150302-0001'",
        name="团结\u200f小区",
    )
    upgrade(url)
    counted = _sql(url, "SELECT code, text_findings FROM compounds WHERE text_findings > 0")
    assert [tuple(row) for row in counted] == [("150302-0001", 1)]
