"""Drawing up a province's plan: 20,000 compounds of 10 districts over 5 years, each year's
budget a ceiling and its households a floor per district, the first-year rule fixing some.
Reports the time HiGHS takes to a 1% gap, the gap it reaches in 60 s, and the greedy
priority-first baseline's lateness beside the solver's (with the targets it misses); and the
先急后缓 pairs the 60 s schedule leaves that nothing forces, with what polishing them gains."""

import random
import time
from decimal import Decimal

from renovation_core.planning import (
    Candidate,
    Limit,
    Minimum,
    Problem,
    Status,
    greedy,
    inversions,
    lateness,
    polish,
    standings,
)
from renovation_core.register.priority import PriorityLevel
from renovation_planner import HighsSolver

COMPOUNDS, DISTRICTS, YEARS = 20_000, 10, tuple(range(2025, 2030))
LEVELS = [PriorityLevel.URGENT, PriorityLevel.HIGH, PriorityLevel.NORMAL, None]


def province(seed: int = 2026, compounds: int = COMPOUNDS) -> Problem:
    """A synthetic province, the same for a seed: budgets leave 2% room over the work, and each
    district must renovate 90% of its mean yearly households every year."""
    rng = random.Random(seed)
    districts = [f"99{n:04d}" for n in range(1, DISTRICTS + 1)]
    candidates = []
    for n in range(compounds):
        households = rng.randint(40, 400)
        first = rng.random() < 0.08
        candidates.append(
            Candidate(
                code=f"P-{n:05d}",
                district=districts[n % DISTRICTS],
                cost_yuan=Decimal(households * rng.randint(8_000, 15_000)),
                figures={
                    "compounds": Decimal(1),
                    "buildings": Decimal(max(1, households // 24)),
                    "households": Decimal(households),
                    "floor_area_m2": Decimal(households * 75),
                },
                level=rng.choices(LEVELS, weights=(15, 30, 45, 10))[0],
                fixed=YEARS[0] if first else None,
                why_fixed="built by the first-year cutoff" if first else None,
            )
        )
    limits, minimums = [], []
    for district in districts:
        own = [c for c in candidates if c.district == district]
        cost = sum((c.cost_yuan for c in own), Decimal(0))
        homes = sum((c.figures["households"] for c in own), Decimal(0))
        for year in YEARS:
            room = (cost / len(YEARS) * Decimal("1.02")).quantize(Decimal(1))
            limits.append(Limit(year=year, district=district, yuan=room))
            floor = (homes / len(YEARS) * Decimal("0.9")).quantize(Decimal(1))
            minimums.append(
                Minimum(year=year, district=district, figure="households", at_least=floor)
            )
    return Problem(
        years=YEARS, candidates=tuple(candidates), limits=tuple(limits), minimums=tuple(minimums)
    )


def report() -> None:
    problem = province()
    started = time.perf_counter()
    to_gap = HighsSolver(mip_rel_gap=0.01).solve(problem, time_limit_seconds=600)
    seconds = time.perf_counter() - started
    after = HighsSolver(mip_rel_gap=1e-9).solve(problem, time_limit_seconds=60)
    unforced = sum(1 for i in inversions(problem, after.year_of) if i.forced_by is None)
    began = time.perf_counter()
    polished = polish(problem, after.year_of)
    polishing = time.perf_counter() - began
    baseline = greedy(problem)
    missed = sum(1 for s in standings(problem, baseline) if not s.kept)
    solved, greedy_lateness = lateness(problem, after.year_of), lateness(problem, baseline)
    reached = "" if to_gap.status is not Status.TIME_LIMIT else f" (gap {to_gap.gap:.2%})"
    print(f"\n{'planning 20,000 compounds, 10 districts, 5 years':<52} {'value':>14}")
    print(f"{'time to a 1% gap, s':<52} {seconds:>14.1f}{reached}")
    print(f"{'gap after 60 s':<52} {after.gap:>14.4%}")
    print(f"{'urgency-weighted lateness, solver (60 s)':<52} {solved:>14,}")
    print(f"{'urgency-weighted lateness, greedy priority-first':<52} {greedy_lateness:>14,}")
    print(f"{'ratio greedy ÷ solver':<52} {greedy_lateness / solved:>14.3f}")
    print(f"{'先急后缓 pairs nothing forces, solver (60 s)':<52} {unforced:>14,}")
    print(f"{'lateness once those are exchanged (polish)':<52} {lateness(problem, polished):>14,}")
    print(f"{'time to polish, s':<52} {polishing:>14.1f}")
    print(f"{'targets and budgets the greedy schedule misses':<52} {missed:>14}")
    print(
        "\nthe solver keeps every budget and target; the greedy baseline puts the most urgent "
        "first into the earliest year with money and misses the targets it does not see"
    )


if __name__ == "__main__":
    report()
