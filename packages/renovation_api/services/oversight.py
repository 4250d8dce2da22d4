"""Oversight: how the city steers its districts and keeps renovated compounds from decaying
again. Each record's own rules are the core's (``Aftercare``, ``Nomination``, ``Pairing``,
``ResponsibilityContract``, ``Assessment``, ``MonthlyReport``); the rules that span records live
here: a nomination needs the compound's live project, a pairing's compounds must be of its
district, a contract's and an assessment's figures are measured from every planned compound's
works and money, a month's change is measured from the month before."""

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs

import renovation_core as core
from renovation_api.services import resources, scope
from renovation_api.services.changes import Expected, change, create, remove
from renovation_api.services.errors import NotFound, OutsideScope
from renovation_api.services.unit_of_work import Action, Planned, Seen, Stored, UnitOfWork
from renovation_core.delivery import Stage
from renovation_core.delivery.incidents import MajorEvent
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.oversight import (
    Aftercare,
    Assessment,
    Change,
    Counts,
    Elevator,
    FundMovement,
    Management,
    ManagementCoverage,
    Month,
    MonthlyReport,
    Nomination,
    Pairing,
    Progress,
    ReportStatus,
    ResponsibilityContract,
    RewardPool,
    Signatory,
    Weights,
    as_of,
    baseline,
    management_coverage_of,
    measure,
    nominate,
    status,
    submit,
    task_volumes,
)
from renovation_core.participation import Response as SurveyResponse
from renovation_core.statistics import Period, SurveyFigures

T = TypeVar("T")
V = TypeVar("V")


def _showing(stored: Stored[Any], value: V) -> Stored[V]:
    """The record as read (its revision, place and handle), as ``value`` shows it: with what
    the API shows beside it (the day it is read on, the figures it is tracked against)."""
    return Stored(value=value, revision=stored.revision, place=stored.place, ref=stored.ref)


# Aftercare -----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CompoundAftercare:
    """A compound's aftercare as read on ``on`` (the mode in force is that day's), with the days
    its follow-up surveys fall due under the programme's policy (none before the acceptance)."""

    record: Aftercare
    follow_ups_due: tuple[datetime.date, ...]
    on: datetime.date


@attrs.frozen(kw_only=True)
class AftercareCommand:
    """What every change of a compound's aftercare names: the compound and, optionally, the
    version the caller read (nothing to match while the compound has no record)."""

    programme: str
    compound: str
    expected: Expected | None = None


@attrs.frozen(kw_only=True)
class SetManagement(AftercareCommand):
    management: Management


@attrs.frozen(kw_only=True)
class RunElevator(AftercareCommand):
    elevator: Elevator


@attrs.frozen(kw_only=True)
class CreateFund(AftercareCommand):
    created_on: datetime.date


@attrs.frozen(kw_only=True)
class MoveFund(AftercareCommand):
    movement: FundMovement


async def _accepted_on(uow: UnitOfWork, programme: str, compound: str) -> datetime.date | None:
    live = await uow.projects.live(programme, compound)
    step = live.value.reached(Stage.ACCEPTED) if live is not None else None
    return step.on if step is not None else None


async def _shown_as(
    uow: UnitOfWork, programme: str, compound: str
) -> Callable[[Aftercare], CompoundAftercare]:
    accepted_on = await _accepted_on(uow, programme, compound)
    policy = await scope.policy(uow, programme)
    due = policy.follow_ups(accepted_on) if accepted_on is not None else ()
    return lambda care: CompoundAftercare(record=care, follow_ups_due=due, on=uow.today)


async def aftercare(uow: UnitOfWork, programme: str, compound: str) -> Stored[CompoundAftercare]:
    """The compound's aftercare, if the caller may see the compound and it has one."""
    await scope.programme(uow, programme)
    await scope.compound(uow, programme, compound)
    found = await uow.aftercare.get(programme, compound)
    if found is None:
        raise NotFound(f"the aftercare of compound {compound!r}")
    shown = await _shown_as(uow, programme, compound)
    return _showing(found, shown(found.value))


