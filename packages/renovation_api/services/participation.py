"""Participation: residents decide. A compound's households, its renovation committee, the menu
its households order from, its owners' consent votes, and the surveys that judge the result.

Each record's rules are the core's. The rules that span records live here: votes, committees
and orders are the compound's households' (none before its register); a committee cannot be
re-dated after something relied on it being formed; a confirmed menu becomes its plan's items;
a survey is the staff's until its results are published, and a response is a household's of a
compound within the caller's scope.
"""

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Generic, TypeVar

import attrs

import renovation_core as core
from renovation_api.services import register, resources, scope
from renovation_api.services.changes import Expected, Save, change, check
from renovation_api.services.errors import Changed, NotFound
from renovation_api.services.unit_of_work import Action, CompoundRecords, Stored, UnitOfWork
from renovation_core.delivery import Stage
from renovation_core.errors import DataError, FieldError, RuleViolation
from renovation_core.funding import Ledger
from renovation_core.participation import (
    Answer,
    CategoryLimit,
    Choice,
    Committee,
    ConsentVote,
    HouseholdRegister,
    Matter,
    Menu,
    Results,
    Scope,
    Survey,
)
from renovation_core.participation import Response as Given
from renovation_core.participation.surveys import MAX_SURVEYS

T = TypeVar("T")


# What the API shows: a compound's record under the compound's code --------------------------


@attrs.frozen(kw_only=True)
class OfCompound(Generic[T]):
    """A compound's record as it is shown and audited: under its compound's code, which the
    record itself does not hold."""

    compound: str
    record: T


@attrs.frozen(kw_only=True)
class CompoundHouseholds(OfCompound[HouseholdRegister]):
    pass


@attrs.frozen(kw_only=True)
class CompoundCommittee(OfCompound[Committee]):
    pass


@attrs.frozen(kw_only=True)
class CompoundMenu(OfCompound[Menu]):
    """The menu, with the programme's catalogue that labels its items."""

    catalogue: core.Catalogue


@attrs.frozen(kw_only=True)
class Vote(OfCompound[ConsentVote]):
    """A consent vote, numbered from 1 within its compound."""

    number: int


@attrs.frozen(kw_only=True)
class Recorded:
    """A household's response as told back: that it is recorded, never what it answered."""

    survey: str
    response: Given


W = TypeVar("W", bound=OfCompound[Any])


def _as(stored: Stored[Any], shown: W) -> Stored[W]:
    return attrs.evolve(stored, value=shown)


async def _change(
    uow: UnitOfWork,
    stored: Stored[W],
    expected: Expected | None,
    apply: Callable[[Any], Any],
    save: Save[Any],
    action: Action,
    resource: str,
) -> Stored[W]:
    """``changes.change`` of a record shown under its compound: ``apply`` changes the core's
    record, which is what is saved; the shown one is what is audited and returned."""

    async def saving(shown: Stored[W], after: W) -> str | None:
        return await save(_as(shown, shown.value.record), after.record)

    return await change(
        uow,
        stored,
        expected,
        lambda shown: attrs.evolve(shown, record=apply(shown.record)),
        saving,
        action,
        resource,
    )


# Households and the committee ----------------------------------------------------------------


@attrs.frozen(kw_only=True)
class SetHouseholds:
    """Replace the compound's household register whole (or record its first)."""

    programme: str
    compound: str
    register: HouseholdRegister
    expected: Expected | None = None


@attrs.frozen(kw_only=True)
class SetCommittee:
    """Form the compound's renovation committee, or replace it whole."""

    programme: str
    compound: str
    committee: Committee
    expected: Expected | None = None


async def _compound(uow: UnitOfWork, programme: str, code: str) -> None:
    await scope.programme(uow, programme)
    await scope.compound(uow, programme, code)


async def _register(uow: UnitOfWork, programme: str, code: str) -> HouseholdRegister:
    """The compound's households: votes, committees and orders are theirs, so none is taken
    before the register is recorded."""
    found = await uow.households.get(programme, code)
    if found is None:
        raise RuleViolation("no-households", f"compound {code!r} needs its households first")
    return found.value


async def households(uow: UnitOfWork, programme: str, code: str) -> Stored[CompoundHouseholds]:
    await _compound(uow, programme, code)
    found = await uow.households.get(programme, code)
    if found is None:
        raise NotFound(f"the households of compound {code!r}")
    return _as(found, CompoundHouseholds(compound=code, record=found.value))


