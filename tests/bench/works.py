"""The works delivered on the national inventory, for the reports that read them (part of
``nox -s bench``); never shipped as data.

Over the imported national programme (``national.py``), every planned compound gets a project
that went through design, tender and construction in its plan's year (nine in ten completed,
four in five of those accepted, one in a hundred with a major event on site), an approved
funding of three sources, the payments made against it as the works started and finished, and,
once accepted, its management mode (nine in ten) and maintenance fund (one in two); one in two
hundred was let for more than its funding was approved for (a supervision flag). Records are
made with the core's types and written with the storage's own row values (``project_values``,
``event_rows``, ``funding_values``, ``amount_rows``, ``entry_values``) by ``bulk.insert`` in one transaction:
the guards of each step (documents, units, committee) are the services' and not replayed here,
so what the reports read is shaped as a programme's is, not a history any officer recorded.
The same seed always gives the same works.
"""

import datetime
import random
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from renovation_api.settings import Settings
from renovation_api.storage import bulk, delivery, funding, tables
from renovation_api.storage.engine import open_database
from renovation_api.storage.register import new_revision
from renovation_core.converter import unstructure
from renovation_core.delivery import (
    ApprovalProfile,
    EventKind,
    MajorEvent,
    Organisation,
    Project,
    Stage,
    Transition,
)
from renovation_core.funding import (
    Bureau,
    Entry,
    Funding,
    FundingLine,
    FundingPlan,
    FundingSource,
    FundingStatus,
    Ledger,
    Review,
    Submission,
    Verdict,
)
from renovation_core.oversight import Aftercare, MaintenanceFund, Management, ManagementMode
from renovation_core.register.catalogue import STANDARD_CATALOGUE

BY = "key:bench"
CLIENT = Organisation(name="区住房和城乡建设局", credit_code="12150300MB0000001U")
PROFILE = ApprovalProfile(
    changes_land_ownership=False,
    low_risk=True,
    changes_main_structure=False,
    signs_commitment_notice=True,
)
# Each source's share of the investment, and which of its payments fall due when.
SHARES = (
    (FundingSource.CENTRAL_SUBSIDY, Decimal("0.5")),
    (FundingSource.CITY_FINANCE, Decimal("0.3")),
    (FundingSource.DISTRICT_FINANCE, Decimal("0.2")),
)
BATCH = 10_000
CHINA = datetime.timezone(datetime.timedelta(hours=8))
D = datetime.date


def _day(start: datetime.date, draw: random.Random, days: int) -> datetime.date:
    return start + datetime.timedelta(days=draw.randrange(days))


def _project(code: str, year: int, investment: Decimal, draw: random.Random) -> Project:
    started = _day(D(year, 3, 1), draw, 120)
    # One in two hundred let for more than its funding was approved for: an unfunded gap.
    budget = investment * Decimal("1.05") if draw.random() < 0.005 else investment
    steps = [
        (None, Stage.PLANNED, D(year - 1, 12, 1)),
        (Stage.PLANNED, Stage.CONSULTING, D(year, 1, 10)),
        (Stage.CONSULTING, Stage.DESIGNING, D(year, 1, 20)),
        (Stage.DESIGNING, Stage.APPROVED, D(year, 2, 10)),
        (Stage.APPROVED, Stage.TENDERED, D(year, 2, 20)),
        (Stage.TENDERED, Stage.UNDER_CONSTRUCTION, started),
    ]
    if draw.random() < 0.9:
        completed = _day(started + datetime.timedelta(days=120), draw, 80)
        steps.append((Stage.UNDER_CONSTRUCTION, Stage.COMPLETED, completed))
        if draw.random() < 0.8:
            steps.append((Stage.COMPLETED, Stage.ACCEPTED, _day(completed, draw, 30)))
    events: tuple[MajorEvent, ...] = ()
    if draw.random() < 0.01:
        day = _day(started, draw, 100)
        events = (
            MajorEvent(
                number=1,
                kind=draw.choice(list(EventKind)),
                occurred_at=datetime.datetime(day.year, day.month, day.day, 10, tzinfo=CHINA),
                consequence="施工围挡倒塌，无人员伤亡",
                measures="停工整改，加固围挡",
                reported_on=day,
                reported_by=BY,
            ),
        )
    return Project(
        compound=code,
        year=year,
        client=CLIENT,
        profile=PROFILE,
        networks=(),
        budget_yuan=budget.quantize(Decimal("0.01")),
        history=tuple(Transition(from_stage=a, to=b, on=on, by=BY) for a, b, on in steps),
        major_events=events,
    )


