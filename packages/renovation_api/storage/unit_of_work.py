"""The SQL unit of work: the repositories over one connection in one transaction.

Whoever opens the transaction (the API's command runner, the command line) builds it, hands it
to a service and commits when the service returns; an exception rolls everything back.
"""

import datetime
from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar, overload

import msgspec
import sqlalchemy as sa

import renovation_core as core
from renovation_api.etags import etag
from renovation_api.services import events
from renovation_api.services.unit_of_work import Action, AuditEvent, EventFilter, Stored
from renovation_api.storage import (
    audit,
    delivery,
    oversight,
    participation,
    proposals,
    regions,
    register,
    tables,
)
from renovation_api.storage.connection import Connection
from renovation_api.storage.events import SqlFeed
from renovation_api.storage.funding import SqlFundings, SqlMoney
from renovation_api.storage.programmes import ProgrammeCache, SqlProgrammes
from renovation_api.storage.records import SqlCompoundRecords
from renovation_core.oversight import Nomination
from renovation_core.participation import Committee, HouseholdRegister, Menu

R = TypeVar("R")
V = TypeVar("V")

# How the API shows a value a service audits (the resource as a client reads it).
Show = Callable[[object], Any]


class SqlAuditLog:
    """Events appended in the write's own transaction: a write without its record, or a record
    without its write, cannot exist."""

    def __init__(
        self,
        conn: Connection,
        by: core.Principal,
        request_id: str | None,
        show: Show,
        feed: SqlFeed,
    ) -> None:
        self._conn, self._by, self._request_id, self._show = conn, by, request_id, show
        self._feed = feed

    def _shown(self, value: object) -> Any:
        return None if value is None else msgspec.to_builtins(self._show(value))

    async def record(
        self, action: Action, resource: str, *, before: object = None, after: object = None
    ) -> None:
        """Append the write's record and, in the same transaction, its domain events."""
        shown_before, shown_after = self._shown(before), self._shown(after)
        await audit.append(
            self._conn,
            actor=self._by.actor,
            role=self._by.role.code,
            action=action,
            resource=resource,
            before=shown_before,
            after=shown_after,
            request_id=self._request_id,
        )
        stored = after if isinstance(after, Stored) else before
        place = stored.place if isinstance(stored, Stored) else None
        drafts = events.drafts(action, resource, shown_before, shown_after, place)
        revision = after.revision if isinstance(after, Stored) else None
        await self._feed.append(drafts, etag(revision) if revision else None)

    async def page(self, where: EventFilter, after: int | None, limit: int) -> list[AuditEvent]:
        return [
            audit.event_of(row) for row in await audit.list_events(self._conn, where, after, limit)
        ]


class _Made(Generic[R]):
    """A repository made when a service first asks for it: a request uses two or three of the
    two dozen, and making them all was a tenth of the CPU of a keyed read."""

    def __init__(self, make: Callable[["SqlUnitOfWork"], R]) -> None:
        self._make = make

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, uow: None, owner: type) -> Self: ...

    @overload
    def __get__(self, uow: "SqlUnitOfWork", owner: type) -> R: ...

    def __get__(self, uow: "SqlUnitOfWork | None", owner: type) -> "R | Self":
        if uow is None:
            return self
        made = uow.__dict__[self._name] = self._make(uow)  # found there from now on
        return made


def _records(table: sa.Table, kind: type[V]) -> _Made[SqlCompoundRecords[V]]:
    return _Made(lambda uow: SqlCompoundRecords(uow.conn, uow.ids, table, kind))


class SqlUnitOfWork:
    def __init__(
        self,
        conn: Connection,
        *,
        by: core.Principal,
        today: datetime.date,
        request_id: str | None,
        show: Show,
        programmes: ProgrammeCache,
    ) -> None:
        self.conn, self.by, self.today = conn, by, today
        self.request_id, self.show = request_id, show
        self.programmes = SqlProgrammes(conn, programmes)
        self.ids = self.programmes.id_of

    register = _Made(lambda uow: register.SqlRegister(uow.conn, uow.ids))
    compounds = _Made(lambda uow: register.SqlCompounds(uow.conn, uow.ids))
    events = _Made(lambda uow: SqlFeed(uow.conn))
    audit = _Made(lambda uow: SqlAuditLog(uow.conn, uow.by, uow.request_id, uow.show, uow.events))
    plans = _Made(lambda uow: register.SqlPlans(uow.conn, uow.ids))
    projects = _Made(lambda uow: delivery.SqlProjects(uow.conn, uow.ids))
    packages = _Made(lambda uow: delivery.SqlTenderPackages(uow.conn, uow.ids))
    fundings = _Made(lambda uow: SqlFundings(uow.conn, uow.ids))
    money = _Made(lambda uow: SqlMoney(uow.conn, uow.ids))
    households = _records(tables.household_registers, HouseholdRegister)
    committees = _records(tables.committees, Committee)
    menus = _records(tables.menus, Menu)
    votes = _Made(lambda uow: participation.SqlConsentVotes(uow.conn, uow.ids))
    surveys = _Made(lambda uow: participation.SqlSurveys(uow.conn, uow.ids))
    aftercare = _Made(lambda uow: oversight.SqlAftercare(uow.conn, uow.ids))
    nominations = _records(tables.nominations, Nomination)
    pairings = _Made(lambda uow: oversight.SqlPairings(uow.conn, uow.ids))
    proposals = _Made(lambda uow: proposals.SqlProposals(uow.conn, uow.ids))
    contracts = _Made(lambda uow: oversight.SqlContracts(uow.conn, uow.ids))
    assessments = _Made(lambda uow: oversight.SqlAssessments(uow.conn, uow.ids))
    monthly = _Made(lambda uow: oversight.SqlMonthlyReports(uow.conn, uow.ids))
    regions = _Made(lambda uow: regions.SqlRegions(uow.conn))
    declarations = _Made(lambda uow: regions.SqlDeclarations(uow.conn))
