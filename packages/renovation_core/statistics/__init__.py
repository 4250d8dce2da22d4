"""The statistical reporting chain (统计调查): the survey's figures, one definition from the
compound up to the nation, and the account of what was delivered beside what was planned."""

from renovation_core.statistics.declared import Declaration, declare, month_alone
from renovation_core.statistics.delivered import Account, accounts, delivered_coverage
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
    "Line",
    "Mismatch",
    "Period",
    "Quantities",
    "Source",
    "SurveyFigures",
    "Works",
    "accounts",
    "by_period",
    "by_plan",
    "declare",
    "delivered_coverage",
    "mismatches",
    "month_alone",
    "roll_up",
    "started_by_plan_year",
]
