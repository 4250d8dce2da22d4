"""The statistical reporting chain (统计调查): the survey's figures, one definition from the
compound up to the nation, and the account of what was delivered beside what was planned."""

from renovation_core.statistics.delivered import Account, Target, accounts, delivered_coverage
from renovation_core.statistics.figures import (
    Period,
    Quantities,
    SurveyFigures,
    Works,
    by_period,
    by_plan,
    started_by_plan_year,
)

__all__ = [
    "Account",
    "Period",
    "Quantities",
    "SurveyFigures",
    "Target",
    "Works",
    "accounts",
    "by_period",
    "by_plan",
    "delivered_coverage",
    "started_by_plan_year",
]