async def _change_aftercare(
    uow: UnitOfWork, command: AftercareCommand, apply: Callable[[Aftercare], Aftercare]
) -> Stored[CompoundAftercare]:
    """Apply ``apply`` to the compound's record, a new one if it has none."""
    programme, code = command.programme, command.compound
    await scope.programme(uow, programme)
    await scope.compound(uow, programme, code)
    shown = await _shown_as(uow, programme, code)
    resource = resources.aftercare(programme, code)
    stored = await uow.aftercare.hold(programme, code)
    if stored is None:
        added = await uow.aftercare.add(programme, code, apply(Aftercare(compound=code)))
        created = _showing(added, shown(added.value))
        await uow.audit.record("create", resource, after=created)
        return created
    return await change(
        uow,
        _showing(stored, shown(stored.value)),
        command.expected,
        lambda care: shown(apply(care.record)),
        lambda _, after: uow.aftercare.save(stored, after.record),
        "replace",
        resource,
    )


async def set_management(command: SetManagement, uow: UnitOfWork) -> Stored[CompoundAftercare]:
    return await _change_aftercare(
        uow, command, lambda care: care.manage(command.management, uow.today)
    )


async def run_elevator(command: RunElevator, uow: UnitOfWork) -> Stored[CompoundAftercare]:
    return await _change_aftercare(
        uow, command, lambda care: care.run_elevator(command.elevator, uow.today)
    )


async def create_fund(command: CreateFund, uow: UnitOfWork) -> Stored[CompoundAftercare]:
    return await _change_aftercare(
        uow, command, lambda care: care.create_fund(command.created_on, uow.today)
    )


async def move_fund(command: MoveFund, uow: UnitOfWork) -> Stored[CompoundAftercare]:
    return await _change_aftercare(
        uow, command, lambda care: care.move_fund(command.movement, uow.today)
    )


async def coverage(
    uow: UnitOfWork, programme: str, on: datetime.date
) -> tuple[core.Programme, tuple[ManagementCoverage, ...]]:
    """Management coverage on ``on`` of each district the caller answers for, then, for a
    city-wide caller, of the city; and the programme."""
    found = await scope.programme(uow, programme)
    rows = await _coverage(uow, found, on)
    return found, tuple(r for r in rows if r.district is not None or uow.by.city_wide)


async def _coverage(
    uow: UnitOfWork, found: core.Programme, on: datetime.date
) -> tuple[ManagementCoverage, ...]:
    """Coverage on ``on`` of each district the caller answers for, then of what it sees."""
    return management_coverage_of(
        await uow.aftercare.coverage(found.code, uow.by, on),
        [d.code for d in found.districts if scope.answers_for(uow, d.code)],
    )


def _vacant(found: Stored[Any] | None, rule: str, detail: str) -> None:
    """Refuse a second record where there is one at most (per compound, district or year)."""
    if found is not None:
        raise RuleViolation(rule, detail)


# Demonstration projects ----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Nominate:
    programme: str
    compound: str
    nominated_on: datetime.date
    reasons: tuple[str, ...]


@attrs.frozen(kw_only=True)
class WithdrawNomination:
    programme: str
    compound: str
    expected: Expected | None = None


async def nomination(
    uow: UnitOfWork, programme: str, compound: str, *, hold: bool = False
) -> Stored[Nomination]:
    """The compound's nomination, if the caller may see the compound and it was nominated;
    ``hold``: held from other writers until the transaction ends."""
    await scope.programme(uow, programme)
    await scope.compound(uow, programme, compound)
    read = uow.nominations.hold if hold else uow.nominations.get
    found = await read(programme, compound)
    if found is None:
        raise NotFound(f"the nomination of compound {compound!r}")
    return found


async def nominate_demonstration(command: Nominate, uow: UnitOfWork) -> Stored[Nomination]:
    """Nominate the compound's works, once: its live project must be under way (the core's
    ``nominate``)."""
    programme, code = command.programme, command.compound
    await scope.programme(uow, programme)
    await scope.compound(uow, programme, code)
    found = await uow.nominations.hold(programme, code)
    _vacant(found, "nomination-exists", f"compound {code!r} has been nominated")
    live = await uow.projects.live(programme, code)
    made = nominate(
        live.value if live is not None else None,
        command.reasons,
        on=command.nominated_on,
        by=uow.by.actor,
        today=uow.today,
    )
    return await create(
        uow,
        lambda: uow.nominations.add(programme, code, made),
        lambda _: resources.nomination(programme, code),
    )


