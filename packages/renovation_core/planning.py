"""Drawing up the plan (科学编制): the year each compound is renovated in, under the money each
year has, the targets each year and district must meet, and urgency (先急后缓).

The problem is stated here from core values, and a schedule's urgency-weighted lateness is
judged here (its 先急后缓 inversions are :func:`renovation_core.check_schedule`'s, on the plans
it makes). A solver (:mod:`renovation_planner`) finds the schedule; :func:`greedy` is the
baseline it is measured against, the most urgent first into the earliest year with money
left.
"""

import enum
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Protocol

import attrs

from renovation_core.errors import FieldValueError
from renovation_core.register.compound import Compound
from renovation_core.register.eligibility import Eligibility, eligibility
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.priority import PriorityLevel, priority_of
from renovation_core.register.programme import Programme
from renovation_core.units import WAN_M2_PLACES, YI_YUAN_PLACES

# The figures a target row may set as a minimum (the investment is the budget, not a target).
FIGURES = ("compounds", "buildings", "households", "floor_area_m2")
_PINNED = "pinned by the user"
_FIRST_YEAR = "built by the first-year cutoff"
# Half the last printed place of 亿元 and 万m²: what rounding half up hides.
_HALF_PRINTED_YUAN = Decimal("0.5").scaleb(8 - YI_YUAN_PLACES)
_HALF_PRINTED_M2 = Decimal("0.5").scaleb(4 - WAN_M2_PLACES)


@attrs.frozen(kw_only=True)
class Weights:
    """The objective's prices. A year's delay per priority level (unassessed compounds weigh as
    normal): urgent work put off a year costs as much as four normal compounds put off. And
    连片改造: each year in which a street has works may cost ``street_year``, so that a street's
    compounds go together where urgency allows. It is 0 unless asked, as pricing streets slows
    the solver several times over (on the Wuhai plan, 28 s to the optimum become 65 s); at 0.01,
    a hundredth of a normal compound's year, grouping decides only between schedules equally
    urgent, unless it saves a hundred street-years for each year of delay. Cost does not enter:
    a compound costs the same in any year, and the money is each year's budget."""

    urgent: int = attrs.field(default=4, validator=attrs.validators.ge(1))
    high: int = attrs.field(default=2, validator=attrs.validators.ge(1))
    normal: int = attrs.field(default=1, validator=attrs.validators.ge(1))
    street_year: Decimal = attrs.field(
        default=Decimal(0), validator=attrs.validators.ge(Decimal(0))
    )

    def of(self, level: PriorityLevel | None) -> int:
        if level is PriorityLevel.URGENT:
            return self.urgent
        return self.high if level is PriorityLevel.HIGH else self.normal


@attrs.frozen(kw_only=True)
class Candidate:
    """A compound to place: its district, its cost (its plan's estimated investment), what it
    adds to each figure, its priority level, its street (for 连片改造), and the year a rule or
    the user fixes it to."""

    code: str
    district: str
    cost_yuan: Decimal
    figures: Mapping[str, Decimal]
    level: PriorityLevel | None
    street: str | None = None
    fixed: int | None = None
    why_fixed: str | None = None


@attrs.frozen(kw_only=True)
class Limit:
    """The most a year may spend, in one district or (``district`` None) the whole city."""

    year: int
    district: str | None
    yuan: Decimal

    def __str__(self) -> str:
        where = f"district {self.district}" if self.district else "the city"
        return f"the budget of {where} in {self.year} ({self.yuan} yuan)"


@attrs.frozen(kw_only=True)
class Minimum:
    """A published target row's figure, as the least a year plans in a district or the city."""

    year: int
    district: str | None
    figure: str = attrs.field(validator=attrs.validators.in_(FIGURES))
    at_least: Decimal

    def __str__(self) -> str:
        where = f"district {self.district}" if self.district else "the city"
        return f"the target of {self.at_least} {self.figure} for {where} in {self.year}"


