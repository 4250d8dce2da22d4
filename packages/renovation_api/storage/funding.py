"""Fundings and their ledgers.

A compound's funding (plan, submissions, reviews, approved version) is one aggregate, stored
whole as the core's converter writes it, with its year and status copied into columns for
lists. Its ledger is rows, one per entry, only ever inserted: the database refuses to update or
delete them. Posting an entry also replaces the funding's revision, so two payments from one
funding can never both be judged against the same balance. ``SqlFundings`` is the fundings
repository; ``SqlMoney`` the read model of every compound's money the reports share.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

import renovation_core as core
from renovation_api.services.unit_of_work import CompoundMoney, Place, Stored
from renovation_api.storage import bulk, delivery, mapping, register, statistics, tables
from renovation_api.storage.connection import Connection
from renovation_api.storage.register import ProgrammeIds, new_revision, within
from renovation_core.converter import structure, unstructure
from renovation_core.funding import (
    Amounts,
    Cells,
    Entry,
    Funding,
    FundingPlan,
    FundingSource,
    FundingStatus,
    Ledger,
    money_flags,
)
from renovation_core.oversight import Counts, Progress
from renovation_core.statistics import Delivery, Period, Quantities, SurveyFigures

f = tables.fundings
fa = tables.funding_amounts
e = tables.ledger_entries
j = tables.projects
c = tables.compounds

# A funding row with the compound columns lists and scope checks need.
_FUNDING_ROW: sa.Select[*tuple[Any, ...]] = sa.select(
    f.c.id,
    f.c.compound_id,
    f.c.year,
    f.c.status,
    f.c.record,
    f.c.revision,
    c.c.code.label("compound"),
    c.c.district_code,
    c.c.street_code,
).join(c, c.c.id == f.c.compound_id)


def funding_of(row: Any) -> Funding:
    return structure(row.record, Funding)


async def get_funding(conn: Connection, compound_id: int) -> sa.Row[Any] | None:
    return (await conn.execute(_FUNDING_ROW.where(f.c.compound_id == compound_id))).first()


def funding_values(funding: Funding, ledger: Ledger) -> dict[str, Any]:
    """The funding's record and the columns copied from it and its ``ledger``, under a new
    revision."""
    return {
        "year": funding.plan.year,
        "status": funding.status.code,
        "record": unstructure(funding),
        "money_flags": money_flags(funding, ledger),
        "approved_fen": mapping.to_hundredths(funding.approved.total_yuan)
        if funding.approved
        else 0,
        "revision": new_revision(),
    }


def amount_rows(funding_id: int, funding: Funding) -> list[dict[str, Any]]:
    """The funding's ``funding_amounts`` rows: each source of its plan or approved version."""
    planned = funding.plan.by_source()
    approved = funding.approved.by_source() if funding.approved else {}
    return [
        {
            "funding_id": funding_id,
            "source": source.code,
            "planned_fen": mapping.to_hundredths(planned.get(source, Decimal(0))),
            "approved_fen": mapping.to_hundredths(approved.get(source, Decimal(0))),
        }
        for source in FundingSource
        if source in planned or source in approved
    ]


async def insert_funding(
    conn: Connection, programme_id: int, compound_id: int, funding: Funding
) -> tuple[int, str]:
    """Store the compound's funding (its ledger empty); its row id and revision."""
    values = funding_values(funding, Ledger())
    row_id = await conn.scalar(
        f.insert()
        .values(programme_id=programme_id, compound_id=compound_id, **values)
        .returning(f.c.id)
    )
    assert row_id is not None
    await bulk.insert(conn, fa, amount_rows(row_id, funding))
    return row_id, str(values["revision"])


