"""The programme file's schema says what the loader reads: the reference file fits it, and what
the loader refuses for its shape (a float for money, a key of no field, a code of no label, a
string for a list) the schema refuses too."""

import json
from typing import Any

import attrs
import jsonschema
import pytest

from renovation_core.dataset import Dataset
from renovation_core.errors import DataError
from renovation_core.file_schema import file_schema
from renovation_core.loading import dataset_from_mapping, dataset_to_mapping
from renovation_core.reference import wuhai

SCHEMAS = file_schema(Dataset, "ProgrammeFile")
VALIDATOR = jsonschema.Draft202012Validator(
    {"$ref": "#/components/schemas/ProgrammeFile", "components": {"schemas": SCHEMAS}}
)


def _file() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(dataset_to_mapping(wuhai())))
    return data


def test_the_reference_file_fits_the_schema() -> None:
    assert not list(VALIDATOR.iter_errors(_file()))


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("compounds", 0, "floor_area_m2"), 12.5),
        (("compounds", 0, "property_type"), "palace"),
        (("compounds", 0, "households"), "120"),
        (("plans", 0, "items"), "water_supply"),
        (("programme", "surprise"), 1),
        # The rules the validators state: bounds, a code's shape, a name not empty.
        (("compounds", 0, "households"), -12),
        (("compounds", 0, "built_year"), 1899),
        (("compounds", 0, "code"), "东门 1/.."),
        (("compounds", 0, "name"), ""),
        (("programme", "code"), "w" * 65),
        (("programme", "city", "code"), "15030"),
    ],
)
def test_what_the_loader_refuses_for_its_shape_the_schema_refuses(
    where: tuple[Any, ...], value: Any
) -> None:
    data = _file()
    *parents, last = where
    target = data
    for step in parents:
        target = target[step]
    target[last] = value
    assert list(VALIDATOR.iter_errors(data))
    with pytest.raises(DataError):
        dataset_from_mapping(data)


def test_a_type_no_file_can_hold_is_refused_at_once() -> None:
    @attrs.frozen
    class Odd:
        value: complex

    with pytest.raises(TypeError, match="cannot hold"):
        file_schema(Odd, "Odd")


def test_an_amount_beyond_int32_is_a_decimal_as_the_loader_reads_it() -> None:
    data = _file()
    data["programme"]["total_target"]["investment_yuan"] = 3_000_000_000
    assert not list(VALIDATOR.iter_errors(data))
    target = dataset_from_mapping(data).programme.total_target
    assert target is not None
    assert target.investment_yuan == 3_000_000_000
