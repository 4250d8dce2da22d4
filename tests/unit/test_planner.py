"""The planning problem and its solvers: a tiny instance whose optimum is worked out by hand,
conflicting constraints named in words, and the Wuhai plan drawn up again under its own
published figures (every target met, the first-year rule kept, urgency first)."""

import threading
import time
from decimal import Decimal

import attrs
import pytest

from renovation_core import check_schedule
from renovation_core.errors import FieldValueError
from renovation_core.planning import (
    Candidate,
    Limit,
    Minimum,
    Problem,
    Status,
    Weights,
    compare,
    greedy,
    inversions,
    lateness,
    moves,
    objective,
    polish,
    problem_from,
    standings,
    street_years,
)
from renovation_core.reference import wuhai
from renovation_core.register.priority import PriorityLevel
from renovation_planner import HighsSolver, Stop
from tests.bench import planning as province

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
    # From the baseline, the optimum puts B back, for 2023's target: no more urgent compound
    # took its place.
    [moved] = moves(TINY, baseline, solution.year_of)
    assert (moved.compound, moved.was, moved.now) == ("B", 2022, 2023)
    assert moved.reason == (
        "normal: put back from 2022 to 2023 to keep the budgets and targets of both years"
    )
    # From A in 2023, the optimum brings A forward and B back to make room for it.
    forward, back = moves(TINY, {"A": 2023, "B": 2022, "C": 2023}, solution.year_of)
    assert forward.reason == "urgent: brought forward from 2023 to 2022: urgency first (先急后缓)"
    assert back.reason == (
        "normal: put back from 2022 to 2023, making room in 2022 for 1 more urgent "
        "compound(s) brought into it"
    )


def on(street: str, code: str, level: PriorityLevel) -> Candidate:
    return attrs.evolve(candidate(code, level, 50), street=street)


def one_a_year(*candidates: Candidate, room: int = 1, street_year: str = "0") -> Problem:
    """Money for ``room`` compounds in 2022 and for two in 2023."""
    return Problem(
        years=(2022, 2023),
        candidates=candidates,
        limits=(
            Limit(year=2022, district=None, yuan=Decimal(100 * room)),
            Limit(year=2023, district=None, yuan=Decimal(200)),
        ),
        weights=Weights(street_year=Decimal(street_year)),
    )


def test_streets_decide_between_schedules_equally_urgent():
    # S1 is urgent and goes first; either normal compound could join it in 2022 at the same
    # lateness. Priced, streets put S2 with S1 and leave street t one year of works.
    problem = one_a_year(
        on("s", "S1", URGENT),
        on("s", "S2", NORMAL),
        on("t", "T1", NORMAL),
        on("t", "T2", NORMAL),
        room=2,
        street_year="0.01",
    )
    solution = SOLVER.solve(problem, time_limit_seconds=10)
    assert dict(solution.year_of) == {"S1": 2022, "S2": 2022, "T1": 2023, "T2": 2023}
    assert (lateness(problem, solution.year_of), street_years(problem, solution.year_of)) == (2, 2)
    assert objective(problem, solution.year_of) == Decimal("2.02")
    # Unpriced, the solver may split streets; started from a split, it keeps it.
    split = {"S1": 2022, "T1": 2022, "S2": 2023, "T2": 2023}
    unpriced = attrs.evolve(problem, weights=Weights())
    kept = SOLVER.solve(unpriced, time_limit_seconds=10, start=split)
    assert lateness(unpriced, kept.year_of) == 2


def test_on_the_wuhai_budgets_streets_are_grouped_at_no_cost_to_urgency():
    data = wuhai()
    budgets = attrs.evolve(problem_from(data.programme, data.compounds, data.plans), minimums=())
    priced = attrs.evolve(budgets, weights=Weights(street_year=Decimal("0.01")))
    plain, grouped = (SOLVER.solve(p, time_limit_seconds=60) for p in (budgets, priced))
    assert (plain.status, grouped.status) == (Status.OPTIMAL, Status.OPTIMAL)
    assert lateness(priced, grouped.year_of) == lateness(budgets, plain.year_of)
    # 39 street-years against 42 on this machine: the unpriced optimum's streets are chance.
    assert street_years(priced, grouped.year_of) <= street_years(budgets, plain.year_of)


