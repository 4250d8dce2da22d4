"""Strict request bodies.

Litestar converts a JSON body to the handler's struct leniently ("12" becomes 12). A system of
record must not guess, so before any handler runs, the raw body is decoded strictly against the
same type; a body that fails is answered with a problem naming the JSON path.
"""

import re
from typing import Any

import msgspec
from litestar import Request

from renovation_api.problems import FieldProblem, ProblemError

_UNKNOWN_FIELD = re.compile(r"^Object contains unknown field `(?P<field>[^`]+)`$")
_AT_PATH = re.compile(r"^(?P<message>.*?)(?: - at `(?P<path>\$[^`]*)`)?$", re.S)


def _invalid(detail: str, errors: list[FieldProblem] | None = None) -> ProblemError:
    return ProblemError(400, "invalid-request", "The request is not valid", detail, errors)


def _integral_floats_as_ints(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_integral_floats_as_ints(v) for v in value]
    if isinstance(value, dict):
        return {k: _integral_floats_as_ints(v) for k, v in value.items()}
    return value


async def strict_body(request: Request[Any, Any, Any]) -> None:
    """``before_request`` hook: refuse a body that does not match the declared schema exactly."""
    field = request.route_handler.parsed_data_field
    if field is None:
        return
    body = await request.body()
    if not body.strip():
        raise _invalid("a JSON request body is required")
    media_type = request.content_type[0]
    if media_type != "application/json":
        raise ProblemError(
            415,
            "unsupported-media-type",
            "Unsupported media type",
            f"send the body as application/json, not {media_type or 'no content type'}",
        )
    try:
        try:
            msgspec.json.decode(body, type=field.annotation, strict=True)
        except msgspec.ValidationError:
            # JSON Schema counts 2800.0 as an integer; accept it as exactly 2800, nothing else.
            loose = _integral_floats_as_ints(msgspec.json.decode(body))
            msgspec.convert(loose, type=field.annotation, strict=True)
    except msgspec.ValidationError as exc:
        match = _AT_PATH.match(str(exc))
        assert match is not None
        path = match["path"] or "$"
        message = match["message"]
        if unknown := _UNKNOWN_FIELD.match(message):
            path = f"{path}.{unknown['field']}"
        raise _invalid(f"{path}: {message}", [FieldProblem(path=path, message=message)]) from None
    except msgspec.DecodeError as exc:
        raise _invalid(f"the body is not valid JSON: {exc}") from None