async def withdraw_nomination(command: WithdrawNomination, uow: UnitOfWork) -> None:
    stored = await nomination(uow, command.programme, command.compound, hold=True)
    await remove(
        uow,
        stored,
        command.expected,
        uow.nominations.delete,
        resources.nomination(command.programme, command.compound),
    )


async def nominations(
    uow: UnitOfWork, programme: str, district: str | None, year: int | None
) -> list[tuple[core.District, list[Nomination]]]:
    """Each district the caller answers for (``district`` only, if named) with its
    nominations (of plan ``year``, if named), by compound code."""
    found = await scope.programme(uow, programme)
    every = await uow.nominations.every(programme)
    return [
        (
            d,
            [
                s.value
                for s in every
                if s.place is not None
                and s.place.district == d.code
                and year in (None, s.value.year)
            ],
        )
        for d in found.districts
        if district in (None, d.code) and scope.answers_for(uow, d.code)
    ]


# Leaders' pairings ---------------------------------------------------------------------------

MAX_PAIRINGS = 1000
PAIRS = "pairs its leaders with district work"


@attrs.frozen(kw_only=True)
class Pair:
    programme: str
    pairing: Pairing


@attrs.frozen(kw_only=True)
class EndPairing:
    programme: str
    number: int
    expected: Expected | None = None


async def pairing(uow: UnitOfWork, programme: str, number: int) -> Stored[Pairing]:
    """The pairing, if the caller answers for its district."""
    await scope.programme(uow, programme)
    found = await uow.pairings.get(programme, number)
    if found is None or not scope.answers_for(uow, found.value.district):
        raise NotFound(f"pairing {number}")
    return found


async def covered(
    uow: UnitOfWork, programme: str, number: int
) -> tuple[Stored[Pairing], list[Planned]]:
    """The pairing and the planned compounds it covers that the caller may see, by code."""
    found = await pairing(uow, programme, number)
    planned = await uow.register.planned(programme, Seen(by=uow.by, district=found.value.district))
    return found, [p for p in planned if found.value.covers(p.code, p.district)]


async def pairings(uow: UnitOfWork, programme: str, district: str | None) -> list[Stored[Pairing]]:
    """The pairings with the districts the caller answers for (``district``'s, if named)."""
    await scope.programme(uow, programme)
    found = await uow.pairings.every(programme, district)
    return [s for s in found if scope.answers_for(uow, s.value.district)]


async def pair(command: Pair, uow: UnitOfWork) -> Stored[Pairing]:
    """The city pairs a leader with a district of the programme, or with compounds of it."""
    scope.city(uow, PAIRS)
    programme, new = command.programme, command.pairing
    found = await scope.programme(uow, programme)
    if new.district not in {d.code for d in found.districts}:
        raise FieldValueError("district", "not a district of the programme")
    scope.district(uow, new.district)
    if await uow.pairings.count(programme) >= MAX_PAIRINGS:
        raise RuleViolation("too-many", f"at most {MAX_PAIRINGS} pairings are kept")
    new.check(await uow.pairings.districts(programme, new.compounds), uow.today)
    return await create(
        uow,
        lambda: uow.pairings.add(programme, new),
        lambda created: resources.pairing(programme, created.ref),
    )


async def end_pairing(command: EndPairing, uow: UnitOfWork) -> None:
    """The city ends a pairing; the audit log keeps it."""
    scope.city(uow, PAIRS)
    stored = await pairing(uow, command.programme, command.number)
    await remove(
        uow,
        stored,
        command.expected,
        uow.pairings.delete,
        resources.pairing(command.programme, command.number),
    )


# Figures of the works ------------------------------------------------------------------------


