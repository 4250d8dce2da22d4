"""Funding: a compound's funding plan, its review by the district's housing and finance bureaus,
and the ledger of the money paid from it; and the reports that follow the money.

The plan's rules, the review and the ledger are the core's (``Funding``, ``Ledger``). The rules
that span records live here: a funding is judged against its compound, its plan and its live
project; a write rests on the plan as read; a draft follows a change of its plan; a posting
takes the funding's revision, so two payments never spend one balance; and a report shows a
caller the rows that are theirs, with the published figures only beside a whole district's.
"""

import datetime
from collections.abc import Callable
from decimal import Decimal

import attrs

import renovation_core as core
from renovation_api.services import resources, scope
from renovation_api.services.changes import Expected, change, check
from renovation_api.services.errors import Changed, NotFound, NotPermitted
from renovation_api.services.unit_of_work import Action, CompoundMoney, Stored, UnitOfWork
from renovation_core.consistency import Finding
from renovation_core.delivery import Project
from renovation_core.errors import RuleViolation
from renovation_core.funding import (
    Bureau,
    Entry,
    Flag,
    FlagCount,
    FlagKind,
    FlagResponse,
    Funding,
    FundingLine,
    FundingPlan,
    FundingStatus,
    InvestmentRow,
    Ledger,
    SourceRow,
    Verdict,
    budget_of,
    check_funding,
    count_flags,
    investment_rows,
    respond,
    reviews_for,
    source_rows,
    supervise,
)


@attrs.frozen(kw_only=True)
class CompoundFunding:
    """A compound's funding with what it is judged against (its compound, its plan and its
    live project) and its ledger: what a funding command returns and the API shows."""

    funding: Funding
    compound: core.Compound
    plan: core.RenovationPlan
    project: Project | None
    ledger: Ledger
    policy: core.Policy
    on: datetime.date  # the day it was read: its open flags' age counts to it

    @property
    def budget_yuan(self) -> Decimal:
        """What the plan must balance to: the project's budget, else the plan's estimate."""
        return budget_of(self.plan, self.project)

    def findings(self) -> tuple[Finding, ...]:
        return check_funding(
            self.funding.plan, self.budget_yuan, self.compound, self.plan, self.policy
        )

    def flags(self) -> tuple[Flag, ...]:
        return supervise(self.plan, self.project, self.funding, self.ledger)


@attrs.frozen(kw_only=True)
class DraftFunding:
    programme: str
    compound: str
    lines: tuple[FundingLine, ...]


@attrs.frozen(kw_only=True)
class FundingCommand:
    """What every command on a compound's funding names: the compound and, optionally, the
    version of its funding the caller read (a posting's too: the funding's ETag)."""

    programme: str
    compound: str
    expected: Expected | None = None


@attrs.frozen(kw_only=True)
class ReviseFunding(FundingCommand):
    lines: tuple[FundingLine, ...]


@attrs.frozen(kw_only=True)
class SubmitFunding(FundingCommand):
    on: datetime.date


@attrs.frozen(kw_only=True)
class ReviewFunding(FundingCommand):
    round: int
    bureau: Bureau
    verdict: Verdict
    on: datetime.date
    reasons: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class PostPayment(FundingCommand):
    line: int
    paid_on: datetime.date
    payee: str
    amount_yuan: Decimal
    purpose: str
    document: str


@attrs.frozen(kw_only=True)
class ReversePayment(FundingCommand):
    reverses: int
    on: datetime.date
    reason: str
    document: str


@attrs.frozen(kw_only=True)
class _Context:
    compound: core.Compound
    plan: Stored[core.RenovationPlan]
    project: Project | None
    policy: core.Policy
    today: datetime.date


async def _context(uow: UnitOfWork, programme: str, code: str) -> _Context:
    """The compound, if the caller may see it, with its plan (a funding has none without
    one) and its live project."""
    await scope.programme(uow, programme)
    compound = await scope.stored_compound(uow, programme, code)
    plan = await uow.plans.get(programme, code)
    if plan is None:
        raise RuleViolation(
            "no-plan", f"compound {code!r} needs its renovation plan before its funding"
        )
    live = await uow.projects.live(programme, code)
    return _Context(
        compound=compound.value,
        plan=plan,
        project=live.value if live else None,
        policy=await scope.policy(uow, programme),
        today=uow.today,
    )


