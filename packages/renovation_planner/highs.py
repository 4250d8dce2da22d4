"""The planning problem as a mixed-integer model, solved by HiGHS.

One binary per compound and year, and one for leaving a compound out (none for a compound a
rule or the user fixes: a row puts it in its year), and one per street and year, at least each
of the street's compounds of that year, for 连片改造. Each compound goes in one year or is left
out; each budget is a ceiling and each target figure a floor on the compounds of its year and
district; a group's compounds share their year, or are all left out. The objective is
:func:`renovation_core.planning.objective`: the urgency-weighted lateness and the streets'
years of works at their price. Money is counted in
cents and areas in hundredths of m², so every coefficient and bound is a whole number HiGHS
holds exactly, and integrality is held to 1e-9 so that no rounding of a solution breaks a bound.

An infeasible problem is explained by a deletion filter over its constraints: each is dropped in
turn and kept out if the rest is still infeasible (a feasibility test: no objective, the first
schedule found will do). What remains conflicts, and needs every one of its members, unless a
test ran out of time: then the set still conflicts but is reported as not proven minimal.
"""

import itertools
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

import attrs
import highspy
import numpy as np

from renovation_core.planning import Candidate, Problem, Solution, Status, standings

# Each figure in whole units: cents, hundredths of m², counts as they are.
_SCALE = {"floor_area_m2": 100}


@attrs.frozen(kw_only=True)
class _Row:
    """One constraint over the placement variables: ``lower ≤ Σ coefficient·x ≤ upper``."""

    terms: tuple[tuple[int, float], ...]
    lower: float
    upper: float


@attrs.frozen(kw_only=True)
class _Constraint:
    """A constraint the user can read: its words, and the rows that state it."""

    words: str
    rows: tuple[_Row, ...]


@attrs.frozen(kw_only=True)
class _Model:
    columns: dict[tuple[str, int], int]  # (compound, year) → column
    outside: dict[str, int]  # compound → the column that leaves it out
    streets: dict[tuple[str, str, int], int]  # (district, street, year) → column
    street_of: dict[str, tuple[str, str]]  # compound → (district, street), where priced
    costs: list[float]
    placement: tuple[_Row, ...]  # each compound once, and its street's year: always kept
    constraints: tuple[_Constraint, ...]


def _cents(value: Decimal) -> float:
    return float((value * 100).to_integral_value())


def _model(problem: Problem) -> _Model:
    columns: dict[tuple[str, int], int] = {}
    outside: dict[str, int] = {}
    costs: list[float] = []
    first = problem.years[0]
    for candidate in problem.candidates:
        for year in problem.years:
            columns[candidate.code, year] = len(costs)
            costs.append(float(problem.weight(candidate) * (year - first)))
        if candidate.fixed is None:
            outside[candidate.code] = len(costs)
            alone = problem.weights.street_year if candidate.street is not None else 0
            costs.append(float(problem.outside(candidate) + alone))  # as objective() counts
    placement = [
        _Row(
            terms=tuple((columns[c.code, y], 1.0) for y in problem.years)
            + (((outside[c.code], 1.0),) if c.code in outside else ()),
            lower=1.0,
            upper=1.0,
        )
        for c in problem.candidates
    ]
    streets: dict[tuple[str, str, int], int] = {}
    street_of: dict[str, tuple[str, str]] = {}
    if problem.weights.street_year:
        for c in problem.candidates:
            if c.street is None:
                continue
            street_of[c.code] = (c.district, c.street)
            for year in problem.years:
                key = (c.district, c.street, year)
                if key not in streets:
                    streets[key] = len(costs)
                    costs.append(float(problem.weights.street_year))
                terms = ((columns[c.code, year], 1.0), (streets[key], -1.0))
                placement.append(_Row(terms=terms, lower=-highspy.kHighsInf, upper=0.0))
    return _Model(
        columns=columns,
        outside=outside,
        streets=streets,
        street_of=street_of,
        costs=costs,
        placement=tuple(placement),
        constraints=tuple(_constraints(problem, columns)),
    )


