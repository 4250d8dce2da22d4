"""A compound's households: the exclusive parts (专有部分) its owners vote with.

No names or telephone numbers: a household is its place (building, entrance or stairwell, unit)
and its owner's floor area, which is all a consent vote needs. ``owner`` is an opaque key that
ties several units of one owner together, because the law counts such an owner once.
"""

import re
from decimal import Decimal

import attrs

from renovation_core.errors import FieldValueError
from renovation_core.validators import at_most, matches, not_blank, quantity, unique_by

# Households one compound holds at most: far above the largest compound's.
MAX_COMPOUND_HOUSEHOLDS = 10_000
MAX_PART_LENGTH = 64
MAX_KEY_LENGTH = 3 * MAX_PART_LENGTH + 2
_PART = f"[A-Za-z0-9][A-Za-z0-9_.]{{0,{MAX_PART_LENGTH - 1}}}"
# A building, entrance or unit: letters, digits, '.' and '_', so the key's '-' is unambiguous.
part = matches(lambda text: bool(re.fullmatch(_PART, text)), "letters, digits, '.' or '_' (no '-')")
# A household's key, ``building-entrance-unit``, where a committee, an order or a response
# names it.
household_key = matches(
    lambda text: bool(re.fullmatch(f"{_PART}-{_PART}-{_PART}", text)),
    "a household's building-entrance-unit",
)


@attrs.frozen(kw_only=True)
class Household:
    """One exclusive part: building 3, entrance 2, unit 501, and its floor area in m².
    ``owner`` is set only where one owner holds several units of the compound."""

    building: str = attrs.field(validator=part)
    entrance: str = attrs.field(validator=part)
    unit: str = attrs.field(validator=part)
    floor_area_m2: Decimal = attrs.field(validator=quantity(2, positive=True))
    owner: str | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        if self.owner is not None:
            not_blank(self, attrs.fields(Household).owner, self.owner)

    @property
    def key(self) -> str:
        """The household's code within its compound, ``building-entrance-unit``."""
        return f"{self.building}-{self.entrance}-{self.unit}"

    @property
    def voter(self) -> str:
        """Who votes for the unit: its owner, counted once however many units they hold
        (最高人民法院 法释〔2009〕7号 第九条), or the unit itself."""
        return f"owner:{self.owner}" if self.owner is not None else f"unit:{self.key}"


@attrs.frozen(kw_only=True)
class HouseholdRegister:
    """A compound's households, each once."""

    households: tuple[Household, ...] = attrs.field(
        validator=[
            at_most(MAX_COMPOUND_HOUSEHOLDS, "households"),
            unique_by(lambda h: h.key, "household"),
        ]
    )

    @property
    def floor_area_m2(self) -> Decimal:
        return sum((h.floor_area_m2 for h in self.households), Decimal(0))

    def holds(self, key: str) -> bool:
        """Whether ``key`` (building-entrance-unit) is one of the compound's households."""
        return any(h.key == key for h in self.households)

    @property
    def owners(self) -> int:
        """Owners as the law counts them: one per unit, one per owner of several."""
        return len({h.voter for h in self.households})


@attrs.frozen(kw_only=True)
class Scope:
    """What a decision is about: the whole compound, one building, or one entrance of a
    building (an elevator serves one stairwell)."""

    building: str | None = None
    entrance: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.entrance is not None and self.building is None:
            raise FieldValueError("entrance", "an entrance is named within its building")

    def contains(self, household: Household) -> bool:
        return self.building in (None, household.building) and self.entrance in (
            None,
            household.entrance,
        )

    def __str__(self) -> str:
        if self.building is None:
            return "the whole compound"
        if self.entrance is None:
            return f"building {self.building}"
        return f"building {self.building}, entrance {self.entrance}"
