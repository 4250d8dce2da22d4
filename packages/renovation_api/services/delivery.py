"""Delivery: a compound's project from its entry into the plan to its handover, one command at
a time. The lifecycle's rules are the core's (``Project``); the rules that span records live
here: one live project per compound, none in a year whose project was cancelled, a project
rests on its plan as read, a step may need the tender package, the residents' committee or the
aftercare arrangement."""

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

import renovation_core as core
from renovation_api.services import resources, scope
from renovation_api.services.changes import Expected, change
from renovation_api.services.errors import Changed, NotFound, OutsideScope
from renovation_api.services.unit_of_work import Action, Seen, Stored, UnitOfWork
from renovation_core.delivery import (
    ApprovalProfile,
    Assignment,
    Attendee,
    Award,
    Beside,
    Closure,
    EventClosure,
    EventKind,
    Handover,
    HazardLevel,
    Network,
    Organisation,
    Project,
    Stage,
    SuppliedDocument,
    TenderPackage,
    WarningKind,
    duty_warnings,
    oc4ids_project,
    project_networks,
    schedule_warnings,
)
from renovation_core.delivery import award_package as award_package_of
from renovation_core.delivery.schedule import ScheduleWarning, StartBy
from renovation_core.errors import DataError, FieldError, RuleViolation
from renovation_core.participation import Response as SurveyResponse
from renovation_core.participation import SurveyPurpose


@attrs.frozen(kw_only=True)
class ProjectKey:
    """Which project: the compound's, in its programme year."""

    programme: str
    compound: str
    year: int


@attrs.frozen(kw_only=True)
class Facts:
    """A project's own facts; the networks and budget default to its plan's."""

    client: Organisation
    profile: ApprovalProfile
    networks: tuple[Network, ...] | None = None
    budget_yuan: Decimal | None = None


@attrs.frozen(kw_only=True)
class EnterProject:
    programme: str
    compound: str
    facts: Facts
    planned_on: datetime.date


@attrs.frozen(kw_only=True)
class ProjectCommand:
    """What every command on an existing project names: the project and, optionally, the
    version the caller read."""

    project: ProjectKey
    expected: Expected | None = None


@attrs.frozen(kw_only=True)
class ReviseProject(ProjectCommand):
    facts: Facts


@attrs.frozen(kw_only=True)
class AdvanceProject(ProjectCommand):
    to: Stage
    on: datetime.date
    reason: str | None = None
    reference: str | None = None


@attrs.frozen(kw_only=True)
class SupplyDocument(ProjectCommand):
    document: SuppliedDocument


@attrs.frozen(kw_only=True)
class AssignUnit(ProjectCommand):
    assignment: Assignment


@attrs.frozen(kw_only=True)
class RecordInspection(ProjectCommand):
    on: datetime.date
    inspector: str
    findings: str


@attrs.frozen(kw_only=True)
class ReportHazard(ProjectCommand):
    found_on: datetime.date
    description: str
    level: HazardLevel
    deadline: datetime.date


@attrs.frozen(kw_only=True)
class CloseHazard(ProjectCommand):
    number: int
    closure: Closure


@attrs.frozen(kw_only=True)
class SupplyMaterial(ProjectCommand):
    material: str
    supplier: str
    quantity: str
    delivered_on: datetime.date
    inspection: str


@attrs.frozen(kw_only=True)
class ReportEvent(ProjectCommand):
    """A major event, reported at ``at`` (the instant the server took the report)."""

    kind: EventKind
    occurred_at: datetime.datetime
    consequence: str
    measures: str
    at: datetime.datetime


@attrs.frozen(kw_only=True)
class CloseEvent(ProjectCommand):
    number: int
    closure: EventClosure


@attrs.frozen(kw_only=True)
class RecordAcceptance(ProjectCommand):
    held_on: datetime.date
    attendees: tuple[Attendee, ...]
    passed: bool
    remarks: str | None = None


@attrs.frozen(kw_only=True)
class HandOver(ProjectCommand):
    handover: Handover


async def project(uow: UnitOfWork, key: ProjectKey) -> Stored[Project]:
    """The project, if the caller may see its compound."""
    await scope.programme(uow, key.programme)
    await scope.compound(uow, key.programme, key.compound)
    found = await uow.projects.get(key.programme, key.compound, key.year)
    if found is None:
        raise NotFound(f"a {key.year} project for compound {key.compound!r}")
    return found


