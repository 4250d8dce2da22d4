"""A residential compound (小区) as the inventory records it."""

import datetime
from collections.abc import Iterator
from decimal import Decimal

import attrs

from renovation_core.errors import FieldError
from renovation_core.labels import Labelled
from renovation_core.register.priority import ConditionAssessment
from renovation_core.validators import (
    MAX_BUILDINGS,
    MAX_HOUSEHOLDS,
    between,
    code,
    not_blank,
    plausible_year,
    quantity,
)


class PropertyType(Labelled):
    """Who owns the housing: it decides who must contribute to the works."""

    COMMODITY = ("commodity", "商品住房")
    REFORMED = ("reformed", "房改房")
    PUBLIC = ("public", "公有住房")
    WORK_UNIT = ("work_unit", "单位自建住房")
    RESETTLEMENT = ("resettlement", "安置住房")
    MIXED = ("mixed", "混合产权")


@attrs.frozen(kw_only=True)
class Compound:
    """One compound: where it is, how old and how large, and who owned it originally.

    ``previously_renovated_in`` is the year of a renovation under an earlier programme: a
    compound is renovated once, so such a compound is out of scope.
    """

    code: str = attrs.field(validator=code)
    name: str = attrs.field(validator=not_blank)
    district: str
    street: str
    community: str | None = None
    built_year: int = attrs.field(validator=plausible_year)
    buildings: int = attrs.field(validator=between(1, MAX_BUILDINGS))
    households: int = attrs.field(validator=between(1, MAX_HOUSEHOLDS))
    floor_area_m2: Decimal = attrs.field(validator=quantity(2, positive=True))
    property_type: PropertyType
    original_property_unit: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(not_blank)
    )
    previously_renovated_in: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(plausible_year)
    )
    condition: ConditionAssessment | None = None

    def timeline_errors(self, today: datetime.date) -> Iterator[FieldError]:
        """What of its past is not past on ``today``, or out of order: it was built, renovated
        before and assessed by then, and renovated and assessed no earlier than it was built.
        (The core has no clock: a write says what day it is.)"""
        if self.built_year > today.year:
            yield FieldError(
                path="built_year", message=f"must not be after this year, got {self.built_year}"
            )
        renovated = self.previously_renovated_in
        if renovated is not None and renovated > today.year:
            yield FieldError(
                path="previously_renovated_in",
                message=f"must not be after this year, got {renovated}",
            )
        if renovated is not None and renovated < self.built_year:
            yield FieldError(
                path="previously_renovated_in",
                message=f"must not be before the year it was built ({self.built_year}), "
                f"got {renovated}",
            )
        assessed = self.condition.assessed_on if self.condition else None
        if assessed is not None and assessed > today:
            yield FieldError(
                path="condition.assessed_on", message=f"must not be after today, got {assessed}"
            )
        if assessed is not None and assessed.year < self.built_year:
            yield FieldError(
                path="condition.assessed_on",
                message=f"must not be before the year it was built ({self.built_year}), "
                f"got {assessed}",
            )
