"""Coverage (覆盖率) of each renovation category, by district and for the city.

A category covers a compound when the compound's plan holds at least one of its items; the rate
is over the compounds in scope, planned or not, so an unplanned compound lowers it.
"""

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from renovation_core.catalogue import Category
from renovation_core.compound import Compound
from renovation_core.eligibility import in_scope
from renovation_core.plan import RenovationPlan
from renovation_core.programme import Programme
from renovation_core.units import round_fraction


@attrs.frozen(kw_only=True)
class CoverageCell:
    """Coverage of one category in one district (``district=None``: the whole city)."""

    category: Category
    district: str | None
    covered: int
    in_scope: int

    @property
    def rate(self) -> Fraction | None:
        """Exact share covered; ``None`` when nothing is in scope (no rate to speak of)."""
        return Fraction(self.covered, self.in_scope) if self.in_scope else None

    def rounded(self, like: Decimal) -> Decimal | None:
        """The rate as a plan would publish it, to the places of ``like``: Decimal("0.01")
        gives 0.32 for 47/149."""
        rate = self.rate
        return None if rate is None else round_fraction(rate, like)


def coverage(
    programme: Programme, compounds: Iterable[Compound], plans: Iterable[RenovationPlan]
) -> tuple[CoverageCell, ...]:
    """Every category × every district of the programme, then the city, in programme order."""
    scope = in_scope(programme, compounds)
    categories_of = {plan.compound: plan.categories(programme.catalogue) for plan in plans}
    cells: list[CoverageCell] = []
    for category in Category:
        covered_by_district = dict.fromkeys((d.code for d in programme.districts), 0)
        scope_by_district = dict.fromkeys((d.code for d in programme.districts), 0)
        for compound in scope:
            scope_by_district[compound.district] += 1
            if category in categories_of.get(compound.code, ()):
                covered_by_district[compound.district] += 1
        cells.extend(
            CoverageCell(
                category=category,
                district=code,
                covered=covered_by_district[code],
                in_scope=scope_by_district[code],
            )
            for code in scope_by_district
        )
        cells.append(
            CoverageCell(
                category=category,
                district=None,
                covered=sum(covered_by_district.values()),
                in_scope=sum(scope_by_district.values()),
            )
        )
    return tuple(cells)
