"""The SQL unit of work: the repositories over one connection in one transaction.

Whoever opens the transaction (the API's command runner, the command line) builds it, hands it
to a service and commits when the service returns; an exception rolls everything back.
"""

import datetime
from collections.abc import Callable
from typing import Any

import msgspec

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
        self.by, self.today = by, today
        self.programmes = SqlProgrammes(conn, programmes)
        ids = self.programmes.id_of
        self.register = register.SqlRegister(conn, ids)
        self.compounds = register.SqlCompounds(conn, ids)
        self.events = SqlFeed(conn)
        self.audit = SqlAuditLog(conn, by, request_id, show, self.events)
        self.plans = register.SqlPlans(conn, ids)
        self.projects = delivery.SqlProjects(conn, ids)
        self.packages = delivery.SqlTenderPackages(conn, ids)
        self.fundings = SqlFundings(conn, ids)
        self.money = SqlMoney(conn, ids)
        self.households = SqlCompoundRecords(
            conn, ids, tables.household_registers, HouseholdRegister
        )
        self.committees = SqlCompoundRecords(conn, ids, tables.committees, Committee)
        self.menus = SqlCompoundRecords(conn, ids, tables.menus, Menu)
        self.votes = participation.SqlConsentVotes(conn, ids)
        self.surveys = participation.SqlSurveys(conn, ids)
        self.aftercare = oversight.SqlAftercare(conn, ids)
        self.nominations = SqlCompoundRecords(conn, ids, tables.nominations, Nomination)
        self.pairings = oversight.SqlPairings(conn, ids)
        self.proposals = proposals.SqlProposals(conn, ids)
        self.contracts = oversight.SqlContracts(conn, ids)
        self.assessments = oversight.SqlAssessments(conn, ids)
        self.monthly = oversight.SqlMonthlyReports(conn, ids)
        self.regions = regions.SqlRegions(conn)
        self.declarations = regions.SqlDeclarations(conn)
