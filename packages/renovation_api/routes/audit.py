"""The audit log, read-only: every write through the API or the command line, oldest first."""

import datetime
from typing import Annotated, Any

import attrs
import msgspec
from litestar import Controller, Request, get
from litestar.openapi.spec import OpenAPIFormat
from litestar.params import Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.fields import Resource
from renovation_api.guards import needs
from renovation_api.headers import REQUEST_ID_PATTERN
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import FieldProblem, ProblemError, problem_responses
from renovation_api.routes.common import CursorParam, PageSize, tokens
from renovation_api.services import audit
from renovation_api.services.unit_of_work import (
    MAX_ACTOR_LENGTH,
    MAX_RESOURCE_LENGTH,
    Action,
    AuditEvent,
    EventFilter,
)
from renovation_core.text import LINE_PATTERN, visible

Actor = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_ACTOR_LENGTH,
        pattern=LINE_PATTERN,
        description="Who: key:<key id> for an API key, user:<subject> for a person signed in "
        "through the identity provider, cli:<account> for the command line.",
    ),
]
Snapshot = Annotated[
    dict[str, Any],
    msgspec.Meta(description="The resource as the API showed it (API keys: never the secret)."),
]


class AuditEventOut(msgspec.Struct, kw_only=True):
    """One write: who, when, what, and the resource before and after it."""

    id: Annotated[int, msgspec.Meta(ge=1, le=2**63 - 1)]
    at: datetime.datetime
    actor: Actor
    role: core.Role
    action: Action
    resource: Resource
    before: Snapshot | None
    after: Snapshot | None
    request_id: Annotated[str, msgspec.Meta(max_length=128, pattern=REQUEST_ID_PATTERN)] | None


def _shown(event: AuditEvent) -> AuditEventOut:
    """An event as the log shows it: who and what on one line, as recorded but with control
    characters visible (a token's subject is the identity provider's text, not ours)."""
    fields = attrs.asdict(event)
    for name in ("actor", "resource"):
        fields[name] = " ".join(visible(fields[name]).splitlines())
    return msgspec.convert(fields, AuditEventOut)


class AuditEventPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[AuditEventOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


# RFC 3339 with its offset: a moment without a zone would mean different instants to different
# callers.
MOMENT_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})$"
)
Moment = Annotated[
    str | None,
    Parameter(
        required=False,
        schema_extra={"format": OpenAPIFormat.DATE_TIME},
        max_length=32,
        pattern=MOMENT_PATTERN,
        description="An RFC 3339 date-time with its offset, e.g. 2026-11-28T09:30:00+08:00.",
    ),
]


def moment(name: str, text: str | None) -> datetime.datetime | None:
    if text is None:
        return None
    try:
        return datetime.datetime.fromisoformat(text).astimezone(datetime.UTC)
    except (ValueError, OverflowError):  # OverflowError: 0001-01-01 ahead of UTC, 9999 behind
        raise ProblemError(
            400,
            "invalid-request",
            "The request is not valid",
            f"{name}: {text!r} is not a date-time",
            [FieldProblem(path=f"query.{name}", message="not a date-time")],
        ) from None


class AuditController(Controller):
    path = "/v1/audit-events"
    tags = ("audit",)

    @get(
        "/",
        operation_id="listAuditEvents",
        opt=needs(core.Permission.READ_AUDIT_LOG),
        summary="List audit events",
        description="Every write, oldest first, for the auditor and the city administrator; "
        "one bounded to a region reads the writes to the programmes and regions within it. "
        "since (inclusive) and until (exclusive) bound the time. The log cannot be changed "
        "through the API.",
        responses=problem_responses(400, 403, 404),
    )
    async def list_audit_events(
        self,
        request: Request[Any, Any, Any],
        resource: Annotated[
            str | None,
            Parameter(
                required=False,
                min_length=1,
                max_length=MAX_RESOURCE_LENGTH,
                pattern=LINE_PATTERN,
                description="A resource's path: its events and those of everything under it.",
            ),
        ] = None,
        actor: Annotated[
            str | None,
            Parameter(
                required=False,
                min_length=1,
                max_length=MAX_ACTOR_LENGTH,
                pattern=LINE_PATTERN,
                description="Who: key:<key id>, user:<subject> or cli:<account>.",
            ),
        ] = None,
        since: Moment = None,
        until: Moment = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> AuditEventPage:
        where = EventFilter(
            resource=resource,
            actor=actor,
            since=moment("since", since),
            until=moment("until", until),
        )
        query = f"audit/{where!r}"
        cursors = tokens(request)
        position = cursors.position(cursor, query)
        after = position[0] if position else None
        found = await runner.query(
            request, lambda uow: audit.events(uow, where, after, page_size + 1)
        )
        items = [_shown(e) for e in found[:page_size]]
        more = len(found) > page_size
        return AuditEventPage(
            items=items, next_cursor=cursors.issue(query, [items[-1].id]) if more else None
        )
