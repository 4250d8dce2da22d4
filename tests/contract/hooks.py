"""Schemathesis hooks for the contract run (loaded through its config's ``hooks`` setting)."""

import uuid
from typing import Any

import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance


@schemathesis.check
def positive_data_acceptance_unless_forged_token(ctx: Any, response: Any, case: Any) -> Any:
    """``positive_data_acceptance``, except for requests that carry a generated cursor.

    A cursor is signed by the server, so no schema can generate a valid one; the server
    must refuse a forged one with 400 (tests/api/test_bad_input.py proves it).
    """
    if "cursor" in (case.query or {}):
        return None
    return positive_data_acceptance(ctx, response, case)


@schemathesis.hook
def map_headers(_context: Any, headers: dict[str, Any] | None) -> dict[str, Any] | None:
    """A replayed Idempotency-Key answers as its first request did, even after the resource it
    created was deleted, as it should; the generator reuses small values like "0" across
    scenarios, so each generated request gets its own key."""
    if headers and "Idempotency-Key" in headers:
        headers["Idempotency-Key"] = str(uuid.uuid4())
    return headers
