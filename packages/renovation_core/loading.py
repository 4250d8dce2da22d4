"""Reading and writing programme data files (JSON or TOML) without any code per city.

The core parses text it is given; reading the file is the caller's business. Numbers with a
fraction are parsed as exact decimals, so ``investment_yuan = 219400000.00`` loses nothing;
quoted decimals (``"219400000.00"``) are accepted as well and are what this module writes.
"""

import json
import tomllib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from renovation_core.converter import structure, unstructure
from renovation_core.dataset import Dataset
from renovation_core.errors import DataError, FieldError
from renovation_core.text import problem as text_problem

FORMAT = "renovation.programme/1"
_TOO_DEEP = "nested too deeply to be a programme file"
# The one field of a data file whose text may run over several lines (the provenance's note).
_SEVERAL_LINES = frozenset({"note"})


def dataset_from_mapping(data: object) -> Dataset:
    """Build a dataset from parsed data, or raise :class:`DataError` naming every bad field."""
    if not isinstance(data, dict):
        raise DataError([FieldError(path="$", message="a programme file must hold an object")])
    body = dict(data)
    declared = body.pop("format", FORMAT)
    if declared != FORMAT:
        raise DataError(
            [
                FieldError(
                    path="$.format", message=f"unsupported format {declared!r}, expected {FORMAT!r}"
                )
            ]
        )
    if errors := list(_text_errors(body)):
        raise DataError(errors)
    return structure(body, Dataset)


def _text_errors(data: object) -> Iterator[FieldError]:
    """Every text of a data file, field names included, held to the rule for recorded text
    (:mod:`renovation_core.text`), in the file's order; walked without recursion."""
    stack: list[tuple[str, object, bool]] = [("$", data, False)]
    while stack:
        path, value, lines = stack.pop()
        if isinstance(value, str):
            if why := text_problem(value, lines=lines):
                yield FieldError(path=path, message=why)
        elif isinstance(value, dict):
            for key in value:
                if isinstance(key, str) and (why := text_problem(key)):
                    yield FieldError(path=path, message=f"a field's name: {why}")
            stack += reversed([(f"{path}.{k}", v, k in _SEVERAL_LINES) for k, v in value.items()])
        elif isinstance(value, list):
            stack += reversed([(f"{path}[{i}]", v, lines) for i, v in enumerate(value)])


def dataset_from_json(text: str | bytes) -> Dataset:
    try:
        data = json.loads(text, parse_float=Decimal)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError([FieldError(path="$", message=f"not valid JSON: {exc}")]) from None
    except RecursionError:
        raise DataError([FieldError(path="$", message=_TOO_DEEP)]) from None
    return dataset_from_mapping(data)


def dataset_from_toml(text: str) -> Dataset:
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise DataError([FieldError(path="$", message=f"not valid TOML: {exc}")]) from None
    except RecursionError:
        raise DataError([FieldError(path="$", message=_TOO_DEEP)]) from None
    return dataset_from_mapping(data)


def dataset_to_mapping(dataset: Dataset) -> dict[str, Any]:
    mapping: dict[str, Any] = {"format": FORMAT, **unstructure(dataset)}
    return mapping


def dataset_to_json(dataset: Dataset) -> str:
    """Stable JSON text: the same dataset always gives the same bytes."""
    return json.dumps(dataset_to_mapping(dataset), ensure_ascii=False, indent=1) + "\n"