async def _found(uow: UnitOfWork, programme: str, code: str) -> tuple[_Context, Stored[Funding]]:
    ctx = await _context(uow, programme, code)
    found = await uow.fundings.get(programme, code)
    if found is None:
        raise NotFound(f"a funding plan for compound {code!r}")
    return ctx, found


def _judged(stored: Stored[Funding], ctx: _Context, ledger: Ledger) -> Stored[CompoundFunding]:
    judged = CompoundFunding(
        funding=stored.value,
        compound=ctx.compound,
        plan=ctx.plan.value,
        project=ctx.project,
        ledger=ledger,
        policy=ctx.policy,
        on=ctx.today,
    )
    return Stored(value=judged, revision=stored.revision, place=stored.place, ref=stored.ref)


def _funding(stored: Stored[CompoundFunding]) -> Stored[Funding]:
    """The stored funding itself, as its repository takes it back."""
    return Stored(
        value=stored.value.funding, revision=stored.revision, place=stored.place, ref=stored.ref
    )


async def _read(
    uow: UnitOfWork, programme: str, code: str
) -> tuple[_Context, Stored[CompoundFunding]]:
    ctx, found = await _found(uow, programme, code)
    return ctx, _judged(found, ctx, await uow.fundings.ledger(found))


async def _rest_on_plan(uow: UnitOfWork, ctx: _Context) -> None:
    """Claim the compound's plan as read: the funding written now was judged against it, so a
    concurrent change of the plan and this write cannot both commit."""
    if await uow.plans.claim(ctx.plan) is None:
        raise Changed("the compound's plan changed while its funding was written")


def _plan(
    compound: core.Compound, plan: core.RenovationPlan, lines: tuple[FundingLine, ...]
) -> FundingPlan:
    """A funding plan of the compound, in its plan's year."""
    return FundingPlan(compound=compound.code, year=plan.year, lines=lines)


async def funding(uow: UnitOfWork, programme: str, code: str) -> Stored[CompoundFunding]:
    """The compound's funding, judged, if the caller may see the compound."""
    return (await _read(uow, programme, code))[1]


async def draft_funding(command: DraftFunding, uow: UnitOfWork) -> Stored[CompoundFunding]:
    """Draft the compound's funding plan, in its plan's year: one per compound. A draft may
    break the funding rules (its findings say which); it goes for review once it keeps them."""
    programme, code = command.programme, command.compound
    ctx = await _context(uow, programme, code)
    if await uow.fundings.get(programme, code) is not None:
        raise RuleViolation(
            "funding-exists", f"compound {code!r} has its funding plan; replace it instead"
        )
    drafted = Funding(plan=_plan(ctx.compound, ctx.plan.value, command.lines))
    await _rest_on_plan(uow, ctx)
    created = _judged(await uow.fundings.add(programme, drafted), ctx, Ledger())
    await uow.audit.record("create", resources.funding(programme, code), after=created)
    return created


async def _change(
    uow: UnitOfWork,
    command: FundingCommand,
    action: Action,
    apply: Callable[[CompoundFunding], Funding],
) -> Stored[CompoundFunding]:
    """Apply a change the core judges to the funding as read, resting on the plan as read."""
    programme, code = command.programme, command.compound
    ctx, stored = await _read(uow, programme, code)

    async def save(before: Stored[CompoundFunding], after: CompoundFunding) -> str | None:
        await _rest_on_plan(uow, ctx)
        return await uow.fundings.save(_funding(before), after.funding)

    return await change(
        uow,
        stored,
        command.expected,
        lambda record: attrs.evolve(record, funding=apply(record)),
        save,
        action,
        resources.funding(programme, code),
    )


async def revise_funding(command: ReviseFunding, uow: UnitOfWork) -> Stored[CompoundFunding]:
    """Replace the lines, as a new draft (not while under review); a line money was paid
    from keeps its place and its source."""

    def revise(record: CompoundFunding) -> Funding:
        revised = record.funding.revise(_plan(record.compound, record.plan, command.lines))
        record.ledger.check_revision(revised.plan)
        return revised

    return await _change(uow, command, "replace", revise)


async def submit_funding(command: SubmitFunding, uow: UnitOfWork) -> Stored[CompoundFunding]:
    """Send the plan to both bureaus: only a plan keeping every funding rule goes."""
    return await _change(
        uow,
        command,
        "submit",
        lambda record: record.funding.submit(
            on=command.on,
            by=uow.by.actor,
            budget_yuan=record.budget_yuan,
            compound=record.compound,
            plan=record.plan,
            policy=record.policy,
            today=uow.today,
        ),
    )


