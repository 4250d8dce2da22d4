"""The JSON Schema of a programme data file, read off the classes a file is structured into.

:mod:`renovation_core.converter` reads a file by its classes' fields: an integer is an integer,
a decimal a decimal string (or an integer: never a float), a date ISO 8601, a labelled value one
of its codes, a list a list, and no object holds a key its class does not. This module states
exactly that, class by class, so the API's contract describes what the loader reads without a
second description to keep in step. A field's own rules are stated where its validators say
them in JSON Schema's terms (``validators.stating``: bounds, a code's shape, a name not empty,
a list's length); the rest (a decimal's bounds, cross-field checks) stay in the classes and
answer 422 at the field's path.
"""

import datetime
import types
import typing
from decimal import Decimal
from typing import Any

import attrs

from renovation_core.labels import Labelled
from renovation_core.loading import FORMAT
from renovation_core.text import LINE_PATTERN, LINES_PATTERN
from renovation_core.validators import MAX_COUNT, MAX_NOTE_LENGTH, MAX_TEXT_LENGTH

Schema = dict[str, Any]
# The fields of several lines (as the loader's text check has them).
_SEVERAL_LINES = frozenset({"note"})
_INT32 = {"type": "integer", "format": "int32", "minimum": -(2**31), "maximum": 2**31 - 1}
_DECIMAL = {
    "oneOf": [
        {
            "type": "string",
            "maxLength": 64,
            "pattern": r"^\s*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?\s*$",
        },
        # Any integer reads as a decimal: yuan beyond int32's 2.1 billion are common.
        {"type": "integer", "format": "int64", "minimum": -(2**63), "maximum": 2**63 - 1},
    ],
    "description": 'An exact decimal: a string such as "1234.50", or an integer; never a float.',
}


def file_schema(root: type, name: str) -> dict[str, Schema]:
    """The schemas of ``root`` (a file's class, under ``name``) and of every class it holds,
    each under ``name`` followed by its class name, referring to one another as OpenAPI
    components."""
    found: dict[str, Schema] = {}
    _object(root, name, name, found)
    found[name]["properties"] = {
        "format": {"type": "string", "const": FORMAT, "maxLength": len(FORMAT)},
        **found[name]["properties"],
    }
    return found


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(cls: type, name: str, prefix: str, found: dict[str, Schema]) -> Schema:
    if name not in found:
        found[name] = {}  # claimed before its fields, for classes that hold themselves
        hints = typing.get_type_hints(cls)
        fields = [f for f in attrs.fields(cls) if f.init]
        found[name] = {
            "type": "object",
            "description": (cls.__doc__ or name).split("\n\n")[0].strip(),
            "properties": {
                f.name: _of(hints[f.name], f.name, prefix, found, _stated(f.validator))
                for f in fields
            },
            "required": [f.name for f in fields if f.default is attrs.NOTHING],
            "additionalProperties": False,
        }
    return _ref(name)


# The keywords each JSON type takes from what a field's validators state.
_KEYWORDS = {
    "integer": ("minimum", "maximum"),
    "string": ("minLength", "maxLength", "pattern"),
    "array": ("maxItems",),
}


def _stated(validator: object) -> Schema:
    """What a field's validators state in JSON Schema's keywords, through attrs' ``optional``
    and lists of validators."""
    if validator is None:
        return {}
    if (inner := getattr(validator, "validator", None)) is not None:  # optional(…)
        return _stated(inner)
    if (each := getattr(validator, "_validators", None)) is not None:  # [a, b]
        return {key: value for v in each for key, value in _stated(v).items()}
    return dict(getattr(validator, "schema", {}))


def _taking(schema: Schema, stated: Schema) -> Schema:
    """``schema`` with the keywords of ``stated`` its type takes (a validator's pattern, a
    code's, is stricter than the one of any text it replaces)."""
    return schema | {k: v for k, v in stated.items() if k in _KEYWORDS[schema["type"]]}


def _of(  # noqa: PLR0911
    kind: Any, field: str, prefix: str, found: dict[str, Schema], stated: Schema
) -> Schema:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return {"oneOf": [_of(member, field, prefix, found, stated) for member in args]}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        items = _of(args[0], field, prefix, found, {})
        return _taking({"type": "array", "items": items, "maxItems": MAX_COUNT}, stated)
    if kind is type(None):
        return {"type": "null"}
    if kind is bool:
        return {"type": "boolean"}
    if kind is int:
        return _taking(dict(_INT32), stated)
    if kind is Decimal:
        return dict(_DECIMAL)
    if kind is datetime.date:
        return {"type": "string", "format": "date", "maxLength": len("YYYY-MM-DD")}
    if kind is str:
        lines = field in _SEVERAL_LINES
        text = {
            "type": "string",
            "maxLength": MAX_NOTE_LENGTH if lines else MAX_TEXT_LENGTH,
            "pattern": LINES_PATTERN if lines else LINE_PATTERN,
        }
        return _taking(text, stated)
    if isinstance(kind, type) and issubclass(kind, Labelled):
        codes = [member.code for member in kind]
        return {"type": "string", "enum": codes, "maxLength": max(map(len, codes))}
    if attrs.has(kind):
        return _object(kind, f"{prefix}{kind.__name__}", prefix, found)
    raise TypeError(f"a data file cannot hold {kind!r}")
