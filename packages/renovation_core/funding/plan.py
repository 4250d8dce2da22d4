"""A project's funding plan: lines of source, funding party, amount and the items each pays for.

The shape of a line is checked when it is made (an amount is positive yuan to the fen, a line
names its items); the plan's rules are findings of :func:`check_funding`, so a draft that breaks
one can still be recorded, shown and sent back by its reviewers.
"""

from collections.abc import Iterable
from decimal import Decimal

import attrs

from renovation_core.consistency import Finding
from renovation_core.delivery import Network, Project
from renovation_core.delivery.networks import ITEM_NETWORKS
from renovation_core.errors import FieldValueError
from renovation_core.funding.sources import IN_HOME_ITEMS, FundingSource
from renovation_core.policy import Policy
from renovation_core.register.compound import Compound, PropertyType
from renovation_core.register.plan import RenovationPlan
from renovation_core.validators import (
    MAX_CATALOGUE_ITEMS,
    QUANTITY_DIGITS,
    at_most,
    code,
    not_blank,
    plausible_year,
    quantity,
    unique_by,
)

MAX_LINES = 100


def _items(
    _instance: object, attribute: "attrs.Attribute[tuple[str, ...]]", value: tuple[str, ...]
) -> None:
    if not value:
        raise FieldValueError(attribute.name, "a line names the plan items it pays for")


@attrs.frozen(kw_only=True)
class FundingLine:
    """One source's share: who pays (``party``), how much, and for which of the plan's items.
    A utility operator's line names the network it runs; ``residents_agreed`` marks resident cash
    the compound's plan agreed to put beyond in-home items."""

    source: FundingSource
    party: str = attrs.field(validator=not_blank)
    amount_yuan: Decimal = attrs.field(validator=quantity(2, positive=True))
    items: tuple[str, ...] = attrs.field(
        validator=[_items, at_most(MAX_CATALOGUE_ITEMS, "items"), unique_by(lambda i: i, "item")]
    )
    network: Network | None = None
    residents_agreed: bool = False

    def __attrs_post_init__(self) -> None:
        operator = self.source is FundingSource.UTILITY_OPERATOR
        if operator and self.network is None:
            raise FieldValueError("network", "a utility operator's line names its network")
        if not operator and self.network is not None:
            raise FieldValueError("network", "only a utility operator's line names a network")


@attrs.frozen(kw_only=True)
class FundingPlan:
    """The funding of one compound's project in one programme year."""

    compound: str = attrs.field(validator=code)
    year: int = attrs.field(validator=plausible_year)
    lines: tuple[FundingLine, ...] = attrs.field(validator=at_most(MAX_LINES, "lines"))

    def __attrs_post_init__(self) -> None:
        if self.total_yuan >= 10**QUANTITY_DIGITS:
            raise FieldValueError("lines", f"must add up to less than 10^{QUANTITY_DIGITS} yuan")

    @property
    def total_yuan(self) -> Decimal:
        return sum((line.amount_yuan for line in self.lines), Decimal(0))

    def by_source(self) -> dict[FundingSource, Decimal]:
        """The amount each source funds, over its lines."""
        sums: dict[FundingSource, Decimal] = {}
        for line in self.lines:
            sums[line.source] = sums.get(line.source, Decimal(0)) + line.amount_yuan
        return sums


def budget_of(plan: RenovationPlan, project: Project | None) -> Decimal:
    """What the funding must balance to: the project's budget once it has one, before that the
    plan's estimated investment (which the project's budget starts from)."""
    return plan.investment_yuan if project is None else project.budget_yuan


def check_funding(
    funding: FundingPlan,
    budget_yuan: Decimal,
    compound: Compound,
    plan: RenovationPlan,
    policy: Policy,
) -> tuple[Finding, ...]:
    """The plan's funding rules, each broken one a finding located at its line; what the
    provident fund may pay for is the programme's ``policy``."""
    findings: list[Finding] = []
    if funding.total_yuan != budget_yuan:
        findings.append(
            Finding(
                code="unbalanced",
                message=f"the lines add up to {funding.total_yuan} yuan, the budget is "
                f"{budget_yuan} yuan",
                location="lines",
            )
        )
    if compound.property_type is PropertyType.PUBLIC and not any(
        line.source is FundingSource.PUBLIC_HOUSING_UNIT for line in funding.lines
    ):
        findings.append(
            Finding(
                code="public-housing-contribution-missing",
                message="a public-housing compound's property unit must contribute",
                location="lines",
            )
        )
    for i, line in enumerate(funding.lines):
        findings += (
            Finding(code=rule, message=message, location=f"lines[{i}]")
            for rule, message in _line_rules(line, plan.items, policy.provident_fund_purposes)
        )
    return tuple(findings)


def _line_rules(
    line: FundingLine, planned: Iterable[str], provident: frozenset[str]
) -> list[tuple[str, str]]:
    broken: list[tuple[str, str]] = []
    outside = [i for i in line.items if i not in set(planned)]
    if outside:
        broken.append(("item-not-in-plan", f"{_listed(outside)} not in the compound's plan"))
    if line.source is FundingSource.PROVIDENT_FUND:
        others = [i for i in line.items if i not in provident]
        if others:
            broken.append(
                (
                    "provident-fund-purpose",
                    f"provident-fund money pays for {_listed(sorted(provident))} only, not "
                    + _listed(others),
                )
            )
    if line.network is not None:
        foreign = [i for i in line.items if line.network not in ITEM_NETWORKS.get(i, ())]
        if foreign:
            broken.append(
                (
                    "operator-purpose",
                    f"the {line.network.code} operator pays for its own network's items only, "
                    f"not {_listed(foreign)}",
                )
            )
    if line.source is FundingSource.RESIDENT_CASH and not line.residents_agreed:
        beyond = [i for i in line.items if i not in IN_HOME_ITEMS]
        if beyond:
            broken.append(
                (
                    "resident-cash-purpose",
                    f"residents pay cash for in-home items unless the plan says so, not "
                    f"{_listed(beyond)}",
                )
            )
    return broken


def _listed(items: list[str], shown: int = 5) -> str:
    """Items for a message, the first few of them: a finding stays a sentence."""
    more = len(items) - shown
    return ", ".join(items[:shown]) + (f" and {more} more" if more > 0 else "")
