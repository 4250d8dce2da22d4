"""The feed of domain events: what changed, in an order a poller can follow without gaps."""

from typing import Annotated, Any

from litestar import Controller, Request, get
from litestar.params import Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.fields import CODE, DISTRICT_CODE
from renovation_api.guards import needs
from renovation_api.problems import ProblemError, problem_responses
from renovation_api.routes.audit import Moment, moment
from renovation_api.routes.common import CursorParam, PageSize, tokens
from renovation_api.services import events
from renovation_api.services.unit_of_work import FeedFilter, FeedPage, UnitOfWork
from renovation_api.shapes.events import EventPage, EventType, show_event


def _query(where: FeedFilter) -> str:
    types = ",".join(sorted(where.types)) if where.types is not None else "*"
    return f"events/{types}/{where.programme}/{where.district}/{where.since}/{where.until}"


def _expired() -> ProblemError:
    return ProblemError(
        410,
        "cursor-expired",
        "The cursor is older than the feed keeps",
        "the event this cursor resumes after has passed the feed's retention; start again from "
        "the oldest event kept (no cursor) or from a time (since), and reconcile by reading the "
        "resources themselves",
    )


class EventController(Controller):
    path = "/v1/events"
    tags = ("events",)

    @get(
        "/",
        operation_id="listEvents",
        opt=needs(core.Permission.READ_PUBLISHED),
        summary="Follow the feed of domain events",
        description="What every committed write did, as named events, in feed order: poll "
        "with the last next_cursor to get each event exactly once, never skipping one "
        "(on PostgreSQL too, where events are served only once no earlier write can still "
        "commit). Each caller sees the events of what it may read: a district officer its "
        "districts', a utility operator the networks handed to it, the public the published "
        "programmes'. The types, and what each tells, are listed in the vocabularies "
        "(event_types). Events are kept for the deployment's retention; a cursor older than "
        "that is refused with 410.",
        responses=problem_responses(400, 403, 404, 410),
    )
    async def list_events(
        self,
        request: Request[Any, Any, Any],
        type: Annotated[
            list[EventType] | None,
            Parameter(
                required=False,
                max_items=len(events.TYPES),
                description="Only events of these types (repeat the parameter for several).",
            ),
        ] = None,
        programme: Annotated[
            str | None,
            Parameter(
                required=False,
                **CODE,
                description="Only the events of this programme, e.g. wuhai-2022-2024.",
            ),
        ] = None,
        district: Annotated[str | None, Parameter(required=False, **DISTRICT_CODE)] = None,
        since: Moment = None,
        until: Moment = None,
        page_size: PageSize = 100,
        cursor: CursorParam = None,
    ) -> EventPage:
        where = FeedFilter(
            types=None if type is None else frozenset(t.value for t in type),
            programme=programme,
            district=district,
            since=moment("since", since),
            until=moment("until", until),
        )
        query = _query(where)
        cursors = tokens(request)
        position = cursors.position(cursor, query)
        after = (int(position[0]), int(position[1])) if position else None

        async def read(uow: UnitOfWork) -> FeedPage | None:
            if after is not None and await events.expired(uow, after):
                return None
            return await events.feed(uow, where, after, page_size)

        found = await runner.query(request, read)
        if found is None:
            raise _expired()
        last = found.position or after
        return EventPage(
            items=[show_event(e) for e in found.events],
            next_cursor=cursors.issue(query, list(last)) if last else None,
            more=found.more,
        )