@attrs.frozen(kw_only=True)
class Problem:
    """Which year (of ``years``) each candidate goes in, or none (outside the programme)."""

    years: tuple[int, ...]
    candidates: tuple[Candidate, ...]
    limits: tuple[Limit, ...] = ()
    minimums: tuple[Minimum, ...] = ()
    groups: tuple[tuple[str, ...], ...] = ()  # compounds done together, in one year
    weights: Weights = attrs.field(factory=Weights)

    def __attrs_post_init__(self) -> None:
        if not self.years or list(self.years) != sorted(set(self.years)):
            raise FieldValueError("years", "must be one or more distinct years, in order")
        codes = [c.code for c in self.candidates]
        if len(set(codes)) != len(codes):
            raise FieldValueError("candidates", "each compound is placed once")
        for candidate in self.candidates:
            if candidate.fixed is not None and candidate.fixed not in self.years:
                raise FieldValueError(
                    "candidates",
                    f"{candidate.code} is fixed to {candidate.fixed}, not a year "
                    f"of {self.years[0]}–{self.years[-1]}",
                )
        bounds: tuple[Limit | Minimum, ...] = (*self.limits, *self.minimums)
        for bound in bounds:
            if bound.year not in self.years:
                raise FieldValueError(
                    "targets", f"{bound} is not of {self.years[0]}–{self.years[-1]}"
                )
        known = set(codes)
        for group in self.groups:
            unknown = [code for code in group if code not in known]
            if unknown or len(set(group)) < 2 or len(set(group)) != len(group):
                raise FieldValueError(
                    "groups",
                    f"a group names two or more compounds to place; {', '.join(unknown)} is not one"
                    if unknown
                    else "a group names two or more compounds, each once",
                )

    def weight(self, candidate: Candidate) -> int:
        return self.weights.of(candidate.level)

    def outside(self, candidate: Candidate) -> int:
        """What leaving a compound out of the programme costs: its weight as if it waited a
        year past the last, so that it is left out only where no year has room, and the least
        urgent first."""
        return self.weight(candidate) * len(self.years)

    # What-ifs: the same problem with one thing changed, to set two proposals side by side.

    def with_budgets(self, factor: Decimal) -> "Problem":
        """Every budget times ``factor`` (0.9: a tenth cut), to the cent."""
        if factor <= 0:
            raise FieldValueError("factor", f"must be more than 0, got {factor}")
        return attrs.evolve(
            self,
            limits=tuple(
                attrs.evolve(limit, yuan=(limit.yuan * factor).quantize(Decimal("0.01")))
                for limit in self.limits
            ),
        )

    def with_target(self, minimum: Minimum) -> "Problem":
        return attrs.evolve(self, minimums=(*self.minimums, minimum))

    def with_pin(self, code: str, year: int) -> "Problem":
        """``code`` fixed to ``year`` by the user (a compound a rule fixes stays as it is)."""
        found = next((c for c in self.candidates if c.code == code), None)
        if found is None:
            raise FieldValueError("code", f"{code} is not a compound of the problem")
        if found.fixed is not None and found.why_fixed != _PINNED:
            raise FieldValueError("code", f"{code} is fixed to {found.fixed}: {found.why_fixed}")
        pinned = attrs.evolve(found, fixed=year, why_fixed=_PINNED)
        return attrs.evolve(
            self, candidates=tuple(pinned if c is found else c for c in self.candidates)
        )


class Status(enum.Enum):
    OPTIMAL = "optimal"
    TIME_LIMIT = "time_limit"  # the best schedule found in time, with its gap
    NO_SOLUTION = "no_solution"  # none found in time: the time limit is too short
    INFEASIBLE = "infeasible"


@attrs.frozen(kw_only=True)
class Solution:
    """A solver's answer: the year of each compound placed (absent: left out), the gap to the
    best bound (0 when optimal), and for an infeasible problem the constraints that conflict,
    in words: an irreducible set (without any one of them the rest can be met) where
    ``minimal``, else a conflicting set the time allowed no further narrowing of."""

    status: Status
    year_of: Mapping[str, int]
    gap: float = 0.0
    conflicts: tuple[str, ...] = ()
    minimal: bool = True


class Solver(Protocol):
    def solve(
        self,
        problem: Problem,
        *,
        time_limit_seconds: float,
        start: Mapping[str, int] | None = None,
    ) -> Solution:
        """The best schedule found in time; ``start``, a schedule to start from (the plan as it
        stands), if it keeps every constraint."""


