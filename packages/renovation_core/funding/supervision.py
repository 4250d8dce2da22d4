"""Fund supervision: what the record shows went wrong with the money, for audit and finance.

The ledger refuses what it can stop (paying before approval, beyond a line, and, where the
programme's policy says so, for an item its line does not fund). What it cannot stop it flags:
a payment dated before the approval, a payment for an item its line does not fund (专款专用,
where the policy only warns), a line paid beyond what a later approval left it, and works let
without the money approved to pay for them. Each flag carries the day it was raised and, once
someone answers for it (追究责任), the response: who, what was done, when; until then it is
open, and its age counts.
"""

import datetime
from collections.abc import Iterable, Iterator
from decimal import Decimal

import attrs

from renovation_core.delivery import Project, Stage
from renovation_core.errors import RuleViolation
from renovation_core.funding.ledger import Ledger
from renovation_core.funding.plan import budget_of
from renovation_core.funding.responses import FlagKind, FlagResponse
from renovation_core.funding.review import Funding, Verdict
from renovation_core.register.plan import RenovationPlan
from renovation_core.validators import not_after, not_before


@attrs.frozen(kw_only=True)
class Flag:
    """One supervision finding on a compound's money; ``line`` and ``entry`` locate it,
    ``raised_on`` is the day of what raised it (a payment's day, the later of a line's payments
    and approvals, the award), ``response`` what was done."""

    kind: FlagKind
    compound: str
    year: int
    amount_yuan: Decimal
    message: str
    line: int | None = None
    entry: int | None = None
    raised_on: datetime.date | None = None
    response: FlagResponse | None = None

    @property
    def key(self) -> tuple[FlagKind, int | None, int | None]:
        return self.kind, self.line, self.entry

    def open_days(self, today: datetime.date) -> int | None:
        """How long the flag was (or has been) open: to its response, or to ``today``."""
        if self.raised_on is None:
            return None
        until = self.response.on if self.response is not None else today
        return max((until - self.raised_on).days, 0)


# From the award on, a contract binds the money: the budget must be funded.
_COMMITTED = Stage.TENDERED


def supervise(
    plan: RenovationPlan, project: Project | None, funding: Funding | None, ledger: Ledger
) -> tuple[Flag, ...]:
    """Every flag on one compound's money, lines first, then payments, then the gap, each
    with its response if one was recorded. The money alone raises the first (``money_flags``
    counts them), works let beyond the money approved the gap: a store judges only the
    compounds with either."""
    answered = {r.answers: r for r in funding.responses} if funding else {}
    flags = list(_money_flags(plan.compound, plan.year, funding, ledger))
    gap = _unfunded(budget_of(plan, project), project, funding)
    let = project.reached(_COMMITTED) if project is not None else None
    if gap and let is not None:
        flags.append(_gap_flag(plan, gap, let.on))
    return tuple(attrs.evolve(flag, response=answered.get(flag.key)) for flag in flags)


def money_flags(funding: Funding, ledger: Ledger) -> int:
    """How many flags the funding's lines and payments raise, whatever the works: what a store
    keeps with each write to a funding or its ledger."""
    return sum(1 for _ in _money_flags(funding.plan.compound, funding.plan.year, funding, ledger))


def _unfunded(budget_yuan: Decimal, project: Project | None, funding: Funding | None) -> Decimal:
    """What of the budget has no approved funding once the works are let (and not cancelled):
    zero before, or when the approved lines cover it."""
    committed = (
        project is not None
        and project.stage is not Stage.CANCELLED
        and project.reached(_COMMITTED) is not None
    )
    approved = funding.approved.lines if funding and funding.approved else ()
    gap = budget_yuan - sum((line.amount_yuan for line in approved), Decimal(0))
    return gap if committed and gap > 0 else Decimal(0)