async def insert_fundings(
    conn: Connection, programme_id: int, plans: Iterable[FundingPlan]
) -> None:
    """Insert the drafts a programme file brings (loading it)."""
    plans = list(plans)
    if not plans:
        return
    result = await conn.execute(sa.select(c.c.code, c.c.id).where(c.c.programme_id == programme_id))
    ids: dict[str, int] = dict(result.all())
    await conn.execute(
        f.insert(),
        [
            {
                "programme_id": programme_id,
                "compound_id": ids[p.compound],
                **funding_values(Funding(plan=p), Ledger()),
            }
            for p in plans
        ],
    )
    stored = await conn.execute(
        sa.select(f.c.compound_id, f.c.id).where(f.c.programme_id == programme_id)
    )
    funding_ids: dict[int, int] = dict(stored.all())
    await bulk.insert(
        conn,
        fa,
        [row for p in plans for row in amount_rows(funding_ids[ids[p.compound]], Funding(plan=p))],
    )


async def save_funding(
    conn: Connection, row_id: int, revision: str, funding: Funding
) -> str | None:
    """Rewrite the funding if it is still at ``revision``; its new revision, or None if another
    write came first."""
    values = funding_values(funding, await ledger(conn, row_id))
    result = await conn.execute(
        f.update().where(f.c.id == row_id, f.c.revision == revision).values(**values)
    )
    if result.rowcount != 1:
        return None
    await conn.execute(fa.delete().where(fa.c.funding_id == row_id))
    await bulk.insert(conn, fa, amount_rows(row_id, funding))
    return str(values["revision"])


async def delete_draft(conn: Connection, row_id: int, revision: str) -> bool:
    """Remove a funding that never went for review (its ledger is empty) if it is still at
    ``revision``; False if another write came first."""
    result = await conn.execute(f.delete().where(f.c.id == row_id, f.c.revision == revision))
    return result.rowcount == 1


async def claim_funding(conn: Connection, row_id: int, revision: str, flags: int) -> str | None:
    """Take the funding at ``revision`` for a posting that leaves its money with ``flags``;
    None if another write came first."""
    new = new_revision()
    result = await conn.execute(
        f.update()
        .where(f.c.id == row_id, f.c.revision == revision)
        .values(revision=new, money_flags=flags)
    )
    return new if result.rowcount == 1 else None


def entry_of(row: Any) -> Entry:
    return Entry(
        number=row.number,
        line=row.line,
        source=FundingSource.from_code(row.source),
        paid_on=row.paid_on,
        payee=row.payee,
        amount_yuan=mapping.from_hundredths(row.amount_fen),
        purpose=row.purpose,
        document=row.document,
        recorded_on=row.recorded_on,
        recorded_by=row.recorded_by,
        reverses=row.reverses,
        reason=row.reason,
    )


async def ledger(conn: Connection, funding_id: int) -> Ledger:
    rows = await conn.execute(sa.select(e).where(e.c.funding_id == funding_id).order_by(e.c.number))
    return Ledger(tuple(entry_of(row) for row in rows))


def entry_values(funding_id: int, entry: Entry) -> dict[str, Any]:
    """The entry's ``ledger_entries`` row."""
    return {
        "funding_id": funding_id,
        "number": entry.number,
        "line": entry.line,
        "source": entry.source.code,
        "paid_on": entry.paid_on,
        "payee": entry.payee,
        "amount_fen": mapping.to_hundredths(entry.amount_yuan),
        "purpose": entry.purpose,
        "document": entry.document,
        "recorded_on": entry.recorded_on,
        "recorded_by": entry.recorded_by,
        "reverses": entry.reverses,
        "reason": entry.reason,
    }


async def append(conn: Connection, funding_id: int, entry: Entry) -> None:
    await conn.execute(e.insert().values(**entry_values(funding_id, entry)))


async def entries_page(
    conn: Connection, funding_id: int, after: int | None, limit: int
) -> list[Entry]:
    query = sa.select(e).where(e.c.funding_id == funding_id).order_by(e.c.number).limit(limit)
    if after is not None:
        query = query.where(e.c.number > after)
    return [entry_of(row) for row in await conn.execute(query)]