async def plan_of(uow: UnitOfWork, programme: str, compound: str) -> Stored[core.RenovationPlan]:
    found = await uow.plans.get(programme, compound)
    if found is None:
        raise NotFound(f"a plan for compound {compound!r}")
    return found


def _facts(facts: Facts, plan: core.RenovationPlan) -> dict[str, Any]:
    """The facts as the core takes them, with the plan's defaults."""
    return {
        "client": facts.client,
        "profile": facts.profile,
        "networks": project_networks(plan.items, facts.networks),
        "budget_yuan": plan.investment_yuan if facts.budget_yuan is None else facts.budget_yuan,
    }


async def enter_project(command: EnterProject, uow: UnitOfWork) -> Stored[Project]:
    """Start the compound's project, at planned, in its plan's year: one per compound and year,
    and none while another is live (a compound is renovated once)."""
    programme, code = command.programme, command.compound
    await scope.programme(uow, programme)
    await scope.compound(uow, programme, code)
    plan = await uow.plans.get(programme, code)
    if plan is None:
        raise RuleViolation(
            "no-plan", f"compound {code!r} needs its renovation plan before its project"
        )
    live = await uow.projects.live(programme, code)
    if live is not None:
        raise RuleViolation(
            "project-exists",
            f"compound {code!r} has its {live.value.year} project at {live.value.stage.code}; "
            "a compound is renovated once",
        )
    year = plan.value.year
    if await uow.projects.get(programme, code, year) is not None:
        raise RuleViolation(
            "project-exists",
            f"compound {code!r} had a {year} project, cancelled; move its plan to another "
            "year for a new one",
        )
    entered = Project.planned(
        compound=code,
        year=year,
        **_facts(command.facts, plan.value),
        planned_on=command.planned_on,
        by=uow.by.actor,
        today=uow.today,
    )
    # The project rests on the plan as read: its year and the networks its items touch.
    if await uow.plans.claim(plan) is None:
        raise Changed("the compound's plan changed while the project was entered")
    created = await uow.projects.add(programme, entered)
    await uow.audit.record("create", resources.project(programme, code, year), after=created)
    return created


async def _step(
    uow: UnitOfWork,
    command: ProjectCommand,
    action: Action,
    apply: Callable[[Project], Project],
) -> Stored[Project]:
    key = command.project
    stored = await project(uow, key)
    return await change(
        uow,
        stored,
        command.expected,
        apply,
        uow.projects.save,
        action,
        resources.project(key.programme, key.compound, key.year),
    )


async def revise_project(command: ReviseProject, uow: UnitOfWork) -> Stored[Project]:
    """Correct the project's facts (until its design is approved: the core's rule)."""
    key = command.project
    plan = await plan_of(uow, key.programme, key.compound)
    return await _step(
        uow, command, "replace", lambda p: p.revise(**_facts(command.facts, plan.value))
    )


async def advance_project(command: AdvanceProject, uow: UnitOfWork) -> Stored[Project]:
    """Take one step of the lifecycle under the programme's policy. Starting the design needs
    the residents' committee and their menu or canvass, entering management the aftercare
    arrangement (and the plan's items, for its elevators), and a let project its package's
    award."""
    key = command.project
    stored = await project(uow, key)
    policy = await scope.policy(uow, key.programme)
    package = committee = menu = aftercare = canvassed = None
    items: tuple[str, ...] = ()
    if stored.value.tender_package is not None:
        found = await uow.packages.get(key.programme, stored.value.tender_package)
        package = found.value if found else None
    if command.to is Stage.DESIGNING:
        if (held := await uow.committees.get(key.programme, key.compound)) is not None:
            committee = held.value
        if (chosen := await uow.menus.get(key.programme, key.compound)) is not None:
            menu = chosen.value
        compound = await scope.stored_compound(uow, key.programme, key.compound)
        days = await _canvassed(uow, key.programme, [compound.value], key.compound)
        canvassed = days.get(key.compound)
    if command.to is Stage.IN_MANAGEMENT:
        if (kept := await uow.aftercare.get(key.programme, key.compound)) is not None:
            aftercare = kept.value
        plan = await plan_of(uow, key.programme, key.compound)
        # Held as read: a plan given an elevator meanwhile cannot slip past its duty.
        if await uow.plans.claim(plan) is None:
            raise Changed("the compound's plan changed while its project entered management")
        items = plan.value.items
    return await _step(
        uow,
        command,
        "transition",
        lambda p: p.advance(
            command.to,
            on=command.on,
            by=uow.by.actor,
            today=uow.today,
            reason=command.reason,
            reference=command.reference,
            policy=policy,
            tender=package,
            committee=committee,
            menu=menu,
            canvassed=canvassed,
            aftercare=aftercare,
            items=items,
        ),
    )


