"""Projects and tender packages: each stored whole, as the core's converter writes it.

A project is one aggregate (its history, documents, units, inspections, hazards, acceptances,
handovers) that every command reads and rewrites as one, so it is one row: the record in a JSON
column, and copies of what lists and reports filter, sum and count on (compound, year, stage,
package, milestone days, budget, its first acceptance meeting's day and outcome) in plain
columns, with the days of its major events in rows beside it.
Every rewrite checks the revision it read, so two concurrent commands can never both apply.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

import renovation_core as core
from renovation_api.services.unit_of_work import Place, Seen, Stored
from renovation_api.storage import bulk, tables
from renovation_api.storage.connection import Connection
from renovation_api.storage.mapping import to_hundredths
from renovation_api.storage.register import ProgrammeIds, narrowed, new_revision, within
from renovation_core.calendar import Month
from renovation_core.converter import structure, unstructure
from renovation_core.delivery import Project, Stage, TenderPackage

p = tables.projects
me = tables.major_events
t = tables.tender_packages
c = tables.compounds

# A project row with the compound columns lists and scope checks need.
_PROJECT_ROW: sa.Select[*tuple[Any, ...]] = sa.select(
    p.c.id,
    p.c.year,
    p.c.stage,
    p.c.record,
    p.c.revision,
    p.c.tender_package_id,
    c.c.code.label("compound"),
    c.c.district_code,
    c.c.street_code,
).join(c, c.c.id == p.c.compound_id)


def project_of(row: Any) -> Project:
    return structure(row.record, Project)


def package_of(row: Any) -> TenderPackage:
    return structure(row.record, TenderPackage)


async def get_project(conn: Connection, compound_id: int, year: int) -> sa.Row[Any] | None:
    query = _PROJECT_ROW.where(p.c.compound_id == compound_id, p.c.year == year)
    return (await conn.execute(query)).first()


MILESTONES = {
    "approved_on": Stage.APPROVED,
    "let_on": Stage.TENDERED,
    "started_on": Stage.UNDER_CONSTRUCTION,
    "completed_on": Stage.COMPLETED,
    "accepted_on": Stage.ACCEPTED,
}


def milestones(project: Project) -> dict[str, Any]:
    """The days the project first reached its design's approval, its tender (the works let),
    construction, completion and acceptance (the survey's started, completed and delivered),
    and its first acceptance meeting's day and outcome, copied to their columns."""
    found = {column: project.reached(stage) for column, stage in MILESTONES.items()}
    first = project.first_acceptance
    return {column: None if step is None else step.on for column, step in found.items()} | {
        "first_acceptance_on": None if first is None else first.held_on,
        "first_acceptance_passed": None if first is None else first.passed,
    }


def project_values(project: Project) -> dict[str, Any]:
    """The project's record and the columns copied from it, under a new revision."""
    return {
        "stage": project.stage.code,
        **milestones(project),
        "budget_fen": to_hundredths(project.budget_yuan),
        "record": unstructure(project),
        "revision": new_revision(),
    }


def event_rows(project_id: int, project: Project) -> list[dict[str, Any]]:
    """The project's ``major_events`` rows: the day each happened."""
    return [
        {"project_id": project_id, "number": event.number, "occurred_on": event.occurred_on}
        for event in project.major_events
    ]


async def _keep_events(conn: Connection, project_id: int, project: Project) -> None:
    """Copy the days of the project's major events beside it. An event is never taken out of
    a record, so a project without one has no rows to replace."""
    if project.major_events:
        await conn.execute(me.delete().where(me.c.project_id == project_id))
        await bulk.insert(conn, me, event_rows(project_id, project))


async def save_project(
    conn: Connection,
    row_id: int,
    revision: str,
    project: Project,
    package_id: int | None = None,
) -> str | None:
    """Rewrite the project if it is still at ``revision``; its new revision, or None if another
    write came first. ``package_id`` is the row of the package it joined, if it did now."""
    values = project_values(project)
    if package_id is not None:
        values["tender_package_id"] = package_id
    result = await conn.execute(
        p.update().where(p.c.id == row_id, p.c.revision == revision).values(**values)
    )
    if result.rowcount != 1:
        return None
    await _keep_events(conn, row_id, project)
    return str(values["revision"])


async def list_projects(
    conn: Connection,
    programme_id: int,
    where: Sequence[sa.ColumnElement[bool]],
    seen_by: core.Principal,
    after: tuple[str, int] | None,
    limit: int,
) -> Sequence[sa.Row[Any]]:
    """A page of the projects ``seen_by`` may see, by compound code then year."""
    query = (
        _PROJECT_ROW.where(p.c.programme_id == programme_id, *where, *within(seen_by))
        .order_by(c.c.code, p.c.year)
        .limit(limit)
    )
    if after is not None:
        query = query.where(sa.tuple_(c.c.code, p.c.year) > sa.tuple_(*after))
    return (await conn.execute(query)).all()


async def all_projects(
    conn: Connection, programme_id: int, where: Sequence[sa.ColumnElement[bool]] = ()
) -> Sequence[sa.Row[Any]]:
    """Every project of the programme matching ``where``, for views derived over all of them."""
    query = _PROJECT_ROW.where(p.c.programme_id == programme_id, *where).order_by(
        c.c.code, p.c.year
    )
    return (await conn.execute(query)).all()


async def get_package(conn: Connection, programme_id: int, code: str) -> sa.Row[Any] | None:
    query = sa.select(t).where(t.c.programme_id == programme_id, t.c.code == code)
    return (await conn.execute(query)).first()


async def insert_package(
    conn: Connection, programme_id: int, package: TenderPackage
) -> tuple[int, str]:
    revision = new_revision()
    row_id = await conn.scalar(
        t.insert()
        .values(
            programme_id=programme_id,
            code=package.code,
            year=package.year,
            record=unstructure(package),
            revision=revision,
        )
        .returning(t.c.id)
    )
    assert row_id is not None
    return row_id, revision


async def save_package(
    conn: Connection, row_id: int, revision: str, package: TenderPackage
) -> str | None:
    new = new_revision()
    result = await conn.execute(
        t.update()
        .where(t.c.id == row_id, t.c.revision == revision)
        .values(record=unstructure(package), revision=new)
    )
    return new if result.rowcount == 1 else None


async def members(conn: Connection, package_id: int) -> Sequence[sa.Row[Any]]:
    """The rows of the projects let in the package."""
    query = _PROJECT_ROW.where(p.c.tender_package_id == package_id).order_by(c.c.code)
    return (await conn.execute(query)).all()


async def list_packages(
    conn: Connection,
    programme_id: int,
    year: int | None,
    seen_by: core.Principal,
    after: str | None,
    limit: int,
) -> Sequence[sa.Row[Any]]:
    """A page of the packages all of whose projects ``seen_by`` may see, by code."""
    query = sa.select(t).where(t.c.programme_id == programme_id).order_by(t.c.code).limit(limit)
    if scope := within(seen_by):
        outside = sa.not_(sa.and_(*scope))
        query = query.where(
            ~sa.exists().where(p.c.tender_package_id == t.c.id, c.c.id == p.c.compound_id, outside)
        )
    if year is not None:
        query = query.where(t.c.year == year)
    if after is not None:
        query = query.where(t.c.code > after)
    return (await conn.execute(query)).all()


def _stored_project(row: Any) -> Stored[Project]:
    return Stored(
        value=project_of(row),
        revision=row.revision,
        place=Place(district=row.district_code, street=row.street_code),
        ref=row.id,
    )


class SqlProjects:
    """The projects repository: a project read with its compound's place."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def _one(self, programme: str, *where: sa.ColumnElement[bool]) -> Stored[Project] | None:
        programme_id = await self._programme_id(programme)
        if programme_id is None:
            return None
        query = _PROJECT_ROW.where(p.c.programme_id == programme_id, *where)
        row = (await self._conn.execute(query)).first()
        return None if row is None else _stored_project(row)

    async def get(self, programme: str, compound: str, year: int) -> Stored[Project] | None:
        return await self._one(programme, c.c.code == compound, p.c.year == year)

    async def page(
        self,
        programme: str,
        where: Any,
        seen_by: core.Principal,
        after: tuple[str, int] | None,
        limit: int,
    ) -> list[Stored[Project]]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        clauses = [
            clause
            for clause, given in (
                (c.c.district_code == where.district, where.district),
                (p.c.stage == (where.stage.code if where.stage else None), where.stage),
                (p.c.year == where.year, where.year),
            )
            if given is not None
        ]
        rows = await list_projects(self._conn, programme_id, clauses, seen_by, after, limit)
        return [_stored_project(row) for row in rows]

    async def every(
        self, programme: str, year: int | None = None, seen: Seen | None = None
    ) -> list[Stored[Project]]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        where = [*([] if year is None else [p.c.year == year]), *narrowed(seen)]
        return [_stored_project(row) for row in await all_projects(self._conn, programme_id, where)]

    async def with_events(self, programme: str, month: Month) -> list[Stored[Project]]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        happened = sa.select(me.c.project_id).where(
            me.c.occurred_on.between(month.first_day, month.last_day)
        )
        rows = await all_projects(self._conn, programme_id, [p.c.id.in_(happened)])
        return [_stored_project(row) for row in rows]

    async def live(self, programme: str, compound: str) -> Stored[Project] | None:
        return await self._one(programme, c.c.code == compound, tables.live(p.c.stage))

    async def add(self, programme: str, project: Project) -> Stored[Project]:
        programme_id = await self._programme_id(programme)
        compound = (
            await self._conn.execute(
                sa.select(c.c.id, c.c.district_code, c.c.street_code).where(
                    c.c.programme_id == programme_id, c.c.code == project.compound
                )
            )
        ).one()
        values = project_values(project)
        row_id = await self._conn.scalar(
            p.insert()
            .values(programme_id=programme_id, compound_id=compound.id, year=project.year, **values)
            .returning(p.c.id)
        )
        assert row_id is not None
        await _keep_events(self._conn, row_id, project)
        place = Place(district=compound.district_code, street=compound.street_code)
        return Stored(value=project, revision=values["revision"], place=place, ref=row_id)

    async def save(
        self, stored: Stored[Project], project: Project, package: Any = None
    ) -> str | None:
        return await save_project(self._conn, stored.ref, stored.revision, project, package)


class SqlTenderPackages:
    """The tender packages repository."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def get(self, programme: str, code: str) -> Stored[TenderPackage] | None:
        programme_id = await self._programme_id(programme)
        row = None if programme_id is None else await get_package(self._conn, programme_id, code)
        return None if row is None else _stored_package(row)

    async def members(self, stored: Stored[TenderPackage]) -> list[Stored[Project]]:
        return [_stored_project(row) for row in await members(self._conn, stored.ref)]

    async def add(self, programme: str, package: TenderPackage) -> Stored[TenderPackage]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        row_id, revision = await insert_package(self._conn, programme_id, package)
        return Stored(value=package, revision=revision, ref=row_id)

    async def save(self, stored: Stored[TenderPackage], package: TenderPackage) -> str | None:
        return await save_package(self._conn, stored.ref, stored.revision, package)

    async def page(
        self,
        programme: str,
        year: int | None,
        seen_by: core.Principal,
        after: str | None,
        limit: int,
    ) -> list[Stored[TenderPackage]]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        rows = await list_packages(self._conn, programme_id, year, seen_by, after, limit)
        return [_stored_package(row) for row in rows]


def _stored_package(row: Any) -> Stored[TenderPackage]:
    return Stored(value=package_of(row), revision=row.revision, ref=row.id)