def test_each_inversion_left_is_named_with_what_forces_it():
    # One compound fits in 2022. U (urgent) after W (normal) is an inversion the budget does
    # not force: exchanging them keeps it.
    problem = one_a_year(on("s", "U", URGENT), on("t", "W", NORMAL))
    [free] = inversions(problem, {"U": 2023, "W": 2022})
    assert (free.later, free.earlier, free.forced_by) == ("U", "W", None)
    assert polish(problem, {"U": 2023, "W": 2022}) == {"U": 2022, "W": 2023}
    # U costing more than 2022's money, the budget forces it, and polishing leaves it.
    dear = attrs.evolve(
        problem,
        candidates=(
            attrs.evolve(problem.candidates[0], cost_yuan=Decimal(150)),
            problem.candidates[1],
        ),
    )
    [forced] = inversions(dear, {"U": 2023, "W": 2022})
    assert forced.forced_by == "the budget of the city in 2022 (100 yuan)"
    assert polish(dear, {"U": 2023, "W": 2022}) == {"U": 2023, "W": 2022}
    # A fixed compound, or one of a group, is named with why.
    pinned = problem.with_pin("W", 2022)
    assert inversions(pinned, {"U": 2023, "W": 2022})[0].forced_by == (
        "W is fixed to 2022: pinned by the user"
    )
    grouped = attrs.evolve(
        problem, candidates=(*problem.candidates, on("t", "X", NORMAL)), groups=(("W", "X"),)
    )
    assert inversions(grouped, {"U": 2023, "W": 2022, "X": 2022})[0].forced_by == (
        "W is done together with X"
    )
    # Unassessed compounds, and those placed in order, are no inversion.
    assert inversions(problem, {"U": 2022, "W": 2023}) == ()
    unassessed = attrs.evolve(
        problem, candidates=(problem.candidates[0], attrs.evolve(problem.candidates[1], level=None))
    )
    assert inversions(unassessed, {"U": 2023, "W": 2022}) == ()


def test_streets_priced_above_delay_keep_an_inversion_and_say_so():
    # Street s has U (urgent) and V; street t has W alone. At 5 a street-year, W first and U
    # and V together in 2023 (lateness 5, 2 street-years: 15) beats U first (2 and 3: 17),
    # and leaving V and W out (4, and a street-year each besides s's: 19).
    problem = one_a_year(
        on("s", "U", URGENT), on("s", "V", NORMAL), on("t", "W", NORMAL), street_year="5"
    )
    solution = SOLVER.solve(problem, time_limit_seconds=10)
    assert dict(solution.year_of) == {"W": 2022, "U": 2023, "V": 2023}
    assert objective(problem, solution.year_of) == 15
    [kept] = inversions(problem, solution.year_of)
    assert (kept.later, kept.earlier, kept.forced_by) == ("U", "W", None)
    assert polish(problem, solution.year_of) == solution.year_of  # exchanging costs more


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


def test_a_group_goes_in_together_or_not_at_all():
    one_year = attrs.evolve(
        TINY,
        years=(2022,),
        limits=(Limit(year=2022, district=None, yuan=Decimal(200)),),
        minimums=(),
        groups=(("B", "C"),),
    )
    # A and one of B or C would fit; the group does not split, so A goes and B and C wait.
    solution = SOLVER.solve(one_year, time_limit_seconds=10)
    assert dict(solution.year_of) == {"A": 2022}
    b, _ = moves(one_year, {"A": 2022, "B": 2022, "C": 2022}, solution.year_of)
    assert b.reason == (
        "normal: left out, as no year could take it within the budgets, targets and groups"
    )


def test_no_schedule_in_time_and_nothing_to_place_are_said_as_such():
    assert SOLVER.solve(TINY, time_limit_seconds=0).status is Status.NO_SOLUTION
    empty = attrs.evolve(TINY, candidates=(), groups=())
    solution = SOLVER.solve(empty, time_limit_seconds=1)
    assert (solution.status, solution.conflicts) == (
        Status.INFEASIBLE,
        ("the target of 100 households for the city in 2023",),
    )
    assert SOLVER.solve(attrs.evolve(empty, minimums=()), time_limit_seconds=1).status is (
        Status.OPTIMAL
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"years": (2023, 2022)}, "distinct years, in order"),
        ({"candidates": (*TINY.candidates, TINY.candidates[0])}, "each compound is placed once"),
        ({"groups": (("A", "Z"),)}, "Z is not one"),
        ({"groups": (("A", "A"),)}, "two or more compounds, each once"),
        (
            {"candidates": (attrs.evolve(TINY.candidates[0], fixed=2030),)},
            "A is fixed to 2030, not a year of 2022–2023",
        ),
    ],
)
def test_a_problem_that_cannot_be_stated_is_refused(change, message):
    with pytest.raises(FieldValueError, match=message):
        attrs.evolve(TINY, **change)