async def _figures(
    uow: UnitOfWork, found: core.Programme, wanted: Iterable[tuple[int, datetime.date]]
) -> dict[tuple[str, int, datetime.date], Progress]:
    """Each district's figures of each plan year as of each day ``wanted``, from the planned
    compounds the caller may see (summed by the store: none read here)."""
    figures = {}
    for year, day in set(wanted):
        counted = await uow.money.progress(found.code, year, day, uow.by)
        for district in found.districts:
            figures[district.code, year, day] = counted.get(district.code, Progress())
    return figures


# Responsibility contracts --------------------------------------------------------------------

CONTRACTS = "issues and signs responsibility contracts"


@attrs.frozen(kw_only=True)
class TrackedContract:
    """A contract with what its district delivered of its year's plan as of ``as_of``."""

    contract: ResponsibilityContract
    delivered: Progress
    as_of: datetime.date


@attrs.frozen(kw_only=True)
class DrawContract:
    programme: str
    district: str
    year: int


@attrs.frozen(kw_only=True)
class SignContract:
    programme: str
    year: int
    district: str
    on: datetime.date
    signatories: tuple[Signatory, ...]
    expected: Expected | None = None


async def _tracking(
    uow: UnitOfWork, found: core.Programme, contracts: list[ResponsibilityContract]
) -> Callable[[ResponsibilityContract], TrackedContract]:
    """How to show a contract tracked against what was delivered as of today."""
    day = uow.today
    figures = await _figures(uow, found, [(c.year, day) for c in contracts])
    return lambda c: TrackedContract(
        contract=c, delivered=figures[c.district, c.year, day], as_of=day
    )


async def contracts(
    uow: UnitOfWork, programme: str, year: int | None
) -> tuple[core.Programme, list[Stored[TrackedContract]]]:
    """The contracts of the districts the caller answers for (``year``'s, if named), each
    tracked as of today; and the programme."""
    found = await scope.programme(uow, programme)
    found.report_year(year)
    mine = [
        s
        for s in await uow.contracts.every(programme, year)
        if scope.answers_for(uow, s.value.district)
    ]
    track = await _tracking(uow, found, [s.value for s in mine])
    return found, [_showing(s, track(s.value)) for s in mine]


async def _contract(
    uow: UnitOfWork, programme: str, year: int, district: str
) -> tuple[core.Programme, Stored[ResponsibilityContract]]:
    found = await scope.programme(uow, programme)
    stored = await uow.contracts.get(programme, year, district)
    if stored is None or not scope.answers_for(uow, district):
        raise NotFound(f"the {year} contract of district {district}")
    return found, stored


async def contract(
    uow: UnitOfWork, programme: str, year: int, district: str
) -> Stored[TrackedContract]:
    """The contract, tracked as of today, if the caller answers for its district."""
    found, stored = await _contract(uow, programme, year, district)
    track = await _tracking(uow, found, [stored.value])
    return _showing(stored, track(stored.value))


async def draw_contract(command: DrawContract, uow: UnitOfWork) -> Stored[TrackedContract]:
    """The city draws a district's contract for a year from the year's published plan; one
    per district and year."""
    scope.city(uow, CONTRACTS)
    programme, district, year = command.programme, command.district, command.year
    found = await scope.programme(uow, programme)
    scope.district(uow, district)
    drawn = ResponsibilityContract.drawn_from(found.annual_targets, district, year)
    existing = await uow.contracts.get(programme, year, district)
    _vacant(existing, "contract-exists", f"district {district} has its contract for {year}")
    track = await _tracking(uow, found, [drawn])

    async def add() -> Stored[TrackedContract]:
        added = await uow.contracts.add(programme, drawn)
        return _showing(added, track(drawn))

    return await create(uow, add, lambda _: resources.contract(programme, year, district))


async def sign_contract(command: SignContract, uow: UnitOfWork) -> Stored[TrackedContract]:
    """Record the contract's signing, once (the core's ``sign``)."""
    scope.city(uow, CONTRACTS)
    programme, year, district = command.programme, command.year, command.district
    found, stored = await _contract(uow, programme, year, district)
    track = await _tracking(uow, found, [stored.value])
    return await change(
        uow,
        _showing(stored, track(stored.value)),
        command.expected,
        lambda t: track(t.contract.sign(command.on, command.signatories, uow.today)),
        lambda _, after: uow.contracts.save(stored, after.contract),
        "replace",
        resources.contract(programme, year, district),
    )


