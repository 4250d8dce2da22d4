"""What every controller shares: parameters, response headers, the command route and paging."""

import bisect
from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar

from litestar import Request, get, post
from litestar.datastructures import ResponseHeader
from litestar.openapi.spec import OpenAPIFormat, OpenAPIType, Schema
from litestar.params import HeaderParameter, Parameter

import renovation_core as core
from renovation_api.fields import CODE, DISTRICT_CODE, INT32, LOCAL_CODE, YEARS
from renovation_api.guards import needs
from renovation_api.headers import HEADER_TEXT, REQUEST_ID, REQUEST_ID_PATTERN
from renovation_api.pagination import (
    CURSOR_DESCRIPTION,
    CURSOR_PATTERN,
    MAX_CURSOR_LENGTH,
    MAX_PAGE_SIZE,
    Cursors,
)
from renovation_api.problems import problem_responses

T = TypeVar("T")

PageSize = Annotated[
    int,
    Parameter(
        ge=1,
        le=MAX_PAGE_SIZE,
        description=f"Items per page (at most {MAX_PAGE_SIZE}).",
        required=False,
    ),
]
CursorParam = Annotated[
    str | None,
    Parameter(
        required=False,
        max_length=MAX_CURSOR_LENGTH,
        pattern=CURSOR_PATTERN,
        description=CURSOR_DESCRIPTION,
    ),
]
# Optional filters. Litestar documents a parameter's constraints only from Parameter().
DistrictFilter = Annotated[str | None, Parameter(required=False, **DISTRICT_CODE)]
LocalFilter = Annotated[str | None, Parameter(required=False, **LOCAL_CODE)]
YearFilter = Annotated[int | None, Parameter(required=False, **YEARS)]
ProgrammeCode = Annotated[
    str,
    Parameter(
        description="The programme's code, e.g. wuhai-2022-2024.",
        **CODE,
    ),
]
CompoundCode = Annotated[
    str,
    Parameter(
        description="The compound's code.",
        **CODE,
    ),
]
IfMatch = Annotated[
    str | None,
    HeaderParameter(
        name="If-Match",
        required=False,
        max_length=512,
        pattern=HEADER_TEXT,
        description="The ETag last read; the write is refused with 412 if it has changed since.",
    ),
]


ETAG = ResponseHeader(
    name="ETag",
    documentation_only=True,
    description="The version of the resource; send it back in If-Match to update safely.",
)
LOCATION = ResponseHeader(
    name="Location",
    documentation_only=True,
    description="Where the new resource lives.",
)
# A job answered at once (202): where its status resource lives; it has no version yet.
ACCEPTED = [LOCATION]
CREATED = [
    LOCATION,
    ETAG,
    ResponseHeader(
        name="Idempotent-Replayed",
        documentation_only=True,
        description="Present, as true, when this is the stored answer to an earlier request with "
        "the same Idempotency-Key.",
    ),
]
EVERY_RESPONSE = [
    ResponseHeader(
        name=REQUEST_ID,
        documentation_only=True,
        description="The request's id: the caller's X-Request-Id when it is a plain token of at "
        "most 128 characters, otherwise a new one. Quote it when reporting a problem.",
    ),
    *(
        ResponseHeader(name=name, documentation_only=True, description=description)
        for name, description in (
            ("RateLimit-Limit", "Requests a caller may send per minute (per worker)."),
            ("RateLimit-Remaining", "Requests the caller has left this minute."),
            ("RateLimit-Reset", "Seconds until the minute's count starts again."),
        )
    ),
    ResponseHeader(
        name="Access-Control-Allow-Origin",
        documentation_only=True,
        description="Present when the request's Origin is one the deployment allows "
        "(RENOVATION_CORS_ORIGINS); none are by default.",
    ),
]
RETRY_AFTER = ResponseHeader(
    name="Retry-After",
    documentation_only=True,
    description="Seconds to wait before trying again.",
)
# The values of those headers, which Litestar's ResponseHeader cannot declare.
HEADER_SCHEMAS = {
    REQUEST_ID: Schema(type=OpenAPIType.STRING, max_length=128, pattern=REQUEST_ID_PATTERN),
    "Access-Control-Allow-Origin": Schema(
        type=OpenAPIType.STRING, format=OpenAPIFormat.URI, max_length=2048
    ),
    "ETag": Schema(type=OpenAPIType.STRING, max_length=34, pattern='^"[0-9a-f]{32}"$'),
    "Location": Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.URI_REFERENCE, max_length=512),
    "Idempotent-Replayed": Schema(type=OpenAPIType.STRING, enum=["true"]),
    **dict.fromkeys(
        ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After"),
        Schema(type=OpenAPIType.INTEGER, minimum=0, maximum=INT32),
    ),
}


