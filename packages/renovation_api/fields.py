"""Field types shared by the API's structs, with the constraints the OpenAPI schema shows.

Money is a decimal string of yuan and areas a decimal string of m²: exact, and never a JSON
number that a client might parse into a float.
"""

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, TypeVar

import msgspec

from renovation_api.services.unit_of_work import MAX_RESOURCE_LENGTH
from renovation_core.participation.households import MAX_PART_LENGTH
from renovation_core.register.geography import DIVISION_CODE_PATTERN, LOCAL_CODE_PATTERN
from renovation_core.text import LINE_PATTERN, LINES_PATTERN
from renovation_core.units import round_fraction
from renovation_core.validators import (
    CODE_PATTERN,
    EARLIEST_YEAR,
    LATEST_YEAR,
    MAX_CODE_LENGTH,
    MAX_COUNT,
    MAX_NOTE_LENGTH,
    MAX_TEXT_LENGTH,
    QUANTITY_DIGITS,
)

T = TypeVar("T")
R = TypeVar("R")
DECIMAL_PATTERN = rf"^(0|[1-9][0-9]{{0,{QUANTITY_DIGITS - 1}}})(\.[0-9]{{1,2}})?$"
DECIMAL_LENGTH = QUANTITY_DIGITS + 3
# Administrative division codes (统计用区划代码): 6 digits for a district, 7–32 below it.
CODE = {"min_length": 1, "max_length": MAX_CODE_LENGTH, "pattern": CODE_PATTERN}
DISTRICT_CODE = {"min_length": 6, "max_length": 6, "pattern": DIVISION_CODE_PATTERN}
LOCAL_CODE = {"min_length": 7, "max_length": 32, "pattern": LOCAL_CODE_PATTERN}
YEARS = {"ge": EARLIEST_YEAR, "le": LATEST_YEAR}
INT32 = 2**31 - 1

