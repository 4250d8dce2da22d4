"""The register: the programme's compounds and each compound's one plan (一小区一方案).

A compound's and a plan's own rules are the core's (their invariants, their references into
the programme, the verdicts on a compound, what a project under way lets its plan change).
The rules that span records live here: a code names one compound, within the caller's scope;
a compound with a plan, or with residents' decisions kept as records, stays; a plan with a
project or a menu stays; and a plan's change carries its draft funding along.
"""

from decimal import Decimal

import attrs

import renovation_core as core
from renovation_api.services import funding, resources, scope
from renovation_api.services.changes import Expected, change, check
from renovation_api.services.errors import Changed, NotFound, OutsideScope
from renovation_api.services.unit_of_work import Published, Registered, Stored, UnitOfWork
from renovation_core.errors import DataError, FieldError, RuleViolation
from renovation_core.register.catalogue import Catalogue

# Compounds ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CompoundFilter:
    """What a list of compounds may be narrowed by; ``None`` means any."""

    district: str | None = None
    street: str | None = None
    community: str | None = None
    built_year_min: int | None = None
    built_year_max: int | None = None
    eligible: bool | None = None
    priority: core.PriorityLevel | None = None


@attrs.frozen(kw_only=True)
class RegisterCompound:
    programme: str
    compound: core.Compound


@attrs.frozen(kw_only=True)
class ReviseCompound:
    """New facts for a compound on record; its code stays."""

    programme: str
    compound: core.Compound
    expected: Expected | None = None


@attrs.frozen(kw_only=True)
class RemoveCompound:
    programme: str
    code: str
    expected: Expected | None = None


# How the residents' decisions a compound keeps as records are named.
_DECISIONS = {
    "votes": "owners' consent votes",
    "menu": "a menu with its orders",
    "responses": "survey responses",
}
# What a compound's district and street hold it to: records its officers made and read there.
_PLACED = {"project": "a project", "funding": "a funding gone for review", **_DECISIONS}


async def compound(uow: UnitOfWork, programme: str, code: str) -> Stored[Registered]:
    """The compound with its verdicts, if the caller may see it."""
    await scope.programme(uow, programme)
    found = await uow.compounds.entry(programme, code)
    if found is None or not scope.covers(uow, found.place):
        raise NotFound(f"compound {code!r} of programme {programme!r}")
    return found


async def compounds(
    uow: UnitOfWork,
    programme: str,
    where: CompoundFilter,
    by_priority: bool,
    after: tuple[object, ...] | None,
    limit: int,
) -> list[Stored[Registered]]:
    """A page of the compounds the caller may see, by code or in the renovation order (先急后缓:
    the most urgent first, then the oldest), after the position ``after``."""
    await scope.programme(uow, programme)
    return await uow.compounds.page(programme, where, uow.by, by_priority, after, limit)


def position(stored: Stored[Registered], by_priority: bool) -> tuple[object, ...]:
    """Where ``stored`` stands in a list in that order: what a page after it starts after."""
    code = stored.value.compound.code
    if by_priority:
        return (stored.value.urgency, stored.value.compound.built_year, code)
    return (code,)


def _judged(uow: UnitOfWork, programme: core.Programme, compound: core.Compound) -> Registered:
    """The compound with the core's verdicts, if it lies in the programme, within the
    caller's scope."""
    errors = [
        *core.compound_reference_errors(programme, compound),
        *compound.timeline_errors(uow.today),
    ]
    if errors:
        raise DataError(errors)
    scope.within(uow, compound.district, compound.street)
    return Registered.judged(programme, compound)


async def register_compound(command: RegisterCompound, uow: UnitOfWork) -> Stored[Registered]:
    """Record a compound with the core's verdicts on it, under a code no other has. A code on
    record outside the caller's scope is refused as out of scope, never saying where it is."""
    programme, new = command.programme, command.compound
    entry = _judged(uow, await scope.programme(uow, programme), new)
    taken = await uow.compounds.place(programme, new.code)
    if taken is not None and not scope.covers(uow, taken):
        raise OutsideScope(
            f"compound code {new.code!r} is outside your scope: choose another", ("code",)
        )
    if taken is not None:
        raise RuleViolation(
            "duplicate",
            f"compound code {new.code!r} is already in the register",
            [FieldError(path="code", message="already in the register")],
        )
    created = await uow.compounds.enter(programme, entry)
    await uow.audit.record("create", resources.compound(programme, new.code), after=created)
    return created


