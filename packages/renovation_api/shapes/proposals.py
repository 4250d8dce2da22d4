"""Plan proposals as clients send and read them: what a proposal is asked under, and what the
solver found beside the plan as it stands."""

import datetime
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec

from renovation_api.fields import (
    DECIMAL_LENGTH,
    INT32,
    POSITIVE_PATTERN,
    Code,
    DistrictCode,
    Name,
    Note,
    TotalCount,
    Year,
    text,
)
from renovation_api.services.planning import Adopted, Inputs, Outcome
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body
from renovation_api.views import view
from renovation_core.errors import FieldValueError
from renovation_core.planning import Inversion, Limit, Minimum, Weights, differences

MAX_PINS = 10_000
MAX_GROUPS, MAX_GROUP_SIZE = 1_000, 200
MAX_SECONDS = 300
MAX_LISTED = 1_000_000  # compounds, moves and standings of a proposal: bounded by the register
Weight = Annotated[int, msgspec.Meta(ge=1, le=100)]
Factor = Annotated[
    str,
    msgspec.Meta(
        max_length=8,
        pattern=r"^(0\.[0-9]{0,3}[1-9]|[1-9](\.[0-9]{1,4})?)$",
        description="A what-if: every budget times this factor (0.9: a tenth cut), more than "
        "0 and under 10, to 4 places.",
        examples=["0.9"],
    ),
]
Decimal_ = Annotated[
    str,
    msgspec.Meta(
        max_length=40,
        pattern=r"^-?[0-9]+(\.[0-9]+)?$",
        description="An exact decimal: yuan for a budget, the figure's unit for a target.",
    ),
]


Least = Annotated[
    str,
    msgspec.Meta(
        max_length=DECIMAL_LENGTH,
        pattern=POSITIVE_PATTERN,
        description="Above zero, as an exact decimal string: compounds, buildings or "
        "households, or m² to 2 places.",
        examples=["60"],
    ),
]


class PinIn(Body):
    compound: Code
    year: Year


StreetYear = Annotated[
    str,
    msgspec.Meta(
        max_length=8,
        pattern=r"^(0|[1-9][0-9]{0,2})(\.[0-9]{1,4})?$",
        description="What each year in which a street has works costs (连片改造), against 1 for "
        "a normal compound's year of delay: 0 (the default) leaves streets out of the "
        "objective; 0.01 lets grouping decide between schedules equally urgent. Up to 999, "
        "to 4 places.",
        examples=["0.01"],
    ),
]


class WeightsIn(Body):
    """The objective's prices: what a year's delay costs per priority level (unassessed
    compounds weigh as normal), and each street's year of works."""

    urgent: Weight = 4
    high: Weight = 2
    normal: Weight = 1
    street_year: StreetYear = "0"


class TargetIn(Body):
    """A target beyond the published ones (a what-if): at least ``at_least`` of ``figure`` in
    ``year``, in ``district`` or (none) the city."""

    year: Year
    figure: Literal["compounds", "buildings", "households", "floor_area_m2"]
    at_least: Least
    district: DistrictCode | None = None


class ProposalIn(Body):
    """What a proposal is asked under: how long the solver may take, compounds the user pins
    to a year, groups done together (连片改造), the weights of delay, and a what-if's budget
    factor. Everything else comes from the programme and its register as they stand."""

    time_limit_seconds: Annotated[int, msgspec.Meta(ge=1, le=MAX_SECONDS)] = 30
    pinned: Annotated[list[PinIn], msgspec.Meta(max_length=MAX_PINS)] = msgspec.field(
        default_factory=list
    )
    groups: Annotated[
        list[Annotated[list[Code], msgspec.Meta(min_length=2, max_length=MAX_GROUP_SIZE)]],
        msgspec.Meta(max_length=MAX_GROUPS),
    ] = msgspec.field(default_factory=list)
    weights: WeightsIn = msgspec.field(default_factory=WeightsIn)
    budget_factor: Factor | None = None
    targets: Annotated[list[TargetIn], msgspec.Meta(max_length=MAX_GROUPS)] = msgspec.field(
        default_factory=list
    )