def problem_from(
    programme: Programme,
    compounds: Iterable[Compound],
    plans: Iterable[RenovationPlan],
    *,
    pinned: Mapping[str, int] | None = None,
    held: Mapping[str, str] | None = None,
    groups: Iterable[Iterable[str]] = (),
    weights: Weights = Weights(),
) -> Problem:
    """The programme's planning problem: its eligible compounds with plans, each year's
    published investment as its budget and its other published figures as minimums, the
    first-year rule, the user's ``pinned`` years and the plan's year of a compound ``held``
    there (the reason by code: works under way, a funding under review) as fixed, ``groups``
    done together. A
    figure as the plan prints it (a whole number of 10⁵ yuan, 0.001 亿元, or of 100 m², 0.01
    万m²) is met as printed: a budget of 2.194 亿元 allows up to what still prints as 2.194, a
    target of 49.51 万m² asks for what prints as that."""
    cost = {plan.compound: plan.investment_yuan for plan in plans}
    planned = {plan.compound: plan.year for plan in plans}
    pins = dict(pinned or {})
    holds = dict(held or {})
    candidates = []
    for compound in compounds:
        judged = eligibility(programme, compound)
        if not judged.eligible or compound.code not in cost:
            continue
        fixed, why = _fixed(
            programme, compound.code, pins.pop(compound.code, None), judged, planned, holds
        )
        candidates.append(
            Candidate(
                code=compound.code,
                district=compound.district,
                cost_yuan=cost[compound.code],
                figures={
                    "compounds": Decimal(1),
                    "buildings": Decimal(compound.buildings),
                    "households": Decimal(compound.households),
                    "floor_area_m2": compound.floor_area_m2,
                },
                level=priority_of(compound.condition).level if compound.condition else None,
                street=compound.street,
                fixed=fixed,
                why_fixed=why,
            )
        )
    if pins:
        raise FieldValueError(
            "pinned", f"{', '.join(sorted(pins))}: not an eligible compound with a plan"
        )
    outside = sorted(c.code for c in candidates if c.fixed not in (None, *programme.years))
    if outside:
        raise FieldValueError(
            "pinned",
            f"{', '.join(outside)}: pinned to a year outside {programme.start_year}–"
            f"{programme.end_year}",
        )
    limits, minimums = [], []
    for target in programme.annual_targets:
        figures = target.figures
        if figures.investment_yuan is not None:
            most = figures.investment_yuan + _printed(figures.investment_yuan, _HALF_PRINTED_YUAN)
            limits.append(Limit(year=target.year, district=target.district, yuan=most))
        for figure in FIGURES:
            value = getattr(figures, figure)
            if value is not None:
                half = _HALF_PRINTED_M2 if figure == "floor_area_m2" else Decimal(0)
                least = Decimal(value) - _printed(Decimal(value), half)
                minimums.append(
                    Minimum(
                        year=target.year, district=target.district, figure=figure, at_least=least
                    )
                )
    return Problem(
        years=tuple(programme.years),
        candidates=tuple(sorted(candidates, key=lambda c: c.code)),
        limits=tuple(limits),
        minimums=tuple(minimums),
        groups=tuple(tuple(g) for g in groups),
        weights=weights,
    )


def _fixed(
    programme: Programme,
    code: str,
    pin: int | None,
    judged: Eligibility,
    planned: Mapping[str, int],
    holds: Mapping[str, str],
) -> tuple[int | None, str | None]:
    """The year a compound is fixed to, and why: a hold first (works under way or a funding
    under review keep the plan's year, whatever else would place it), then the first-year
    rule, then the user's pin; a pin against either is refused."""
    if code in holds:
        fixed, why = planned[code], holds[code]
    elif judged.first_year_required:
        fixed, why = programme.start_year, _FIRST_YEAR
    else:
        return pin, _PINNED if pin is not None else None
    if pin not in (None, fixed):
        raise FieldValueError("pinned", f"{code} stays in {fixed} ({why}), not {pin}")
    return fixed, why


def _printed(value: Decimal, half: Decimal) -> Decimal:
    """What rounding to the printed place hides below or above ``value`` (less a cent above,
    as half rounds up): ``half``, where the value is a whole number of printed units."""
    return half - Decimal("0.01") if half and value % (half * 2) == 0 else Decimal(0)


def lateness(problem: Problem, year_of: Mapping[str, int]) -> int:
    """The urgency-weighted lateness: each compound's weight times the years it waits after
    the first, and a compound left out as if it waited past the last."""
    first = problem.years[0]
    return sum(
        problem.weight(c) * (year_of[c.code] - first) if c.code in year_of else problem.outside(c)
        for c in problem.candidates
    )