async def get_entry(conn: Connection, funding_id: int, number: int) -> Entry | None:
    row = (
        await conn.execute(sa.select(e).where(e.c.funding_id == funding_id, e.c.number == number))
    ).first()
    return None if row is None else entry_of(row)


async def list_fundings(
    conn: Connection,
    programme_id: int,
    where: Sequence[sa.ColumnElement[bool]],
    seen_by: core.Principal,
    after: str | None,
    limit: int,
) -> Sequence[sa.Row[Any]]:
    """A page of the fundings ``seen_by`` may see, by compound code."""
    query = (
        _FUNDING_ROW.where(f.c.programme_id == programme_id, *where, *within(seen_by))
        .order_by(c.c.code)
        .limit(limit)
    )
    if after is not None:
        query = query.where(c.c.code > after)
    return (await conn.execute(query)).all()


async def all_fundings(
    conn: Connection,
    programme_id: int,
    seen_by: core.Principal,
    where: Sequence[sa.ColumnElement[bool]] = (),
) -> tuple[Sequence[sa.Row[Any]], dict[int, Ledger]]:
    """Every funding ``seen_by`` may see (of the compounds matching ``where``), by compound
    code, and each one's ledger."""
    chosen = (f.c.programme_id == programme_id, *within(seen_by), *where)
    rows = (await conn.execute(_FUNDING_ROW.where(*chosen).order_by(c.c.code))).all()
    entries: dict[int, list[Entry]] = defaultdict(list)
    query = (
        sa.select(e)
        .join(f, f.c.id == e.c.funding_id)
        .join(c, c.c.id == f.c.compound_id)
        .where(*chosen)
        .order_by(e.c.funding_id, e.c.number)
    )
    for row in await conn.execute(query):
        entries[row.funding_id].append(entry_of(row))
    return rows, {row.id: Ledger(tuple(entries[row.id])) for row in rows}


def _stored(row: Any) -> Stored[Funding]:
    return Stored(
        value=funding_of(row),
        revision=row.revision,
        place=Place(district=row.district_code, street=row.street_code),
        ref=row.id,
    )


