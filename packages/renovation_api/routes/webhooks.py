"""Webhook subscriptions: an integrating system asks to be told of events as they happen."""

import datetime
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, delete, get, post, put
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import headers
from renovation_api.etags import etag, expected
from renovation_api.fields import INT32, Note
from renovation_api.guards import needs, principal
from renovation_api.idempotency import Created, IdempotencyKey, encoded, run_once
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import problem_responses
from renovation_api.routes.common import CREATED, ETAG, CursorParam, IfMatch, PageSize, tokens
from renovation_api.services.unit_of_work import MAX_ACTOR_LENGTH, FeedFilter
from renovation_api.shapes.common import Body
from renovation_api.shapes.events import EventType
from renovation_api.storage.audit import utc
from renovation_api.webhooks import subscriptions
from renovation_api.webhooks.delivery import webhook_id
from renovation_api.webhooks.secrets import PREFIX
from renovation_api.webhooks.targets import MAX_URL_LENGTH
from renovation_core.text import LINE_PATTERN, LINES_PATTERN, visible

Url = Annotated[
    str,
    msgspec.Meta(
        min_length=8,
        max_length=MAX_URL_LENGTH,
        pattern=r"^https?://[!-~]+$",
        description="Where deliveries are POSTed: https, on a public address (plain http and "
        "private addresses only where the deployment allows them). Redirects are not followed.",
        examples=["https://finance.wuhai.gov.cn/hooks/renovation"],
    ),
]
Types = Annotated[
    list[EventType],
    msgspec.Meta(
        min_length=1,
        max_length=len(EventType),
        description="The event types to deliver; null for every type the subscriber may read.",
    ),
]
SubscriptionNumber = Annotated[
    int,
    Parameter(ge=1, le=INT32, description="The subscription's number, as its creation answered."),
]
Secret = Annotated[
    str,
    msgspec.Meta(
        max_length=64,
        pattern=f"^{PREFIX}[A-Za-z0-9+/]+=*$",
        description="The signing secret (Standard Webhooks): shown once, in this answer only; "
        "a replay of the request under its Idempotency-Key answers null.",
    ),
]


class SubscriptionIn(Body, kw_only=True):
    url: Url
    types: Types | None = None
    description: Note | None = None


class SubscriptionChange(Body, kw_only=True):
    url: Url
    types: Types | None = None
    description: Note | None = None
    enabled: bool = True


Count = Annotated[int, msgspec.Meta(ge=0, le=2**63 - 1)]
# A moment with its offset: one without would mean different instants on different servers.
Moment = Annotated[datetime.datetime, msgspec.Meta(tz=True)]
EventId = Annotated[int, msgspec.Meta(ge=1, le=2**63 - 1)]


class Backlog(msgspec.Struct, kw_only=True):
    pending: Count
    delivered: Count
    failed: Count


class Subscription(msgspec.Struct, kw_only=True):
    """A subscription: where to, which events, and whether it is delivering (and if not,
    why)."""

    number: Annotated[int, msgspec.Meta(ge=1, le=INT32)]
    url: Url
    types: Types | None
    description: Note | None
    owner: Annotated[
        str,
        msgspec.Meta(
            max_length=MAX_ACTOR_LENGTH,
            pattern=LINE_PATTERN,
            description="Who subscribed (as the audit log names callers): deliveries tell only "
            "what it may read.",
        ),
    ]
    enabled: bool
    disabled_reason: Note | None
    disabled_at: datetime.datetime | None
    failures: Annotated[
        int,
        msgspec.Meta(
            ge=0, le=INT32, description="Failed attempts in a row since the last success."
        ),
    ]
    previous_secret_until: Annotated[
        datetime.datetime | None,
        msgspec.Meta(description="Until when the secret before the last rotation still signs."),
    ]
    created_at: datetime.datetime
    deliveries: Backlog


class SubscriptionWithSecret(Subscription, kw_only=True):
    secret: Secret | None


class SubscriptionPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[Subscription], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class Attempt(msgspec.Struct, kw_only=True):
    """One attempt to deliver an event: its answer's status, how long it took, and a short
    excerpt of the answer (never more)."""

    id: EventId
    event: EventId
    event_type: EventType
    webhook_id: Annotated[str, msgspec.Meta(max_length=24, pattern="^evt_[0-9]+$")]
    attempt: Annotated[int, msgspec.Meta(ge=1, le=INT32)]
    at: datetime.datetime
    status_code: Annotated[int, msgspec.Meta(ge=100, le=599)] | None
    latency_ms: Annotated[int, msgspec.Meta(ge=0, le=INT32)]
    delivered: bool
    error: Annotated[str, msgspec.Meta(max_length=200, pattern=LINE_PATTERN)] | None
    excerpt: (
        Annotated[
            str,
            msgspec.Meta(
                max_length=256,
                pattern=LINES_PATTERN,
                description="The answer's first characters, control characters shown visibly.",
            ),
        ]
        | None
    )


class AttemptPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[Attempt], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class ReplayIn(Body, kw_only=True):
    """One event (``event``) or the events of a time range (``since``, ``until``)."""

    event: EventId | None = None
    since: Moment | None = None
    until: Moment | None = None


class Replayed(msgspec.Struct, kw_only=True):
    queued: Annotated[int, msgspec.Meta(ge=0, le=subscriptions.MAX_REPLAY)]


def _shown(row: Any, backlog: dict[str, int]) -> dict[str, Any]:
    return {
        "number": row.id,
        "url": row.url,
        "types": row.types,
        "description": row.description,
        "owner": row.owner,
        "enabled": row.enabled,
        "disabled_reason": row.disabled_reason,
        "disabled_at": row.disabled_at and utc(row.disabled_at),
        "failures": row.failures,
        "previous_secret_until": row.previous_until and utc(row.previous_until),
        "created_at": utc(row.created_at),
        "deliveries": backlog,
    }


async def _subscription(conn: Any, row: Any) -> Subscription:
    return msgspec.convert(_shown(row, await subscriptions.backlog(conn, row)), Subscription)


def _types(given: list[Any] | None) -> frozenset[str] | None:
    return None if given is None else frozenset(t.value for t in given)


def _settings(request: Request[Any, Any, Any]) -> Any:
    return request.app.state.settings.webhooks


async def _with_secret(conn: Any, made: subscriptions.WithSecret, status: int) -> Created:
    shown = _shown(made.row, await subscriptions.backlog(conn, made.row))
    answer = encoded(
        status,
        msgspec.convert({**shown, "secret": made.secret}, SubscriptionWithSecret),
        location=subscriptions.resource(made.row.id),
        etag=etag(made.row.revision),
    )
    kept = msgspec.json.encode(msgspec.convert({**shown, "secret": None}, SubscriptionWithSecret))
    return Created(
        status=answer.status,
        body=answer.body,
        location=answer.location,
        etag=answer.etag,
        kept=kept,
    )


