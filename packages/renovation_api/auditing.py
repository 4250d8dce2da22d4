"""Recording writes in the audit log: who, when, which resource, before and after, and the
request id, in the transaction of the write itself (so a write without its record, or a record
without its write, cannot exist)."""

from typing import Any

import msgspec
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api.services import events
from renovation_api.services.unit_of_work import Action
from renovation_api.storage import audit
from renovation_api.storage import events as feed


async def record_as(
    conn: AsyncConnection,
    by: core.Principal,
    request_id: str | None,
    action: Action,
    resource: str,
    *,
    before: Any = None,
    after: Any = None,
) -> None:
    """Append an event of ``by`` (a request's caller, or the command line), and the write's
    domain events."""
    shown_before = None if before is None else msgspec.to_builtins(before)
    shown_after = None if after is None else msgspec.to_builtins(after)
    await audit.append(
        conn,
        actor=by.actor,
        role=by.role.code,
        action=action,
        resource=resource,
        before=shown_before,
        after=shown_after,
        request_id=request_id,
    )
    await feed.append(conn, events.drafts(action, resource, shown_before, shown_after), None)
