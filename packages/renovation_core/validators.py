"""attrs validators that name the failing field, so a loader can report its full path."""

from collections.abc import Callable, Hashable, Iterable
from decimal import Decimal
from typing import Any

import attrs

from renovation_core.errors import FieldValueError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def at_least(bound: int) -> Validator:
    """The integer is ``>= bound``."""

    def check(_instance: object, attribute: "attrs.Attribute[Any]", value: int) -> None:
        if value < bound:
            raise FieldValueError(attribute.name, f"must be at least {bound}, got {value}")

    return check


def between(low: int, high: int) -> Validator:
    """The integer lies in ``[low, high]``: years and scores with a plausible range."""

    def check(_instance: object, attribute: "attrs.Attribute[Any]", value: int) -> None:
        if not low <= value <= high:
            raise FieldValueError(attribute.name, f"must be between {low} and {high}, got {value}")

    return check


def quantity(places: int, *, positive: bool = False) -> Validator:
    """A finite, non-negative (or positive) decimal with at most ``places`` decimal places.

    Money is yuan to the fen (2 places), areas are m² to the hundredth (2 places); anything finer
    is a data-entry error rather than precision worth keeping.
    """

    def check(_instance: object, attribute: "attrs.Attribute[Any]", value: Decimal) -> None:
        if not value.is_finite():
            raise FieldValueError(attribute.name, f"must be a finite number, got {value}")
        if value < 0 or (positive and value == 0):
            kind = "positive" if positive else "non-negative"
            raise FieldValueError(attribute.name, f"must be {kind}, got {value}")
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -places:
            raise FieldValueError(
                attribute.name, f"must have at most {places} decimal places, got {value}"
            )

    return check


def matches(predicate: Callable[[str], bool], description: str) -> Validator:
    """The string satisfies ``predicate``; ``description`` says what was expected."""

    def check(_instance: object, attribute: "attrs.Attribute[Any]", value: str) -> None:
        if not predicate(value):
            raise FieldValueError(attribute.name, f"must be {description}, got {value!r}")

    return check


def not_blank(_instance: object, attribute: "attrs.Attribute[Any]", value: str) -> None:
    """Names and codes carry meaning; an empty or whitespace-only one is a data-entry error."""
    if not value.strip():
        raise FieldValueError(attribute.name, "must not be blank")


def unique_by(key: Callable[[Any], Hashable], what: str) -> Validator:
    """No two members of the collection share ``key``; names the first duplicate."""

    def check(_instance: object, attribute: "attrs.Attribute[Any]", value: Iterable[Any]) -> None:
        seen: set[Hashable] = set()
        for member in value:
            k = key(member)
            if k in seen:
                raise FieldValueError(attribute.name, f"duplicate {what} {k!r}")
            seen.add(k)

    return check