def test_pins_are_of_placeable_compounds_and_never_against_the_first_year_rule():
    data = wuhai()
    first = next(c for c in data.compounds if c.built_year <= 2000)
    with pytest.raises(
        FieldValueError,
        match=rf"{first.code} stays in 2022 \(built by the first-year cutoff\), not 2024",
    ):
        problem_from(data.programme, data.compounds, data.plans, pinned={first.code: 2024})
    with pytest.raises(FieldValueError, match="NOPE: not an eligible compound with a plan"):
        problem_from(data.programme, data.compounds, data.plans, pinned={"NOPE": 2023})


def test_a_what_if_is_a_second_proposal_set_beside_the_first():
    first = SOLVER.solve(TINY, time_limit_seconds=10).year_of
    # A 40% cut: money for one compound a year. One waits outside; 2023's target still holds.
    cut = TINY.with_budgets(Decimal("0.6"))
    assert [limit.yuan for limit in cut.limits] == [Decimal("120.00"), Decimal("120.00")]
    second = SOLVER.solve(cut, time_limit_seconds=10).year_of
    assert second in ({"A": 2023, "B": 2022}, {"A": 2022, "C": 2023})
    side_by_side = compare((TINY, first), (cut, second))
    assert (side_by_side.first.lateness, side_by_side.second.lateness) == (
        2,
        lateness(cut, second),
    )
    assert all(s.kept for s in side_by_side.second.standings)
    assert {code for code, _, _ in side_by_side.differ} == {"A", "B", "C"} - {
        code for code in second if second[code] == first[code]
    }
    # A pin and a new target are what-ifs too; a rule's fixed year is not the user's to move.
    pinned = TINY.with_pin("A", 2023)
    assert SOLVER.solve(pinned, time_limit_seconds=10).year_of["A"] == 2023
    more = TINY.with_target(
        Minimum(year=2022, district=None, figure="compounds", at_least=Decimal(3))
    )
    assert SOLVER.solve(more, time_limit_seconds=10).status is Status.INFEASIBLE
    ruled = attrs.evolve(
        TINY,
        candidates=(
            attrs.evolve(
                TINY.candidates[0], fixed=2022, why_fixed="built by the first-year cutoff"
            ),
            *TINY.candidates[1:],
        ),
    )
    with pytest.raises(FieldValueError, match="A is fixed to 2022: built by the first-year"):
        ruled.with_pin("A", 2023)


def test_the_wuhai_plan_drawn_up_again_meets_every_target_and_puts_urgency_first():
    data = wuhai()
    problem = problem_from(data.programme, data.compounds, data.plans)
    published = {p.compound: p.year for p in data.plans}
    # About 20 s to the optimum on an idle machine: a busy one stops on time with less.
    solution = SOLVER.solve(problem, time_limit_seconds=30, start=published)
    assert solution.status in (Status.OPTIMAL, Status.TIME_LIMIT)
    year_of = polish(problem, solution.year_of)  # as a proposal is, where time ran out
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
    pairs = inversions(problem, year_of)
    print(
        f"lateness {lateness(problem, published)} → {lateness(problem, year_of)}; "
        f"先急后缓 findings {before} → {after}; inverted pairs "
        f"{len(inversions(problem, published))} → {len(pairs)}"
    )
    # Every inversion left is forced: exchanging the two compounds breaks a budget or target.
    assert [i for i in pairs if i.forced_by is None] == []
    # The published figures, district by district and year by year, leave little room: the
    # proposal starts from the published plan and never does worse than it.
    assert lateness(problem, year_of) <= lateness(problem, published)
    assert after <= before


def test_a_solve_is_stopped_from_another_thread_at_once():
    stopped = Stop()
    stopped()
    assert SOLVER.solve(TINY, time_limit_seconds=10, stop=stopped).status is Status.NO_SOLUTION
    large = province.province(compounds=3_000)  # not solved in the moment it runs
    stop = Stop()
    threading.Timer(0.5, stop).start()
    began = time.monotonic()
    solution = SOLVER.solve(large, time_limit_seconds=120, stop=stop)
    assert time.monotonic() - began < 30
    assert solution.status in (Status.NO_SOLUTION, Status.TIME_LIMIT)
