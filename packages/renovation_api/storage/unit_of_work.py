"""The SQL unit of work: the repositories over one connection in one transaction.

Whoever opens the transaction (the API's command runner, the command line) builds it, hands it
to a service and commits when the service returns; an exception rolls everything back.
"""

import datetime
from collections.abc import Callable
from typing import Any

import msgspec
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api.services.unit_of_work import Action
from renovation_api.storage import audit, delivery, register, tables
from renovation_api.storage.programmes import ProgrammeCache, SqlProgrammes
from renovation_api.storage.records import SqlCompoundRecords
from renovation_core.oversight import Aftercare
from renovation_core.participation import Committee

# How the API shows a value a service audits (the resource as a client reads it).
Show = Callable[[object], Any]


class SqlAuditLog:
    """Events appended in the write's own transaction: a write without its record, or a record
    without its write, cannot exist."""

    def __init__(
        self, conn: AsyncConnection, by: core.Principal, request_id: str | None, show: Show
    ) -> None:
        self._conn, self._by, self._request_id, self._show = conn, by, request_id, show

    def _shown(self, value: object) -> Any:
        return None if value is None else msgspec.to_builtins(self._show(value))

    async def record(
        self, action: Action, resource: str, *, before: object = None, after: object = None
    ) -> None:
        await audit.append(
            self._conn,
            actor=self._by.actor,
            role=self._by.role.code,
            action=action,
            resource=resource,
            before=self._shown(before),
            after=self._shown(after),
            request_id=self._request_id,
        )


class SqlUnitOfWork:
    def __init__(
        self,
        conn: AsyncConnection,
        *,
        by: core.Principal,
        today: datetime.date,
        request_id: str | None,
        show: Show,
        programmes: ProgrammeCache,
    ) -> None:
        self.by, self.today = by, today
        self.audit = SqlAuditLog(conn, by, request_id, show)
        self.programmes = SqlProgrammes(conn, programmes)
        ids = self.programmes.id_of
        self.compounds = register.SqlCompounds(conn, ids)
        self.plans = register.SqlPlans(conn, ids)
        self.projects = delivery.SqlProjects(conn, ids)
        self.packages = delivery.SqlTenderPackages(conn, ids)
        self.committees = SqlCompoundRecords(conn, ids, tables.committees, Committee)
        self.aftercare = SqlCompoundRecords(conn, ids, tables.aftercare, Aftercare)
