"""RFC 9457 problem details: every error leaves the API as ``application/problem+json``.

Each kind of problem has a stable ``type`` URI (``urn:renovation:problem:<slug>``) that clients
may switch on; validation problems list every failing field with its JSON path in ``errors``.
No handler lets a stack trace out: an unexpected exception is logged and answered with a
generic 500.
"""

import logging
import re
from typing import Annotated, Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, NotFoundException, ValidationException
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import Example
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR
from sqlalchemy.exc import IntegrityError, OperationalError

from renovation_api.headers import request_id
from renovation_api.services.errors import Changed, NotFound, NotPermitted, OutsideScope
from renovation_api.storage.engine import busy
from renovation_core.errors import DataError, FieldValueError, RuleViolation
from renovation_core.text import LINE_PATTERN, LINES_PATTERN, visible
from renovation_core.validators import MAX_TEXT_LENGTH

PROBLEM_MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("renovation_api")


MAX_TEXT = 2000
MAX_ERRORS = 100
BUSY_RETRY_SECONDS = 5  # the Retry-After of a 503: the database busy or not answering
Text = Annotated[str, msgspec.Meta(max_length=MAX_TEXT, pattern=LINES_PATTERN)]


def _clip(text: str) -> str:
    """Problem texts may quote the request (a path, a value): keep them to a bounded size, and
    its control characters visible (a client may print them to a terminal or a log)."""
    text = visible(text)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


class FieldProblem(msgspec.Struct, kw_only=True):
    """One invalid field: where (a JSON path into the request) and what is wrong."""

    path: Annotated[
        str, msgspec.Meta(max_length=MAX_TEXT, pattern=LINES_PATTERN, examples=["$.households"])
    ]
    message: Annotated[
        str,
        msgspec.Meta(
            max_length=MAX_TEXT, pattern=LINES_PATTERN, examples=["must be at least 1, got -12"]
        ),
    ]

    def __post_init__(self) -> None:
        self.path, self.message = _clip(self.path), _clip(self.message)