def _constraints(problem: Problem, columns: dict[tuple[str, int], int]) -> Iterator[_Constraint]:
    def over(district: str | None) -> list[Candidate]:
        return [c for c in problem.candidates if district in (None, c.district)]

    for limit in problem.limits:
        terms = tuple(
            (columns[c.code, limit.year], _cents(c.cost_yuan)) for c in over(limit.district)
        )
        row = _Row(terms=terms, lower=-highspy.kHighsInf, upper=_cents(limit.yuan))
        yield _Constraint(words=str(limit), rows=(row,))
    for minimum in problem.minimums:
        scale = _SCALE.get(minimum.figure, 1)
        terms = tuple(
            (columns[c.code, minimum.year], float(c.figures[minimum.figure] * scale))
            for c in over(minimum.district)
        )
        row = _Row(terms=terms, lower=float(minimum.at_least * scale), upper=highspy.kHighsInf)
        yield _Constraint(words=str(minimum), rows=(row,))
    fixed: dict[tuple[str, str, int], list[Candidate]] = {}
    for candidate in problem.candidates:
        if candidate.fixed is not None:
            key = (candidate.why_fixed or "fixed", candidate.district, candidate.fixed)
            fixed.setdefault(key, []).append(candidate)
    for (why, district, year), members in sorted(fixed.items()):
        rows = tuple(
            _Row(terms=((columns[c.code, year], 1.0),), lower=1.0, upper=1.0) for c in members
        )
        named = _names(c.code for c in members)
        yield _Constraint(words=f"{named} of district {district} in {year} ({why})", rows=rows)
    for group in problem.groups:
        rows = tuple(
            _Row(terms=((columns[a, year], 1.0), (columns[b, year], -1.0)), lower=0.0, upper=0.0)
            for a, b in itertools.pairwise(group)
            for year in problem.years
        )
        yield _Constraint(words=f"{_names(group)} done together", rows=rows)


def _names(codes: Iterable[str]) -> str:
    listed = list(codes)
    shown = ", ".join(listed[:5]) + (f" and {len(listed) - 5} more" if len(listed) > 5 else "")
    return f"compound{'s' if len(listed) > 1 else ''} {shown}"


