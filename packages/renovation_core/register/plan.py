"""One compound, one plan (一小区一方案): the items chosen for it, its year and its estimate.

Everything is done in one go (综合改一次), utility pipelines included, so a plan lists each item
once and there is no second plan for the same compound.
"""

from decimal import Decimal

import attrs

from renovation_core.errors import FieldValueError
from renovation_core.register.catalogue import Catalogue, Category
from renovation_core.validators import code, plausible_year, quantity, unique_by


def _has_items(
    _instance: object, attribute: "attrs.Attribute[tuple[str, ...]]", value: tuple[str, ...]
) -> None:
    if not value:
        raise FieldValueError(attribute.name, "a plan must list at least one item")


@attrs.frozen(kw_only=True)
class RenovationPlan:
    """The renovation plan (改造方案) of one compound.

    ``year`` places the compound in that year's annual plan; ``investment_yuan`` is the estimated
    investment (预计投资) that the annual plan adds up.
    """

    compound: str = attrs.field(validator=code)
    year: int = attrs.field(validator=plausible_year)
    items: tuple[str, ...] = attrs.field(
        validator=[_has_items, unique_by(lambda code: code, "item")]
    )
    investment_yuan: Decimal = attrs.field(validator=quantity(2))

    def categories(self, catalogue: Catalogue) -> frozenset[Category]:
        """The categories the plan touches; coverage counts a compound once per category."""
        return frozenset(catalogue.item(code).category for code in self.items)
