"""Opaque, signed cursors for keyset pagination.

A token carries the position of the last item served and a fingerprint of the query it belongs
to, signed with the instance's secret (kept in the database, so every worker shares it). A cursor
names a page, as a path names a resource: one this server never issued (altered or forged)
names no page, a 404; one issued for other filters or another sort is a 400.
"""

import base64
import binascii
import hashlib
import hmac
from collections.abc import Sequence
from typing import Annotated, Any

import msgspec

from renovation_api.problems import FieldProblem, ProblemError

MAX_PAGE_SIZE = 500
MAX_CURSOR_LENGTH = 512
CURSOR_PATTERN = r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$"
CURSOR_DESCRIPTION = (
    "Opaque: a previous page's next_cursor, passed back unchanged with the same filters and "
    "sort. The server signs every cursor it issues; one it did not issue names no page (404), "
    "one issued for other filters is refused (400)."
)
Cursor = Annotated[
    str,
    msgspec.Meta(
        max_length=MAX_CURSOR_LENGTH,
        pattern=CURSOR_PATTERN,
        description=CURSOR_DESCRIPTION,
    ),
]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Cursors:
    """Issues and checks cursors with one secret."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._secret, payload, hashlib.sha256).digest()[:16]

    def issue(self, query: str, position: Sequence[Any]) -> str:
        payload = msgspec.json.encode({"q": _fingerprint(query), "k": list(position)})
        return f"{_b64(payload)}.{_b64(self._sign(payload))}"

    def position(self, token: str | None, query: str) -> list[Any] | None:
        """The position a token resumes from, or ``None`` for the first page."""
        if token is None:
            return None
        try:
            encoded, signature = token.split(".")
            payload = _unb64(encoded)
            valid = hmac.compare_digest(_unb64(signature), self._sign(payload))
        except (ValueError, binascii.Error):
            valid = False
        if not valid:
            raise _bad_token(404, "unknown-cursor", "the cursor is not one this server issued")
        decoded = msgspec.json.decode(payload)
        if decoded["q"] != _fingerprint(query):
            raise _bad_token(
                400, "invalid-cursor", "the cursor belongs to a list with other filters or sort"
            )
        return list(decoded["k"])


def _fingerprint(query: str) -> str:
    return hashlib.sha256(query.encode()).hexdigest()[:16]


def _bad_token(status: int, slug: str, detail: str) -> ProblemError:
    return ProblemError(
        status,
        slug,
        "The cursor is not valid",
        detail,
        [FieldProblem(path="query.cursor", message=detail)],
    )
