"""Urgent first (先急后缓): a condition assessment gives each compound its priority.

The plan names three grounds for going first: poor infrastructure (基础设施差), chaotic management
(管理混乱) and prominent safety hazards (安全隐患突出). An assessor rates each; a safety problem
weighs most, because it is the one that hurts people before the works arrive.
"""

import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from renovation_core.labels import Labelled

if TYPE_CHECKING:
    from renovation_core.register.compound import Compound


class Severity(Labelled):
    """How bad one aspect of a compound's condition is."""

    GOOD = ("good", "良好")
    FAIR = ("fair", "一般")
    POOR = ("poor", "较差")
    CRITICAL = ("critical", "严重")

    @property
    def weight(self) -> int:
        return _WEIGHTS[self]


_WEIGHTS = {Severity.GOOD: 0, Severity.FAIR: 1, Severity.POOR: 2, Severity.CRITICAL: 3}


class PriorityLevel(Labelled):
    """The order of work: urgent compounds are renovated first."""

    URGENT = ("urgent", "急需改造")
    HIGH = ("high", "较急")
    NORMAL = ("normal", "可缓")

    @property
    def rank(self) -> int:
        """0 for the most urgent: the order of work."""
        return _LEVEL_ORDER[self]


_LEVEL_ORDER = {PriorityLevel.URGENT: 0, PriorityLevel.HIGH: 1, PriorityLevel.NORMAL: 2}


@attrs.frozen(kw_only=True)
class ConditionAssessment:
    """An assessor's rating of a compound on the three grounds for urgency."""

    infrastructure: Severity
    management: Severity
    safety: Severity
    assessed_on: datetime.date | None = None


@attrs.frozen(kw_only=True, order=False)
class Priority:
    """The priority an assessment gives: a level, and a score (0–9) that orders within it."""

    level: PriorityLevel
    score: int


def priority_of(assessment: ConditionAssessment) -> Priority:
    """Urgent if any ground is critical or safety is poor; high if any ground is poor or the
    three add up to 3 or more; otherwise normal."""
    grounds = (assessment.infrastructure, assessment.management, assessment.safety)
    score = sum(ground.weight for ground in grounds)
    if Severity.CRITICAL in grounds or assessment.safety is Severity.POOR:
        level = PriorityLevel.URGENT
    elif Severity.POOR in grounds or score >= 3:
        level = PriorityLevel.HIGH
    else:
        level = PriorityLevel.NORMAL
    return Priority(level=level, score=score)


def urgency(compound: "Compound") -> int:
    """One integer that orders compounds by need, smaller first: level, then score, then the
    safety rating. Compounds never assessed come last: nobody has shown them to be urgent.

    A single integer so that a store can index and sort by it exactly as :func:`rank_by_priority`
    does.
    """
    assessment = compound.condition
    if assessment is None:
        return 1000
    priority = priority_of(assessment)
    return priority.level.rank * 100 + (9 - priority.score) * 10 + (3 - assessment.safety.weight)


def rank_key(compound: "Compound") -> tuple[int, int, str]:
    """The renovation order: urgency, then the oldest first; the code makes the order total."""
    return (urgency(compound), compound.built_year, compound.code)


def rank_by_priority(compounds: Iterable["Compound"]) -> Sequence["Compound"]:
    """Compounds in the order they should be renovated (see :func:`rank_key`)."""
    return sorted(compounds, key=rank_key)