async def committee(uow: UnitOfWork, programme: str, code: str) -> Stored[CompoundCommittee]:
    await _compound(uow, programme, code)
    found = await uow.committees.get(programme, code)
    if found is None:
        raise NotFound(f"the committee of compound {code!r}")
    return _as(found, CompoundCommittee(compound=code, record=found.value))


async def _set(
    uow: UnitOfWork,
    repository: CompoundRecords[T],
    programme: str,
    code: str,
    expected: Expected | None,
    shown: Callable[[T], W],
    value: T,
    resource: str,
) -> Stored[W]:
    """Record the compound's one record of ``repository``, or replace the one there
    (``expected`` speaks only of a record there is)."""
    held = await repository.hold(programme, code)
    if held is not None:
        return await _change(
            uow,
            _as(held, shown(held.value)),
            expected,
            lambda _: value,
            repository.save,
            "replace",
            resource,
        )
    created = _as(await repository.add(programme, code, value), shown(value))
    await uow.audit.record("create", resource, after=created)
    return created


async def set_households(command: SetHouseholds, uow: UnitOfWork) -> Stored[CompoundHouseholds]:
    """Votes already open keep the electorate they opened with."""
    programme, code = command.programme, command.compound
    await _compound(uow, programme, code)
    return await _set(
        uow,
        uow.households,
        programme,
        code,
        command.expected,
        lambda r: CompoundHouseholds(compound=code, record=r),
        command.register,
        resources.households(programme, code),
    )


async def _relied_on(uow: UnitOfWork, programme: str, code: str) -> datetime.date | None:
    """The first day something relied on the committee being formed: the design's start, or
    the confirmation of the plan the residents ordered."""
    days = []
    live = await uow.projects.live(programme, code)
    designing = live.value.reached(Stage.DESIGNING) if live is not None else None
    if designing is not None:
        days.append(designing.on)
    menu = await uow.menus.get(programme, code)
    if menu is not None and menu.value.confirmed_on is not None:
        days.append(menu.value.confirmed_on)
    return min(days, default=None)


async def set_committee(command: SetCommittee, uow: UnitOfWork) -> Stored[CompoundCommittee]:
    """The committee is households of the compound, formed by today and no later than the
    first day something relied on it (the core's ``check``)."""
    programme, code = command.programme, command.compound
    await _compound(uow, programme, code)
    register = await _register(uow, programme, code)
    command.committee.check(register, uow.today, await _relied_on(uow, programme, code))
    return await _set(
        uow,
        uow.committees,
        programme,
        code,
        command.expected,
        lambda c: CompoundCommittee(compound=code, record=c),
        command.committee,
        resources.committee(programme, code),
    )


# Consent votes -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class OpenVote:
    programme: str
    compound: str
    matter: Matter
    scope: Scope
    opened_on: datetime.date


@attrs.frozen(kw_only=True)
class VoteKey:
    programme: str
    compound: str
    number: int


@attrs.frozen(kw_only=True)
class VoteCommand:
    vote: VoteKey
    expected: Expected | None = None


@attrs.frozen(kw_only=True)
class CastBallot(VoteCommand):
    household: str
    choice: Choice
    cast_on: datetime.date
    paper_reference: str | None = None


@attrs.frozen(kw_only=True)
class CloseVote(VoteCommand):
    on: datetime.date


def _vote(stored: Stored[ConsentVote], code: str, number: int) -> Stored[Vote]:
    return _as(stored, Vote(compound=code, number=number, record=stored.value))


async def open_vote(command: OpenVote, uow: UnitOfWork) -> Stored[Vote]:
    """Open a vote among the owners of the scope, its electorate fixed from the household
    register as it is now."""
    programme, code = command.programme, command.compound
    await _compound(uow, programme, code)
    register = await _register(uow, programme, code)
    vote = ConsentVote.open(
        command.matter, command.scope, register.households, on=command.opened_on, today=uow.today
    )
    number, stored = await uow.votes.add(programme, code, vote)
    opened = _vote(stored, code, number)
    await uow.audit.record("create", resources.vote(programme, code, number), after=opened)
    return opened


async def votes(uow: UnitOfWork, programme: str, code: str) -> list[Stored[Vote]]:
    await _compound(uow, programme, code)
    return [_vote(s, code, n) for n, s in await uow.votes.numbered(programme, code)]