def respond(
    funding: Funding, flags: Iterable[Flag], response: FlagResponse, today: datetime.date
) -> Funding:
    """``funding`` with ``response`` recorded against one of its ``flags``, as they stand: a
    flag is answered once, on or after the day it was raised."""
    flag = next((f for f in flags if f.key == response.answers), None)
    where = ", ".join(
        f"{name} {value}"
        for name, value in (("line", response.line), ("entry", response.entry))
        if value
    )
    if flag is None:
        raise RuleViolation(
            "no-such-flag",
            f"the compound's money shows no {response.kind.code} flag"
            + (f" at {where}" if where else ""),
        )
    if flag.response is not None:
        raise RuleViolation(
            "already-answered",
            f"the flag was answered on {flag.response.on} by {flag.response.by}",
        )
    not_after("on", response.on, today)
    if flag.raised_on is not None:
        not_before("on", response.on, flag.raised_on, "the day the flag was raised")
    return attrs.evolve(funding, responses=(*funding.responses, response))


def _gap_flag(plan: RenovationPlan, gap: Decimal, let_on: datetime.date) -> Flag:
    return Flag(
        kind=FlagKind.UNFUNDED_GAP,
        compound=plan.compound,
        year=plan.year,
        amount_yuan=gap,
        message=f"the works are let but {gap} yuan of the budget has no approved funding",
        raised_on=let_on,
    )


def _money_flags(
    compound: str, year: int, funding: Funding | None, ledger: Ledger
) -> Iterator[Flag]:
    def flag(
        kind: FlagKind,
        amount: Decimal,
        message: str,
        raised_on: datetime.date | None,
        line: int | None = None,
        entry: int | None = None,
    ) -> Flag:
        return Flag(
            kind=kind,
            compound=compound,
            year=year,
            amount_yuan=amount,
            message=message,
            raised_on=raised_on,
            line=line,
            entry=entry,
        )

    approved = funding.approved.lines if funding and funding.approved else ()
    approvals = [r.on for r in funding.reviews if r.verdict is Verdict.APPROVED] if funding else []
    for number in sorted({e.line for e in ledger.entries}):
        limit = approved[number - 1].amount_yuan if number <= len(approved) else Decimal(0)
        paid = ledger.paid(number)
        if paid > limit:
            paid_on = [e.paid_on for e in ledger.entries if e.line == number]
            yield flag(
                FlagKind.OVER_LINE,
                paid - limit,
                f"line {number} has paid {paid} yuan against {limit} yuan approved",
                raised_on=max(paid_on + approvals),
                line=number,
            )
    approved_on = funding.approved_on if funding else None
    for entry in ledger.payments():
        funds = approved[entry.line - 1].items if entry.line <= len(approved) else ()
        if entry.purpose not in funds:
            yield flag(
                FlagKind.PURPOSE_MISMATCH,
                entry.amount_yuan,
                f"entry {entry.number} paid for {entry.purpose}, which line {entry.line} does "
                f"not fund ({', '.join(funds) or 'no approved line'})",
                raised_on=entry.paid_on,
                line=entry.line,
                entry=entry.number,
            )
        if approved_on is None or entry.paid_on < approved_on:
            yield flag(
                FlagKind.BEFORE_APPROVAL,
                entry.amount_yuan,
                f"entry {entry.number} was paid on {entry.paid_on}, before the budget was "
                f"approved ({approved_on or 'not yet'})",
                raised_on=entry.paid_on,
                line=entry.line,
                entry=entry.number,
            )


@attrs.frozen(kw_only=True)
class FlagCount:
    """How many flags of one kind a district has, and their amount (``district=None``: the
    whole city)."""

    district: str | None
    kind: FlagKind
    count: int
    amount_yuan: Decimal


def count_flags(flags: Iterable[tuple[str, Flag]]) -> tuple[FlagCount, ...]:
    """The district and city view of ``(district, flag)`` pairs: each district's count and
    amount of each kind of flag it has, in district code order, then the city's."""
    counts: dict[tuple[str | None, FlagKind], tuple[int, Decimal]] = {}
    for district, flag in flags:
        for place in (district, None):
            count, amount = counts.get((place, flag.kind), (0, Decimal(0)))
            counts[place, flag.kind] = (count + 1, amount + flag.amount_yuan)
    kinds = list(FlagKind)
    return tuple(
        FlagCount(district=district, kind=kind, count=count, amount_yuan=amount)
        for (district, kind), (count, amount) in sorted(
            counts.items(), key=lambda c: (c[0][0] is None, c[0][0] or "", kinds.index(c[0][1]))
        )
    )