async def revise_compound(command: ReviseCompound, uow: UnitOfWork) -> Stored[Registered]:
    """Replace the compound's facts; the core judges them again. Its district or street may
    be corrected only while no record made there rests on it (a project, a funding gone for
    review, residents' decisions, a leader's pairing): such records would follow it out of
    sight of those who made and answer for them. The caller's precondition and scope are
    checked first."""
    programme, code = command.programme, command.compound.code
    stored = await compound(uow, programme, code)
    found = await scope.programme(uow, programme)
    check(command.expected, stored)
    judged = _judged(uow, found, command.compound)
    was, now = stored.value.compound, command.compound
    if (was.district, was.street) != (now.district, now.street):
        kept = await uow.compounds.kept(programme, code)
        placed = [words for kind, words in _PLACED.items() if kind in kept]
        placed += [f"leaders' pairing {n}" for n in await _pairings(uow, programme, stored)]
        if placed:
            raise RuleViolation(
                "placed",
                f"compound {code!r} has {', '.join(placed)} in its district and street, "
                "which would move with it: it stays where they were made",
            )
    return await change(
        uow,
        stored,
        None,
        lambda _: judged,
        uow.compounds.save,
        "replace",
        resources.compound(programme, code),
    )


async def remove_compound(command: RemoveCompound, uow: UnitOfWork) -> None:
    """Remove a compound from the register: not while it has a plan (remove that first) or a
    leader's pairing names it (end that first), nor ever once residents' decisions about it
    are on record, which are kept."""
    programme, code = command.programme, command.code
    stored = await compound(uow, programme, code)
    check(command.expected, stored)
    if await uow.plans.get(programme, code) is not None:
        raise RuleViolation(
            "has-plan", f"compound {code!r} has a renovation plan; delete the plan first"
        )
    paired = await _pairings(uow, programme, stored)
    if paired:
        raise RuleViolation(
            "paired",
            f"compound {code!r} is named by leaders' pairing {paired[0]}; end the pairing first",
        )
    kept = await uow.compounds.kept(programme, code)
    decisions = [words for kind, words in _DECISIONS.items() if kind in kept]
    if decisions:
        raise RuleViolation(
            "has-decisions",
            f"compound {code!r} has {', '.join(decisions)}, which are kept as records",
        )
    if not await uow.compounds.delete(stored):
        raise Changed()
    await uow.audit.record("delete", resources.compound(programme, code), before=stored)


async def _pairings(uow: UnitOfWork, programme: str, stored: Stored[Registered]) -> list[object]:
    """The leaders' pairings that name the compound (those of its district)."""
    district = stored.place.district if stored.place else None
    code = stored.value.compound.code
    return [
        s.ref for s in await uow.pairings.every(programme, district) if code in s.value.compounds
    ]


# Plans -------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Plan:
    """A compound's plan with the catalogue its items are drawn from, which names their
    categories and labels: a plan as a client reads it."""

    plan: core.RenovationPlan
    catalogue: Catalogue


@attrs.frozen(kw_only=True)
class PlanFacts:
    year: int
    items: tuple[str, ...]
    investment_yuan: Decimal


@attrs.frozen(kw_only=True)
class SetPlan:
    programme: str
    compound: str
    facts: PlanFacts


@attrs.frozen(kw_only=True)
class RevisePlan:
    programme: str
    compound: str
    facts: PlanFacts
    expected: Expected | None = None


@attrs.frozen(kw_only=True)
class RemovePlan:
    programme: str
    compound: str
    expected: Expected | None = None


def shown(stored: Stored[core.RenovationPlan], programme: core.Programme) -> Stored[Plan]:
    """The stored plan as a client reads it."""
    value = Plan(plan=stored.value, catalogue=programme.catalogue)
    return Stored(value=value, revision=stored.revision, place=stored.place, ref=stored.ref)


def _plan(programme: core.Programme, compound: str, facts: PlanFacts) -> core.RenovationPlan:
    """The plan, if its year is the programme's and its items are in the catalogue."""
    plan = core.RenovationPlan(
        compound=compound,
        year=facts.year,
        items=facts.items,
        investment_yuan=facts.investment_yuan,
    )
    errors = list(core.plan_reference_errors(programme, plan))
    if errors:
        raise DataError(errors)
    return plan


async def stored_plan(
    uow: UnitOfWork, programme: str, code: str
) -> tuple[core.Programme, Stored[core.RenovationPlan]]:
    """The programme and the compound's plan, if the caller may see the compound."""
    found = await scope.programme(uow, programme)
    await scope.compound(uow, programme, code)
    stored = await uow.plans.get(programme, code)
    if stored is None:
        raise NotFound(f"a plan for compound {code!r}")
    return found, stored


async def plan(uow: UnitOfWork, programme: str, code: str) -> Stored[Plan]:
    """The compound's plan with its items' categories."""
    found, stored = await stored_plan(uow, programme, code)
    return shown(stored, found)


