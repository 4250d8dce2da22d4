"""The statistical reporting chain (统计调查): the survey's figures, one definition from the
compound up to the nation."""

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
    "Period",
    "Quantities",
    "SurveyFigures",
    "Works",
    "by_period",
    "by_plan",
    "started_by_plan_year",
]
