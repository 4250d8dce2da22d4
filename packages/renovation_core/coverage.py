"""Coverage (覆盖率) of each renovation category, by district and for the city.

A category covers a compound when the compound's plan holds at least one of its items; the rate
is over the compounds in scope, planned or not, so an unplanned compound lowers it.
"""

from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction

import attrs

from renovation_core.register.catalogue import Category
from renovation_core.register.compound import Compound
from renovation_core.register.eligibility import in_scope
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.programme import Programme
from renovation_core.units import round_fraction, share


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
        return share(self.covered, self.in_scope)

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
    in_scope_by_district: dict[str, int] = {}
    covered: dict[tuple[Category, str], int] = {}
    for compound in scope:
        district = compound.district
        in_scope_by_district[district] = in_scope_by_district.get(district, 0) + 1
        for category in categories_of.get(compound.code, ()):
            covered[category, district] = covered.get((category, district), 0) + 1
    return coverage_cells(programme, in_scope_by_district, covered)


def coverage_cells(
    programme: Programme,
    in_scope_by_district: Mapping[str, int],
    covered: Mapping[tuple[Category, str], int],
) -> tuple[CoverageCell, ...]:
    """The coverage table from its counts: the compounds in scope per district, and per
    category and district those in scope whose plan holds an item of the category (a database
    may count both with GROUP BYs). Every category × district, then the city."""
    cells: list[CoverageCell] = []
    districts = [d.code for d in programme.districts]
    for category in Category:
        row = [
            CoverageCell(
                category=category,
                district=code,
                covered=covered.get((category, code), 0),
                in_scope=in_scope_by_district.get(code, 0),
            )
            for code in districts
        ]
        cells += row
        cells.append(
            CoverageCell(
                category=category,
                district=None,
                covered=sum(c.covered for c in row),
                in_scope=sum(c.in_scope for c in row),
            )
        )
    return tuple(cells)