async def vote(uow: UnitOfWork, key: VoteKey) -> Stored[Vote]:
    await _compound(uow, key.programme, key.compound)
    found = await uow.votes.get(key.programme, key.compound, key.number)
    if found is None:
        raise NotFound(f"consent vote {key.number} of compound {key.compound!r}")
    return _vote(found, key.compound, key.number)


async def _on_vote(
    uow: UnitOfWork,
    command: VoteCommand,
    action: Action,
    apply: Callable[[ConsentVote], ConsentVote],
) -> Stored[Vote]:
    key = command.vote
    await _compound(uow, key.programme, key.compound)
    held = await uow.votes.hold(key.programme, key.compound, key.number)
    if held is None:
        raise NotFound(f"consent vote {key.number} of compound {key.compound!r}")
    return await _change(
        uow,
        _vote(held, key.compound, key.number),
        command.expected,
        apply,
        uow.votes.save,
        action,
        resources.vote(key.programme, key.compound, key.number),
    )


async def cast_ballot(command: CastBallot, uow: UnitOfWork) -> Stored[Vote]:
    """An owner's ballot, once per owner however many units they hold (the core's rule)."""
    return await _on_vote(
        uow,
        command,
        "vote",
        lambda v: v.cast(
            command.household,
            command.choice,
            on=command.cast_on,
            today=uow.today,
            paper_reference=command.paper_reference,
        ),
    )


async def close_vote(command: CloseVote, uow: UnitOfWork) -> Stored[Vote]:
    return await _on_vote(uow, command, "close", lambda v: v.close(command.on, uow.today))


# The menu ------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class OpenMenu:
    """``offered``: catalogue items by code, each with its cost under a budget cap."""

    programme: str
    compound: str
    offered: tuple[tuple[str, Decimal | None], ...]
    opened_on: datetime.date
    limits: tuple[CategoryLimit, ...] = ()
    budget_cap_yuan: Decimal | None = None


@attrs.frozen(kw_only=True)
class MenuCommand:
    programme: str
    compound: str
    expected: Expected | None = None


@attrs.frozen(kw_only=True)
class PlaceOrder(MenuCommand):
    household: str
    items: tuple[str, ...]
    placed_on: datetime.date
    paper_reference: str | None = None


@attrs.frozen(kw_only=True)
class CloseMenu(MenuCommand):
    on: datetime.date


@attrs.frozen(kw_only=True)
class ConfirmMenu(MenuCommand):
    on: datetime.date


def _menu(stored: Stored[Menu], code: str, programme: core.Programme) -> Stored[CompoundMenu]:
    return _as(
        stored, CompoundMenu(compound=code, record=stored.value, catalogue=programme.catalogue)
    )


async def open_menu(command: OpenMenu, uow: UnitOfWork) -> Stored[CompoundMenu]:
    """The compound's one menu, drawn from its plan: every basic item of the plan is on it."""
    programme, code = command.programme, command.compound
    found, plan = await register.stored_plan(uow, programme, code)
    if await uow.menus.get(programme, code) is not None:
        raise RuleViolation("menu-exists", f"compound {code!r} has its menu (one per compound)")
    menu = Menu.drawn_from(
        found.catalogue,
        plan.value,
        command.offered,
        opened_on=command.opened_on,
        today=uow.today,
        limits=command.limits,
        budget_cap_yuan=command.budget_cap_yuan,
    )
    opened = _menu(await uow.menus.add(programme, code, menu), code, found)
    await uow.audit.record("create", resources.menu(programme, code), after=opened)
    return opened


async def menu(uow: UnitOfWork, programme: str, code: str) -> Stored[CompoundMenu]:
    found, _ = await register.stored_plan(uow, programme, code)
    stored = await uow.menus.get(programme, code)
    if stored is None:
        raise NotFound(f"a menu for compound {code!r}")
    return _menu(stored, code, found)


async def _held_menu(
    uow: UnitOfWork, command: MenuCommand
) -> tuple[core.Programme, Stored[core.RenovationPlan], Stored[CompoundMenu]]:
    found, plan = await register.stored_plan(uow, command.programme, command.compound)
    held = await uow.menus.hold(command.programme, command.compound)
    if held is None:
        raise NotFound(f"a menu for compound {command.compound!r}")
    return found, plan, _menu(held, command.compound, found)


async def _on_menu(
    uow: UnitOfWork, command: MenuCommand, action: Action, apply: Callable[[Menu], Menu]
) -> Stored[CompoundMenu]:
    _, _, held = await _held_menu(uow, command)
    return await _change(
        uow,
        held,
        command.expected,
        apply,
        uow.menus.save,
        action,
        resources.menu(command.programme, command.compound),
    )


