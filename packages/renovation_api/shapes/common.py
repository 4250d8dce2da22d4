"""What every context's shapes share: a body that refuses unknown fields, and its conversion
into the core value it describes."""

from typing import Any

import msgspec

from renovation_api.problems import from_data_error
from renovation_core.converter import structure
from renovation_core.errors import DataError


class Body(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A request body: unknown fields are refused, never silently dropped."""


def to_core(body: msgspec.Struct, cls: type[Any], at: str = "$") -> Any:
    """The core value a body (found at ``at`` in the request) describes; a 422 naming the field
    if the core's checks refuse it."""
    try:
        return structure(msgspec.to_builtins(body), cls)
    except DataError as error:
        raise from_data_error(error, at) from None
