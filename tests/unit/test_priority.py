"""Urgent first (先急后缓): the level an assessment gives and the order it puts compounds in."""

from collections import Counter
from typing import Any

import pytest

from renovation_core import PriorityLevel, check_schedule, priority_of, rank_by_priority
from renovation_core.reference import wuhai

from .factories import assessment, compound, plan, programme


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


URGENT = assessment("critical", "fair", "poor")
NORMAL = assessment("good", "fair", "good")


def _schedule(*placed: tuple[str, str, Any, int, int]) -> list[tuple[str, str]]:
    """The schedule findings of compounds given as (code, district, assessment, built, year)."""
    compounds = [
        compound(code, district, condition=condition, built_year=built)
        for code, district, condition, built, _ in placed
    ]
    plans = [plan(code, year) for code, _, _, _, year in placed]
    return [(f.location, f.message) for f in check_schedule(programme(), compounds, plans)]


def test_an_urgent_compound_after_a_less_urgent_one_of_its_district_is_a_finding() -> None:
    assert _schedule(("U", "990101", URGENT, 2003, 2024), ("N", "990101", NORMAL, 2004, 2023)) == [
        (
            "compounds[U]",
            "compound U 小区U, urgent (infrastructure critical, safety poor), is planned for "
            "2024 after 1 less urgent compound(s) of district 990101: N (normal, 2023)",
        )
    ]


@pytest.mark.parametrize(
    "placed",
    [
        # urgent first: the plan's order
        (("U", "990101", URGENT, 2003, 2023), ("N", "990101", NORMAL, 2004, 2024)),
        # the same year: the schedule cannot say which goes first
        (("U", "990101", URGENT, 2003, 2024), ("N", "990101", NORMAL, 2004, 2024)),
        # another district's queue is its own
        (("U", "990101", URGENT, 2003, 2024), ("N", "990102", NORMAL, 2004, 2023)),
        # built by 2000, the first year must take it: first by rule, not by choice
        (("U", "990101", URGENT, 2003, 2023), ("N", "990101", NORMAL, 1999, 2022)),
        # never assessed: nobody has shown it to be less urgent
        (("U", "990101", URGENT, 2003, 2024), ("N", "990101", None, 2004, 2023)),
    ],
)
def test_urgent_first_is_kept(placed: tuple[tuple[str, str, Any, int, int], ...]) -> None:
    assert _schedule(*placed) == []


def test_the_reference_schedule_puts_53_compounds_after_less_urgent_ones() -> None:
    """The Wuhai register's own schedule (synthetic conditions, published yearly counts): 37
    urgent and 16 high-priority compounds wait until 2024 behind less urgent ones of 2023."""
    data = wuhai()
    found = check_schedule(data.programme, data.compounds, data.plans)
    levels = Counter(
        (f.message.split(", ")[1].split(" ")[0], f.message.split("district ")[1][:6]) for f in found
    )
    assert levels == {
        ("urgent", "150302"): 31,
        ("high", "150302"): 16,
        ("urgent", "150303"): 3,
        ("urgent", "150304"): 3,
    }
    assert all("is planned for 2024" in f.message for f in found)