# The assessment ------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ShownAssessment:
    """An assessment as decided, shown with the districts the caller answers for (by name):
    the others' facts, scores and allocations are kept, not shown."""

    assessment: Assessment
    districts: tuple[core.District, ...]


@attrs.frozen(kw_only=True)
class Assess:
    """Assess ``year`` as of ``as_of`` (today if none); satisfaction from ``survey``'s
    ratings, where one is named."""

    programme: str
    year: int
    weights: Weights
    pool: RewardPool
    as_of: datetime.date | None = None
    survey: str | None = None


def _shown(uow: UnitOfWork, found: core.Programme) -> Callable[[Assessment], ShownAssessment]:
    mine = tuple(d for d in found.districts if scope.answers_for(uow, d.code))
    return lambda made: ShownAssessment(assessment=made, districts=mine)


async def _satisfaction(uow: UnitOfWork, programme: str, code: str) -> dict[str, Fraction]:
    """Each district's satisfaction score (out of 100) from the survey's ratings."""
    survey = await uow.surveys.get(programme, code)
    if survey is None:
        raise FieldValueError("survey", f"the programme has no survey {code!r}")
    by_district: dict[str, list[SurveyResponse]] = defaultdict(list)
    for place, response in await uow.surveys.responses(survey):
        by_district[place.district].append(response)
    measured = {d: survey.value.results(r).satisfaction for d, r in by_district.items()}
    return {d: points for d, points in measured.items() if points is not None}


async def assess(command: Assess, uow: UnitOfWork) -> Stored[ShownAssessment]:
    """The city measures each district's year from the works as of a day, scores it and
    allocates the pool (the core's ``Assessment``); one per year, kept as decided."""
    scope.city(uow, "assesses its districts")
    programme, year = command.programme, command.year
    found = await scope.programme(uow, programme)
    scope.every_district(uow.by, found)
    as_of = command.as_of or uow.today
    volume = task_volumes(found.annual_targets, year)
    satisfaction = await _satisfaction(uow, programme, command.survey) if command.survey else {}
    shares = {r.district: r.share for r in await _coverage(uow, found, as_of)}
    counted = await uow.money.counts(programme, year, as_of, uow.by)
    facts = tuple(
        measure(
            counted.get(district.code, Counts()),
            district.code,
            task_volume=volume.get(district.code, 0),
            management_coverage=shares[district.code],
            satisfaction_points=satisfaction.get(district.code),
        )
        for district in found.districts
    )
    try:
        made = Assessment(
            year=year,
            as_of=as_of,
            assessed_on=uow.today,
            weights=command.weights,
            pool=command.pool,
            facts=facts,
        )
    except FieldValueError as error:
        # What can fail here is the day, or a year with nothing to allocate by.
        field = "as_of" if error.field == "as_of" else "year"
        raise FieldValueError(field, error.message) from None
    _vacant(
        await uow.assessments.get(programme, year),
        "assessment-exists",
        f"the {year} assessment has been made",
    )
    shown = _shown(uow, found)

    async def add() -> Stored[ShownAssessment]:
        added = await uow.assessments.add(programme, made)
        return _showing(added, shown(made))

    return await create(uow, add, lambda _: resources.assessment(programme, year))


@attrs.frozen(kw_only=True)
class PayReward:
    """Pay part of ``district``'s reward of the ``year`` assessment."""

    programme: str
    year: int
    district: str
    paid_on: datetime.date
    amount_yuan: Decimal
    document: str
    expected: Expected | None = None


@attrs.frozen(kw_only=True)
class ReverseReward:
    """Cancel reward payment ``reverses`` whole."""

    programme: str
    year: int
    reverses: int
    on: datetime.date
    reason: str
    document: str
    expected: Expected | None = None


