"""The benchmarks' national-size dataset: deterministic, valid through the import's own reading,
and shaped like the national inventory."""

import datetime
import random
from collections import Counter, defaultdict
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from renovation_api.storage import tables
from renovation_api.storage.funding import entry_of
from renovation_core import RenovationPlan
from renovation_core.converter import structure
from renovation_core.delivery import Project, Stage
from renovation_core.funding import FlagKind, Funding, Ledger, supervise
from renovation_core.loading import dataset_from_mapping
from renovation_core.register.inventory import Entry, Inventory
from tests.bench import works
from tests.bench.national import DISTRICTS, programme, rows


def test_the_same_seed_gives_the_same_rows_and_every_row_imports() -> None:
    assert list(rows(500)) == list(rows(500))
    assert list(rows(500, seed=1)) != list(rows(500))
    _, outcomes = Inventory(
        dataset_from_mapping(programme()).programme, today=datetime.date(2026, 12, 5)
    ).open(rows(3000))
    entries = [o for o in outcomes if isinstance(o, Entry)]
    assert len(entries) == 3000
    compounds = [e.compound for e in entries]
    assert len({c.district for c in compounds}) == DISTRICTS
    assert all(1960 <= c.built_year <= 2000 for c in compounds)
    assert 80 < sorted(c.households for c in compounds)[1500] < 180  # the median
    kinds = Counter(c.property_type.code for c in compounds)
    assert kinds.most_common(1)[0][0] == "reformed"
    planned = sum(e.plan is not None for e in entries)
    assert 0.85 < planned / 3000 < 0.95


def test_the_works_are_records_the_core_reads_and_flag_only_the_gaps_let_unfunded() -> None:
    """Every planned compound's works as ``works.py`` writes them: the core's own records, a
    ledger paying the approved lines no further than approved, the money's own flags none, and
    an unfunded gap exactly where a project was let above its funding."""
    draw = random.Random(7)
    planned = [
        SimpleNamespace(
            id=n,
            compound_id=n,
            year=2022 + n % 3,
            investment_fen=draw.randrange(10**6, 10**9),
            code=f"900101-{n:05d}",
        )
        for n in range(1, 2001)
    ]
    items = dict.fromkeys(range(1, 2001), ("water_supply", "roads"))
    ids = iter((n, n) for n in range(1, 2001))
    written = works.batch(1, planned, items, ids, random.Random(2026)).of
    projects = {r["id"]: structure(r["record"], Project) for r in written[tables.projects]}
    fundings = {r["id"]: structure(r["record"], Funding) for r in written[tables.fundings]}
    ledgers: dict[int, list[Any]] = defaultdict(list)
    for entry in written[tables.ledger_entries]:
        ledgers[entry["funding_id"]].append(entry)
    gaps = 0
    for plan in planned:
        project, funding = projects[plan.id], fundings[plan.id]
        investment = Decimal(plan.investment_fen) / 100
        assert funding.approved is not None
        assert funding.approved.total_yuan == investment
        paid = Counter[int]()
        for entry in ledgers[plan.id]:
            paid[entry["line"]] += entry["amount_fen"]
            assert entry["paid_on"] >= funding.approved_on
        lines = funding.approved.lines
        assert all(paid[n] <= lines[n - 1].amount_yuan * 100 for n in paid)
        assert sum(paid.values()) == (
            plan.investment_fen if project.reached(Stage.COMPLETED) else paid[1]
        )
        renovation = RenovationPlan(
            compound=plan.code, year=plan.year, items=items[plan.id], investment_yuan=investment
        )
        entries = Ledger(tuple(entry_of(SimpleNamespace(**e)) for e in ledgers[plan.id]))
        flags = supervise(renovation, project, funding, entries)
        assert [f.kind for f in flags] == (
            [FlagKind.UNFUNDED_GAP] if project.budget_yuan > investment else []
        )
        gaps += bool(flags)
    assert all(r["money_flags"] == 0 for r in written[tables.fundings])
    assert 2 <= gaps <= 25  # one in two hundred
    completed = sum(p.reached(Stage.COMPLETED) is not None for p in projects.values())
    assert 0.85 < completed / 2000 < 0.95
