"""Strict request bodies.

Litestar converts a JSON body to the handler's struct leniently ("12" becomes 12). A system of
record must not guess, so before any handler runs, the raw body is decoded strictly against the
same type; a body that fails is answered with a problem naming the JSON path. A body nested
deeper than any of the API's shapes is refused before anything decodes it (decoders recurse).
"""

import itertools
import re
from typing import Annotated, Any

import msgspec
from litestar import Request

from renovation_api.problems import FieldProblem, ProblemError, invalid_data
from renovation_core import text

MAX_DEPTH = 32  # the deepest shape, a programme file, nests 7 levels
_UNKNOWN_FIELD = re.compile(r"^Object contains unknown field `(?P<field>[^`]+)`$")
_MISSING_FIELD = re.compile(r"^Object missing required field `(?P<field>[^`]+)`$")
_AT_PATH = re.compile(r"^(?P<message>.*?)(?: - at `(?P<path>\$[^`]*)`)?$", re.S)
_STEP = re.compile(r"\.([^.\[]+)|\[([0-9]+)\]")
_STRING = re.compile(rb'"[^"]*"')
_NOT_SYNTAX = bytes(b for b in range(256) if b not in b'"[]{}')
_NESTS = tuple(1 if b in b"[{" else -1 if b in b"]}" else 0 for b in range(256))


def _refusal(pattern: str) -> str:
    """msgspec's message for a string that does not match ``pattern``."""
    try:
        msgspec.convert("\u0000", Annotated[str, msgspec.Meta(pattern=pattern)])
    except msgspec.ValidationError as error:
        return str(error)
    raise AssertionError(pattern)


_ONE_LINE_REFUSAL = _refusal(text.LINE_PATTERN)


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


def _too_deep(body: bytes) -> bool:
    """Whether the JSON text nests arrays and objects deeper than ``MAX_DEPTH``: its brackets
    outside strings counted, without recursion and in time linear in the body (escapes
    dropped, then all but quotes and brackets, then the strings that are left)."""
    unescaped = body.replace(b"\\\\", b"").replace(b'\\"', b"")
    syntax = unescaped.translate(None, _NOT_SYNTAX).replace(b'""', b"")
    brackets = _STRING.sub(b"", syntax) if b'"' in syntax else syntax
    if len(brackets) <= MAX_DEPTH or b'"' in brackets:  # a string left open: not JSON at all
        return False
    return max(itertools.accumulate(map(_NESTS.__getitem__, brackets))) > MAX_DEPTH


def _at(value: Any, path: str) -> Any:
    """The value at a msgspec error path (``$.lines[0].party``), or None."""
    for key, index in _STEP.findall(path):
        if key and isinstance(value, dict):
            value = value.get(key)
        elif index and isinstance(value, list) and int(index) < len(value):
            value = value[int(index)]
        else:
            return None
    return value


def _text_problem(body: bytes, path: str, message: str) -> str | None:
    """Why a string the schema refused breaks the rule for recorded text, if that is why."""
    if "matching regex" not in message:
        return None
    value = _at(msgspec.json.decode(body), path)
    if not isinstance(value, str):
        return None
    return text.problem(value, lines=message != _ONE_LINE_REFUSAL)


async def strict_body(request: Request[Any, Any, Any]) -> None:
    """``before_request`` hook: refuse a body that does not match the declared schema exactly;
    a text with a character no text may hold is a 422 naming the field and the character."""
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
    if _too_deep(body):
        raise _invalid(f"the body nests arrays and objects more than {MAX_DEPTH} levels deep")
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
        if missing := _MISSING_FIELD.match(message):  # named where it is missing, not its parent
            path, message = f"{path}.{missing['field']}", "required field missing"
        if why := _text_problem(body, path, message):
            raise invalid_data([FieldProblem(path=path, message=why)]) from None
        raise _invalid(f"{path}: {message}", [FieldProblem(path=path, message=message)]) from None
    except msgspec.DecodeError as exc:
        raise _invalid(f"the body is not valid JSON: {exc}") from None
