"""Oversight records. Each version of a monthly report is one row, never rewritten; the unique
key (programme, district, month, version) settles two submissions racing for the same version.
Aftercare records and nominations are one per compound (``records.SqlCompoundRecords``); a
contract is one per district and year, an assessment one per year, a pairing numbered by its
row."""

import datetime
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, TypeVar

import sqlalchemy as sa

import renovation_core as core
from renovation_api.services.unit_of_work import Stored
from renovation_api.storage import records, register, tables
from renovation_api.storage.connection import Connection
from renovation_api.storage.register import ProgrammeIds, new_revision
from renovation_core.converter import structure, unstructure
from renovation_core.oversight import (
    Aftercare,
    Assessment,
    ManagementCoverage,
    Month,
    MonthlyReport,
    Pairing,
    ResponsibilityContract,
)

T = TypeVar("T")
m = tables.monthly_reports


async def versions(
    conn: Connection, programme_id: int, district: str, month: Month
) -> list[MonthlyReport]:
    """The district's versions of its report for ``month``, first to last."""
    query = (
        sa.select(m.c.record)
        .where(
            m.c.programme_id == programme_id,
            m.c.district_code == district,
            m.c.month == str(month),
        )
        .order_by(m.c.version)
    )
    return [structure(record, MonthlyReport) for record in await conn.scalars(query)]


async def of_months(
    conn: Connection, programme_id: int, months: list[Month]
) -> dict[tuple[str, Month], list[MonthlyReport]]:
    """Every district's versions for each of ``months``."""
    query = (
        sa.select(m.c.record)
        .where(m.c.programme_id == programme_id, m.c.month.in_([str(x) for x in months]))
        .order_by(m.c.district_code, m.c.month, m.c.version)
    )
    found: dict[tuple[str, Month], list[MonthlyReport]] = defaultdict(list)
    for record in await conn.scalars(query):
        report = structure(record, MonthlyReport)
        found[report.district, report.month].append(report)
    return found


async def insert(conn: Connection, programme_id: int, report: MonthlyReport) -> None:
    values: dict[str, Any] = {
        "programme_id": programme_id,
        "district_code": report.district,
        "month": str(report.month),
        "version": report.version,
        "record": unstructure(report),
    }
    await conn.execute(m.insert().values(**values))


async def get_contract(
    conn: Connection, programme_id: int, district: str, year: int, *, lock: bool = False
) -> sa.Row[Any] | None:
    k = tables.responsibility_contracts
    query = sa.select(k).where(
        k.c.programme_id == programme_id, k.c.district_code == district, k.c.year == year
    )
    return (await conn.execute(query.with_for_update() if lock else query)).first()


async def insert_record(conn: Connection, table: sa.Table, **values: Any) -> tuple[int, str]:
    """Store a new row of ``table`` whose record is ``values["record"]``; its id and revision."""
    revision = new_revision()
    values["record"] = unstructure(values["record"])
    row_id = await conn.scalar(
        table.insert().values(**values, revision=revision).returning(table.c.id)
    )
    assert row_id is not None
    return row_id, revision


async def get_pairing(
    conn: Connection, programme_id: int, pairing_id: int, *, lock: bool = False
) -> Any:
    p = tables.pairings
    query = sa.select(p).where(p.c.programme_id == programme_id, p.c.id == pairing_id)
    return (await conn.execute(query.with_for_update() if lock else query)).first()


async def count_pairings(conn: Connection, programme_id: int) -> int:
    p = tables.pairings
    query = sa.select(sa.func.count()).where(p.c.programme_id == programme_id)
    return await conn.scalar(query) or 0


async def districts_of(conn: Connection, programme_id: int, codes: Sequence[str]) -> dict[str, str]:
    """The districts of those of ``codes`` that are compounds of the programme."""
    c = tables.compounds
    query = sa.select(c.c.code, c.c.district_code).where(
        c.c.programme_id == programme_id, c.c.code.in_(codes)
    )
    return {row.code: row.district_code for row in await conn.execute(query)} if codes else {}


async def get_assessment(conn: Connection, programme_id: int, year: int) -> sa.Row[Any] | None:
    a = tables.assessments
    query = sa.select(a).where(a.c.programme_id == programme_id, a.c.year == year)
    return (await conn.execute(query)).first()


def _stored(row: Any, kind: type[T]) -> Stored[T]:
    return Stored(value=structure(row.record, kind), revision=row.revision, ref=row.id)


class _Repository:
    """A repository of the programme's records (services name a programme by its code)."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def _id(self, programme: str) -> int:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        return programme_id

    async def _add(self, programme: str, table: sa.Table, record: T, **columns: Any) -> Stored[T]:
        """Store a new row of the programme's ``table`` holding ``record``."""
        programme_id = await self._id(programme)
        row_id, revision = await insert_record(
            self._conn, table, programme_id=programme_id, record=record, **columns
        )
        return Stored(value=record, revision=revision, ref=row_id)


class SqlPairings(_Repository):
    """Leaders' pairings, numbered by their rows."""

    async def get(self, programme: str, number: int) -> Stored[Pairing] | None:
        row = await get_pairing(self._conn, await self._id(programme), number)
        return None if row is None else _stored(row, Pairing)

    async def every(self, programme: str, district: str | None) -> list[Stored[Pairing]]:
        p = tables.pairings
        query = sa.select(p).where(p.c.programme_id == await self._id(programme))
        if district is not None:
            query = query.where(p.c.district_code == district)
        rows = await self._conn.execute(query.order_by(p.c.id))
        return [_stored(row, Pairing) for row in rows]

    async def count(self, programme: str) -> int:
        return await count_pairings(self._conn, await self._id(programme))

    async def districts(self, programme: str, compounds: Sequence[str]) -> dict[str, str]:
        return await districts_of(self._conn, await self._id(programme), compounds)

    async def add(self, programme: str, pairing: Pairing) -> Stored[Pairing]:
        return await self._add(programme, tables.pairings, pairing, district_code=pairing.district)

    async def delete(self, stored: Stored[Pairing]) -> bool:
        return await records.delete_at(self._conn, tables.pairings, stored.ref, stored.revision)


