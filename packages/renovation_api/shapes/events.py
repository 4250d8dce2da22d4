"""The shape of a domain event, as the feed serves it and as a webhook delivers it."""

import datetime
import enum
from typing import Annotated, Any

import msgspec

from renovation_api.fields import DISTRICT_CODE, Resource
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.services import events
from renovation_api.services.unit_of_work import FeedEvent
from renovation_core.validators import CODE_PATTERN, MAX_CODE_LENGTH

EventType = enum.StrEnum(  # type: ignore[misc]
    "EventType", {t.replace(".", "_").upper(): t for t in sorted(events.TYPES)}
)
ETag = Annotated[str, msgspec.Meta(max_length=34, pattern='^"[0-9a-f]{32}"$')]


class Event(msgspec.Struct, kw_only=True):
    """One domain event: what happened to which resource, and where. ``data`` is small: the
    fields that say what changed (``changed`` names them); read the resource for the rest."""

    id: Annotated[int, msgspec.Meta(ge=1, le=2**63 - 1)]
    type: EventType
    occurred_at: datetime.datetime
    programme: Annotated[str, msgspec.Meta(max_length=MAX_CODE_LENGTH, pattern=CODE_PATTERN)] | None
    district: Annotated[str, msgspec.Meta(**DISTRICT_CODE)] | None
    resource: Resource
    etag: Annotated[
        ETag | None,
        msgspec.Meta(
            description="The resource's ETag after the write (none for a record never "
            "changed, or removed)."
        ),
    ]
    data: dict[str, Any]


class EventPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[Event], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Annotated[
        Cursor | None,
        msgspec.Meta(
            description="Where to resume: after the last event read, served or passed over "
            "by the filters (the cursor sent when there was none new; null when the feed has "
            "no events yet)."
        ),
    ]
    more: Annotated[
        bool,
        msgspec.Meta(
            description="Whether more may be ready now (a page scans at most 5,000 events, so "
            "a narrow filter may get a short page); if not, poll again later."
        ),
    ]


def show_event(event: FeedEvent) -> Event:
    return Event(
        id=event.id,
        type=EventType(event.type),
        occurred_at=event.occurred_at,
        programme=event.programme,
        district=event.district,
        resource=event.resource,
        etag=event.etag,
        data=event.data,
    )