class SqlFundings:
    """The fundings repository: a funding read with its compound's place, and its ledger."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def get(self, programme: str, compound: str) -> Stored[Funding] | None:
        programme_id = await self._programme_id(programme)
        if programme_id is None:
            return None
        query = _FUNDING_ROW.where(f.c.programme_id == programme_id, c.c.code == compound)
        row = (await self._conn.execute(query)).first()
        return None if row is None else _stored(row)

    async def ledger(self, stored: Stored[Funding]) -> Ledger:
        return await ledger(self._conn, stored.ref)

    async def add(self, programme: str, funding: Funding) -> Stored[Funding]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        compound = await register.get_compound(self._conn, programme_id, funding.plan.compound)
        assert compound is not None
        row_id, revision = await insert_funding(self._conn, programme_id, compound.id, funding)
        place = Place(district=compound.district_code, street=compound.street_code)
        return Stored(value=funding, revision=revision, place=place, ref=row_id)

    async def save(self, stored: Stored[Funding], funding: Funding) -> str | None:
        return await save_funding(self._conn, stored.ref, stored.revision, funding)

    async def remove(self, stored: Stored[Funding]) -> bool:
        return await delete_draft(self._conn, stored.ref, stored.revision)

    async def post(self, stored: Stored[Funding], entry: Entry) -> str | None:
        # The ledger read here is the one at the revision claimed: a posting since would have
        # replaced it, and the claim would fail.
        posted = Ledger((*(await ledger(self._conn, stored.ref)).entries, entry))
        flags = money_flags(stored.value, posted)
        revision = await claim_funding(self._conn, stored.ref, stored.revision, flags)
        if revision is not None:
            await append(self._conn, stored.ref, entry)
        return revision

    async def entries(self, stored: Stored[Funding], after: int | None, limit: int) -> list[Entry]:
        return await entries_page(self._conn, stored.ref, after, limit)

    async def entry(self, stored: Stored[Funding], number: int) -> Entry | None:
        return await get_entry(self._conn, stored.ref, number)

    async def page(
        self,
        programme: str,
        seen_by: core.Principal,
        *,
        district: str | None,
        year: int | None,
        status: FundingStatus | None,
        after: str | None,
        limit: int,
    ) -> list[Stored[Funding]]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        where = [
            clause
            for clause, given in (
                (c.c.district_code == district, district),
                (f.c.year == year, year),
                (f.c.status == (status.code if status else None), status),
            )
            if given is not None
        ]
        rows = await list_fundings(self._conn, programme_id, where, seen_by, after, limit)
        return [_stored(row) for row in rows]


# A cell's money before its sums are added: to the fen, as the database sums it.
_NO_MONEY = Amounts(
    planned_yuan=Decimal("0.00"), approved_yuan=Decimal("0.00"), disbursed_yuan=Decimal("0.00")
)


class SqlMoney:
    """The planned compounds' money: summed by the database for the reports (the survey's
    figures, the monthly progress, the funding report); or read whole, compound by compound,
    where a rule judges each (three queries): for the flags, only the compounds that may have
    one; for the planner, every one."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def survey(
        self, programme: str, year: int, period: Period, seen_by: core.Principal
    ) -> dict[str, SurveyFigures]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        return await statistics.by_district(self._conn, programme_id, year, period, seen_by)

    async def survey_of_plan(
        self, programme: str, year: int, as_of: datetime.date, seen_by: core.Principal
    ) -> dict[str, SurveyFigures]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        period = Period(first=datetime.date.min, last=as_of)
        return await statistics.by_district(
            self._conn, programme_id, year, period, seen_by, of_plan=True
        )

    async def starts(
        self, programme: str, period: Period, seen_by: core.Principal
    ) -> dict[str, dict[int, Quantities]]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        return await statistics.starts_by_district(self._conn, programme_id, period, seen_by)

    async def deliveries(
        self, programme: str, as_of: datetime.date, seen_by: core.Principal
    ) -> dict[tuple[int, str], Delivery]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        return await statistics.deliveries(self._conn, programme_id, as_of, seen_by)

    async def districts(self, programme: str, seen_by: core.Principal) -> set[str]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        pl = tables.plans
        found = await self._conn.scalars(
            sa.select(c.c.district_code)
            .distinct()
            .select_from(c.join(pl, pl.c.compound_id == c.c.id))
            .where(c.c.programme_id == programme_id, *within(seen_by))
        )
        return set(found)

    async def amounts(self, programme: str, seen_by: core.Principal) -> Cells:
        """``funding.amounts_of`` the planned compounds ``seen_by`` may see, in two GROUP BYs:
        their fundings' amounts as planned and approved, and their ledgers net of reversals."""
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        pl = tables.plans
        funded = (
            sa.select(f.c.year, c.c.district_code)
            .select_from(f.join(c, c.c.id == f.c.compound_id).join(pl, pl.c.compound_id == c.c.id))
            .where(f.c.programme_id == programme_id, *within(seen_by))
        )
        versions = (
            funded.join(fa, fa.c.funding_id == f.c.id)
            .add_columns(fa.c.source, sa.func.sum(fa.c.planned_fen), sa.func.sum(fa.c.approved_fen))
            .group_by(f.c.year, c.c.district_code, fa.c.source)
        )
        paid = (
            funded.join(e, e.c.funding_id == f.c.id)
            .add_columns(e.c.source, sa.func.sum(statistics.SIGNED_FEN))
            .group_by(f.c.year, c.c.district_code, e.c.source)
        )
        cells: Cells = defaultdict(lambda: _NO_MONEY)
        for year, district, source, planned, approved in await self._conn.execute(versions):
            cells[year, district, FundingSource.from_code(source)] += Amounts(
                planned_yuan=mapping.from_hundredths(int(planned)),
                approved_yuan=mapping.from_hundredths(int(approved)),
            )
        for year, district, source, disbursed in await self._conn.execute(paid):
            cells[year, district, FundingSource.from_code(source)] += Amounts(
                disbursed_yuan=mapping.from_hundredths(int(disbursed))
            )
        return dict(cells)

    async def progress(
        self, programme: str, year: int, day: datetime.date, seen_by: core.Principal
    ) -> dict[str, Progress]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        return await statistics.progress_by_district(self._conn, programme_id, year, day, seen_by)

    async def counts(
        self, programme: str, year: int, as_of: datetime.date, seen_by: core.Principal
    ) -> dict[str, Counts]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        return await statistics.counts_by_district(self._conn, programme_id, year, as_of, seen_by)

    async def compounds(self, programme: str, seen_by: core.Principal) -> list[CompoundMoney]:
        return await self._money(programme, seen_by, None)

    async def flagged(self, programme: str, seen_by: core.Principal) -> list[CompoundMoney]:
        # A flag is raised by the money alone (its count kept with the funding) or by works
        # let beyond the money approved (core.funding.supervise).
        programme_id = await self._programme_id(programme)
        money = sa.select(f.c.compound_id).where(
            f.c.programme_id == programme_id, tables.flagged(f.c.money_flags)
        )
        let = (
            sa.select(j.c.compound_id)
            .outerjoin(f, f.c.compound_id == j.c.compound_id)
            .where(
                j.c.programme_id == programme_id,
                tables.live(j.c.stage),
                j.c.let_on.is_not(None),
                j.c.budget_fen > sa.func.coalesce(f.c.approved_fen, 0),
            )
        )
        return await self._money(programme, seen_by, c.c.id.in_(sa.union(money, let)))

    async def _money(
        self, programme: str, seen_by: core.Principal, where: sa.ColumnElement[bool] | None
    ) -> list[CompoundMoney]:
        """The planned compounds' money, of those matching ``where`` (over the compounds)."""
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        # The compounds chosen once, then read with their money by their keys, a chunk at a
        # time, all of them where nothing is chosen.
        ids = None
        if where is not None:
            query = sa.select(c.c.id).where(c.c.programme_id == programme_id, where)
            ids = list(await self._conn.scalars(query.order_by(c.c.code)))
        compounds: list[core.Compound] = []
        plans: list[core.RenovationPlan] = []
        rows: list[sa.Row[Any]] = []
        ledgers: dict[int, Ledger] = {}
        projects: list[sa.Row[Any]] = []
        for chosen in register.chunked(c.c.id, ids):
            read, planned = await (
                register.load_chosen(self._conn, programme_id, sa.and_(*chosen))
                if chosen
                else register.load_register(self._conn, programme_id)
            )
            compounds += read
            plans += planned
            funded, paid = await all_fundings(self._conn, programme_id, seen_by, chosen)
            rows += funded
            ledgers |= paid
            projects += await delivery.all_projects(
                self._conn, programme_id, [tables.live(j.c.stage), *chosen]
            )
        seen = {c.code: c for c in compounds if seen_by.covers(c.district, c.street)}
        fundings = {row.compound: (funding_of(row), ledgers[row.id]) for row in rows}
        live = {row.compound: delivery.project_of(row) for row in projects}
        money = []
        for plan in plans:
            if plan.compound not in seen:
                continue
            found, entries = fundings.get(plan.compound, (None, Ledger()))
            money.append(
                CompoundMoney(
                    compound=seen[plan.compound],
                    plan=plan,
                    project=live.get(plan.compound),
                    funding=found,
                    ledger=entries,
                )
            )
        return sorted(money, key=lambda m: m.compound.code)
