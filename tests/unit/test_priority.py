"""Urgent first (先急后缓): the level an assessment gives and the order it puts compounds in."""

import pytest

from renovation_core import PriorityLevel, priority_of, rank_by_priority

from .factories import assessment, compound


@pytest.mark.parametrize(
    ("grounds", "level", "score"),
    [
        (("good", "good", "good"), PriorityLevel.NORMAL, 0),
        (("fair", "fair", "good"), PriorityLevel.NORMAL, 2),
        (("fair", "fair", "fair"), PriorityLevel.HIGH, 3),  # many small problems add up
        (("poor", "good", "good"), PriorityLevel.HIGH, 2),  # poor infrastructure
        (("good", "poor", "fair"), PriorityLevel.HIGH, 3),  # chaotic management
        (("good", "good", "poor"), PriorityLevel.URGENT, 2),  # a safety hazard goes first
        (("critical", "good", "good"), PriorityLevel.URGENT, 3),
        (("critical", "critical", "critical"), PriorityLevel.URGENT, 9),
    ],
)
def test_level_and_score(grounds, level, score):
    priority = priority_of(assessment(*grounds))
    assert (priority.level, priority.score) == (level, score)


def test_ranking_puts_the_urgent_first_and_breaks_ties_stably():
    compounds = [
        compound("unassessed", built_year=1980),
        compound("normal", condition=assessment("fair", "good", "good")),
        compound("safety", condition=assessment("good", "good", "poor")),
        compound("worst", condition=assessment("critical", "critical", "critical")),
        compound("high-old", built_year=1985, condition=assessment("poor", "poor", "fair")),
        compound("high-new", built_year=1999, condition=assessment("poor", "poor", "fair")),
        compound("high-safer", built_year=1980, condition=assessment("poor", "poor", "good")),
        compound("high-b", built_year=1990, condition=assessment("poor", "fair", "fair")),
        compound("high-a", built_year=1990, condition=assessment("fair", "poor", "fair")),
    ]
    assert [c.code for c in rank_by_priority(compounds)] == [
        "worst",
        "safety",
        "high-old",  # score 5, oldest first
        "high-new",
        "high-a",  # score 4 with a safety concern; same year as high-b, so the code decides
        "high-b",
        "high-safer",  # score 4 but safety good
        "normal",
        "unassessed",  # nobody has shown it to be urgent
    ]
    assert rank_by_priority(reversed(compounds)) == rank_by_priority(compounds)