def street_years(problem: Problem, year_of: Mapping[str, int]) -> int:
    """连片改造: the years in which each street has works, summed over the streets."""
    return len(
        {
            (c.district, c.street, year_of[c.code])
            for c in problem.candidates
            if c.street is not None and c.code in year_of
        }
    )


def objective(problem: Problem, year_of: Mapping[str, int]) -> Decimal:
    """What a solver minimises: the lateness, and each street's years of works at their price,
    a compound left out counted on a street-year of its own (else leaving it out would be a
    way to spare its street one)."""
    left_out = sum(1 for c in problem.candidates if c.street is not None and c.code not in year_of)
    return lateness(problem, year_of) + problem.weights.street_year * (
        street_years(problem, year_of) + left_out
    )


@attrs.frozen(kw_only=True)
class Inversion:
    """先急后缓 in a schedule: ``later``, placed after ``earlier``, a less urgent compound of its
    district, and what keeps them so: the constraint that exchanging their years would break,
    in words, or None where none would (an inversion the budgets and targets do not force).
    As in :func:`renovation_core.check_schedule`, only assessed compounds are compared, and one
    the first-year rule places goes first by rule."""

    later: str
    later_year: int
    earlier: str
    earlier_year: int
    forced_by: str | None


def inversions(problem: Problem, year_of: Mapping[str, int]) -> tuple[Inversion, ...]:
    """Each 先急后缓 inversion of ``year_of``, most urgent first, with what forces it."""
    books = _Books(problem, year_of)
    return tuple(
        Inversion(
            later=later.code,
            later_year=year_of[later.code],
            earlier=earlier.code,
            earlier_year=year_of[earlier.code],
            forced_by=books.forced_by(later, earlier),
        )
        for later, earlier in books.inverted()
    )


def polish(problem: Problem, year_of: Mapping[str, int]) -> dict[str, int]:
    """``year_of`` with inverted pairs exchanged wherever no constraint forbids it and the
    objective falls, until none is left: a schedule a solver stopped early then puts urgency
    first as far as the figures let it (an optimal one has nothing to exchange). With distinct
    weights a year's delay outweighs the streets two compounds open, so under the default
    prices no inversion the constraints do not force is left."""
    books = _Books(problem, year_of)
    while True:
        for later, earlier in books.inverted():
            if books.forced_by(later, earlier) is None and books.gain(later, earlier) > 0:
                books.exchange(later, earlier)
                break
        else:
            return books.year_of