async def place_order(command: PlaceOrder, uow: UnitOfWork) -> Stored[CompoundMenu]:
    """The household's one order, replacing its earlier one; the household must be the
    compound's."""
    programme, code = command.programme, command.compound
    _, _, held = await _held_menu(uow, command)
    check(command.expected, held)
    register = await _register(uow, programme, code)
    if not register.holds(command.household):
        raise NotFound(f"household {command.household} of compound {code!r}")
    return await _change(
        uow,
        held,
        None,
        lambda m: m.place(
            command.household,
            command.items,
            on=command.placed_on,
            today=uow.today,
            paper_reference=command.paper_reference,
        ),
        uow.menus.save,
        "order",
        resources.menu(programme, code),
    )


async def close_menu(command: CloseMenu, uow: UnitOfWork) -> Stored[CompoundMenu]:
    """Close ordering: the orders then propose the plan's items (the core's ``proposal``)."""
    return await _on_menu(uow, command, "close", lambda m: m.close(command.on, uow.today))


async def confirm_menu(command: ConfirmMenu, uow: UnitOfWork) -> Stored[CompoundMenu]:
    """The committee, formed by then, confirms the closed menu's proposal: it becomes the
    plan's items in the same transaction, under the plan's own rules."""
    programme, code = command.programme, command.compound
    found, plan, held = await _held_menu(uow, command)
    check(command.expected, held)
    formed = await uow.committees.get(programme, code)
    confirmed = held.value.record.confirm(
        formed.value if formed is not None else None,
        plan.value,
        found.catalogue,
        on=command.on,
        today=uow.today,
    )
    moved = attrs.evolve(plan.value, items=confirmed.proposal())
    if moved == plan.value:
        # The plan stays as it is, but the confirmation rests on it as read.
        if await uow.plans.claim(plan) is None:
            raise Changed("the compound's plan changed while the menu was confirmed")
    else:
        await register.move_plan(uow, found, plan, moved)
    return await _change(
        uow,
        held,
        None,
        lambda _: confirmed,
        uow.menus.save,
        "confirm",
        resources.menu(programme, code),
    )


# Surveys -------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CreateSurvey:
    programme: str
    survey: Survey


@attrs.frozen(kw_only=True)
class RecordResponse:
    """A household's answers, recorded by staff of its compound's scope."""

    programme: str
    survey: str
    compound: str
    household: str
    answered_on: datetime.date
    answers: tuple[Answer, ...]


@attrs.frozen(kw_only=True)
class PublishSurvey:
    programme: str
    survey: str
    on: datetime.date
    expected: Expected | None = None


@attrs.frozen(kw_only=True)
class CompoundResults:
    compound: str
    district: str
    results: Results


@attrs.frozen(kw_only=True)
class SurveyResults:
    """The aggregate of the responses chosen and each compound's; ``disclosed``: whether the
    aggregate may be shown beyond its count."""

    survey: Survey
    total: Results
    disclosed: bool
    compounds: tuple[CompoundResults, ...]


SETS_SURVEYS = "sets surveys and publishes their results"


async def brief(uow: UnitOfWork, programme: str, code: str) -> tuple[core.Programme, core.Brief]:
    """The compound's brief to its residents (see :mod:`renovation_core.disclosure`), for its
    households' representative, the staff covering it, or anyone where the city publishes it;
    with its programme, whose catalogue names the plan's items."""
    compound = await scope.told(uow, programme, code)
    plan = await uow.plans.get(programme, code)
    live = await uow.projects.live(programme, code)
    funding = await uow.fundings.get(programme, code)
    surveys = [
        (s.value, [r for _, r in await uow.surveys.responses(s, code)])
        for s in await uow.surveys.every(programme)
        if s.value.published_on is not None
    ]
    return await scope.programme(uow, programme), core.brief(
        compound.value,
        plan.value if plan else None,
        live.value if live else None,
        funding.value if funding else None,
        await uow.fundings.ledger(funding) if funding else Ledger(),
        surveys,
    )


def _readable(uow: UnitOfWork, survey: Survey) -> bool:
    """A survey is the staff's until its results are published, then anyone's."""
    return survey.published_on is not None or uow.by.may(core.Permission.READ_REGISTER)


def _survey(
    stored: Stored[Survey] | None, uow: UnitOfWork, programme: str, code: str
) -> Stored[Survey]:
    if stored is None or not _readable(uow, stored.value):
        raise NotFound(f"survey {code!r} of programme {programme!r}")
    return stored