async def _pay(
    uow: UnitOfWork,
    programme: str,
    year: int,
    expected: Expected | None,
    action: Action,
    apply: Callable[[Assessment], Assessment],
    district: Callable[[Assessment], str | None],
) -> Stored[ShownAssessment]:
    """The city pays its districts' rewards (以奖代补) into the assessment's append-only
    payments, each judged against the allocation as decided; the ``district`` an entry is
    for, the caller answering for it."""
    scope.city(uow, "pays the districts' rewards")
    found = await scope.programme(uow, programme)
    read = await uow.assessments.get(programme, year)
    if read is None:
        raise NotFound(f"the {year} assessment")
    if (paid_to := district(read.value)) is not None:
        scope.district(uow, paid_to)
    shown = _shown(uow, found)

    async def save(_: Stored[ShownAssessment], after: ShownAssessment) -> str | None:
        return await uow.assessments.save(read, after.assessment)

    return await change(
        uow,
        _showing(read, shown(read.value)),
        expected,
        lambda before: shown(apply(before.assessment)),
        save,
        action,
        resources.assessment(programme, year),
    )


async def pay_reward(command: PayReward, uow: UnitOfWork) -> Stored[ShownAssessment]:
    return await _pay(
        uow,
        command.programme,
        command.year,
        command.expected,
        "pay",
        lambda made: made.pay(
            command.district,
            paid_on=command.paid_on,
            amount_yuan=command.amount_yuan,
            document=command.document,
            by=uow.by.actor,
            today=uow.today,
        ),
        lambda _: command.district,
    )


async def reverse_reward(command: ReverseReward, uow: UnitOfWork) -> Stored[ShownAssessment]:
    return await _pay(
        uow,
        command.programme,
        command.year,
        command.expected,
        "reverse",
        lambda made: made.reverse(
            command.reverses,
            on=command.on,
            reason=command.reason,
            document=command.document,
            by=uow.by.actor,
            today=uow.today,
        ),
        # The payment's district; none for a number that is no payment (the core says so).
        lambda made: next(
            (p.district for p in made.payments if p.number == command.reverses), None
        ),
    )


async def assessment(uow: UnitOfWork, programme: str, year: int) -> Stored[ShownAssessment]:
    """The year's assessment as the caller sees it."""
    found = await scope.programme(uow, programme)
    stored = await uow.assessments.get(programme, year)
    if stored is None:
        raise NotFound(f"the {year} assessment")
    return _showing(stored, _shown(uow, found)(stored.value))


async def assessments(uow: UnitOfWork, programme: str) -> list[Stored[ShownAssessment]]:
    """Every year's assessment as the caller sees it, by year."""
    found = await scope.programme(uow, programme)
    shown = _shown(uow, found)
    return [_showing(s, shown(s.value)) for s in await uow.assessments.every(programme)]


# Monthly reports -----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class SubmitReport:
    """The district's report for ``month``, dated the day it is received, its figures
    computed then."""

    programme: str
    district: str
    month: Month
    remarks: str | None = None


@attrs.frozen(kw_only=True)
class CorrectReport(SubmitReport):
    """A new version of the district's report, its figures recomputed, and why."""

    reason: str


@attrs.frozen(kw_only=True)
class DistrictMonth:
    """A district's month: its report (the latest version) if it has one, its figures (the
    report's, or computed as of today), the change since the month before, and the major
    events of its projects that happened in the month, by compound (with its project's
    year)."""

    district: core.District
    status: ReportStatus
    report: MonthlyReport | None
    progress: Progress
    change: Change
    major_events: tuple[tuple[str, int, MajorEvent], ...] = ()


@attrs.frozen(kw_only=True)
class MonthAcross:
    """A month across the districts the caller answers for; for a city-wide caller, the
    city's roll-up (the sum of those districts' figures) and its change."""

    month: Month
    districts: tuple[DistrictMonth, ...]
    city: Progress | None
    city_change: Change | None