async def supply_document(command: SupplyDocument, uow: UnitOfWork) -> Stored[Project]:
    return await _step(uow, command, "supply", lambda p: p.supply(command.document, uow.today))


async def assign_unit(command: AssignUnit, uow: UnitOfWork) -> Stored[Project]:
    policy = await scope.policy(uow, command.project.programme)
    return await _step(
        uow, command, "assign", lambda p: p.assign(command.assignment, uow.today, policy)
    )


async def record_inspection(command: RecordInspection, uow: UnitOfWork) -> Stored[Project]:
    return await _step(
        uow,
        command,
        "inspect",
        lambda p: p.inspect(
            on=command.on,
            inspector=command.inspector,
            findings=command.findings,
            today=uow.today,
        ),
    )


async def report_hazard(command: ReportHazard, uow: UnitOfWork) -> Stored[Project]:
    return await _step(
        uow,
        command,
        "report-hazard",
        lambda p: p.report_hazard(
            found_on=command.found_on,
            description=command.description,
            level=command.level,
            deadline=command.deadline,
            today=uow.today,
        ),
    )


def _numbered(key: ProjectKey, close: Callable[[Project], Project]) -> Callable[[Project], Project]:
    """``close`` with a record number the project lacks answered as not found (the core's
    ``LookupError`` names the record)."""

    def apply(project: Project) -> Project:
        try:
            return close(project)
        except LookupError as missing:
            raise NotFound(
                f"{missing.args[0]} of the {key.year} project of {key.compound!r}"
            ) from None

    return apply


async def close_hazard(command: CloseHazard, uow: UnitOfWork) -> Stored[Project]:
    close = _numbered(
        command.project, lambda p: p.close_hazard(command.number, command.closure, uow.today)
    )
    return await _step(uow, command, "close-hazard", close)


async def supply_material(command: SupplyMaterial, uow: UnitOfWork) -> Stored[Project]:
    return await _step(
        uow,
        command,
        "supply-material",
        lambda p: p.supply_material(
            material=command.material,
            supplier=command.supplier,
            quantity=command.quantity,
            delivered_on=command.delivered_on,
            inspection=command.inspection,
            today=uow.today,
        ),
    )


async def report_event(command: ReportEvent, uow: UnitOfWork) -> Stored[Project]:
    """重大建设信息: a major event reported at once, dated by the server."""
    return await _step(
        uow,
        command,
        "report-event",
        lambda p: p.report_event(
            kind=command.kind,
            occurred_at=command.occurred_at,
            consequence=command.consequence,
            measures=command.measures,
            by=uow.by.actor,
            now=command.at,
        ),
    )


async def close_event(command: CloseEvent, uow: UnitOfWork) -> Stored[Project]:
    close = _numbered(
        command.project, lambda p: p.close_event(command.number, command.closure, uow.today)
    )
    return await _step(uow, command, "close-event", close)


async def record_acceptance(command: RecordAcceptance, uow: UnitOfWork) -> Stored[Project]:
    return await _step(
        uow,
        command,
        "accept",
        lambda p: p.accept(
            held_on=command.held_on,
            attendees=list(command.attendees),
            passed=command.passed,
            remarks=command.remarks,
            today=uow.today,
        ),
    )


async def hand_over(command: HandOver, uow: UnitOfWork) -> Stored[Project]:
    return await _step(
        uow, command, "hand-over", lambda p: p.hand_over(command.handover, uow.today)
    )