class Stop:
    """Stops a solve from another thread: the run under way is interrupted (HiGHS answers with
    what it has), and none starts after."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: highspy.Highs | None = None
        self.stopped = False

    def __call__(self) -> None:
        with self._lock:
            self.stopped = True
            if self._running is not None:
                self._running.cancelSolve()  # type: ignore[no-untyped-call]

    def run(self, h: highspy.Highs) -> None:
        with self._lock:
            if self.stopped:
                return
            self._running = h
        try:
            h.run()
        finally:
            with self._lock:
                self._running = None


def _highs(
    model: _Model,
    constraints: Iterable[_Constraint],
    *,
    time_limit: float,
    gap: float,
    start: Mapping[str, int] | None = None,
    feasibility: bool = False,
    stop: Stop | None = None,
) -> highspy.Highs:
    """HiGHS run on the model with ``constraints``; ``feasibility``: with no objective, to the
    first schedule found; ``stop`` may interrupt it."""
    h = highspy.Highs()  # type: ignore[no-untyped-call]
    h.HandleUserInterrupt = True  # so that cancelSolve() interrupts the run
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", max(float(time_limit), 0.0))
    h.setOptionValue("mip_rel_gap", gap)
    h.setOptionValue("mip_feasibility_tolerance", 1e-9)
    if feasibility:
        h.setOptionValue("mip_max_improving_sols", 1)
    count = len(model.costs)
    columns = np.arange(count, dtype=np.int32)
    h.addVars(count, np.zeros(count), np.ones(count))
    h.changeColsIntegrality(count, columns, np.array([highspy.HighsVarType.kInteger] * count))
    if not feasibility:
        h.changeColsCost(count, columns, np.array(model.costs))
    for row in [*model.placement, *(row for c in constraints for row in c.rows)]:
        index = np.array([column for column, _ in row.terms], dtype=np.int32)
        value = np.array([coefficient for _, coefficient in row.terms])
        h.addRow(row.lower, row.upper, len(row.terms), index, value)
    if start is not None:
        h.setSolution(count, columns, _values(model, start, count))
    (stop or Stop()).run(h)
    return h


def _values(model: _Model, start: Mapping[str, int], count: int) -> np.ndarray:
    """The columns' values of a schedule: each compound in its year, or left out, and the
    years its streets have works."""
    values = np.zeros(count)
    for (code, year), column in model.columns.items():
        values[column] = float(start.get(code) == year)
    for code, column in model.outside.items():
        values[column] = float(code not in start)
    opened = {
        (*model.street_of[code], year) for code, year in start.items() if code in model.street_of
    }
    for key, column in model.streets.items():
        values[column] = float(key in opened)
    return values


_FEASIBLE = highspy.SolutionStatus.kSolutionStatusFeasible


@attrs.frozen(kw_only=True)
class HighsSolver:
    """Solves a :class:`renovation_core.planning.Problem` to ``mip_rel_gap`` or the time
    limit. An infeasible problem's explanation takes up to the same time again."""

    mip_rel_gap: float = 1e-4

    def solve(
        self,
        problem: Problem,
        *,
        time_limit_seconds: float,
        start: Mapping[str, int] | None = None,
        stop: Stop | None = None,
    ) -> Solution:
        if not problem.candidates:  # nothing to place: the figures alone say
            unmet = [str(s.constraint) for s in standings(problem, {}) if not s.kept]
            answer = Status.INFEASIBLE if unmet else Status.OPTIMAL
            return Solution(status=answer, year_of={}, conflicts=tuple(unmet[:1]))
        model = _model(problem)
        h = _highs(
            model,
            model.constraints,
            time_limit=time_limit_seconds,
            gap=self.mip_rel_gap,
            start=start,
            stop=stop,
        )
        status = h.getModelStatus()
        if status == highspy.HighsModelStatus.kInfeasible:
            conflicts, minimal = _conflicts(model, time.monotonic() + time_limit_seconds, stop)
            return Solution(
                status=Status.INFEASIBLE, year_of={}, conflicts=conflicts, minimal=minimal
            )
        if h.getInfo().primal_solution_status != _FEASIBLE:
            stopped = (
                highspy.HighsModelStatus.kTimeLimit,
                highspy.HighsModelStatus.kInterrupt,
                highspy.HighsModelStatus.kNotset,  # stopped before it ran
            )
            if status in stopped:
                return Solution(status=Status.NO_SOLUTION, year_of={}, gap=float("inf"))
            raise RuntimeError(f"HiGHS answered {h.modelStatusToString(status)}")
        values = h.getSolution().col_value
        year_of = {
            code: year for (code, year), column in model.columns.items() if values[column] > 0.5
        }
        optimal = status == highspy.HighsModelStatus.kOptimal
        return Solution(
            status=Status.OPTIMAL if optimal else Status.TIME_LIMIT,
            year_of=year_of,
            gap=max(float(h.getInfo().mip_gap), 0.0),  # optimal: within mip_rel_gap
        )


def _conflicts(model: _Model, deadline: float, stop: Stop | None) -> tuple[tuple[str, ...], bool]:
    """The deletion filter (see the module's docstring), within ``deadline``: the conflicting
    constraints in words, and whether every test was decided in time."""
    kept, minimal = list(model.constraints), True
    for constraint in model.constraints:
        left = deadline - time.monotonic()
        if left <= 0 or (stop is not None and stop.stopped):
            return tuple(c.words for c in kept), False  # out of time: conflicting, not narrowed
        trial = [c for c in kept if c is not constraint]
        h = _highs(model, trial, time_limit=left, gap=1.0, feasibility=True, stop=stop)
        status = h.getModelStatus()
        if status == highspy.HighsModelStatus.kInfeasible:
            kept = trial
        elif h.getInfo().primal_solution_status != _FEASIBLE:
            minimal = False  # undecided: kept, as the set with it is known to conflict
    return tuple(c.words for c in kept), minimal