class WebhookController(Controller):
    path = "/v1/webhook-subscriptions"
    tags = ("webhooks",)
    opt = needs(core.Permission.SUBSCRIBE)

    @post(
        "/",
        operation_id="createWebhookSubscription",
        summary="Subscribe to events",
        description="Deliveries of the events the caller may read (those of types, or all), "
        "from now on, signed with the secret this answer shows once (Standard Webhooks: "
        "webhook-id, webhook-timestamp, webhook-signature). The subscription is the caller's; "
        "a city administrator manages any.",
        status_code=201,
        response_headers=CREATED,
        responses=problem_responses(400, 403, 415, 422),
    )
    async def create_subscription(
        self,
        request: Request[Any, Any, Any],
        data: JSONBody[SubscriptionIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[SubscriptionWithSecret]:
        command = subscriptions.Subscribe(
            url=data.url, types=_types(data.types), description=data.description
        )

        async def write(conn: Any) -> Created:
            made = await subscriptions.subscribe(
                conn,
                principal(request),
                headers.request_id(request.scope),
                command,
                _settings(request),
                request.app.state.vault,
            )
            return await _with_secret(conn, made, 201)

        return await run_once(request, request.app.state.database.writer, idempotency_key, write)

    @get(
        "/",
        operation_id="listWebhookSubscriptions",
        summary="List webhook subscriptions",
        description="The caller's subscriptions (a city administrator's: everyone's), by number.",
        responses=problem_responses(400, 403, 404),
    )
    async def list_subscriptions(
        self,
        request: Request[Any, Any, Any],
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> SubscriptionPage:
        cursors = tokens(request)
        position = cursors.position(cursor, "webhook-subscriptions")
        async with request.app.state.database.reader.connect() as conn:
            rows = list(
                await subscriptions.listing(
                    conn, principal(request), int(position[0]) if position else None, page_size + 1
                )
            )
            items = [await _subscription(conn, row) for row in rows[:page_size]]
        more = len(rows) > page_size
        return SubscriptionPage(
            items=items,
            next_cursor=cursors.issue("webhook-subscriptions", [items[-1].number])
            if more
            else None,
        )

    @get(
        "/{number:int}",
        operation_id="getWebhookSubscription",
        summary="Get a webhook subscription",
        description="Where it delivers, what, whether it is enabled (if not, why), and its "
        "deliveries pending, delivered and failed.",
        response_headers=[ETAG],
        responses=problem_responses(400, 403, 404),
    )
    async def get_subscription(
        self, request: Request[Any, Any, Any], number: SubscriptionNumber
    ) -> Response[Subscription]:
        async with request.app.state.database.reader.connect() as conn:
            row = await subscriptions.get(conn, principal(request), number)
            shown = await _subscription(conn, row)
        return Response(shown, headers={"ETag": etag(row.revision)})

    @put(
        "/{number:int}",
        operation_id="replaceWebhookSubscription",
        summary="Change a webhook subscription",
        description="Replaces its URL, types and description, and enables or disables it; "
        "enabling it again clears why it was disabled and resumes its queued deliveries. "
        "Honours If-Match.",
        response_headers=[ETAG],
        responses=problem_responses(400, 403, 404, 409, 412, 415, 422),
    )
    async def replace_subscription(
        self,
        request: Request[Any, Any, Any],
        number: SubscriptionNumber,
        data: JSONBody[SubscriptionChange],
        if_match: IfMatch = None,
    ) -> Response[Subscription]:
        command = subscriptions.Change(
            number=number,
            expected=expected(if_match),
            url=data.url,
            types=_types(data.types),
            description=data.description,
            enabled=data.enabled,
        )

        async def write(conn: Any) -> Created:
            row = await subscriptions.change(
                conn,
                principal(request),
                headers.request_id(request.scope),
                command,
                _settings(request),
            )
            return encoded(200, await _subscription(conn, row), etag=etag(row.revision))

        return await run_once(request, request.app.state.database.writer, None, write)

    @delete(
        "/{number:int}",
        operation_id="deleteWebhookSubscription",
        summary="Delete a webhook subscription",
        description="Removes it with its queued deliveries and its log. Honours If-Match.",
        responses=problem_responses(400, 403, 404, 409, 412),
    )
    async def delete_subscription(
        self, request: Request[Any, Any, Any], number: SubscriptionNumber, if_match: IfMatch = None
    ) -> None:
        async with request.app.state.database.writer.begin() as conn:
            await subscriptions.unsubscribe(
                conn,
                principal(request),
                headers.request_id(request.scope),
                number,
                expected(if_match),
            )

    @post(
        "/{number:int}/secret-rotations",
        operation_id="rotateWebhookSecret",
        summary="Rotate a subscription's signing secret",
        description="A new secret, shown once in this answer. The one it replaces keeps "
        "signing beside it (two signatures in webhook-signature) for the deployment's overlap "
        "(previous_secret_until), so a receiver changes over without missing a delivery.",
        status_code=201,
        response_headers=CREATED,
        responses=problem_responses(400, 403, 404, 409, 422),
    )
    async def rotate_secret(
        self,
        request: Request[Any, Any, Any],
        number: SubscriptionNumber,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[SubscriptionWithSecret]:
        async def write(conn: Any) -> Created:
            made = await subscriptions.rotate(
                conn,
                principal(request),
                headers.request_id(request.scope),
                number,
                _settings(request),
                request.app.state.vault,
            )
            return await _with_secret(conn, made, 201)

        return await run_once(request, request.app.state.database.writer, idempotency_key, write)

    @post(
        "/{number:int}/replays",
        operation_id="replayWebhookEvents",
        summary="Deliver events again",
        description="Queues again one event (event) or those of a time range (since, "
        "inclusive; until, exclusive) that the subscription was owed, whether or not they were "
        "delivered: at most 10,000 at once. They go out under their own webhook-id again.",
        status_code=202,
        responses=problem_responses(400, 403, 404, 415, 422),
    )
    async def replay(
        self,
        request: Request[Any, Any, Any],
        number: SubscriptionNumber,
        data: JSONBody[ReplayIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[Replayed]:
        where = FeedFilter(event=data.event, since=data.since, until=data.until)

        async def write(conn: Any) -> Created:
            queued = await subscriptions.replay(
                conn, principal(request), headers.request_id(request.scope), number, where
            )
            return encoded(202, Replayed(queued=queued))

        return await run_once(request, request.app.state.database.writer, idempotency_key, write)

    @get(
        "/{number:int}/attempts",
        operation_id="listWebhookAttempts",
        summary="The delivery log",
        description="Every attempt to deliver to the subscription, newest first: the event, "
        "the answer's status code, latency and a short excerpt, or why it failed.",
        responses=problem_responses(400, 403, 404),
    )
    async def list_attempts(
        self,
        request: Request[Any, Any, Any],
        number: SubscriptionNumber,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> AttemptPage:
        cursors = tokens(request)
        query = f"webhook-attempts/{number}"
        position = cursors.position(cursor, query)
        async with request.app.state.database.reader.connect() as conn:
            found = await subscriptions.attempts(
                conn,
                principal(request),
                number,
                int(position[0]) if position else None,
                page_size + 1,
            )
        items = [
            Attempt(
                id=a.id,
                event=a.event_id,
                event_type=EventType(a.event_type),
                webhook_id=webhook_id(a.event_id),
                attempt=a.attempt,
                at=utc(a.attempted_at),
                status_code=a.status_code,
                latency_ms=a.latency_ms,
                delivered=a.delivered,
                error=a.error,
                excerpt=a.excerpt and visible(a.excerpt),
            )
            for a in found[:page_size]
        ]
        more = len(found) > page_size
        return AttemptPage(
            items=items, next_cursor=cursors.issue(query, [items[-1].id]) if more else None
        )
