"""Field types shared by the API's structs, with the constraints the OpenAPI schema shows.

Money is a decimal string of yuan and areas a decimal string of m²: exact, and never a JSON
number that a client might parse into a float.
"""

from decimal import Decimal
from typing import Annotated

import msgspec

from renovation_core.validators import (
    CODE_PATTERN,
    MAX_CODE_LENGTH,
    MAX_COUNT,
    MAX_TEXT_LENGTH,
    QUANTITY_DIGITS,
)

DECIMAL_PATTERN = rf"^(0|[1-9][0-9]{{0,{QUANTITY_DIGITS - 1}}})(\.[0-9]{{1,2}})?$"

Money = Annotated[
    str,
    msgspec.Meta(
        pattern=DECIMAL_PATTERN,
        description="Yuan, as an exact decimal string with at most 2 decimal places.",
        examples=["219400000.00"],
    ),
]
SignedMoney = Annotated[
    str, msgspec.Meta(description="Yuan, signed exact decimal string.", examples=["-1250.50"])
]
Area = Annotated[
    str,
    msgspec.Meta(
        pattern=DECIMAL_PATTERN,
        description="Square metres, as an exact decimal string with at most 2 decimal places.",
        examples=["12623.79"],
    ),
]
SignedArea = Annotated[str, msgspec.Meta(description="m², signed exact decimal string.")]
Year = Annotated[int, msgspec.Meta(ge=1900, le=2100, examples=[2022])]
Count = Annotated[int, msgspec.Meta(ge=0, le=MAX_COUNT)]
Code = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=MAX_CODE_LENGTH,
        pattern=CODE_PATTERN,
        examples=["150302-0001"],
    ),
]
DistrictCode = Annotated[str, msgspec.Meta(pattern=r"^[0-9]{6}$", examples=["150302"])]
LocalCode = Annotated[str, msgspec.Meta(pattern=r"^[0-9]{7,32}$", examples=["150302001000"])]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TEXT_LENGTH, examples=["团结小区"])]


def text(value: Decimal) -> str:
    """A decimal as the API writes it: plain notation, no exponent."""
    return format(value, "f")