def _funding(code: str, year: int, investment: Decimal, items: tuple[str, ...]) -> Funding:
    lines, rest = [], investment
    for n, (source, share) in enumerate(SHARES):
        amount = rest if n == len(SHARES) - 1 else (investment * share).quantize(Decimal("0.01"))
        rest -= amount
        lines.append(
            FundingLine(source=source, party=source.label, amount_yuan=amount, items=items)
        )
    plan = FundingPlan(compound=code, year=year, lines=tuple(lines))
    approved_on = D(year, 2, 15)
    return Funding(
        plan=plan,
        status=FundingStatus.APPROVED,
        submissions=(Submission(round=1, on=D(year, 2, 1), by=BY),),
        reviews=tuple(
            Review(round=1, bureau=b, verdict=Verdict.APPROVED, on=approved_on, by=BY)
            for b in Bureau
        ),
        approved=plan,
        approved_on=approved_on,
    )


def _payments(found: Funding, project: Project) -> Iterator[Entry]:
    """Half of the central subsidy as the works start; the rest of it, and the city's and the
    district's shares, once they are completed."""
    started, completed = project.reached(Stage.UNDER_CONSTRUCTION), project.reached(Stage.COMPLETED)
    due: list[tuple[int, Decimal, datetime.date]] = []
    lines = found.plan.lines
    if started is not None:
        due.append((1, (lines[0].amount_yuan / 2).quantize(Decimal("0.01")), started.on))
    if completed is not None:
        due.append((1, lines[0].amount_yuan - due[0][1], completed.on))
        due += [(n + 1, line.amount_yuan, completed.on) for n, line in enumerate(lines) if n]
    for number, (line, amount, on) in enumerate(due, start=1):
        paid_on = on + datetime.timedelta(days=20)
        yield Entry(
            number=number,
            line=line,
            source=lines[line - 1].source,
            paid_on=paid_on,
            payee="承建单位",
            amount_yuan=amount,
            purpose=lines[line - 1].items[0],
            document=f"拨付凭证{number}",
            recorded_on=paid_on,
            recorded_by=BY,
        )


def _aftercare(code: str, project: Project, draw: random.Random) -> Aftercare | None:
    accepted = project.reached(Stage.ACCEPTED)
    if accepted is None or draw.random() >= 0.9:
        return None
    since = accepted.on + datetime.timedelta(days=draw.randrange(10, 60))
    mode = draw.choice(list(ManagementMode))
    return Aftercare(
        compound=code,
        management=(Management(mode=mode, since=since, provider="物业服务企业"),),
        fund=MaintenanceFund(created_on=since) if draw.random() < 0.5 else None,
    )


class _Rows:
    """The rows of one batch, table by table."""

    def __init__(self) -> None:
        self.of: dict[sa.Table, list[dict[str, Any]]] = defaultdict(list)

    def add(self, table: sa.Table, *rows: dict[str, Any]) -> None:
        self.of[table].extend(rows)


def batch(
    programme_id: int,
    planned: Sequence[Any],
    items: Mapping[int, tuple[str, ...]],
    ids: Iterator[tuple[int, int]],
    draw: random.Random,
) -> _Rows:
    rows = _Rows()
    for plan in planned:
        investment = Decimal(plan.investment_fen) / 100
        project = _project(plan.code, plan.year, investment, draw)
        project_id, funding_id = next(ids)
        rows.add(
            tables.projects,
            {
                "id": project_id,
                "programme_id": programme_id,
                "compound_id": plan.compound_id,
                "year": plan.year,
                **delivery.project_values(project),
            },
        )
        rows.add(tables.major_events, *delivery.event_rows(project_id, project))
        found = _funding(plan.code, plan.year, investment, items[plan.id])
        paid = Ledger(tuple(_payments(found, project)))
        rows.add(
            tables.fundings,
            {
                "id": funding_id,
                "programme_id": programme_id,
                "compound_id": plan.compound_id,
                **funding.funding_values(found, paid),
            },
        )
        rows.add(tables.funding_amounts, *funding.amount_rows(funding_id, found))
        rows.add(
            tables.ledger_entries, *(funding.entry_values(funding_id, e) for e in paid.entries)
        )
        care = _aftercare(plan.code, project, draw)
        if care is not None:
            rows.add(
                tables.aftercare,
                {
                    "compound_id": plan.compound_id,
                    "record": unstructure(care),
                    "revision": new_revision(),
                    "managed_from": care.managed_from,
                    "funded_from": care.funded_from,
                },
            )
    return rows