async def review_funding(command: ReviewFunding, uow: UnitOfWork) -> Stored[CompoundFunding]:
    """Record a bureau's verdict, given by one who speaks for that bureau."""
    if not reviews_for(uow.by, command.bureau):
        raise NotPermitted(
            f"the role {uow.by.role.code} does not speak for the {command.bureau.label}",
            slug="not-your-bureau",
        )
    return await _change(
        uow,
        command,
        "review",
        lambda record: record.funding.review(
            command.bureau,
            command.verdict,
            round=command.round,
            on=command.on,
            by=uow.by.actor,
            reasons=command.reasons,
            budget_yuan=record.budget_yuan,
            compound=record.compound,
            plan=record.plan,
            policy=record.policy,
            today=uow.today,
        ),
    )


@attrs.frozen(kw_only=True)
class RespondToFlag(FundingCommand):
    kind: FlagKind
    line: int | None
    entry: int | None
    on: datetime.date
    by: str
    action: str


async def respond_to_flag(command: RespondToFlag, uow: UnitOfWork) -> Stored[CompoundFunding]:
    """追究责任: record what was done about one of the compound's flags, as they stand."""
    response = FlagResponse(
        kind=command.kind,
        line=command.line,
        entry=command.entry,
        on=command.on,
        by=command.by,
        action=command.action,
        recorded_by=uow.by.actor,
    )
    return await _change(
        uow,
        command,
        "respond",
        lambda record: respond(record.funding, record.flags(), response, uow.today),
    )


async def _post(
    uow: UnitOfWork,
    command: FundingCommand,
    action: Action,
    make: Callable[[CompoundFunding], Entry],
) -> Stored[Entry]:
    """Append the entry the core makes of the funding and ledger as read. An entry is never
    changed, so it is stored with no revision (and shown with no ETag)."""
    programme, code = command.programme, command.compound
    _, stored = await _read(uow, programme, code)
    check(command.expected, stored)
    entry = make(stored.value)
    if await uow.fundings.post(_funding(stored), entry) is None:
        raise Changed()
    posted = Stored(value=entry, revision="", place=stored.place, ref=entry.number)
    await uow.audit.record(
        action, resources.ledger_entry(programme, code, entry.number), after=posted
    )
    return posted


async def post_payment(command: PostPayment, uow: UnitOfWork) -> Stored[Entry]:
    """Pay from an approved line, never beyond what it has left."""
    return await _post(
        uow,
        command,
        "pay",
        lambda record: record.ledger.pay(
            record.funding,
            line=command.line,
            paid_on=command.paid_on,
            payee=command.payee,
            amount_yuan=command.amount_yuan,
            purpose=command.purpose,
            document=command.document,
            by=uow.by.actor,
            policy=record.policy,
            today=uow.today,
        ),
    )


async def reverse_payment(command: ReversePayment, uow: UnitOfWork) -> Stored[Entry]:
    """Cancel a payment whole: the way to correct one, which is never edited."""
    return await _post(
        uow,
        command,
        "reverse",
        lambda record: record.ledger.reverse(
            command.reverses,
            on=command.on,
            reason=command.reason,
            document=command.document,
            by=uow.by.actor,
            today=uow.today,
        ),
    )


async def follow_plan(
    uow: UnitOfWork, programme: str, compound: str, plan: core.RenovationPlan | None
) -> None:
    """Carry the compound's funding along with a change of its plan to ``plan`` (``None``:
    the plan's removal), or refuse the change (``RuleViolation`` has-funding) once the funding
    has gone for review: a draft moves to the plan's year and goes with the plan. For the
    plan's commands, in their unit of work, after the plan is replaced or before it is
    removed (the audit shows the funding judged against the plan as stored)."""
    stored = await uow.fundings.get(programme, compound)
    if stored is None:
        return
    after = stored.value.follow(plan)
    if after is stored.value:
        return
    ctx = await _context(uow, programme, compound)
    before = _judged(stored, ctx, Ledger())  # never reviewed, so never paid from
    resource = resources.funding(programme, compound)
    if after is None:
        if not await uow.fundings.remove(stored):
            raise Changed()
        await uow.audit.record("delete", resource, before=before)
        return
    revision = await uow.fundings.save(stored, after)
    if revision is None:
        raise Changed()
    moved = attrs.evolve(before, value=attrs.evolve(before.value, funding=after), revision=revision)
    await uow.audit.record("replace", resource, before=before, after=moved)