def inputs_of(body: ProposalIn) -> Inputs:
    pinned: dict[str, int] = {}
    for i, pin in enumerate(body.pinned):
        if pin.compound in pinned:
            raise FieldValueError(f"pinned[{i}].compound", f"{pin.compound} is pinned twice")
        pinned[pin.compound] = pin.year
    return Inputs(
        pinned=pinned,
        groups=tuple(tuple(group) for group in body.groups),
        weights=Weights(
            urgent=body.weights.urgent,
            high=body.weights.high,
            normal=body.weights.normal,
            street_year=Decimal(body.weights.street_year),
        ),
        budget_factor=None if body.budget_factor is None else Decimal(body.budget_factor),
        targets=tuple(
            Minimum(year=t.year, district=t.district, figure=t.figure, at_least=Decimal(t.at_least))
            for t in body.targets
        ),
    )


class ProposedYear(msgspec.Struct, kw_only=True):
    compound: Code
    year: Year | None  # None: left out of the programme


class MoveOut(msgspec.Struct, kw_only=True):
    compound: Code
    was: Year | None
    now: Year | None
    reason: Note


class InversionOut(msgspec.Struct, kw_only=True):
    """先急后缓 left in the proposal: ``compound``, placed after ``before`` less urgent
    compounds of its district; the constraints that exchanging its year with theirs would
    break (the 3 that do so most often, in words); and those nothing forces (none, unless the
    weights price streets above the delay)."""

    compound: Code
    year: Year
    before: TotalCount
    forced_by: Annotated[list[Note], msgspec.Meta(max_length=3)]
    unforced: Annotated[list[Code], msgspec.Meta(max_length=MAX_LISTED)]


class StandingOut(msgspec.Struct, kw_only=True):
    """A budget (``investment_yuan``, a ceiling) or a target figure (a floor) of a year, for a
    district or (``district`` null) the city, beside what the proposal plans against it."""

    year: Year
    district: DistrictCode | None
    figure: Literal["investment_yuan", "compounds", "buildings", "households", "floor_area_m2"]
    bound: Decimal_
    planned: Decimal_
    kept: bool


class ResultOut(msgspec.Struct, kw_only=True):
    """What the solver found: ``status`` optimal, time_limit (the best in time, ``gap`` from
    the best bound), no_solution (none in time) or infeasible (with the ``conflicts``: an
    irreducible set of the constraints, in words, where ``minimal``). Beside the plan as it
    stands, the objective's parts (the urgency-weighted lateness, and the years in which each
    street has works, summed) and the 先急后缓 findings before and after; each compound's
    proposed year, each one moved with the reason, each one left after less urgent compounds
    with what forces it, and every budget and target with what is planned. (A proposal made
    before streets and inversions were counted shows null and none.)"""

    status: Literal["optimal", "time_limit", "no_solution", "infeasible"]
    gap: Annotated[float, msgspec.Meta(ge=0)] | None
    lateness_current: TotalCount
    lateness_proposed: TotalCount | None
    inversions_current: TotalCount
    inversions_proposed: TotalCount | None
    years: Annotated[list[ProposedYear], msgspec.Meta(max_length=MAX_LISTED)]
    moves: Annotated[list[MoveOut], msgspec.Meta(max_length=MAX_LISTED)]
    standings: Annotated[list[StandingOut], msgspec.Meta(max_length=MAX_LISTED)]
    conflicts: Annotated[list[Note], msgspec.Meta(max_length=MAX_LISTED)]
    minimal: bool
    street_years_current: TotalCount | None = None
    street_years_proposed: TotalCount | None = None
    inverted: Annotated[list[InversionOut], msgspec.Meta(max_length=MAX_LISTED)] = msgspec.field(
        default_factory=list
    )


class ProposalOut(msgspec.Struct, kw_only=True):
    """A plan proposal: while ``running``, what it was asked; once ``done``, its result; or
    ``failed``, with why."""

    id: Annotated[int, msgspec.Meta(ge=1, le=INT32)]
    status: Literal["running", "done", "failed"]
    inputs: ProposalIn
    submitted_by: Name
    submitted_at: datetime.datetime
    finished_at: datetime.datetime | None
    result: ResultOut | None
    failure: Note | None