Money = Annotated[
    str,
    msgspec.Meta(
        max_length=DECIMAL_LENGTH,
        pattern=DECIMAL_PATTERN,
        description="Yuan, as an exact decimal string with at most 2 decimal places.",
        examples=["219400000.00"],
    ),
]
SignedMoney = Annotated[
    str,
    msgspec.Meta(
        max_length=DECIMAL_LENGTH + 1,
        pattern=f"^-?{DECIMAL_PATTERN[1:]}",
        description="Yuan, signed exact decimal string.",
        examples=["-1250.50"],
    ),
]
Area = Annotated[
    str,
    msgspec.Meta(
        max_length=DECIMAL_LENGTH,
        pattern=DECIMAL_PATTERN,
        description="Square metres, as an exact decimal string with at most 2 decimal places.",
        examples=["12623.79"],
    ),
]
# Above zero: 0.01 to 99,999,999,999,999.99; "0" and "0.00" are refused, as the core refuses them.
POSITIVE_PATTERN = (
    rf"^(0\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{{0,{QUANTITY_DIGITS - 1}}}(\.[0-9]{{1,2}})?)$"
)
PositiveMoney = Annotated[
    str,
    msgspec.Meta(
        max_length=DECIMAL_LENGTH,
        pattern=POSITIVE_PATTERN,
        description="Yuan above zero, as an exact decimal string with at most 2 decimal places.",
        examples=["250000.00"],
    ),
]
PositiveArea = Annotated[
    str,
    msgspec.Meta(
        max_length=DECIMAL_LENGTH,
        pattern=POSITIVE_PATTERN,
        description="Square metres above zero, as an exact decimal string with at most 2 places.",
        examples=["12623.79"],
    ),
]
SignedArea = Annotated[
    str,
    msgspec.Meta(
        max_length=DECIMAL_LENGTH + 1,
        pattern=f"^-?{DECIMAL_PATTERN[1:]}",
        description="m², signed exact decimal string.",
        examples=["-312.40"],
    ),
]
WanM2 = Annotated[
    str,
    msgspec.Meta(
        max_length=DECIMAL_LENGTH,
        pattern=r"^-?[0-9]+\.[0-9]{2}$",
        description="万m² (10⁴ m²), rounded half up to 2 places as plans print it.",
        examples=["49.51"],
    ),
]
YiYuan = Annotated[
    str,
    msgspec.Meta(
        max_length=DECIMAL_LENGTH,
        pattern=r"^-?[0-9]+\.[0-9]{3}$",
        description="亿元 (10⁸ yuan), rounded half up to 3 places as plans print it.",
        examples=["2.194"],
    ),
]
RATE_QUANTUM = Decimal("0.000001")
Rate = Annotated[
    str,
    msgspec.Meta(
        max_length=8,
        pattern=r"^(0(\.[0-9]{1,6})?|1(\.0{1,6})?)$",
        description="A share from 0 to 1 as an exact decimal string (at most 6 places).",
        examples=["0.32"],
    ),
]
Ratio = Annotated[
    str,
    msgspec.Meta(
        max_length=40,
        pattern=r"^(0|[1-9][0-9]*)(\.[0-9]{1,6})?$",
        description="A ratio as an exact decimal string (at most 6 places): above 1 where more "
        "started or completed than was planned.",
        examples=["1.5"],
    ),
]
# Totals rolled up from many regions: each part was held to the bounds above, the sum only by
# how many parts there can be (fewer than a million regions, far below these).
TOTAL_PATTERN = r"^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$"
TotalCount = Annotated[int, msgspec.Meta(ge=0, le=2**53 - 1)]
TotalAmount = Annotated[
    str,
    msgspec.Meta(
        max_length=40,
        pattern=TOTAL_PATTERN,
        description="A total of m² or yuan, as an exact decimal string with at most 2 places.",
        examples=["12623.79"],
    ),
]
SignedTotalAmount = Annotated[
    str,
    msgspec.Meta(
        max_length=41,
        pattern=f"^-?{TOTAL_PATTERN[1:]}",
        description="A signed total of yuan, as an exact decimal string.",
        examples=["-1250.50"],
    ),
]
Year = Annotated[int, msgspec.Meta(**YEARS, examples=[2022])]
Count = Annotated[int, msgspec.Meta(ge=0, le=MAX_COUNT)]
Code = Annotated[
    str,
    msgspec.Meta(**CODE, examples=["150302-0001"]),
]
DistrictCode = Annotated[str, msgspec.Meta(**DISTRICT_CODE, examples=["150302"])]
LocalCode = Annotated[str, msgspec.Meta(**LOCAL_CODE, examples=["150302001000"])]
# Recorded text holds no control character (renovation_core.text); a note may hold line breaks.
ONE_LINE = "One line of text: no control characters."
Name = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_TEXT_LENGTH,
        pattern=LINE_PATTERN,
        description=ONE_LINE,
        examples=["团结小区"],
    ),
]
Label = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_TEXT_LENGTH,
        pattern=LINE_PATTERN,
        description="What to show (zh-CN).",
    ),
]
# Not empty, as the core's notes (validators.note) are never blank.
Note = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_NOTE_LENGTH,
        pattern=LINES_PATTERN,
        description="Text that may run over several lines: not empty, and no control "
        "characters but line breaks and tabs.",
    ),
]

# A building, entrance or unit of a compound: letters, digits, '.' and '_' (no '-').
Part = Annotated[
    str,
    msgspec.Meta(min_length=1, max_length=MAX_PART_LENGTH, pattern="^[A-Za-z0-9][A-Za-z0-9_.]*$"),
]


def maybe(convert: Callable[[T], R], value: T | None) -> R | None:
    """``convert(value)``, or None where a table leaves the value out."""
    return None if value is None else convert(value)


def text(value: Decimal) -> str:
    """A decimal as the API writes it: plain notation, no exponent."""
    return format(value, "f")


def rate_text(value: Fraction) -> str:
    """An exact share as a :data:`Rate`: rounded half up to 6 places, trailing zeros dropped."""
    return text(round_fraction(value, RATE_QUANTUM).normalize() if value else Decimal(0))


def optional_rate(value: Fraction | None) -> str | None:
    """A share as a :data:`Rate`, or none where there was nothing to measure."""
    return None if value is None else rate_text(value)


# Where a record is: its path, as the audit log and the event feed name it.
Resource = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_RESOURCE_LENGTH,
        pattern=LINE_PATTERN,
        description="What: the resource's path, e.g. /v1/programmes/wuhai-2022-2024/compounds/X.",
    ),
]
