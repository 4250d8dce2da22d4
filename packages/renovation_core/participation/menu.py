"""The menu residents order from (菜单式改造), its rules, the orders and the proposal they make.

The street or community offers a compound a menu drawn from the catalogue. Basic items on it are
the ones that apply, and what applies is renovated (应改尽改): every order keeps them. Each
household places one order, which it may replace until the menu closes; staff enter paper orders
with their reference. Closing tallies the orders into a proposal for the committee to confirm:
the basic items, then the most ordered of the rest that at least half the ordering households
chose, as far as each category's maximum and the budget cap allow.
"""

import datetime
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from renovation_core.errors import FieldError, FieldValueError, RuleViolation
from renovation_core.participation.committee import Committee, require_formed
from renovation_core.participation.households import household_key
from renovation_core.register.catalogue import Catalogue, Category
from renovation_core.register.plan import RenovationPlan
from renovation_core.validators import (
    MAX_CATALOGUE_ITEMS,
    MAX_HOUSEHOLDS,
    at_most,
    between_dates,
    code,
    not_after,
    quantity,
    unique_by,
)

# An item goes into the proposal when at least this share of the ordering households chose it.
PROPOSAL_SHARE = Fraction(1, 2)


@attrs.frozen(kw_only=True)
class MenuItem:
    """A catalogue item on the menu, with its category and, under a budget cap, its cost."""

    code: str = attrs.field(validator=code)
    category: Category
    cost_yuan: Decimal | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        if self.cost_yuan is not None:
            quantity(2)(self, attrs.fields(MenuItem).cost_yuan, self.cost_yuan)

    @property
    def mandatory(self) -> bool:
        """A basic item on the menu applies, and what applies is renovated."""
        return self.category is Category.BASIC


@attrs.frozen(kw_only=True)
class CategoryLimit:
    category: Category
    minimum: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    maximum: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.maximum is not None and self.maximum < self.minimum:
            raise FieldValueError("maximum", f"must not be below the minimum ({self.minimum})")


def _paper(_instance: object, attribute: "attrs.Attribute[str | None]", value: str | None) -> None:
    if value is not None and not value.strip():
        raise FieldValueError(attribute.name, "must not be blank")


@attrs.frozen(kw_only=True)
class Order:
    household: str = attrs.field(validator=household_key)
    items: tuple[str, ...]
    placed_on: datetime.date
    paper_reference: str | None = attrs.field(default=None, validator=_paper)