async def deliver(url: str, programme: str, seed: int = 2026) -> dict[str, int]:
    """Write the works of every planned compound of ``programme`` in the database at ``url``,
    in one transaction (then, on PostgreSQL, counted and made visible to index-only scans as
    autovacuum would after such a load); the rows written, by table."""
    database = open_database(Settings.from_env({"RENOVATION_DATABASE_URL": url}))
    draw = random.Random(seed)
    counts: dict[str, int] = defaultdict(int)
    c, p, i = tables.compounds.c, tables.plans.c, tables.plan_items.c
    try:
        async with database.writer.begin() as conn:
            programme_id = await conn.scalar(
                sa.select(tables.programmes.c.id).where(tables.programmes.c.code == programme)
            )
            assert programme_id is not None
            planned = (
                await conn.execute(
                    sa.select(p.id, p.compound_id, p.year, p.investment_fen, c.code)
                    .join(tables.compounds, c.id == p.compound_id)
                    .where(c.programme_id == programme_id)
                    .order_by(p.id)
                )
            ).all()
            project_ids = await bulk.new_ids(conn, tables.projects, len(planned))
            funding_ids = await bulk.new_ids(conn, tables.fundings, len(planned))
            ids = zip(project_ids, funding_ids, strict=True)
            for start in range(0, len(planned), BATCH):
                chunk = planned[start : start + BATCH]
                items: dict[int, list[str]] = defaultdict(list)
                for plan_id, item in await conn.execute(
                    sa.select(i.plan_id, i.item_code).where(
                        i.plan_id.between(chunk[0].id, chunk[-1].id)
                    )
                ):
                    items[plan_id].append(item)
                rows = batch(
                    programme_id, chunk, {k: tuple(v) for k, v in items.items()}, ids, draw
                )
                for table, written in rows.of.items():
                    await bulk.insert(conn, table, written)
                    counts[table.name] += len(written)
        if database.writer.dialect.name == "postgresql":  # as autovacuum would after a load
            vacuum = database.writer.execution_options(isolation_level="AUTOCOMMIT")
            async with vacuum.connect() as conn:
                await conn.execute(sa.text("VACUUM ANALYZE"))
    finally:
        await database.dispose()
    return dict(counts)


# The reports over the works, each beside the statements that read what it needs (its floor),
# as the deployment's administrator reads them: the money by source and year, the flags, a
# month's progress (as of its end and of the day before it began) with its major events, the
# contracts of a year tracked to today, management coverage at the end of 2023, a pairing's
# compounds, a district's warnings, the city's survey, and what was delivered.
_PLANNED = "FROM plans p JOIN compounds c ON c.id = p.compound_id"
_SIGNED = "sum(CASE WHEN e.reverses IS NULL THEN e.amount_fen ELSE -e.amount_fen END)"
_LEDGER = "JOIN fundings f ON f.compound_id = c.id JOIN ledger_entries e ON e.funding_id = f.id"
FUNDING = (
    f"SELECT DISTINCT c.district_code {_PLANNED} WHERE c.programme_id = 1",
    "SELECT f.year, c.district_code, a.source, sum(a.planned_fen), sum(a.approved_fen)"
    f" {_PLANNED} JOIN fundings f ON f.compound_id = c.id"
    " JOIN funding_amounts a ON a.funding_id = f.id WHERE c.programme_id = 1 GROUP BY 1, 2, 3",
    f"SELECT f.year, c.district_code, e.source, {_SIGNED} {_PLANNED} {_LEDGER}"
    " WHERE c.programme_id = 1 GROUP BY 1, 2, 3",
)
_FLAGGED = (
    "c.id IN (SELECT compound_id FROM fundings WHERE programme_id = 1 AND money_flags > 0"
    " UNION SELECT j.compound_id FROM projects j LEFT JOIN fundings f"
    " ON f.compound_id = j.compound_id WHERE j.programme_id = 1 AND j.stage != 'cancelled'"
    " AND j.let_on IS NOT NULL AND j.budget_fen > coalesce(f.approved_fen, 0))"
)
FLAGS = (
    f"SELECT c.*, p.*, f.record, j.record {_PLANNED} LEFT JOIN fundings f"
    " ON f.compound_id = c.id LEFT JOIN projects j ON j.compound_id = c.id"
    f" AND j.stage != 'cancelled' WHERE c.programme_id = 1 AND {_FLAGGED}",
    f"SELECT e.* FROM compounds c {_LEDGER} WHERE c.programme_id = 1 AND {_FLAGGED}",
)