class _Books:
    """A schedule's running totals by year and district (None: the city) and its streets'
    years, to test an exchange of two compounds' years against the constraints and make it."""

    def __init__(self, problem: Problem, year_of: Mapping[str, int]) -> None:
        self.problem = problem
        self.year_of = dict(year_of)
        self.totals: defaultdict[tuple[int, str | None, str], Decimal] = defaultdict(Decimal)
        self.streets: Counter[tuple[str, str, int]] = Counter()
        self.bounds: dict[tuple[int, str | None], list[Limit | Minimum]] = {}
        self.group_of = {code: group for group in problem.groups for code in group}
        every: tuple[Limit | Minimum, ...] = (*problem.limits, *problem.minimums)
        for bound in every:
            self.bounds.setdefault((bound.year, bound.district), []).append(bound)
        for candidate in problem.candidates:
            year = self.year_of.get(candidate.code)
            if year is not None:
                self._add(candidate, year, 1)

    def _add(self, candidate: Candidate, year: int, sign: int) -> None:
        for where in (candidate.district, None):
            for measure in ("yuan", *FIGURES):
                self.totals[year, where, measure] += sign * _amount(candidate, measure)
        if candidate.street is not None:
            self.streets[candidate.district, candidate.street, year] += sign

    def inverted(self) -> Iterator[tuple[Candidate, Candidate]]:
        """Each pair of a compound placed after a less urgent one of its district."""
        cells: dict[tuple[str, int, int], list[Candidate]] = {}
        for c in self.problem.candidates:
            year = self.year_of.get(c.code)
            if c.level is not None and year is not None:
                cells.setdefault((c.district, c.level.rank, year), []).append(c)
        for (district, rank, year), later in sorted(cells.items(), key=lambda cell: cell[0]):
            for (where, less, before), earlier in sorted(cells.items(), key=lambda cell: cell[0]):
                if where == district and less > rank and before < year:
                    for a in later:
                        for b in earlier:
                            if b.why_fixed != _FIRST_YEAR:
                                yield a, b

    def forced_by(self, later: Candidate, earlier: Candidate) -> str | None:
        """The constraint exchanging the two compounds' years breaks, in words, if any."""
        for c in (later, earlier):
            if c.fixed is not None:
                return f"{c.code} is fixed to {c.fixed}: {c.why_fixed}"
            if c.code in self.group_of:
                others = [code for code in self.group_of[c.code] if code != c.code]
                more = f" and {len(others) - 3} more" if len(others) > 3 else ""
                return f"{c.code} is done together with {', '.join(others[:3])}{more}"
        pairs = (
            (self.year_of[earlier.code], later, earlier),
            (self.year_of[later.code], earlier, later),
        )
        for year, into, out in pairs:
            for where in (later.district, None):
                for bound in self.bounds.get((year, where), ()):
                    measure = "yuan" if isinstance(bound, Limit) else bound.figure
                    after = (
                        self.totals[year, where, measure]
                        + _amount(into, measure)
                        - _amount(out, measure)
                    )
                    broken = (
                        after > bound.yuan if isinstance(bound, Limit) else after < bound.at_least
                    )
                    if broken:
                        return str(bound)
        return None

    def gain(self, later: Candidate, earlier: Candidate) -> Decimal:
        """How far the objective falls when the two compounds exchange years."""
        to, back = self.year_of[earlier.code], self.year_of[later.code]
        delay = (self.problem.weight(later) - self.problem.weight(earlier)) * (back - to)
        change: Counter[tuple[str, str, int]] = Counter()
        for c, old, new in ((later, back, to), (earlier, to, back)):
            if c.street is not None:
                change[c.district, c.street, old] -= 1
                change[c.district, c.street, new] += 1
        opened = sum(
            (self.streets[key] + n > 0) - (self.streets[key] > 0) for key, n in change.items()
        )
        return delay - self.problem.weights.street_year * opened

    def exchange(self, later: Candidate, earlier: Candidate) -> None:
        to, back = self.year_of[earlier.code], self.year_of[later.code]
        for c, old, new in ((later, back, to), (earlier, to, back)):
            self._add(c, old, -1)
            self._add(c, new, 1)
            self.year_of[c.code] = new


def _amount(candidate: Candidate, measure: str) -> Decimal:
    return candidate.cost_yuan if measure == "yuan" else candidate.figures[measure]


def greedy(problem: Problem) -> dict[str, int]:
    """The baseline: fixed compounds in their years, then the rest most urgent first, each into
    the earliest year whose budgets (its district's and the city's) have room for it. It meets
    no target and keeps no group; a compound with room nowhere is left out."""
    spent: dict[tuple[int, str | None], Decimal] = {}
    room = {(limit.year, limit.district): limit.yuan for limit in problem.limits}
    year_of: dict[str, int] = {}

    def fits(candidate: Candidate, year: int) -> bool:
        return all(
            spent.get((year, where), Decimal(0)) + candidate.cost_yuan <= room[year, where]
            for where in (candidate.district, None)
            if (year, where) in room
        )

    def place(candidate: Candidate, year: int) -> None:
        for where in (candidate.district, None):
            spent[year, where] = spent.get((year, where), Decimal(0)) + candidate.cost_yuan
        year_of[candidate.code] = year

    for candidate in problem.candidates:
        if candidate.fixed is not None:
            place(candidate, candidate.fixed)
    order = sorted(
        (c for c in problem.candidates if c.fixed is None),
        key=lambda c: (-problem.weight(c), c.code),
    )
    for candidate in order:
        year = next((y for y in problem.years if fits(candidate, y)), None)
        if year is not None:
            place(candidate, year)
    return year_of


@attrs.frozen(kw_only=True)
class Standing:
    """A budget or target beside what a schedule plans against it."""

    constraint: Limit | Minimum
    planned: Decimal

    @property
    def kept(self) -> bool:
        if isinstance(self.constraint, Limit):
            return self.planned <= self.constraint.yuan
        return self.planned >= self.constraint.at_least


