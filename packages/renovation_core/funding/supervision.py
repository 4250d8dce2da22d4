"""Fund supervision: what the record shows went wrong with the money, for audit and finance.

The ledger refuses what it can stop (paying before approval, beyond a line). What it cannot stop
it flags: a payment dated before the approval, a payment for an item its line does not fund
(专款专用), a line paid beyond what a later approval left it, and works let without the money
approved to pay for them.
"""

from collections.abc import Iterable, Iterator
from decimal import Decimal

import attrs

from renovation_core.delivery import Project, Stage
from renovation_core.funding.ledger import Ledger
from renovation_core.funding.plan import budget_of
from renovation_core.funding.review import Funding
from renovation_core.labels import Labelled
from renovation_core.register.plan import RenovationPlan


class FlagKind(Labelled):
    OVER_LINE = ("over_line", "超出批复额度支付")
    PURPOSE_MISMATCH = ("purpose_mismatch", "资金用途与批复不符（专款专用）")
    BEFORE_APPROVAL = ("before_approval", "预算批复前支付")
    UNFUNDED_GAP = ("unfunded_gap", "资金缺口")


@attrs.frozen(kw_only=True)
class Flag:
    """One supervision finding on a compound's money; ``line`` and ``entry`` locate it."""

    kind: FlagKind
    compound: str
    year: int
    amount_yuan: Decimal
    message: str
    line: int | None = None
    entry: int | None = None


# From the award on, a contract binds the money: the budget must be funded.
_COMMITTED = Stage.TENDERED


def supervise(
    plan: RenovationPlan, project: Project | None, funding: Funding | None, ledger: Ledger
) -> tuple[Flag, ...]:
    """Every flag on one compound's money, lines first, then payments, then the gap."""
    return tuple(_flags(plan, project, funding, ledger))


def _flags(
    plan: RenovationPlan, project: Project | None, funding: Funding | None, ledger: Ledger
) -> Iterator[Flag]:
    def flag(kind: FlagKind, amount: Decimal, message: str, **where: int) -> Flag:
        return Flag(
            kind=kind,
            compound=plan.compound,
            year=plan.year,
            amount_yuan=amount,
            message=message,
            **where,
        )

    approved = funding.approved.lines if funding and funding.approved else ()
    for number in sorted({e.line for e in ledger.entries}):
        limit = approved[number - 1].amount_yuan if number <= len(approved) else Decimal(0)
        paid = ledger.paid(number)
        if paid > limit:
            yield flag(
                FlagKind.OVER_LINE,
                paid - limit,
                f"line {number} has paid {paid} yuan against {limit} yuan approved",
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
                line=entry.line,
                entry=entry.number,
            )
        if approved_on is None or entry.paid_on < approved_on:
            yield flag(
                FlagKind.BEFORE_APPROVAL,
                entry.amount_yuan,
                f"entry {entry.number} was paid on {entry.paid_on}, before the budget was "
                f"approved ({approved_on or 'not yet'})",
                line=entry.line,
                entry=entry.number,
            )
    committed = (
        project is not None
        and project.stage is not Stage.CANCELLED
        and project.reached(_COMMITTED) is not None
    )
    funded = sum((line.amount_yuan for line in approved), Decimal(0))
    gap = budget_of(plan, project) - funded
    if committed and gap > 0:
        yield flag(
            FlagKind.UNFUNDED_GAP,
            gap,
            f"the works are let but {gap} yuan of the budget has no approved funding",
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
