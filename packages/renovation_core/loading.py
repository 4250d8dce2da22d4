"""Reading and writing programme data files (JSON or TOML) without any code per city.

The core parses text it is given; reading the file is the caller's business. Numbers with a
fraction are parsed as exact decimals, so ``investment_yuan = 219400000.00`` loses nothing;
quoted decimals (``"219400000.00"``) are accepted as well and are what this module writes.
"""

import json
import tomllib
from decimal import Decimal
from typing import Any

from renovation_core.converter import structure, unstructure
from renovation_core.dataset import Dataset
from renovation_core.errors import DataError, FieldError

FORMAT = "renovation.programme/1"


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
    return structure(body, Dataset)


def dataset_from_json(text: str | bytes) -> Dataset:
    try:
        data = json.loads(text, parse_float=Decimal)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError([FieldError(path="$", message=f"not valid JSON: {exc}")]) from None
    return dataset_from_mapping(data)


def dataset_from_toml(text: str) -> Dataset:
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise DataError([FieldError(path="$", message=f"not valid TOML: {exc}")]) from None
    return dataset_from_mapping(data)


def dataset_to_mapping(dataset: Dataset) -> dict[str, Any]:
    mapping: dict[str, Any] = {"format": FORMAT, **unstructure(dataset)}
    return mapping


def dataset_to_json(dataset: Dataset) -> str:
    """Stable JSON text: the same dataset always gives the same bytes."""
    return json.dumps(dataset_to_mapping(dataset), ensure_ascii=False, indent=1) + "\n"