def progress(year: int, day: datetime.date) -> tuple[str, str]:
    """Each district's progress on ``year``'s plan by ``day``: counts, then money paid."""
    by = f"'{day.isoformat()}'"
    reached = ", ".join(
        f"sum(CASE WHEN j.{column} <= {by} THEN {n} ELSE 0 END)"
        for column in ("started_on", "completed_on")
        for n in ("1", "c.households")
    )
    return (
        f"SELECT c.district_code, count(*), sum(c.households), {reached} {_PLANNED}"
        " LEFT JOIN projects j ON j.compound_id = c.id AND j.stage != 'cancelled'"
        f" WHERE c.programme_id = 1 AND p.year = {year} GROUP BY 1",
        f"SELECT c.district_code, {_SIGNED} {_PLANNED} {_LEDGER}"
        f" WHERE c.programme_id = 1 AND p.year = {year} AND e.paid_on <= {by} GROUP BY 1",
    )


MONTHLY = (
    *progress(2023, D(2023, 12, 31)),
    *progress(2023, D(2023, 11, 30)),
    "SELECT j.record FROM projects j JOIN major_events m ON m.project_id = j.id"
    " WHERE j.programme_id = 1 AND m.occurred_on BETWEEN '2023-12-01' AND '2023-12-31'",
)
_RENOVATED = (
    f"{_PLANNED} LEFT JOIN aftercare a ON a.compound_id = c.id WHERE c.programme_id = 1"
    " AND EXISTS (SELECT 1 FROM projects j WHERE j.compound_id = c.id"
    " AND j.stage != 'cancelled' AND j.accepted_on <= '2023-12-31')"
)
MANAGEMENT = (
    "SELECT c.district_code, count(*),"
    " sum(CASE WHEN a.managed_from <= '2023-12-31' THEN 1 ELSE 0 END),"
    f" sum(CASE WHEN a.funded_from <= '2023-12-31' THEN 1 ELSE 0 END) {_RENOVATED} GROUP BY 1",
    f"SELECT c.district_code, c.code {_RENOVATED}"
    " AND (a.managed_from IS NULL OR a.managed_from > '2023-12-31') ORDER BY c.code",
)

# The survey of 2023 to its end, by district: its own view (the year's plan, and what started,
# completed and was paid in the year: what a province's or the nation's roll-up sums), and for a
# city the plan's (the year's plan as it stood on the last day) and the year's starts by plan year.
_SIZE = "c.district_code, count(*), sum(c.buildings), sum(c.households), sum(c.floor_area_centi)"
_LIVE = "JOIN projects j ON j.compound_id = c.id AND j.stage != 'cancelled'"


def _survey(plan: str, when: str) -> tuple[str, ...]:
    """What started, completed and was paid ``when``, of the compounds planned ``plan``."""
    return (
        *(
            f"SELECT {_SIZE} {_PLANNED} {_LIVE} WHERE c.programme_id = 1{plan} AND j.{column}"
            f" {when} GROUP BY 1"
            for column in ("started_on", "completed_on")
        ),
        f"SELECT c.district_code, {_SIGNED} {_PLANNED} {_LEDGER} WHERE c.programme_id = 1{plan}"
        f" AND e.paid_on {when} GROUP BY 1",
    )