class SideOut(msgspec.Struct, kw_only=True):
    """One proposal of a comparison: what it was asked, and what it found."""

    id: Annotated[int, msgspec.Meta(ge=1, le=INT32)]
    inputs: ProposalIn
    result: ResultOut


class DifferenceOut(msgspec.Struct, kw_only=True):
    compound: Code
    first: Year | None  # None: left out
    second: Year | None


class ComparisonOut(msgspec.Struct, kw_only=True):
    """Two proposals side by side (a what-if beside the first), and the compounds they place
    differently."""

    first: SideOut
    second: SideOut
    differ: Annotated[list[DifferenceOut], msgspec.Meta(max_length=MAX_LISTED)]


def comparison_out(first: SideOut, second: SideOut) -> ComparisonOut:
    def years(side: SideOut) -> dict[str, int | None]:
        return {y.compound: y.year for y in side.result.years}

    return ComparisonOut(
        first=first,
        second=second,
        differ=[
            DifferenceOut(compound=code, first=a, second=b)
            for code, a, b in differences(years(first), years(second))
        ],
    )


class AdoptionIn(Body):
    """The compounds whose proposed years are adopted; null: every compound the proposal
    moves (one it leaves out keeps its plan)."""

    compounds: Annotated[list[Code], msgspec.Meta(min_length=1, max_length=MAX_PINS)] | None = None


class PlanMove(msgspec.Struct, kw_only=True):
    compound: Code
    was: Year
    now: Year


class AdoptedOut(msgspec.Struct, kw_only=True):
    """The plans an adoption moved, each from its year to the proposal's."""

    proposal: Annotated[int, msgspec.Meta(ge=1, le=INT32)]
    moved: Annotated[list[PlanMove], msgspec.Meta(max_length=MAX_LISTED)]


@view(Adopted)
def show_adopted(stored: Stored[Adopted]) -> AdoptedOut:
    return AdoptedOut(
        proposal=stored.value.proposal,
        moved=[PlanMove(compound=c, was=was, now=now) for c, was, now in stored.value.moved],
    )


def result_out(outcome: Outcome, codes: list[str]) -> ResultOut:
    solution = outcome.solution
    return ResultOut(
        status=solution.status.value,
        gap=None if solution.gap == float("inf") else solution.gap,
        lateness_current=outcome.lateness_current,
        lateness_proposed=outcome.lateness_proposed,
        inversions_current=outcome.inversions_current,
        inversions_proposed=outcome.inversions_proposed,
        street_years_current=outcome.street_years_current,
        street_years_proposed=outcome.street_years_proposed,
        years=[ProposedYear(compound=c, year=solution.year_of.get(c)) for c in codes]
        if outcome.lateness_proposed is not None
        else [],
        moves=[
            MoveOut(compound=m.compound, was=m.was, now=m.now, reason=m.reason)
            for m in outcome.moves
        ],
        standings=[
            StandingOut(
                year=s.constraint.year,
                district=s.constraint.district,
                figure=_figure(s.constraint),  # type: ignore[arg-type]
                bound=text(
                    s.constraint.yuan if isinstance(s.constraint, Limit) else s.constraint.at_least
                ),
                planned=text(s.planned),
                kept=s.kept,
            )
            for s in outcome.standings
        ],
        conflicts=list(solution.conflicts),
        minimal=solution.minimal,
        inverted=_inverted(outcome.inverted),
    )


def _inverted(pairs: Sequence[Inversion]) -> list[InversionOut]:
    """The inverted pairs by the compound placed after the others."""
    by_compound: dict[tuple[str, int], list[Inversion]] = {}
    for pair in pairs:
        by_compound.setdefault((pair.later, pair.later_year), []).append(pair)
    return [
        InversionOut(
            compound=code,
            year=year,
            before=len(its),
            forced_by=[
                words
                for words, _ in Counter(p.forced_by for p in its if p.forced_by).most_common(3)
            ],
            unforced=[p.earlier for p in its if p.forced_by is None],
        )
        for (code, year), its in sorted(by_compound.items())
    ]


def _figure(constraint: Any) -> str:
    return "investment_yuan" if isinstance(constraint, Limit) else str(constraint.figure)