@attrs.frozen(kw_only=True)
class Menu:
    """A compound's menu: what is offered, its rules, and the orders placed so far."""

    offered: tuple[MenuItem, ...] = attrs.field(
        validator=[at_most(MAX_CATALOGUE_ITEMS, "items"), unique_by(lambda i: i.code, "item")]
    )
    limits: tuple[CategoryLimit, ...] = attrs.field(
        default=(), validator=unique_by(lambda limit: limit.category, "category")
    )
    budget_cap_yuan: Decimal | None = None
    opened_on: datetime.date
    orders: tuple[Order, ...] = attrs.field(
        default=(),
        validator=[
            at_most(MAX_HOUSEHOLDS, "orders"),
            unique_by(lambda o: o.household, "household"),
        ],
    )
    closed_on: datetime.date | None = None
    confirmed_on: datetime.date | None = None

    def __attrs_post_init__(self) -> None:
        if self.confirmed_on is not None and (
            self.closed_on is None or self.confirmed_on < self.closed_on
        ):
            raise FieldValueError("confirmed_on", "a menu is confirmed after it closes")
        if not self.offered:
            raise FieldValueError("offered", "a menu offers at least one item")
        in_category = Counter(i.category for i in self.offered)
        kept = sum(i.mandatory for i in self.offered)
        for limit in self.limits:
            if limit.minimum > in_category[limit.category]:
                raise FieldValueError(
                    "limits", f"{limit.category.label}: the menu offers fewer than {limit.minimum}"
                )
            if (
                limit.category is Category.BASIC
                and limit.maximum is not None
                and limit.maximum < kept
            ):
                raise FieldValueError(
                    "limits",
                    f"{limit.category.label}: every one of the {kept} basic items is kept",
                )
        end = self.closed_on or datetime.date.max
        if end < self.opened_on:
            raise FieldValueError("closed_on", f"must not be before the opening ({self.opened_on})")
        for i, order in enumerate(self.orders):
            if not self.opened_on <= order.placed_on <= end:
                raise FieldValueError(f"orders[{i}].placed_on", "must fall while the menu is open")
        if self.budget_cap_yuan is not None:
            quantity(2, positive=True)(
                self, attrs.fields(Menu).budget_cap_yuan, self.budget_cap_yuan
            )
            uncosted = [i.code for i in self.offered if i.cost_yuan is None]
            basic = sum(
                (i.cost_yuan or Decimal(0) for i in self.offered if i.mandatory), Decimal(0)
            )
            if basic > self.budget_cap_yuan:
                raise FieldValueError(
                    "budget_cap_yuan", f"must cover the basic items, which cost {basic} yuan"
                )
            if uncosted:
                raise FieldValueError(
                    "offered", f"under a budget cap every item has a cost: {', '.join(uncosted)}"
                )
        for order in self.orders:
            self.check(order.items)

    @classmethod
    def drawn_from(
        cls,
        catalogue: Catalogue,
        plan: RenovationPlan,
        offered: Iterable[tuple[str, Decimal | None]],
        *,
        opened_on: datetime.date,
        today: datetime.date,
        limits: Iterable[CategoryLimit] = (),
        budget_cap_yuan: Decimal | None = None,
    ) -> "Menu":
        """A compound's menu of catalogue items (code and, under a cap, cost). The basic items
        of the compound's plan apply, so the menu offers every one of them."""
        not_after("opened_on", opened_on, today)
        items = []
        for i, (item, cost) in enumerate(offered):
            if item not in catalogue:
                raise FieldValueError(f"offered[{i}].code", f"{item!r} is not in the catalogue")
            items.append(
                MenuItem(code=item, category=catalogue.item(item).category, cost_yuan=cost)
            )
        codes = {i.code for i in items}
        left_out = [
            c for c in plan.items if catalogue.item(c).category is Category.BASIC and c not in codes
        ]
        if left_out:
            raise FieldValueError(
                "offered",
                f"the plan's basic items apply (应改尽改) and are offered: {', '.join(left_out)}",
            )
        return cls(
            offered=tuple(items),
            limits=tuple(limits),
            budget_cap_yuan=budget_cap_yuan,
            opened_on=opened_on,
        )

    @property
    def mandatory(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.offered if i.mandatory)

    def check(self, items: Iterable[str]) -> None:
        """Refuse a choice of items that breaks the menu's rules, naming each broken rule."""
        chosen = list(items)
        offered = {i.code: i for i in self.offered}
        errors: list[FieldError] = []
        unknown = [c for c in chosen if c not in offered]
        if unknown:
            errors.append(
                FieldError(path="items", message=f"not on the menu: {', '.join(unknown)}")
            )
        if len(set(chosen)) != len(chosen):
            errors.append(FieldError(path="items", message="an item is chosen once"))
        dropped = [c for c in self.mandatory if c not in chosen]
        if dropped:
            raise RuleViolation(
                "mandatory-item",
                f"basic items that apply are renovated (应改尽改) and cannot be deselected: "
                f"{', '.join(dropped)}",
            )
        counts = Counter(offered[c].category for c in set(chosen) if c in offered)
        for limit in self.limits:
            n = counts[limit.category]
            if n < limit.minimum or (limit.maximum is not None and n > limit.maximum):
                bounds = (
                    f"{limit.minimum} to {limit.maximum}"
                    if limit.maximum is not None
                    else f"at least {limit.minimum}"
                )
                errors.append(
                    FieldError(
                        path="items",
                        message=f"{limit.category.label}: {bounds} items, not {n}",
                    )
                )
        if self.budget_cap_yuan is not None and not unknown:
            cost = sum((offered[c].cost_yuan or Decimal(0) for c in set(chosen)), Decimal(0))
            if cost > self.budget_cap_yuan:
                errors.append(
                    FieldError(
                        path="items",
                        message=f"costs {cost} yuan, above the cap of {self.budget_cap_yuan}",
                    )
                )
        if errors:
            raise RuleViolation("menu-rules", "the order breaks the menu's rules", errors=errors)

    def place(
        self,
        household: str,
        items: Iterable[str],
        *,
        on: datetime.date,
        today: datetime.date,
        paper_reference: str | None = None,
    ) -> "Menu":
        """The menu with ``household``'s order, replacing an earlier one of it."""
        if self.closed_on is not None:
            raise RuleViolation("menu-closed", f"the menu closed on {self.closed_on}")
        between_dates("placed_on", on, self.opened_on, "the opening", today)
        chosen = tuple(items)
        self.check(chosen)
        order = Order(
            household=household, items=chosen, placed_on=on, paper_reference=paper_reference
        )
        earlier = next((o for o in self.orders if o.household == household), None)
        if earlier is not None and on < earlier.placed_on:
            raise FieldValueError(
                "placed_on", f"must not be before the household's order of {earlier.placed_on}"
            )
        others = tuple(o for o in self.orders if o.household != household)
        return attrs.evolve(self, orders=(*others, order))

    def tally(self) -> Counter[str]:
        """How many households ordered each item."""
        return Counter(code for order in self.orders for code in order.items)

    def close(self, on: datetime.date, today: datetime.date) -> "Menu":
        if self.closed_on is not None:
            raise RuleViolation("menu-closed", f"the menu closed on {self.closed_on}")
        last = max((o.placed_on for o in self.orders), default=self.opened_on)
        between_dates("closed_on", on, last, "the last order or opening", today)
        return attrs.evolve(self, closed_on=on)

    def proposal(self) -> tuple[str, ...]:
        """The plan items the closed menu's orders propose, in menu order: the basic items,
        then the most ordered of the rest that at least half the ordering households chose, as
        far as the category maxima and the budget cap allow (ties to the cheaper, then the
        earlier); then, for a category short of its minimum, its most ordered other items."""
        if self.closed_on is None:
            raise RuleViolation("menu-open", "the orders propose the plan once the menu closes")
        tally, households = self.tally(), len(self.orders)
        position = {item.code: i for i, item in enumerate(self.offered)}
        chosen = [i for i in self.offered if i.mandatory]
        room = {limit.category: limit.maximum for limit in self.limits}
        spent = sum((i.cost_yuan or Decimal(0) for i in chosen), Decimal(0))
        wanted = sorted(
            (
                i
                for i in self.offered
                if not i.mandatory
                and households
                and Fraction(tally[i.code], households) >= PROPOSAL_SHARE
            ),
            key=lambda i: (-tally[i.code], i.cost_yuan or Decimal(0), position[i.code]),
        )
        minima = {limit.category: limit.minimum for limit in self.limits}
        short = sorted(
            (i for i in self.offered if not i.mandatory and i not in wanted),
            key=lambda i: (-tally[i.code], i.cost_yuan or Decimal(0), position[i.code]),
        )
        for item in [*wanted, *short]:
            taken = sum(1 for c in chosen if c.category is item.category)
            if item in short and taken >= minima.get(item.category, 0):
                continue
            maximum = room.get(item.category)
            if maximum is not None and taken >= maximum:
                continue
            cost = item.cost_yuan or Decimal(0)
            if self.budget_cap_yuan is not None and spent + cost > self.budget_cap_yuan:
                continue
            chosen.append(item)
            spent += cost
        return tuple(sorted((i.code for i in chosen), key=position.__getitem__))

    def confirm(
        self,
        committee: Committee | None,
        plan: RenovationPlan,
        catalogue: Catalogue,
        *,
        on: datetime.date,
        today: datetime.date,
    ) -> "Menu":
        """The menu with its proposal confirmed by the residents' committee formed by then, to
        become ``plan``'s items: refused if it would drop a basic item the plan holds now."""
        if self.closed_on is None:
            raise RuleViolation("menu-open", "the committee confirms the proposal once it closes")
        if self.confirmed_on is not None:
            raise RuleViolation(
                "menu-confirmed", f"the proposal was confirmed on {self.confirmed_on}"
            )
        between_dates("on", on, self.closed_on, "the closing", today)
        require_formed(committee, on, "the proposal is confirmed")
        proposal = self.proposal()
        if not proposal:
            raise RuleViolation("empty-proposal", "the orders propose no item to renovate")
        dropped = [
            c
            for c in plan.items
            if catalogue.item(c).category is Category.BASIC and c not in proposal
        ]
        if dropped:
            raise RuleViolation(
                "mandatory-item",
                f"the plan's basic items apply (应改尽改) and the proposal leaves out "
                f"{', '.join(dropped)}",
            )
        return attrs.evolve(self, confirmed_on=on)