class SqlContracts(_Repository):
    """Responsibility contracts: one per district and year."""

    async def get(
        self, programme: str, year: int, district: str
    ) -> Stored[ResponsibilityContract] | None:
        row = await get_contract(self._conn, await self._id(programme), district, year)
        return None if row is None else _stored(row, ResponsibilityContract)

    async def every(self, programme: str, year: int | None) -> list[Stored[ResponsibilityContract]]:
        k = tables.responsibility_contracts
        query = sa.select(k).where(k.c.programme_id == await self._id(programme))
        if year is not None:
            query = query.where(k.c.year == year)
        rows = await self._conn.execute(query.order_by(k.c.year, k.c.district_code))
        return [_stored(row, ResponsibilityContract) for row in rows]

    async def add(
        self, programme: str, contract: ResponsibilityContract
    ) -> Stored[ResponsibilityContract]:
        table = tables.responsibility_contracts
        return await self._add(
            programme, table, contract, district_code=contract.district, year=contract.year
        )

    async def save(
        self, stored: Stored[ResponsibilityContract], contract: ResponsibilityContract
    ) -> str | None:
        table = tables.responsibility_contracts
        return await records.save_at(self._conn, table, stored.ref, stored.revision, contract)


class SqlAssessments(_Repository):
    """The assessments: one per year, kept as decided."""

    async def get(self, programme: str, year: int) -> Stored[Assessment] | None:
        row = await get_assessment(self._conn, await self._id(programme), year)
        return None if row is None else _stored(row, Assessment)

    async def every(self, programme: str) -> list[Stored[Assessment]]:
        a = tables.assessments
        query = sa.select(a).where(a.c.programme_id == await self._id(programme))
        rows = await self._conn.execute(query.order_by(a.c.year))
        return [_stored(row, Assessment) for row in rows]

    async def add(self, programme: str, assessment: Assessment) -> Stored[Assessment]:
        return await self._add(programme, tables.assessments, assessment, year=assessment.year)

    async def save(self, stored: Stored[Assessment], assessment: Assessment) -> str | None:
        table = tables.assessments
        return await records.save_at(self._conn, table, stored.ref, stored.revision, assessment)


class SqlMonthlyReports(_Repository):
    """The districts' monthly reports, every version kept."""

    async def versions(self, programme: str, district: str, month: Month) -> list[MonthlyReport]:
        return await versions(self._conn, await self._id(programme), district, month)

    async def of_months(
        self, programme: str, months: list[Month]
    ) -> dict[tuple[str, Month], list[MonthlyReport]]:
        return await of_months(self._conn, await self._id(programme), months)

    async def add(self, programme: str, report: MonthlyReport) -> Stored[MonthlyReport]:
        """Store a version, never rewritten: it has no revision."""
        await insert(self._conn, await self._id(programme), report)
        return Stored(value=report, revision="")


class SqlAftercare(records.SqlCompoundRecords[Aftercare]):
    """Aftercare records, with the days a compound first had a mode and a fund kept beside
    each, so that management coverage is counted by the database."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        super().__init__(
            conn,
            programme_id,
            tables.aftercare,
            Aftercare,
            lambda care: {"managed_from": care.managed_from, "funded_from": care.funded_from},
        )

    async def coverage(
        self, programme: str, seen_by: core.Principal, on: datetime.date
    ) -> dict[str, ManagementCoverage]:
        """Each district's tally on ``on`` (``Renovated``'s rules as conditions): the compounds
        ``seen_by`` sees whose plan's project (not cancelled) was accepted by the day, those
        with a mode by the day, and with a fund; and those without a mode, by code."""
        c, a, j = tables.compounds.c, tables.aftercare.c, tables.projects.c
        programme_id = await self._programme_id(programme)
        managed = sa.and_(a.managed_from.is_not(None), a.managed_from <= on)
        funded = sa.and_(a.funded_from.is_not(None), a.funded_from <= on)
        accepted = (
            sa.select(j.id)
            .where(
                j.compound_id == c.id,
                tables.live(j.stage),
                j.accepted_on.is_not(None),
                j.accepted_on <= on,
            )
            .exists()
        )
        renovated = (
            sa.select()
            .select_from(tables.compounds)
            .join(tables.plans, tables.plans.c.compound_id == c.id)
            .outerjoin(tables.aftercare, a.compound_id == c.id)
            .where(c.programme_id == programme_id, accepted, *register.within(seen_by))
        )

        tallies = await self._conn.execute(
            renovated.add_columns(
                c.district_code,
                sa.func.count(),
                register.count_where(managed),
                register.count_where(funded),
            ).group_by(c.district_code)
        )
        unmanaged: dict[str, list[str]] = defaultdict(list)
        for district, code in await self._conn.execute(
            renovated.add_columns(c.district_code, c.code).where(sa.not_(managed)).order_by(c.code)
        ):
            unmanaged[district].append(code)
        return {
            district: ManagementCoverage(
                district=district,
                renovated=int(count_),
                managed=int(managed_),
                without=tuple(unmanaged[district]),
                funded=int(funded_),
            )
            for district, count_, managed_, funded_ in tallies
        }