async def survey(uow: UnitOfWork, programme: str, code: str) -> Stored[Survey]:
    await scope.programme(uow, programme)
    return _survey(await uow.surveys.get(programme, code), uow, programme, code)


async def surveys(uow: UnitOfWork, programme: str) -> list[Stored[Survey]]:
    """The programme's surveys the caller may read, by code."""
    await scope.programme(uow, programme)
    return [s for s in await uow.surveys.every(programme) if _readable(uow, s.value)]


async def create_survey(command: CreateSurvey, uow: UnitOfWork) -> Stored[Survey]:
    scope.city(uow, SETS_SURVEYS)
    programme, new = command.programme, command.survey
    await scope.programme(uow, programme)
    if await uow.surveys.get(programme, new.code) is not None:
        raise RuleViolation("survey-exists", f"survey {new.code!r} exists")
    if len(await uow.surveys.every(programme)) >= MAX_SURVEYS:
        raise RuleViolation("too-many-surveys", f"a programme sets at most {MAX_SURVEYS} surveys")
    created = await uow.surveys.add(programme, new)
    await uow.audit.record("create", resources.survey(programme, new.code), after=created)
    return created


async def record_response(command: RecordResponse, uow: UnitOfWork) -> Stored[Recorded]:
    """Once per household of a compound within the caller's scope, until the results are
    published; the survey is held as read, so its publication cannot cross the response."""
    programme, code = command.programme, command.compound
    await scope.programme(uow, programme)
    held = _survey(
        await uow.surveys.hold(programme, command.survey), uow, programme, command.survey
    )
    await scope.compound(uow, programme, code)
    register = await uow.households.get(programme, code)
    if register is None or not register.value.holds(command.household):
        raise DataError(
            [
                FieldError(
                    path="household",
                    message=f"{command.household} is not a household of compound {code}",
                )
            ]
        )
    response = held.value.respond(
        code,
        command.household,
        command.answers,
        on=command.answered_on,
        today=uow.today,
        earlier=await uow.surveys.response(held, code, command.household),
    )
    await uow.surveys.respond(held, response)
    # A response is never read back nor changed: it has no version to tag.
    recorded = Stored(value=Recorded(survey=command.survey, response=response), revision="")
    await uow.audit.record(
        "respond", resources.responses(programme, command.survey), after=recorded
    )
    return recorded


async def publish_survey(command: PublishSurvey, uow: UnitOfWork) -> Stored[Survey]:
    """Publish the results (not before the last response): anyone may then read the
    aggregates, and no further response is taken."""
    scope.city(uow, SETS_SURVEYS)
    stored = await survey(uow, command.programme, command.survey)
    check(command.expected, stored)
    last = await uow.surveys.last_answered(stored)
    return await change(
        uow,
        stored,
        None,
        lambda s: s.publish(command.on, uow.today, last),
        uow.surveys.save,
        "publish",
        resources.survey(command.programme, command.survey),
    )


async def survey_results(
    uow: UnitOfWork, programme: str, code: str, district: str | None, compound: str | None
) -> SurveyResults:
    """The aggregate of the responses the caller may see, or of one district's or compound's.
    Staff see their scope whole, and once the results are published, the rest as anyone does:
    the compounds where enough households responded, whose total counts those alone."""
    found = await survey(uow, programme, code)
    staff = uow.by.may(core.Permission.READ_REGISTER)
    published = found.value.published_on is not None
    districts: dict[str, str] = {}
    own: dict[str, list[Given]] = {}  # the caller's scope, seen whole
    others: dict[str, list[Given]] = {}  # the rest, seen as anyone sees them
    for place, response in await uow.surveys.responses(found, compound):
        if district not in (None, place.district):
            continue
        whole = staff and scope.covers(uow, place)
        if not (whole or published):
            continue
        districts[response.compound] = place.district
        (own if whole else others).setdefault(response.compound, []).append(response)
    _, each = found.value.public_results(others)
    each |= {c: found.value.results(given) for c, given in own.items()}
    total = found.value.results(r for c in each for r in (own.get(c) or others[c]))
    return SurveyResults(
        survey=found.value,
        total=total,
        disclosed=bool(own) or total.disclosable,
        compounds=tuple(
            CompoundResults(compound=c, district=districts[c], results=r)
            for c, r in sorted(each.items())
        ),
    )