async def _report(
    uow: UnitOfWork, command: SubmitReport, reason: str | None
) -> Stored[MonthlyReport]:
    programme, district, month = command.programme, command.district, command.month
    if not scope.answers_for(uow, district):
        raise OutsideScope(f"district {district}'s report is submitted by the district or the city")
    found = await scope.programme(uow, programme)
    if district not in {d.code for d in found.districts}:
        raise NotFound(f"district {district} of programme {programme!r}")
    if month.year < found.start_year:
        raise FieldValueError("month", f"{month} is before the programme ({found.start_year}–)")
    day = as_of(month, uow.today)
    figures = await _figures(uow, found, [(month.year, day)])
    survey = await uow.money.survey(programme, month.year, Period.year_to(day), uow.by)
    versions = await uow.monthly.versions(programme, district, month)
    if reason is not None and not versions:
        raise NotFound(f"a report of district {district} for {month} to correct")
    report = submit(
        versions,
        district,
        month,
        figures[district, month.year, day],
        on=uow.today,
        by=uow.by.actor,
        today=uow.today,
        remarks=command.remarks,
        reason=reason,
        survey=survey.get(district, SurveyFigures()),
    )
    stored = await uow.monthly.add(programme, report)
    resource = resources.monthly_report(programme, str(month), district)
    # A correction is recorded beside the version it corrects: what it changed is what differs.
    corrected = attrs.evolve(stored, value=versions[-1]) if reason else None
    await uow.audit.record(
        "correct" if reason else "submit", resource, before=corrected, after=stored
    )
    return stored


async def submit_report(command: SubmitReport, uow: UnitOfWork) -> Stored[MonthlyReport]:
    """A district's first report for a month that has begun; a second is refused (the
    core's ``submit``): a correction is a new version with its reason."""
    return await _report(uow, command, None)


async def correct_report(command: CorrectReport, uow: UnitOfWork) -> Stored[MonthlyReport]:
    return await _report(uow, command, command.reason)


async def versions(
    uow: UnitOfWork, programme: str, district: str, month: Month
) -> list[MonthlyReport]:
    """Every version of the district's report for the month, if the caller answers for it."""
    await scope.programme(uow, programme)
    found = await uow.monthly.versions(programme, district, month)
    if not found or not scope.answers_for(uow, district):
        raise NotFound(f"a report of district {district} for {month}")
    return found


async def month_across(uow: UnitOfWork, programme: str, month: Month) -> MonthAcross:
    """The month across the districts the caller answers for. A district's figures are its
    latest report's, or computed as of today; its change is measured from the day before the
    month, for the same year's plan: the month before's report where it reported that plan
    (not in January), computed otherwise."""
    today = uow.today
    if month.first_day > today:
        raise NotFound(f"month {month}, which has not begun")
    found = await scope.programme(uow, programme)
    now, start = (month.year, as_of(month, today)), (month.year, baseline(month))
    computed = await _figures(uow, found, [now, start])
    earlier = month.previous
    reports = await uow.monthly.of_months(programme, [month, earlier])

    def shown(district: str) -> Progress:
        versions = reports.get((district, month))
        return versions[-1].progress if versions else computed[(district, *now)]

    def before(district: str) -> Progress:
        versions = reports.get((district, earlier)) if earlier.year == month.year else None
        return versions[-1].progress if versions else computed[(district, *start)]

    events: dict[str, list[tuple[str, int, MajorEvent]]] = {}
    for stored in await uow.projects.with_events(programme, month):
        assert stored.place is not None  # a project is read with its compound's place
        for event in stored.value.major_events:
            if Month.of(event.occurred_on) == month:
                mine = events.setdefault(stored.place.district, [])
                mine.append((stored.value.compound, stored.value.year, event))
    answered = [d for d in found.districts if scope.answers_for(uow, d.code)]
    rows = tuple(
        DistrictMonth(
            district=d,
            status=status(reports.get((d.code, month), []), month, today),
            report=reports[d.code, month][-1] if reports.get((d.code, month)) else None,
            progress=shown(d.code),
            change=shown(d.code).since(before(d.code)),
            major_events=tuple(events.get(d.code, ())),
        )
        for d in answered
    )
    city = city_change = None
    if uow.by.city_wide:  # the districts it answers for: all, unless a region bounds it
        city = sum((shown(d.code) for d in answered), Progress())
        city_change = city.since(sum((before(d.code) for d in answered), Progress()))
    return MonthAcross(month=month, districts=rows, city=city, city_change=city_change)
