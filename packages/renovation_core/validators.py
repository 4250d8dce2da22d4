"""attrs validators that name the failing field, so a loader can report its full path."""

import datetime
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable
from decimal import Decimal
from typing import Any

import attrs

from renovation_core.errors import FieldValueError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def stating(check: Validator, **keywords: Any) -> Validator:
    """``check``, saying what it enforces in JSON Schema's keywords (``schema``), so that a
    file's schema (``renovation_core.file_schema``) states the rule it is checked by."""
    check.schema = keywords  # type: ignore[attr-defined]
    return check


# Limits every adapter shares (API schemas, column sizes): one place, so that what a data file
# may hold, what the API accepts and what the database stores cannot drift apart.
MAX_CODE_LENGTH = 64
CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
_CODE = re.compile(CODE_PATTERN)
MAX_TEXT_LENGTH = 200
MAX_COUNT = 1_000_000_000
MAX_BUILDINGS = 10_000
MAX_HOUSEHOLDS = 1_000_000
QUANTITY_DIGITS = 14  # integer digits of money (yuan) and areas (m²): below 10^14
MAX_NOTE_LENGTH = 2000
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100  # a plausible year of building, plan or target
# Sizes that bound every list a programme answers with (reports are rows per district and year):
# a prefecture-level city has a few dozen county-level districts, a programme a few years.
MAX_DISTRICTS = 100
MAX_VERSIONS = 100  # versions of one report or declaration: the first and its corrections
MAX_PROGRAMME_YEARS = 10
MAX_CATALOGUE_ITEMS = 200


def between(low: int, high: int) -> Validator:
    """The integer lies in ``[low, high]``: years and scores with a plausible range."""

    def check(_instance: object, attribute: "attrs.Attribute[Any]", value: int) -> None:
        if not low <= value <= high:
            raise FieldValueError(attribute.name, f"must be between {low} and {high}, got {value}")

    return stating(check, minimum=low, maximum=high)


plausible_year = between(EARLIEST_YEAR, LATEST_YEAR)


def non_negative(_instance: object, attribute: "attrs.Attribute[Any]", value: int) -> None:
    """A count that may be any total: each of its parts was held to ``MAX_COUNT``."""
    if value < 0:
        raise FieldValueError(attribute.name, f"must be non-negative, got {value}")


def quantity(places: int, *, positive: bool = False, bounded: bool = True) -> Validator:
    """A finite, non-negative (or positive) decimal below 10^14 with at most ``places`` places.

    Money is yuan to the fen (2 places), areas are m² to the hundredth (2 places); anything finer
    is a data-entry error rather than precision worth keeping. A total (``bounded=False``) has
    no ceiling: each of its parts was held to one, and a sum of them is never refused.
    """

    def check(_instance: object, attribute: "attrs.Attribute[Any]", value: Decimal) -> None:
        if not value.is_finite():
            raise FieldValueError(attribute.name, f"must be a finite number, got {value}")
        if bounded and value >= 10**QUANTITY_DIGITS:
            raise FieldValueError(
                attribute.name, f"must be below 10^{QUANTITY_DIGITS}, got {value}"
            )
        if value < 0 or (positive and value == 0):
            kind = "positive" if positive else "non-negative"
            raise FieldValueError(attribute.name, f"must be {kind}, got {value}")
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -places:
            raise FieldValueError(
                attribute.name, f"must have at most {places} decimal places, got {value}"
            )

    return check


def matches(predicate: Callable[[str], bool], description: str, **keywords: Any) -> Validator:
    """The string satisfies ``predicate``; ``description`` says what was expected, and
    ``keywords`` (a ``pattern``, a ``maxLength``) say it in JSON Schema's terms."""

    def check(_instance: object, attribute: "attrs.Attribute[Any]", value: str) -> None:
        if not predicate(value):
            raise FieldValueError(attribute.name, f"must be {description}, got {value!r}")

    return stating(check, **keywords)


def not_blank(_instance: object, attribute: "attrs.Attribute[Any]", value: str) -> None:
    """Names carry meaning: an empty one, one of spaces and invisible formatting characters
    alone (a zero-width space shows as nothing), or one longer than any name, is a data-entry
    error."""
    if not value.strip() or (not value.isprintable() and not any(map(_shows, value))):
        raise FieldValueError(attribute.name, "must not be blank")
    if len(value) > MAX_TEXT_LENGTH:
        raise FieldValueError(
            attribute.name, f"must be at most {MAX_TEXT_LENGTH} characters, got {len(value)}"
        )


stating(not_blank, minLength=1)


def _shows(char: str) -> bool:
    """Whether a character shows: not a space, nor a formatting one (Unicode's Cf)."""
    return not char.isspace() and unicodedata.category(char) != "Cf"


def at_most(limit: int, what: str) -> Validator:
    """A collection (or text) holds at most ``limit`` members (characters)."""

    def check(_instance: object, attribute: "attrs.Attribute[Any]", value: Any) -> None:
        if value is not None and len(value) > limit:
            raise FieldValueError(
                attribute.name, f"must have at most {limit} {what}, got {len(value)}"
            )

    return stating(check, maxItems=limit, maxLength=limit)


def is_code(text: str) -> bool:
    """An identifier that is safe in a URL path segment: letters, digits, ``_ . -``."""
    return len(text) <= MAX_CODE_LENGTH and _CODE.fullmatch(text) is not None


code = matches(
    is_code,
    f"at most {MAX_CODE_LENGTH} letters, digits, '_', '.' or '-', starting with a letter or digit",
    pattern=CODE_PATTERN,
    maxLength=MAX_CODE_LENGTH,
)


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


MAX_REFERENCES = 50


def references(when_empty: str) -> Validator:
    """A non-empty list of at most ``MAX_REFERENCES`` document references (numbers or titles),
    none blank: records that rest on documents name them. ``when_empty`` says why one is needed."""

    def check(_instance: object, attribute: "attrs.Attribute[Any]", value: tuple[str, ...]) -> None:
        if not value:
            raise FieldValueError(attribute.name, when_empty)
        if len(value) > MAX_REFERENCES:
            raise FieldValueError(attribute.name, f"must list at most {MAX_REFERENCES} documents")
        for reference in value:
            not_blank(_instance, attribute, reference)

    return check


def note(_instance: object, attribute: "attrs.Attribute[Any]", value: str) -> None:
    """Free text a person writes (findings, a reason): not blank, at most ``MAX_NOTE_LENGTH``."""
    if not value.strip():
        raise FieldValueError(attribute.name, "must not be blank")
    if len(value) > MAX_NOTE_LENGTH:
        raise FieldValueError(
            attribute.name, f"must be at most {MAX_NOTE_LENGTH} characters, got {len(value)}"
        )


stating(note, minLength=1)


def not_after(field: str, day: datetime.date, today: datetime.date) -> None:
    """A recorded day is not in the future: the core has no clock, so callers say today."""
    if day > today:
        raise FieldValueError(field, f"must not be after today ({today}), got {day}")


def not_before(field: str, day: datetime.date, earliest: datetime.date, what: str) -> None:
    if day < earliest:
        raise FieldValueError(field, f"must not be before {what} ({earliest}), got {day}")


def between_dates(
    field: str, day: datetime.date, earliest: datetime.date, since: str, today: datetime.date
) -> None:
    """A day from ``earliest`` (``since`` says what it is) up to today."""
    if not earliest <= day <= today:
        raise FieldValueError(field, f"must be between {since} ({earliest}) and today ({today})")
