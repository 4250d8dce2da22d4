"""The statistical reporting chain (统计调查): the survey's figures, one definition from the
compound up to the nation, and the account of what was delivered beside what was planned."""

from renovation_core.statistics.declared import Declaration, declare, month_alone
from renovation_core.statistics.delivered import (
    Account,
    Delivery,
    accounts,
    accounts_of,
    delivered_coverage,
    deliveries,
)
from renovation_core.statistics.figures import (
    Period,
    Quantities,
    SurveyFigures,
    Works,
    by_period,
    by_plan,
    started_by_plan_year,
)
from renovation_core.statistics.rollup import Line, Mismatch, Source, mismatches, roll_up

__all__ = [
    "Account",
    "Declaration",
    "Delivery",
    "Line",
    "Mismatch",
    "Period",
    "Quantities",
    "Source",
    "SurveyFigures",
    "Works",
    "accounts",
    "accounts_of",
    "by_period",
    "by_plan",
    "declare",
    "delivered_coverage",
    "deliveries",
    "mismatches",
    "month_alone",
    "roll_up",
    "started_by_plan_year",
]
