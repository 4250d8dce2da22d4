"""A project's funding plan and the plan's rules on who may pay for what (§5)."""

from decimal import Decimal

import attrs
import pytest

from renovation_core import PropertyType
from renovation_core.delivery import Network
from renovation_core.errors import FieldValueError
from renovation_core.funding import FundingLine, FundingPlan, FundingSource, check_funding
from renovation_core.reference import wuhai
from tests.unit.test_delivery import planned

S = FundingSource
PLAN = next(p for p in wuhai().plans if p.compound == "150302-0002")
COMPOUND = next(c for c in wuhai().compounds if c.code == PLAN.compound)
PROJECT = attrs.evolve(planned(), compound=PLAN.compound, budget_yuan=Decimal("1000.00"))


def line(source: FundingSource, amount: str, *items: str, **extra: object) -> FundingLine:
    return FundingLine(
        source=source,
        party="出资方",
        amount_yuan=Decimal(amount),
        items=items or ("water_supply",),
        **extra,  # type: ignore[arg-type]
    )


def findings(*lines: FundingLine, compound: object = COMPOUND) -> list[tuple[str, str]]:
    funding = FundingPlan(compound=PLAN.compound, year=PLAN.year, lines=lines)
    return [
        (f.code, f.location)
        for f in check_funding(funding, PROJECT, compound, PLAN)  # type: ignore[arg-type]
    ]


def test_a_balanced_plan_within_the_rules_has_no_findings() -> None:
    assert PLAN.items[:2] == ("water_supply", "drainage")
    assert (
        findings(
            line(S.CENTRAL_SUBSIDY, "600.10", "water_supply", "drainage"),
            line(S.RESIDENT_CASH, "0.20", "water_supply"),
            line(S.UTILITY_OPERATOR, "399.70", "drainage", network=Network.DRAINAGE),
        )
        == []
    )


def test_each_rule_is_a_finding_at_its_line() -> None:
    assert findings(line(S.CITY_FINANCE, "999.99")) == [("unbalanced", "lines")]
    assert findings(
        line(S.CITY_FINANCE, "500.00"),
        line(S.PROVIDENT_FUND, "100.00", "water_supply"),
        line(S.UTILITY_OPERATOR, "100.00", "water_supply", network=Network.POWER),
        line(S.RESIDENT_CASH, "100.00", "common_parts_repair"),
        line(S.SOCIAL_CAPITAL, "200.00", "elevator_retrofit"),
    ) == [
        ("provident-fund-purpose", "lines[1]"),
        ("operator-purpose", "lines[2]"),
        ("resident-cash-purpose", "lines[3]"),
        ("item-not-in-plan", "lines[4]"),
    ]
    agreed = line(S.RESIDENT_CASH, "1000.00", "common_parts_repair", residents_agreed=True)
    assert findings(agreed) == []
    public = attrs.evolve(COMPOUND, property_type=PropertyType.PUBLIC)
    assert findings(line(S.CITY_FINANCE, "1000.00"), compound=public) == [
        ("public-housing-contribution-missing", "lines")
    ]
    assert findings(line(S.PUBLIC_HOUSING_UNIT, "1000.00"), compound=public) == []


def test_a_line_is_exact_positive_yuan_for_named_items() -> None:
    for amount, message in (
        ("-1.00", "positive"),
        ("0.001", "2 decimal places"),
        ("0", "positive"),
    ):
        with pytest.raises(FieldValueError, match=message):
            line(S.CITY_FINANCE, amount)
    with pytest.raises(FieldValueError, match="names the plan items"):
        FundingLine(source=S.CITY_FINANCE, party="市财政", amount_yuan=Decimal(1), items=())
    with pytest.raises(FieldValueError, match="names its network"):
        line(S.UTILITY_OPERATOR, "1.00")
    assert FundingPlan(
        compound="X", year=2022, lines=(line(S.CITY_FINANCE, "0.10"), line(S.CITY_FINANCE, "0.20"))
    ).total_yuan == Decimal("0.30")
