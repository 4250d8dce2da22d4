"""Headers on every response, errors and unknown routes included: a request id to trace a
request by across systems and logs, the browser hardening a government API owes its users, and
the caching rules that keep one caller's answer from being served to another.
"""

import re
import uuid
from collections.abc import Iterable

from litestar.types import Message, Scope

REQUEST_ID = "X-Request-Id"
REQUEST_ID_PATTERN = r"^[A-Za-z0-9._:-]{1,128}$"
# A header value the API reads as text (Idempotency-Key, If-Match): printable ASCII.
HEADER_TEXT = r"^[\u0020-\u007E]+$"
_CALLER_ID = re.compile(REQUEST_ID_PATTERN)
_STATE_KEY = "request_id"
CREDENTIAL_HEADERS = ("X-API-Key", "Authorization")
_CREDENTIALS = tuple(name.lower().encode() for name in CREDENTIAL_HEADERS)

# JSON answers load nothing and may not be framed; the docs page runs its own (inline) script.
_API_POLICY = b"default-src 'none'; frame-ancestors 'none'"
_DOCS_POLICY = (
    b"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    b"img-src 'self' data:; frame-ancestors 'none'"
)
_HARDENING = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"strict-transport-security", b"max-age=31536000"),
    # The same URL answers each caller within its scope: a cache keys on the credential.
    (b"vary", b"X-API-Key, Authorization"),
]
# What a credential was shown is the caller's own: no shared cache keeps it, and a browser
# revalidates it (by its ETag) before using it again.
_PRIVATE = (b"cache-control", b"private, no-cache")


def carries_credential(headers: Iterable[tuple[bytes, bytes]]) -> bool:
    """Whether a request's raw headers carry an API key or an Authorization header."""
    return any(name in _CREDENTIALS for name, _ in headers)


def request_id(scope: Scope) -> str:
    """This request's id: the caller's ``X-Request-Id`` when it is a plain token (so that one id
    follows a request through neighbouring systems), otherwise a new one."""
    state = scope.setdefault("state", {})
    found = state.get(_STATE_KEY)
    if found is None:
        given = next((v for k, v in scope["headers"] if k == b"x-request-id"), b"").decode(
            "latin-1"
        )
        found = given if _CALLER_ID.match(given) else uuid.uuid4().hex
        state[_STATE_KEY] = found
    return str(found)


async def add_response_headers(message: Message, scope: Scope) -> None:
    """``before_send`` hook: runs for every response the app sends."""
    if message["type"] == "http.response.start":
        docs = scope["path"].startswith(("/docs", "/static"))
        headers = list(message.get("headers", ()))
        if carries_credential(scope["headers"]) and not any(
            name.lower() == b"cache-control" for name, _ in headers
        ):
            headers.append(_PRIVATE)
        message["headers"] = [
            *headers,
            (b"x-request-id", request_id(scope).encode()),
            (b"content-security-policy", _DOCS_POLICY if docs else _API_POLICY),
            *_HARDENING,
        ]
