"""The planning problem as a mixed-integer model, solved by HiGHS.

One binary per compound and year it may go in (only its fixed year where a rule or the user
fixes it), and one for leaving it out. Each compound goes in one year or is left out; each
budget is a ceiling and each target figure a floor on the compounds of its year and district;
a group's compounds share their year. The objective is the urgency-weighted lateness (see
:func:`renovation_core.planning.lateness`). Money is counted in cents, so the sums HiGHS adds
are whole numbers it holds exactly.

An infeasible problem is explained by a deletion filter over its constraints: each is dropped in
turn and kept out if the rest is still infeasible, which leaves a set that conflicts and that
every one of its members is needed for.
"""

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal

import attrs
import highspy
import numpy as np

from renovation_core.planning import Candidate, Problem, Solution, Status

_TOLERANCE = 0.5  # half a cent, or half a household: what floating point may lose on a sum


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
    costs: list[float]
    placement: tuple[_Row, ...]  # each compound once: always kept
    constraints: tuple[_Constraint, ...]


def _cents(value: Decimal) -> float:
    return float(value * 100)


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
            costs.append(float(problem.outside(candidate)))
    placement = tuple(
        _Row(
            terms=tuple((columns[c.code, y], 1.0) for y in problem.years)
            + (((outside[c.code], 1.0),) if c.code in outside else ()),
            lower=1.0,
            upper=1.0,
        )
        for c in problem.candidates
    )
    return _Model(
        columns=columns,
        outside=outside,
        costs=costs,
        placement=placement,
        constraints=tuple(_constraints(problem, columns)),
    )


def _constraints(problem: Problem, columns: dict[tuple[str, int], int]) -> Iterator[_Constraint]:
    def over(district: str | None) -> list[Candidate]:
        return [c for c in problem.candidates if district in (None, c.district)]

    for limit in problem.limits:
        terms = tuple(
            (columns[c.code, limit.year], _cents(c.cost_yuan)) for c in over(limit.district)
        )
        row = _Row(terms=terms, lower=-highspy.kHighsInf, upper=_cents(limit.yuan) + _TOLERANCE)
        yield _Constraint(words=str(limit), rows=(row,))
    for minimum in problem.minimums:
        terms = tuple(
            (columns[c.code, minimum.year], float(c.figures[minimum.figure]))
            for c in over(minimum.district)
        )
        row = _Row(terms=terms, lower=float(minimum.at_least) - _TOLERANCE, upper=highspy.kHighsInf)
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


def _highs(
    model: _Model,
    constraints: Iterable[_Constraint],
    time_limit: float,
    gap: float,
    start: Mapping[str, int] | None = None,
) -> highspy.Highs:
    h = highspy.Highs()  # type: ignore[no-untyped-call]
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(time_limit))
    h.setOptionValue("mip_rel_gap", gap)
    count = len(model.costs)
    h.addVars(count, np.zeros(count), np.ones(count))
    h.changeColsIntegrality(
        count, np.arange(count, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * count)
    )
    h.changeColsCost(count, np.arange(count, dtype=np.int32), np.array(model.costs))
    rows = [*model.placement, *(row for c in constraints for row in c.rows)]
    for row in rows:
        index = np.array([column for column, _ in row.terms], dtype=np.int32)
        value = np.array([coefficient for _, coefficient in row.terms])
        h.addRow(row.lower, row.upper, len(row.terms), index, value)
    if start is not None:
        h.setSolution(count, np.arange(count, dtype=np.int32), _values(model, start, count))
    h.run()
    return h


def _values(model: _Model, start: Mapping[str, int], count: int) -> np.ndarray:
    """The columns' values of a schedule: each compound in its year, or left out."""
    values = np.zeros(count)
    for (code, year), column in model.columns.items():
        values[column] = float(start.get(code) == year)
    for code, column in model.outside.items():
        values[column] = float(code not in start)
    return values


@attrs.frozen(kw_only=True)
class HighsSolver:
    """Solves a :class:`renovation_core.planning.Problem` to ``mip_rel_gap`` (or the time
    limit); ``explain_seconds`` bounds each feasibility test of an infeasible problem's
    explanation."""

    mip_rel_gap: float = 1e-4
    explain_seconds: float = 10.0

    def solve(
        self,
        problem: Problem,
        *,
        time_limit_seconds: float,
        start: Mapping[str, int] | None = None,
    ) -> Solution:
        model = _model(problem)
        h = _highs(model, model.constraints, time_limit_seconds, self.mip_rel_gap, start)
        status = h.getModelStatus()
        if status == highspy.HighsModelStatus.kInfeasible:
            return Solution(
                status=Status.INFEASIBLE,
                year_of={},
                conflicts=self._conflicts(model, lambda kept: _infeasible(model, kept, self)),
            )
        values = h.getSolution().col_value
        year_of = {
            code: year for (code, year), column in model.columns.items() if values[column] > 0.5
        }
        optimal = status == highspy.HighsModelStatus.kOptimal
        return Solution(
            status=Status.OPTIMAL if optimal else Status.TIME_LIMIT,
            year_of=year_of,
            gap=0.0 if optimal else float(h.getInfo().mip_gap),
        )

    @staticmethod
    def _conflicts(
        model: _Model, infeasible: Callable[[list[_Constraint]], bool]
    ) -> tuple[str, ...]:
        kept = list(model.constraints)
        for constraint in model.constraints:
            trial = [c for c in kept if c is not constraint]
            if infeasible(trial):
                kept = trial
        return tuple(c.words for c in kept)


def _infeasible(model: _Model, kept: list[_Constraint], solver: HighsSolver) -> bool:
    h = _highs(model, kept, solver.explain_seconds, solver.mip_rel_gap)
    return h.getModelStatus() == highspy.HighsModelStatus.kInfeasible