async def oc4ids(uow: UnitOfWork, key: ProjectKey) -> dict[str, object]:
    """The project as an OC4IDS 0.9.5 project record."""
    stored = await project(uow, key)
    programme = await scope.programme(uow, key.programme)
    compound = await scope.stored_compound(uow, key.programme, key.compound)
    plan = await plan_of(uow, key.programme, key.compound)
    package = None
    if stored.value.tender_package is not None:
        found = await uow.packages.get(key.programme, stored.value.tender_package)
        package = found.value if found else None
    return oc4ids_project(programme, compound.value, plan.value, stored.value, package)


# Tender packages ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CreatePackage:
    programme: str
    package: TenderPackage


@attrs.frozen(kw_only=True)
class AwardPackage:
    programme: str
    package: str
    award: Award
    expected: Expected | None = None


async def package(
    uow: UnitOfWork, programme: str, code: str
) -> tuple[Stored[TenderPackage], list[Stored[Project]]]:
    """The package and its projects, if the caller may see every one of them: a package
    spanning districts is the city's."""
    await scope.programme(uow, programme)
    found = await uow.packages.get(programme, code)
    members = await uow.packages.members(found) if found is not None else []
    if found is None or not _readable(uow, members):
        raise NotFound(f"tender package {code!r} of programme {programme!r}")
    return found, members


def _readable(uow: UnitOfWork, members: list[Stored[Project]]) -> bool:
    """Whether the caller may read a package: it sees every one of its projects."""
    return all(scope.covers(uow, m.place) for m in members)


async def create_package(command: CreatePackage, uow: UnitOfWork) -> Stored[TenderPackage]:
    """Let the named compounds' projects of the package's year together: each must be live,
    not yet tendered and in no other package (the core's ``join``)."""
    programme, new = command.programme, command.package
    await scope.programme(uow, programme)
    joined, unknown = [], []
    for i, code in enumerate(new.compounds):
        place = await uow.compounds.place(programme, code)
        found = None
        if place is not None and scope.covers(uow, place):
            found = await uow.projects.get(programme, code, new.year)
        if found is None:
            unknown.append(
                FieldError(
                    path=f"compounds[{i}]",
                    message=f"no {new.year} project of compound {code!r} within your scope",
                )
            )
        else:
            joined.append(found)
    if unknown:
        raise DataError(unknown)
    taken = await uow.packages.get(programme, new.code)
    if taken is not None:
        # A package the caller may not read is refused as a compound code on record outside
        # its scope is: never saying whose it is.
        if not _readable(uow, await uow.packages.members(taken)):
            raise OutsideScope(
                f"tender package code {new.code!r} is outside your scope: choose another",
                ("code",),
            )
        raise RuleViolation("duplicate", f"tender package {new.code!r} already exists")
    created = await uow.packages.add(programme, new)
    for member in joined:
        await _member(uow, programme, member, member.value.join(new), "join", created)
    await uow.audit.record("create", resources.package(programme, new.code), after=created)
    return created


async def award_package(command: AwardPackage, uow: UnitOfWork) -> Stored[TenderPackage]:
    """Record the tender's result once; the contractor becomes the construction unit of every
    live project in the package."""
    stored, members = await package(uow, command.programme, command.package)
    policy = await scope.policy(uow, command.programme)
    projects = [m.value for m in members]
    awarded: list[Project] = []

    def award(before: TenderPackage) -> TenderPackage:
        after, changed = award_package_of(before, command.award, projects, uow.today, policy)
        awarded.extend(changed)
        return after

    saved = await change(
        uow,
        stored,
        command.expected,
        award,
        uow.packages.save,
        "award",
        resources.package(command.programme, command.package),
    )
    for member, after in zip(members, awarded, strict=True):
        if after is not member.value:
            await _member(uow, command.programme, member, after, "assign")
    return saved


async def _member(
    uow: UnitOfWork,
    programme: str,
    member: Stored[Project],
    after: Project,
    action: Action,
    package: Stored[TenderPackage] | None = None,
) -> None:
    """Store a member project changed by a package's write, audited as its own event."""
    revision = await uow.projects.save(member, after, package.ref if package else None)
    if revision is None:
        raise Changed()
    await uow.audit.record(
        action,
        resources.project(programme, after.compound, after.year),
        before=member,
        after=attrs.evolve(member, value=after, revision=revision),
    )


async def packages(
    uow: UnitOfWork, programme: str, year: int | None, after: str | None, limit: int
) -> list[Stored[TenderPackage]]:
    """A page of the packages the caller may see, by code."""
    await scope.programme(uow, programme)
    return await uow.packages.page(programme, year, uow.by, after, limit)