async def ledger(
    uow: UnitOfWork, programme: str, code: str, after: int | None, limit: int
) -> list[Entry]:
    """A page of the compound's ledger in posting order, after entry ``after``."""
    _, found = await _found(uow, programme, code)
    return await uow.fundings.entries(found, after, limit)


async def ledger_entry(uow: UnitOfWork, programme: str, code: str, number: int) -> Entry:
    _, found = await _found(uow, programme, code)
    entry = await uow.fundings.entry(found, number)
    if entry is None:
        raise NotFound(f"entry {number} of the ledger of {code!r}")
    return entry


async def fundings(
    uow: UnitOfWork,
    programme: str,
    *,
    district: str | None,
    year: int | None,
    status: FundingStatus | None,
    after: str | None,
    limit: int,
) -> list[Stored[Funding]]:
    """A page of the fundings the caller may see, by compound code."""
    await scope.programme(uow, programme)
    return await uow.fundings.page(
        programme, uow.by, district=district, year=year, status=status, after=after, limit=limit
    )


# Reports -------------------------------------------------------------------------------------


def _flags(
    money: list[CompoundMoney], district: str | None, year: int | None, kind: FlagKind | None
) -> tuple[tuple[str, Flag], ...]:
    """The flags asked for, each with its compound's district."""
    return tuple(
        (m.compound.district, f)
        for m in money
        if district in (None, m.compound.district) and year in (None, m.plan.year)
        for f in m.flags()
        if kind in (None, f.kind)
    )


@attrs.frozen(kw_only=True)
class FlagReport:
    """The flags asked for, each with its compound's district, and the counts of them all by
    district and for the city."""

    flags: tuple[tuple[str, Flag], ...]
    totals: tuple[FlagCount, ...]
    as_of: datetime.date  # open flags' age counts to this day


async def flags(
    uow: UnitOfWork,
    programme: str,
    district: str | None,
    year: int | None,
    kind: FlagKind | None,
) -> FlagReport:
    await scope.programme(uow, programme)
    chosen = _flags(await uow.money.flagged(programme, uow.by), district, year, kind)
    return FlagReport(flags=chosen, totals=count_flags(chosen), as_of=uow.today)


@attrs.frozen(kw_only=True)
class FundingFigures:
    """The funding report as the caller may read it: money by source, investment against the
    published plan, and (when asked for) the flags, of ``year`` or of every year."""

    programme: core.Programme
    by_source: tuple[SourceRow, ...]
    investment: tuple[InvestmentRow, ...]
    flags: tuple[tuple[str, Flag], ...] = ()
    as_of: datetime.date | None = None  # the day read, for the flags' age


def _answers(uow: UnitOfWork, district: str | None) -> bool:
    """Whether the caller answers for the whole of a report row: a district's (its own
    officers and the city), or the city's (``None``: the city-wide roles only)."""
    return scope.city_wide(uow) if district is None else scope.answers_for(uow, district)


async def report(
    uow: UnitOfWork, programme: str, year: int | None, *, with_flags: bool = False
) -> FundingFigures:
    """The rows that are the caller's: those of the districts it sees compounds in (its own
    part of them) or answers for, and the city's for the city-wide roles. A published figure
    stands only beside a whole district's money: a street's part is not comparable with it."""
    found = await scope.programme(uow, programme)
    found.report_year(year)
    cells = await uow.money.amounts(programme, uow.by)
    districts = await uow.money.districts(programme, uow.by)

    def theirs(row_year: int, district: str | None) -> bool:
        return year in (None, row_year) and (district in districts or _answers(uow, district))

    return FundingFigures(
        programme=found,
        by_source=tuple(r for r in source_rows(found, cells) if theirs(r.year, r.district)),
        investment=tuple(
            r if _answers(uow, r.district) else attrs.evolve(r, published_yuan=None)
            for r in investment_rows(found, cells)
            if theirs(r.year, r.district)
        ),
        flags=_flags(await uow.money.flagged(programme, uow.by), None, year, None)
        if with_flags
        else (),
        as_of=uow.today,
    )