def tokens(request: Request[Any, Any, Any]) -> Cursors:
    """The app's signer of page cursors."""
    return request.app.state.cursors  # type: ignore[no-any-return]


Key = tuple[str | int, ...]


def page(
    request: Request[Any, Any, Any],
    items: Sequence[T],
    query: str,
    cursor: str | None,
    page_size: int,
    out: Callable[[T], Any],
    key: Callable[[T], Key] | None,
) -> tuple[list[Any], str | None]:
    """A page of a list held in memory, in the order of ``key``, which tells each item apart:
    the cursor holds the last item's key, so a record added or removed between two pages moves
    no other across the page's edge. With ``key`` None the list is published data that never
    changes, and the cursor holds a position."""
    cursors = tokens(request)
    if key is None:
        position = cursors.position(cursor, query)
        start = int(position[0]) if position else 0
        chunk = items[start : start + page_size]
        last: list[Any] = [start + len(chunk)]
        more = start + len(chunk) < len(items)
    else:
        query = f"{query}#keyed"  # a positional cursor of an earlier release is not one
        ordered = sorted(items, key=key)
        keys = [list(key(item)) for item in ordered]  # as the cursor brings them back
        after = cursors.position(cursor, query)
        start = bisect.bisect_right(keys, after) if after else 0
        chunk = ordered[start : start + page_size]
        more = start + len(chunk) < len(ordered)
        last = keys[start + len(chunk) - 1] if chunk else []
    next_token = cursors.issue(query, last) if more else None
    return [out(item) for item in chunk], next_token


def read_route(
    path: str,
    operation: str,
    summary: str,
    description: str,
    *,
    permission: core.Permission = core.Permission.READ_REGISTER,
) -> get:
    """A read of one stored record (``GET``): answers it with its ETag."""
    return get(
        path,
        operation_id=operation,
        opt=needs(permission),
        summary=summary,
        description=description,
        responses=problem_responses(400, 404, 403),
        response_headers=[ETAG],
    )


def create_route(
    path: str,
    operation: str,
    summary: str,
    description: str,
    *,
    permission: core.Permission = core.Permission.WRITE_REGISTER,
    errors: tuple[int, ...] = (400, 404, 409, 415, 422, 403),
    headers: list[ResponseHeader] = CREATED,
) -> post:
    """A command that creates a record (``POST``): answers 201, by default with its Location
    and ETag."""
    return _command(path, operation, summary, description, permission, errors, 201, headers)


def command_route(
    path: str,
    operation: str,
    summary: str,
    description: str,
    *,
    permission: core.Permission = core.Permission.WRITE_REGISTER,
    errors: tuple[int, ...] = (400, 404, 409, 412, 415, 422, 403),
) -> post:
    """A command on a stored record (``POST``): answers 200 with the record and its ETag."""
    return _command(path, operation, summary, description, permission, errors, 200, [ETAG])


def _command(
    path: str,
    operation: str,
    summary: str,
    description: str,
    permission: core.Permission,
    errors: tuple[int, ...],
    status: int,
    headers: list[ResponseHeader],
) -> post:
    return post(
        path,
        operation_id=operation,
        opt=needs(permission),
        summary=summary,
        description=description,
        responses=problem_responses(*errors),
        status_code=status,
        response_headers=headers,
    )