class Problem(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An RFC 9457 problem."""

    type: Annotated[
        str,
        msgspec.Meta(
            max_length=MAX_TEXT_LENGTH,
            pattern="^urn:renovation:problem:[a-z0-9-]+$",
            examples=["urn:renovation:problem:invalid-request"],
        ),
    ]
    title: Annotated[str, msgspec.Meta(max_length=MAX_TEXT_LENGTH, pattern=LINE_PATTERN)]
    status: Annotated[int, msgspec.Meta(ge=400, le=599)]
    detail: Text | None = None
    instance: Text | None = None
    errors: (
        Annotated[
            list[FieldProblem],
            msgspec.Meta(max_length=MAX_ERRORS, description=f"The first {MAX_ERRORS} fields."),
        ]
        | None
    ) = None
    allowed: (
        Annotated[
            list[Annotated[str, msgspec.Meta(max_length=MAX_TEXT_LENGTH, pattern=LINE_PATTERN)]],
            msgspec.Meta(
                max_length=MAX_ERRORS,
                description="What the record allows next, when a step is refused "
                "(e.g. the stages a project may move to).",
                examples=[["approved", "suspended", "cancelled"]],
            ),
        ]
        | None
    ) = None

    def __post_init__(self) -> None:
        self.detail = None if self.detail is None else _clip(self.detail)
        self.instance = None if self.instance is None else _clip(self.instance)
        if self.errors is not None:
            self.errors = self.errors[:MAX_ERRORS]


class ProblemError(Exception):
    """Raise to answer with a problem; ``slug`` names its stable type."""

    def __init__(
        self,
        status: int,
        slug: str,
        title: str,
        detail: str | None = None,
        errors: list[FieldProblem] | None = None,
        headers: dict[str, str] | None = None,
        allowed: list[str] | None = None,
    ) -> None:
        super().__init__(detail or title)
        self.status, self.slug, self.title, self.detail = status, slug, title, detail
        self.errors, self.headers, self.allowed = errors, headers or {}, allowed


def invalid_data(errors: list[FieldProblem], detail: str | None = None) -> ProblemError:
    """422: well-formed, but breaks a rule of the domain."""
    return ProblemError(
        422,
        "invalid-data",
        "The data breaks a rule of the programme",
        detail or "; ".join(f"{e.path}: {e.message}" for e in errors),
        errors,
    )


def from_data_error(error: DataError, prefix: str = "$") -> ProblemError:
    return invalid_data(
        [FieldProblem(path=_join(prefix, e.path), message=e.message) for e in error.errors]
    )


def _join(prefix: str, path: str) -> str:
    if path.startswith("$"):
        path = path[1:].lstrip(".")
    return f"{prefix}.{path}" if path and not path.startswith("[") else f"{prefix}{path}"


def not_found(what: str) -> ProblemError:
    return ProblemError(404, "not-found", "Not found", f"{what} does not exist")


def _response(request: Request[Any, Any, Any], problem: ProblemError) -> Response[bytes]:
    body = Problem(
        type=f"urn:renovation:problem:{problem.slug}",
        title=problem.title,
        status=problem.status,
        detail=problem.detail,
        instance=request.url.path,
        errors=problem.errors,
        allowed=problem.allowed,
    )
    return Response(
        msgspec.json.encode(body),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=problem.headers,
    )


def _on_problem(request: Request[Any, Any, Any], exc: ProblemError) -> Response[bytes]:
    return _response(request, exc)


def _on_rule(request: Request[Any, Any, Any], exc: RuleViolation) -> Response[bytes]:
    """The record's state refuses the command (the core's rule said no); nothing changed."""
    errors = [FieldProblem(path=_join("$", e.path), message=e.message) for e in exc.errors]
    return _response(
        request,
        ProblemError(
            409,
            exc.rule,
            "Refused by the programme's rules",
            exc.message,
            errors or None,
            allowed=list(exc.allowed) or None,
        ),
    )


def _on_not_found(request: Request[Any, Any, Any], exc: NotFound) -> Response[bytes]:
    return _response(request, not_found(exc.what))


def _on_changed(request: Request[Any, Any, Any], exc: Changed) -> Response[bytes]:
    return _response(
        request,
        ProblemError(
            412,
            "precondition-failed",
            "The resource has changed",
            f"{exc.detail}; read it again and retry",
        ),
    )


def _on_outside(request: Request[Any, Any, Any], exc: OutsideScope) -> Response[bytes]:
    errors = [FieldProblem(path=f"$.{field}", message="outside your scope") for field in exc.fields]
    return _response(
        request,
        ProblemError(403, "outside-scope", "Outside your scope", exc.detail, errors or None),
    )


def _on_not_permitted(request: Request[Any, Any, Any], exc: NotPermitted) -> Response[bytes]:
    return _response(request, ProblemError(403, exc.slug, "Not permitted", exc.detail))


def _located(request: Request[Any, Any, Any], path: str) -> str:
    """A field's path as the request gave it: a query parameter as ``query.year`` (as a
    malformed one is named), anything else in the body (``$.households``)."""
    given = _FIRST_KEY.match(path.removeprefix("$").lstrip("."))
    if given is not None and given.group() in request.query_params:
        return f"query.{path.removeprefix('$').lstrip('.')}"
    return _join("$", path)


_FIRST_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _on_data(request: Request[Any, Any, Any], exc: DataError) -> Response[bytes]:
    return _response(
        request,
        invalid_data(
            [FieldProblem(path=_located(request, e.path), message=e.message) for e in exc.errors]
        ),
    )


def _on_field(request: Request[Any, Any, Any], exc: FieldValueError) -> Response[bytes]:
    return _response(
        request,
        invalid_data([FieldProblem(path=_located(request, exc.field), message=exc.message)]),
    )


# An optional parameter's type reads "`int | null`" to msgspec; absent is how it is left out.
_OPTIONAL = re.compile(r" \| null(?=`)")
# Litestar names a missing parameter only in its message.
_MISSING = re.compile(r"Missing required (query|path|header|cookie) parameter '([^']+)'")


def _on_validation(request: Request[Any, Any, Any], exc: ValidationException) -> Response[bytes]:
    """Litestar's own parameter validation (query, path, header): name each parameter."""
    errors = []
    for item in exc.extra if isinstance(exc.extra, list) else []:
        key = item.get("key", "")
        source = str(getattr(item.get("source"), "value", item.get("source") or ""))
        path = f"{source}.{key}" if source and source != "body" else f"$.{key}" if key else "$"
        message = _OPTIONAL.sub("", str(item.get("message", "invalid")))
        errors.append(FieldProblem(path=path, message=message))
    detail = "; ".join(f"{e.path}: {e.message}" for e in errors) or exc.detail
    if not errors and (missing := _MISSING.match(exc.detail)):
        source, name = missing.groups()
        detail = f"the {source} parameter {name!r} is required"
        errors.append(FieldProblem(path=f"{source}.{name}", message="required"))
    return _response(
        request,
        ProblemError(400, "invalid-request", "The request is not valid", detail, errors or None),
    )