async def set_plan(command: SetPlan, uow: UnitOfWork) -> Stored[Plan]:
    """Create the compound's one plan."""
    programme, code = command.programme, command.compound
    found = await scope.programme(uow, programme)
    await scope.compound(uow, programme, code)
    new = _plan(found, code, command.facts)
    if await uow.plans.get(programme, code) is not None:
        raise RuleViolation(
            "plan-exists", f"compound {code!r} has a plan (一小区一方案); update it instead"
        )
    created = shown(await uow.plans.add(programme, code, new), found)
    await uow.audit.record("create", resources.plan(programme, code), after=created)
    return created


async def move_plan(
    uow: UnitOfWork,
    programme: core.Programme,
    stored: Stored[core.RenovationPlan],
    new: core.RenovationPlan,
) -> Stored[Plan]:
    """Replace the stored plan by ``new``, as the compound's live project lets it (the core's
    rule) and with its draft funding carried along, audited: the plan as saved (as stored, if
    ``new`` is the same plan). Every change of a plan (its revision, a menu's confirmation)
    goes through here."""
    if new == stored.value:
        return shown(stored, programme)
    code = new.compound
    live = await uow.projects.live(programme.code, code)
    if live is not None:
        live.value.check_plan(new)
    revision = await uow.plans.save(stored, new)
    if revision is None:
        raise Changed()
    await funding.follow_plan(uow, programme.code, code, new)
    saved = attrs.evolve(stored, value=new, revision=revision)
    await uow.audit.record(
        "replace",
        resources.plan(programme.code, code),
        before=shown(stored, programme),
        after=shown(saved, programme),
    )
    return shown(saved, programme)


async def revise_plan(command: RevisePlan, uow: UnitOfWork) -> Stored[Plan]:
    """Replace the plan's year, items and estimate."""
    found, stored = await stored_plan(uow, command.programme, command.compound)
    check(command.expected, stored)
    return await move_plan(uow, found, stored, _plan(found, command.compound, command.facts))


async def remove_plan(command: RemovePlan, uow: UnitOfWork) -> None:
    """Remove the plan (the compound stays) with its draft funding: not once a project rests on
    it, nor a menu drawn from it, nor a funding gone for review."""
    programme, code = command.programme, command.compound
    found, stored = await stored_plan(uow, programme, code)
    check(command.expected, stored)
    kept = await uow.compounds.kept(programme, code)
    if "project" in kept:
        raise RuleViolation(
            "has-project", f"compound {code!r} has a project, whose record rests on this plan"
        )
    if "menu" in kept:
        raise RuleViolation(
            "has-menu", f"compound {code!r} has a menu drawn from this plan, kept with its orders"
        )
    await funding.follow_plan(uow, programme, code, None)
    if not await uow.plans.delete(stored):
        raise Changed()
    await uow.audit.record("delete", resources.plan(programme, code), before=shown(stored, found))


# Programmes --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class LoadProgramme:
    dataset: core.Dataset


async def programme(uow: UnitOfWork, code: str) -> Stored[Published]:
    found = await uow.programmes.stored(code)
    if found is None or not scope.reaches(uow, found.value.programme.city.code):
        raise NotFound(f"programme {code!r}")
    return found


async def programmes(uow: UnitOfWork, after: str | None, limit: int) -> list[Stored[Published]]:
    """The programmes of the cities within the caller's region."""
    return await uow.programmes.page(after, limit, scope.region(uow))


async def load_programme(command: LoadProgramme, uow: UnitOfWork) -> Stored[Published]:
    """Store a whole programme file, and record who loaded it; a code already held is
    refused (a programme never changes once stored), as is a compound whose past is not past
    on the day it is loaded."""
    found = command.dataset.programme
    code, city = found.code, found.city.code
    if not scope.reaches(uow, city):
        raise OutsideScope(f"city {city} is outside the region of this caller", ("programme.city",))
    errors = [
        FieldError(path=f"compounds[{n}].{e.path}", message=e.message)
        for n, compound in enumerate(command.dataset.compounds)
        for e in compound.timeline_errors(uow.today)
    ]
    if errors:
        raise DataError(errors)
    if await uow.programmes.get(code) is not None:
        raise RuleViolation("duplicate", f"a programme with code {code!r} already exists")
    for year in found.years:
        if declared := await uow.declarations.of_year(year, city):
            region, month = next(iter(declared))
            raise RuleViolation(
                "declared-here",
                f"region {region} declared its figures for {month}: a programme kept here "
                "would compute them instead (one truth per row)",
            )
    loaded = await uow.programmes.add(command.dataset)
    await uow.audit.record("create", resources.programme(code), after=loaded)
    return loaded