def standings(problem: Problem, year_of: Mapping[str, int]) -> tuple[Standing, ...]:
    """Each budget and target of the problem beside what ``year_of`` plans against it."""

    def planned(year: int, district: str | None, amount: Callable[[Candidate], Decimal]) -> Decimal:
        return sum(
            (
                amount(c)
                for c in problem.candidates
                if year_of.get(c.code) == year and district in (None, c.district)
            ),
            Decimal(0),
        )

    return (
        *(
            Standing(constraint=limit, planned=planned(limit.year, limit.district, _cost))
            for limit in problem.limits
        ),
        *(
            Standing(
                constraint=minimum,
                planned=planned(minimum.year, minimum.district, _figure(minimum.figure)),
            )
            for minimum in problem.minimums
        ),
    )


def _cost(candidate: Candidate) -> Decimal:
    return candidate.cost_yuan


def _figure(name: str) -> Callable[[Candidate], Decimal]:
    return lambda candidate: candidate.figures[name]


@attrs.frozen(kw_only=True)
class Move:
    """A compound a proposal moves from the plan as it stands, and why, in words."""

    compound: str
    was: int | None
    now: int | None
    reason: str


def moves(
    problem: Problem, current: Mapping[str, int], proposed: Mapping[str, int]
) -> tuple[Move, ...]:
    """Each compound ``proposed`` places otherwise than ``current``, with the reason as far as
    the schedules show it: a rule or the user fixed it; it was brought forward (its lateness
    counts against the objective, so urgency moves it first); it was put back, for more urgent
    compounds brought into its year, or else to keep the budgets and targets (the objective
    alone never puts a compound back); or no year could take it."""
    # The weights of the compounds each year gains: what a compound put back made room for.
    gained: dict[int, Counter[int]] = {}
    for c in problem.candidates:
        now = proposed.get(c.code)
        if now is not None and now != current.get(c.code):
            gained.setdefault(now, Counter())[problem.weight(c)] += 1
    moved = []
    for candidate in problem.candidates:
        was, now = current.get(candidate.code), proposed.get(candidate.code)
        if was != now:
            moved.append(
                Move(
                    compound=candidate.code,
                    was=was,
                    now=now,
                    reason=_reason(problem, candidate, was, now, gained),
                )
            )
    return tuple(moved)


def _reason(
    problem: Problem,
    candidate: Candidate,
    was: int | None,
    now: int | None,
    gained: Mapping[int, Counter[int]],
) -> str:
    level = candidate.level.code if candidate.level else "unassessed"
    if candidate.fixed is not None:
        return f"fixed to {candidate.fixed}: {candidate.why_fixed}"
    if now is None:
        return f"{level}: left out, as no year could take it within the budgets, targets and groups"
    if was is None:
        return f"{level}: placed in {now}"
    if now < was:
        return f"{level}: brought forward from {was} to {now}: urgency first (先急后缓)"
    weight = problem.weight(candidate)
    brought = sum(n for w, n in gained.get(was, Counter()).items() if w > weight)
    if brought:
        return (
            f"{level}: put back from {was} to {now}, making room in {was} for {brought} more "
            "urgent compound(s) brought into it"
        )
    return f"{level}: put back from {was} to {now} to keep the budgets and targets of both years"


@attrs.frozen(kw_only=True)
class Side:
    """One proposal of a comparison: its lateness and its budgets' and targets' standings."""

    lateness: int
    standings: tuple[Standing, ...]


@attrs.frozen(kw_only=True)
class Comparison:
    """Two proposals side by side (a what-if beside the first): each one's lateness and
    standings, and the compounds placed differently, with the year in each."""

    first: Side
    second: Side
    differ: tuple[tuple[str, int | None, int | None], ...]


def compare(
    first: tuple[Problem, Mapping[str, int]], second: tuple[Problem, Mapping[str, int]]
) -> Comparison:
    """``first`` and ``second`` (each a problem and its proposal) side by side."""
    return Comparison(
        first=Side(lateness=lateness(*first), standings=standings(*first)),
        second=Side(lateness=lateness(*second), standings=standings(*second)),
        differ=differences(first[1], second[1]),
    )


def differences(
    first: Mapping[str, int | None], second: Mapping[str, int | None]
) -> tuple[tuple[str, int | None, int | None], ...]:
    """The compounds two schedules place differently (None: left out, or not in it), by code,
    with the year in each."""
    return tuple(
        (code, first.get(code), second.get(code))
        for code in sorted(set(first) | set(second))
        if first.get(code) != second.get(code)
    )