_HTTP_SLUGS = {
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    406: ("not-acceptable", "Not acceptable"),
    413: ("request-too-large", "Request body too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
    429: ("too-many-requests", "Too many requests"),
}


def _on_http(request: Request[Any, Any, Any], exc: HTTPException) -> Response[bytes]:
    slug, title = _HTTP_SLUGS.get(exc.status_code, ("http-error", exc.detail or "Error"))
    if exc.status_code == 400:
        slug, title = "invalid-request", "The request is not valid"
    detail = exc.detail if exc.detail and exc.detail != title else None
    return _response(
        request,
        ProblemError(exc.status_code, slug, title, detail, headers=dict(exc.headers or {})),
    )


def _on_integrity(request: Request[Any, Any, Any], exc: IntegrityError) -> Response[bytes]:
    """A uniqueness or reference constraint caught what the checks before it could not see: a
    concurrent request wrote first. The transaction was rolled back; nothing changed."""
    log.info(
        "constraint refused %s %s (request %s): %s",
        request.method,
        request.url.path,
        request_id(request.scope),
        exc.orig,
    )
    return _response(
        request,
        ProblemError(
            409,
            "conflict",
            "The request conflicts with a concurrent change",
            "another request changed the same records first; read them again and retry",
        ),
    )


def _on_operational(request: Request[Any, Any, Any], exc: OperationalError) -> Response[bytes]:
    """SQLite has one writer at a time: a write that waited its busy timeout out behind
    another (a large import holds the database for its whole transaction) is refused, to be
    sent again. Any other failure of the database is unexpected."""
    if not busy(exc):
        return _on_unexpected(request, exc)
    log.info("database busy: %s %s refused", request.method, request.url.path)
    return _response(
        request,
        ProblemError(
            503,
            "busy",
            "The database is busy",
            "another write holds the database (a large import, perhaps); nothing was changed: "
            f"send the request again in {BUSY_RETRY_SECONDS} s",
            headers={"Retry-After": str(BUSY_RETRY_SECONDS)},
        ),
    )


def _on_unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    log.exception(
        "unhandled error on %s %s (request %s)",
        request.method,
        request.url.path,
        request_id(request.scope),
        exc_info=exc,
    )
    return _response(
        request,
        ProblemError(
            HTTP_500_INTERNAL_SERVER_ERROR,
            "internal-error",
            "Internal error",
            "The server could not complete the request; nothing was changed.",
        ),
    )


EXCEPTION_HANDLERS: Any = {
    ProblemError: _on_problem,
    # The core's refusals: a command its rules or its data checks turned down.
    RuleViolation: _on_rule,
    # The services' refusals.
    NotFound: _on_not_found,
    Changed: _on_changed,
    OutsideScope: _on_outside,
    NotPermitted: _on_not_permitted,
    DataError: _on_data,
    FieldValueError: _on_field,
    ValidationException: _on_validation,
    NotFoundException: _on_http,
    HTTPException: _on_http,
    IntegrityError: _on_integrity,
    OperationalError: _on_operational,
    Exception: _on_unexpected,
}


_DOCUMENTED = {
    400: (
        "The request is malformed: bad JSON, a wrong type, an unknown or missing field.",
        Problem(
            type="urn:renovation:problem:invalid-request",
            title="The request is not valid",
            status=400,
            detail="$.households: Expected `int`, got `str`",
            errors=[FieldProblem(path="$.households", message="Expected `int`, got `str`")],
        ),
    ),
    401: (
        "No credential where one is needed, or a credential that is not good: unknown, "
        "revoked or expired API key; bearer token with a bad signature, issuer, audience, "
        "algorithm or expiry.",
        Problem(
            type="urn:renovation:problem:unauthenticated",
            title="Not authenticated",
            status=401,
            detail="the API key has expired",
        ),
    ),
    403: (
        "The caller's role may not do this, or the request reaches a compound or district "
        "outside the caller's districts, streets or region.",
        Problem(
            type="urn:renovation:problem:forbidden",
            title="Not permitted",
            status=403,
            detail="the role auditor may not do this",
        ),
    ),
    404: (
        "No such resource, or none within the caller's scope.",
        Problem(
            type="urn:renovation:problem:not-found",
            title="Not found",
            status=404,
            detail="compound '150302-9999' of programme 'wuhai-2022-2024' does not exist",
        ),
    ),
    409: (
        "The request conflicts with the current state: a duplicate, a dependent record, or a "
        "step the record's state refuses (its type names the rule; allowed lists what may come "
        "next).",
        Problem(
            type="urn:renovation:problem:duplicate",
            title="Already exists",
            status=409,
            detail="compound code '150302-0001' is already in the register",
        ),
    ),
    410: (
        "What the request resumes from is gone: a feed cursor older than the events kept.",
        Problem(
            type="urn:renovation:problem:cursor-expired",
            title="The cursor is older than the feed keeps",
            status=410,
            detail="the event this cursor resumes after has passed the feed's retention",
        ),
    ),
    412: (
        "The If-Match ETag does not match the resource's current ETag.",
        Problem(
            type="urn:renovation:problem:precondition-failed",
            title="The resource has changed",
            status=412,
            detail="If-Match does not match the current ETag; read it again and retry",
        ),
    ),
    413: (
        "The body is larger than the server accepts: RENOVATION_MAX_BODY_BYTES (8 MiB unless "
        "the deployment says otherwise), or for an inventory file the import limit.",
        Problem(
            type="urn:renovation:problem:request-too-large",
            title="Request body too large",
            status=413,
            detail="an inventory file may be at most 52428800 bytes",
        ),
    ),
    415: (
        "The body is not sent in a media type the operation takes (application/json, or an "
        "inventory's text/csv or XLSX).",
        Problem(
            type="urn:renovation:problem:unsupported-media-type",
            title="Unsupported media type",
            status=415,
            detail="send the body as application/json, not text/plain",
        ),
    ),
    422: (
        "The request is well-formed but breaks a rule of the programme.",
        Problem(
            type="urn:renovation:problem:invalid-data",
            title="The data breaks a rule of the programme",
            status=422,
            detail="$.district: unknown district '150399'",
            errors=[FieldProblem(path="$.district", message="unknown district '150399'")],
        ),
    ),
    429: (
        "The caller sent more requests this minute than its limit, or its address failed "
        "authentication more often than its limit (then any credential from it is refused "
        "until the minute ends); Retry-After says when to try again.",
        Problem(
            type="urn:renovation:problem:rate-limited",
            title="Too many requests",
            status=429,
            detail="at most 600 requests a minute per caller; retry in 17 s",
        ),
    ),
    500: (
        "The server failed; the request changed nothing.",
        Problem(
            type="urn:renovation:problem:internal-error",
            title="Internal error",
            status=500,
            detail="The server could not complete the request; nothing was changed.",
        ),
    ),
    503: (
        "The database does not answer, or is busy with another write (SQLite has one writer: "
        "a large import holds it); nothing was changed. Retry-After says when to try again.",
        Problem(
            type="urn:renovation:problem:unavailable",
            title="Service unavailable",
            status=503,
            detail="the database does not answer",
        ),
    ),
}


def problem_responses(*statuses: int) -> dict[int, ResponseSpec]:
    """OpenAPI declarations of the problems an operation may answer with, with an example;
    any operation may refuse a bad credential (401), a caller over its rate limit (429), be
    refused while the database is busy (503), and fail with a 500; one that takes a body (and
    so may refuse its media type, 415) may refuse one over the size limit (413)."""
    return {
        status: ResponseSpec(
            data_container=Problem,
            description=_DOCUMENTED[status][0],
            media_type=PROBLEM_MEDIA_TYPE,
            generate_examples=False,
            examples=[
                Example(
                    summary=_DOCUMENTED[status][1].title,
                    value=msgspec.to_builtins(_DOCUMENTED[status][1]),
                )
            ],
        )
        for status in sorted({*statuses, 401, 429, 500, 503, *((413,) if 415 in statuses else ())})
    }
