"""Drawing up the plan (科学编制): a proposal's problem stated from the register as it stands,
and the schedule a solver finds judged beside the plan it would replace.

The city draws up its plan, so a proposal is a city-wide act. The solver is not called here:
it runs for as long as its time limit, outside any transaction (see
``renovation_api.proposal_jobs``); this module states the problem before and judges the answer
after, both from core values.
"""

from collections.abc import Mapping
from decimal import Decimal

import attrs

import renovation_core as core
from renovation_api.services import register, resources, scope
from renovation_api.services.errors import NotFound
from renovation_api.services.unit_of_work import CompoundMoney, Stored, UnitOfWork
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.planning import (
    Inversion,
    Minimum,
    Move,
    Problem,
    Solution,
    Standing,
    Weights,
    inversions,
    lateness,
    moves,
    polish,
    problem_from,
    standings,
    street_years,
)

DRAWS = "draws up its plan"


@attrs.frozen(kw_only=True)
class Inputs:
    """What a proposal is asked under: compounds pinned to years, groups done together, the
    weights of delay, and a what-if's budget factor (0.9: every budget cut by a tenth) and
    targets beyond the published ones."""

    pinned: Mapping[str, int] = attrs.field(factory=dict)
    groups: tuple[tuple[str, ...], ...] = ()
    weights: Weights = attrs.field(factory=Weights)
    budget_factor: Decimal | None = None
    targets: tuple[Minimum, ...] = ()


@attrs.frozen(kw_only=True)
class Context:
    """The register a proposal was stated from, its problem, and the plan as it stands."""

    programme: core.Programme
    compounds: tuple[core.Compound, ...]
    plans: tuple[core.RenovationPlan, ...]
    problem: Problem
    current: Mapping[str, int]


@attrs.frozen(kw_only=True)
class Outcome:
    """A solver's answer beside the plan as it stands: lateness, streets' years of works and
    先急后缓 findings before and after, each compound moved with its reason, each inverted pair
    left with what forces it, each budget and target with what is planned."""

    solution: Solution
    lateness_current: int
    lateness_proposed: int | None
    street_years_current: int
    street_years_proposed: int | None
    inversions_current: int
    inversions_proposed: int | None
    moves: tuple[Move, ...]
    inverted: tuple[Inversion, ...]
    standings: tuple[Standing, ...]


async def context(uow: UnitOfWork, programme: str, inputs: Inputs) -> Context:
    """The proposal's problem, from the programme's register as it stands (the city's)."""
    scope.city(uow, DRAWS)
    found = await scope.programme(uow, programme)
    scope.every_district(uow.by, found)
    compounds, plans = await uow.register.whole(programme)
    problem = problem_from(
        found,
        compounds,
        plans,
        pinned=inputs.pinned,
        held=_held(await uow.money.compounds(programme, uow.by)),
        groups=inputs.groups,
        weights=inputs.weights,
    )
    if inputs.budget_factor is not None:
        problem = problem.with_budgets(inputs.budget_factor)
    districts = {d.code for d in found.districts}
    for i, target in enumerate(inputs.targets):
        if target.district is not None and target.district not in districts:
            raise FieldValueError(
                f"targets[{i}].district", f"{target.district} is not a district of {programme}"
            )
        problem = problem.with_target(target)
    return Context(
        programme=found,
        compounds=tuple(compounds),
        plans=tuple(plans),
        problem=problem,
        current={plan.compound: plan.year for plan in plans},
    )


def _held(money: list[CompoundMoney]) -> dict[str, str]:
    """The compounds a plan change by hand may not move (see ``register.move_plan``), and why:
    works under way, or a funding the bureaus have seen."""
    held = {}
    for one in money:
        if one.project is not None:
            held[one.compound.code] = "works under way"
        elif one.funding is not None and one.funding.holds_plan:
            held[one.compound.code] = "a funding gone for review"
    return held


