"""The planning problem and its solvers: a tiny instance whose optimum is worked out by hand,
conflicting constraints named in words, and the Wuhai plan drawn up again under its own
published figures (every target met, the first-year rule kept, urgency first)."""

from decimal import Decimal

import attrs

from renovation_core import check_schedule
from renovation_core.planning import (
    Candidate,
    Limit,
    Minimum,
    Problem,
    Status,
    greedy,
    lateness,
    moves,
    problem_from,
    standings,
)
from renovation_core.reference import wuhai
from renovation_core.register.priority import PriorityLevel
from renovation_planner import HighsSolver

URGENT, HIGH, NORMAL = PriorityLevel.URGENT, PriorityLevel.HIGH, PriorityLevel.NORMAL
SOLVER = HighsSolver()


def candidate(code: str, level: PriorityLevel, households: int, **extra: object) -> Candidate:
    return Candidate(
        code=code,
        district="990101",
        cost_yuan=Decimal(100),
        figures={
            "compounds": Decimal(1),
            "buildings": Decimal(1),
            "households": Decimal(households),
            "floor_area_m2": Decimal(households * 70),
        },
        level=level,
        **extra,  # type: ignore[arg-type]
    )


# Three compounds, money for two a year, and 2023 must renovate 100 households or more. By hand:
# 2023 takes A alone (lateness 4, urgent) or B and C (1 + 1): the optimum puts B and C in 2023.
# The greedy baseline, most urgent first, puts A and B in 2022 and misses 2023's target.
TINY = Problem(
    years=(2022, 2023),
    candidates=(
        candidate("A", URGENT, 120),
        candidate("B", NORMAL, 30),
        candidate("C", NORMAL, 80),
    ),
    limits=(
        Limit(year=2022, district=None, yuan=Decimal(200)),
        Limit(year=2023, district=None, yuan=Decimal(200)),
    ),
    minimums=(Minimum(year=2023, district=None, figure="households", at_least=Decimal(100)),),
)


def test_the_solver_finds_the_optimum_worked_out_by_hand():
    solution = SOLVER.solve(TINY, time_limit_seconds=10)
    assert solution.status is Status.OPTIMAL
    assert dict(solution.year_of) == {"A": 2022, "B": 2023, "C": 2023}
    assert (lateness(TINY, solution.year_of), solution.gap) == (2, 0.0)
    baseline = greedy(TINY)
    assert baseline == {"A": 2022, "B": 2022, "C": 2023}
    assert lateness(TINY, baseline) == 1  # cheaper only by missing the target
    [target] = [s for s in standings(TINY, baseline) if isinstance(s.constraint, Minimum)]
    assert (target.planned, target.kept) == (Decimal(80), False)
    # From the baseline, the optimum moves B back; its reason says for whom.
    [moved] = moves(TINY, baseline, solution.year_of)
    assert (moved.compound, moved.was, moved.now) == ("B", 2022, 2023)
    assert moved.reason == (
        "normal: put back to 2023, making room for 1 more urgent compound(s) of district "
        "990101 within its budgets and targets"
    )
    forward, _ = moves(TINY, {"A": 2023, "B": 2022, "C": 2023}, solution.year_of)
    assert forward.reason == (
        "urgent: brought forward to 2022, before 2 less urgent compound(s) of district 990101 "
        "(先急后缓)"
    )


def test_a_compound_is_left_out_only_where_nothing_else_is_possible():
    poor = attrs.evolve(TINY, limits=(Limit(year=2022, district=None, yuan=Decimal(100)),))
    poorer = attrs.evolve(
        poor, limits=(*poor.limits, Limit(year=2023, district=None, yuan=Decimal(100))), minimums=()
    )
    solution = SOLVER.solve(poorer, time_limit_seconds=10)
    # Money for two: the urgent one goes first, and a normal one is left out, not A.
    assert solution.year_of["A"] == 2022
    assert len(solution.year_of) == 2
    assert lateness(poorer, solution.year_of) == 1 + 2  # C a year late, B left out (1 × 2)


def test_conflicting_constraints_are_named_in_words_and_no_others():
    # 2022 must renovate three compounds with money for two.
    conflicting = attrs.evolve(
        TINY,
        minimums=(Minimum(year=2022, district="990101", figure="compounds", at_least=Decimal(3)),),
    )
    solution = SOLVER.solve(conflicting, time_limit_seconds=10)
    assert solution.status is Status.INFEASIBLE
    assert solution.conflicts == (
        "the budget of the city in 2022 (200 yuan)",
        "the target of 3 compounds for district 990101 in 2022",
    )


def test_a_pinned_compound_and_a_group_are_kept_or_named():
    pinned = attrs.evolve(
        TINY,
        candidates=(
            attrs.evolve(TINY.candidates[0], fixed=2023, why_fixed="pinned by the user"),
            *TINY.candidates[1:],
        ),
        groups=(("B", "C"),),
    )
    solution = SOLVER.solve(pinned, time_limit_seconds=10)
    assert dict(solution.year_of) == {"A": 2023, "B": 2022, "C": 2022}
    together = attrs.evolve(
        pinned,
        minimums=(Minimum(year=2022, district=None, figure="households", at_least=Decimal(120)),),
    )
    refused = SOLVER.solve(together, time_limit_seconds=10)
    assert refused.status is Status.INFEASIBLE
    assert refused.conflicts == (
        "the target of 120 households for the city in 2022",
        "compound A of district 990101 in 2023 (pinned by the user)",
    )


def test_the_wuhai_plan_drawn_up_again_meets_every_target_and_puts_urgency_first():
    data = wuhai()
    problem = problem_from(data.programme, data.compounds, data.plans)
    published = {p.compound: p.year for p in data.plans}
    solution = SOLVER.solve(problem, time_limit_seconds=10, start=published)
    assert solution.status in (Status.OPTIMAL, Status.TIME_LIMIT)
    year_of = solution.year_of
    assert len(year_of) == len(problem.candidates)  # none left out
    for c in problem.candidates:
        if c.fixed is not None:
            assert year_of[c.code] == c.fixed
    kept = standings(problem, year_of)
    assert len(kept) == 12 + 36  # each year's budget and targets, by district and the city
    assert [str(s.constraint) for s in kept if not s.kept] == []
    proposed = [attrs.evolve(p, year=year_of.get(p.compound, p.year)) for p in data.plans]
    before = len(check_schedule(data.programme, data.compounds, data.plans))
    after = len(check_schedule(data.programme, data.compounds, proposed))
    print(
        f"lateness {lateness(problem, published)} → {lateness(problem, year_of)}; "
        f"先急后缓 findings {before} → {after}"
    )
    # The published figures, district by district and year by year, leave little room: the
    # proposal starts from the published plan and never does worse than it.
    assert lateness(problem, year_of) <= lateness(problem, published)
    assert after <= before