# Delivery across a programme ---------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ProjectFilter:
    """What a list of projects may be narrowed by; ``None`` means any."""

    district: str | None = None
    stage: Stage | None = None
    year: int | None = None


async def projects(
    uow: UnitOfWork,
    programme: str,
    where: ProjectFilter,
    after: tuple[str, int] | None,
    limit: int,
) -> list[Stored[Project]]:
    """A page of the projects the caller may see, by compound code then year."""
    await scope.programme(uow, programme)
    return await uow.projects.page(programme, where, uow.by, after, limit)


async def warnings(
    uow: UnitOfWork,
    programme: str,
    district: str | None,
    kind: WarningKind | None,
    day: datetime.date,
    start_by: StartBy,
) -> list[ScheduleWarning]:
    """The deadlines missed and the duties broken on ``day`` by the planned compounds the
    caller may see (in ``district``, if named), derived from the plans, projects and the
    records beside them under the programme's policy, never stored."""
    policy = await scope.policy(uow, programme)
    seen = Seen(by=uow.by, district=district)
    compounds, plans = await uow.register.whole(programme, seen)
    projects = [s.value for s in await uow.projects.every(programme, seen=seen)]
    deadlines = schedule_warnings(compounds, plans, projects, today=day, start_by=start_by)
    broken = duty_warnings(
        compounds,
        plans,
        projects,
        await _beside(uow, programme, projects, compounds, seen),
        today=day,
        policy=policy,
    )
    return [
        w
        for w in sorted((*deadlines, *broken), key=lambda w: (w.compound, w.due))
        if kind in (None, w.kind)
    ]


async def _canvassed(
    uow: UnitOfWork,
    programme: str,
    compounds: list[core.Compound],
    only: str | None = None,
    seen: Seen | None = None,
) -> dict[str, datetime.date]:
    """The day each of ``compounds`` (or the one ``only``; among those ``seen``) was first
    canvassed: the earliest of its canvass surveys to stand for its households."""
    households = {c.code: c.households for c in compounds}
    days: dict[str, datetime.date] = {}
    for survey in await uow.surveys.every(programme):
        if survey.value.purpose is not SurveyPurpose.CANVASS:
            continue
        given: dict[str, list[SurveyResponse]] = {}
        for _, response in await uow.surveys.responses(survey, only, seen):
            if response.compound in households:
                given.setdefault(response.compound, []).append(response)
        for code, responses in given.items():
            day = survey.value.canvassed_on(responses, households[code])
            if day is not None and (code not in days or day < days[code]):
                days[code] = day
    return days


async def _beside(
    uow: UnitOfWork,
    programme: str,
    projects: list[Project],
    compounds: list[core.Compound],
    seen: Seen,
) -> Beside:
    """The records the projects of the compounds ``seen`` are judged on."""
    awards = {}
    for code in sorted({p.tender_package for p in projects if p.tender_package is not None}):
        found = await uow.packages.get(programme, code)
        if found is not None and found.value.award is not None:
            awards[code] = found.value.award
    answered: dict[str, set[datetime.date]] = {}
    for survey in await uow.surveys.every(programme):
        if survey.value.purpose is SurveyPurpose.EVALUATION:
            for _, response in await uow.surveys.responses(survey, seen=seen):
                answered.setdefault(response.compound, set()).add(response.answered_on)
    return Beside(
        menus=await uow.menus.by_compound(programme, seen),
        canvassed=await _canvassed(uow, programme, compounds, seen=seen),
        aftercare=await uow.aftercare.by_compound(programme, seen),
        awards=awards,
        answered=answered,
    )


async def handovers(
    uow: UnitOfWork, programme: str, network: Network | None, year: int | None
) -> list[tuple[Stored[Project], Handover]]:
    """The networks handed to operators (after filing): an operator sees those handed to it,
    officers those within their scope."""
    await scope.programme(uow, programme)
    filed = [
        s
        for s in await uow.projects.every(programme, year)
        if s.value.stage.rank >= Stage.FILED.rank
    ]
    return [
        (stored, handover)
        for stored in filed
        for handover in stored.value.handovers
        if network in (None, handover.network)
        and (scope.covers(uow, stored.place) or uow.by.receives(handover.operator))
    ]