def judged(context: Context, solution: Solution) -> Outcome:
    """The solution beside the plan as it stands (none of it for a problem with no schedule).
    One the time limit stopped is first polished (:func:`renovation_core.planning.polish`), so
    that no inversion is left that an exchange of years could undo."""
    problem = context.problem
    if solution.status is core.planning.Status.TIME_LIMIT:
        solution = attrs.evolve(solution, year_of=polish(problem, solution.year_of))
    proposed = solution.year_of
    found = bool(proposed) or solution.status is core.planning.Status.OPTIMAL
    return Outcome(
        solution=solution,
        lateness_current=lateness(problem, context.current),
        lateness_proposed=lateness(problem, proposed) if found else None,
        street_years_current=street_years(problem, context.current),
        street_years_proposed=street_years(problem, proposed) if found else None,
        inversions_current=_inversions(context, context.current),
        inversions_proposed=_inversions(context, proposed) if found else None,
        moves=moves(problem, context.current, proposed) if found else (),
        inverted=inversions(problem, proposed) if found else (),
        standings=standings(problem, proposed if found else context.current),
    )


@attrs.frozen(kw_only=True)
class Adopt:
    """A proposal's moves adopted for these compounds, in one transaction: each compound's
    (year it was proposed from, year proposed)."""

    programme: str
    proposal: int
    moves: Mapping[str, tuple[int, int]]


@attrs.frozen(kw_only=True)
class Adopted:
    """The compounds whose plans moved, each from its year to the proposal's."""

    proposal: int
    moved: tuple[tuple[str, int, int], ...]


async def adopt(command: Adopt, uow: UnitOfWork) -> Stored[Adopted]:
    """Move each compound's plan to its proposed year through the same guards as a plan
    changed by hand (a compound with works under way keeps its year; a funding gone for
    review keeps its plan's): one refused, none moves. A plan no longer in the year the
    proposal moved it from was changed since: the proposal is stale for it, and refused."""
    scope.city(uow, DRAWS)
    found = await scope.programme(uow, command.programme)
    scope.every_district(uow.by, found)
    if not await uow.proposals.hold(command.programme, command.proposal):
        raise NotFound(f"plan proposal {command.proposal}")  # withdrawn since it was read
    moved = []
    for code, (was, year) in sorted(command.moves.items()):
        _, stored = await register.stored_plan(uow, command.programme, code)
        if stored.value.year == year:
            continue
        if stored.value.year != was:
            raise RuleViolation(
                "proposal-stale",
                f"plan proposal {command.proposal} moves {code} from {was}, but its plan is now "
                f"in {stored.value.year}: ask for a new proposal",
            )
        await register.move_plan(uow, found, stored, attrs.evolve(stored.value, year=year))
        moved.append((code, was, year))
    # Recorded as the plans it moved and as itself; it is never changed, so it has no version.
    adopted = Stored(value=Adopted(proposal=command.proposal, moved=tuple(moved)), revision="")
    await uow.audit.record(
        "create",
        f"{resources.programme(command.programme)}/plan-proposals/{command.proposal}/adoption",
        after=adopted,
    )
    return adopted


async def proposed_tables(
    uow: UnitOfWork, programme: str, years: Mapping[str, int | None]
) -> tuple[core.Programme, tuple[core.TargetComparison, ...]]:
    """The published targets beside the register's plans with a proposal's ``years`` (None:
    left out, so not counted): the plan table the proposal would make."""
    scope.city(uow, DRAWS)
    found = await scope.programme(uow, programme)
    scope.every_district(uow.by, found)
    compounds, plans = await uow.register.whole(programme)
    moved = [
        attrs.evolve(p, year=year)
        for p in plans
        if (year := years.get(p.compound, p.year)) is not None
    ]
    return found, core.target_vs_actual(found, compounds, moved)


def _inversions(context: Context, year_of: Mapping[str, int]) -> int:
    """The 先急后缓 findings of the plans with these years (a compound left out keeps its own)."""
    plans = [attrs.evolve(p, year=year_of.get(p.compound, p.year)) for p in context.plans]
    return len(core.check_schedule(context.programme, context.compounds, plans))