_IN_2023 = "BETWEEN '2023-01-01' AND '2023-12-31'"
BY_PERIOD = (
    f"SELECT {_SIZE}, sum(p.investment_fen) {_PLANNED} WHERE c.programme_id = 1 AND p.year = 2023"
    " GROUP BY 1",
    *_survey("", _IN_2023),
)
SURVEY = (
    *BY_PERIOD,
    *_survey(" AND p.year = 2023", "<= '2023-12-31'"),
    f"SELECT {_SIZE}, p.year {_PLANNED} {_LIVE} WHERE c.programme_id = 1"
    f" AND j.started_on {_IN_2023} GROUP BY 1, p.year",
)
# What was delivered by the end of 2024 beside the targets: the works accepted by then and the
# money paid, by plan year and district; and coverage on them (the catalogue's categories as a
# CASE).
DELIVERED = (
    f"SELECT {_SIZE}, p.year {_PLANNED} {_LIVE} WHERE c.programme_id = 1"
    " AND j.accepted_on <= '2024-12-31' GROUP BY 1, p.year",
    f"SELECT p.year, c.district_code, {_SIGNED} {_PLANNED} {_LEDGER} WHERE c.programme_id = 1"
    " AND e.paid_on <= '2024-12-31' GROUP BY 1, 2",
)
CATEGORY = " ".join(
    f"WHEN '{item.code}' THEN '{item.category.code}'" for item in STANDARD_CATALOGUE
)
COVERAGE_DELIVERED = (
    "SELECT district_code, count(*) FROM compounds WHERE programme_id = 1 AND eligible"
    " GROUP BY district_code",
    f"SELECT CASE i.item_code {CATEGORY} END, c.district_code, count(DISTINCT c.id)"
    " FROM plan_items i JOIN plans p ON p.id = i.plan_id JOIN compounds c ON c.id = p.compound_id"
    " WHERE c.programme_id = 1 AND c.eligible AND c.id IN (SELECT compound_id FROM projects"
    " WHERE accepted_on <= '2024-12-31') GROUP BY 1, 2",
)

# A leader paired with a district (包联) and the planned compounds it covers: the district's
# planned compounds with their plans' years and their live projects' stages.
PAIRING = {
    "leader": "基准副市长",
    "title": "第1市副市长",
    "district": "900101",
    "since": "2023-01-10",
}
_PAIRED = "c.programme_id = 1 AND c.district_code = '900101'"
PAIRED = (
    f"SELECT c.code, c.name, c.district_code, p.year, j.stage {_PLANNED} LEFT JOIN projects j"
    f" ON j.compound_id = c.id AND j.stage != 'cancelled' WHERE {_PAIRED} ORDER BY c.code",
)

# A district's warnings in the middle of 2024: its compounds with their plans, their projects
# and the aftercare records beside them.
WARNINGS = (
    f"SELECT c.*, p.* FROM compounds c LEFT JOIN plans p ON p.compound_id = c.id WHERE {_PAIRED}",
    f"SELECT j.record FROM projects j JOIN compounds c ON c.id = j.compound_id WHERE {_PAIRED}",
    f"SELECT a.record FROM aftercare a JOIN compounds c ON c.id = a.compound_id WHERE {_PAIRED}",
)

# The city's assessment of 2023 as of its end (a write): what it counts of each district's year
# (prepared by the tender deadline, the end of 2022), and management coverage.
_ON_TIME = "'2022-12-31'"
ASSESSING = (
    "SELECT c.district_code, count(*), "
    + ", ".join(
        f"sum(CASE WHEN {condition} THEN 1 ELSE 0 END)"
        for condition in (
            f"j.approved_on <= {_ON_TIME}",
            f"j.let_on <= {_ON_TIME}",
            "j.started_on <= '2023-12-31'",
            "j.first_acceptance_on <= '2023-12-31'",
            "j.first_acceptance_on <= '2023-12-31' AND j.first_acceptance_passed",
        )
    )
    + f" {_PLANNED} LEFT JOIN projects j ON j.compound_id = c.id AND j.stage != 'cancelled'"
    " WHERE c.programme_id = 1 AND p.year = 2023 GROUP BY 1",
    *MANAGEMENT,
)


def reports(today: datetime.date) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(report, path under the programme, floor statements), tracked as of ``today``."""
    return (
        ("funding", "/reports/funding", FUNDING),
        ("funding flags", "/funding-flags?page_size=500", FLAGS),
        ("monthly (2023-12)", "/monthly-reports/2023-12", MONTHLY),
        (
            "contracts (2023)",
            "/contracts?year=2023&page_size=500",
            (
                *progress(2023, today),
                "SELECT record FROM responsibility_contracts WHERE programme_id = 1 AND year = 2023",
            ),
        ),
        ("management coverage", "/management-coverage?as_of=2023-12-31", MANAGEMENT),
        ("a pairing's compounds", "/pairings/1", PAIRED),  # the first pairing: PAIRING
        ("warnings, a district", "/warnings?as_of=2024-06-30&district=900101", WARNINGS),
        ("survey, city (2023)", "/reports/survey?year=2023&as_of=2023-12-31", SURVEY),
        ("delivered (2024)", "/reports/delivered?as_of=2024-12-31", DELIVERED),
        (
            "coverage, delivered (2024)",
            "/reports/coverage-delivered?as_of=2024-12-31",
            COVERAGE_DELIVERED,
        ),
    )
