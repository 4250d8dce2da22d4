"""What a programme promises: annual plan targets (year × district) and coverage targets.

Targets are stored as published. They may be inconsistent (a row that does not add up); that is
a finding of :mod:`renovation_core.consistency`, not a reason to refuse the programme.
"""

from collections.abc import Iterable
from decimal import Decimal
from typing import Self, TypeVar

import attrs

from renovation_core.errors import FieldValueError
from renovation_core.register.catalogue import Category
from renovation_core.validators import MAX_COUNT, between, plausible_year, quantity

_count = between(0, MAX_COUNT)
N = TypeVar("N", int, Decimal)
_optional_count = attrs.validators.optional(_count)
_optional_quantity = attrs.validators.optional(quantity(2))
RATE_PLACES = 6


def _plus(a: N | None, b: N | None) -> N | None:
    return None if a is None or b is None else a + b


def _minus(a: N | None, b: N | None) -> N | None:
    return None if a is None or b is None else a - b


MEASURES = ("compounds", "buildings", "households", "floor_area_m2", "investment_yuan")


@attrs.frozen(kw_only=True)
class Figures:
    """The figures a plan table publishes per row: compounds (小区个数), buildings (楼栋数),
    households (户数), floor area (建筑面积, m²) and investment (yuan). A published table may
    leave any of them out (None); counted from the register, every one is known. A sum is
    known where every part is."""

    compounds: int | None = attrs.field(default=None, validator=_optional_count)
    buildings: int | None = attrs.field(default=None, validator=_optional_count)
    households: int | None = attrs.field(default=None, validator=_optional_count)
    floor_area_m2: Decimal | None = attrs.field(default=None, validator=_optional_quantity)
    investment_yuan: Decimal | None = attrs.field(default=None, validator=_optional_quantity)

    @classmethod
    def zero(cls) -> Self:
        return cls(
            compounds=0,
            buildings=0,
            households=0,
            floor_area_m2=Decimal(0),
            investment_yuan=Decimal(0),
        )

    @classmethod
    def total(cls, figures: Iterable["Figures"]) -> "Figures":
        """The sum of ``figures``; zero for none."""
        result = Figures.zero()
        for f in figures:
            result += f
        return result

    def __add__(self, other: "Figures") -> "Figures":
        return Figures(**{m: _plus(getattr(self, m), getattr(other, m)) for m in MEASURES})

    def __sub__(self, other: "Figures") -> "Variance":
        return Variance(**{m: _minus(getattr(self, m), getattr(other, m)) for m in MEASURES})


@attrs.frozen(kw_only=True)
class Variance:
    """Signed difference of two :class:`Figures` (actual − target); None where either leaves
    the figure out."""

    compounds: int | None
    buildings: int | None
    households: int | None
    floor_area_m2: Decimal | None
    investment_yuan: Decimal | None


@attrs.frozen(kw_only=True)
class AnnualPlanTarget:
    """One row of a year's published plan table.

    ``district`` is a district code, or ``None`` for the row the plan publishes as the city's
    total (总计) for that year.
    """

    year: int = attrs.field(validator=plausible_year)
    district: str | None = None
    figures: Figures


@attrs.frozen(kw_only=True)
class ProgrammeTotal(Figures):
    """The programme-wide totals as published; plans often omit households and investment."""


def _rate(_instance: object, attribute: "attrs.Attribute[Decimal]", value: Decimal) -> None:
    if not (value.is_finite() and 0 <= value <= 1):
        raise FieldValueError(attribute.name, f"must be a fraction between 0 and 1, got {value}")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -RATE_PLACES:
        raise FieldValueError(
            attribute.name, f"must have at most {RATE_PLACES} decimal places, got {value}"
        )


@attrs.frozen(kw_only=True)
class CoverageTarget:
    """A category's coverage target for a district (or the city, ``district=None``).

    ``rate`` is kept exactly as published ("0.32" for 32%): its number of decimal places is the
    published rounding, against which ``compounds`` (if published) is checked.
    """

    category: Category
    district: str | None = None
    rate: Decimal = attrs.field(validator=_rate)
    compounds: int | None = attrs.field(default=None, validator=attrs.validators.optional(_count))
