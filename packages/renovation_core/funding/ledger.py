"""The disbursement ledger: every payment against an approved funding line, append-only.

A posted entry is never changed or removed. A wrong payment is corrected by a reversing entry
that points at it and cancels its whole amount; the correct payment is then posted anew. So the
ledger always shows what was paid, when, and what was undone, which is what an audit reads.
"""

import datetime
from collections.abc import Iterable
from decimal import Decimal

import attrs

from renovation_core.enforcement import Duty
from renovation_core.errors import FieldError, FieldValueError, RuleViolation
from renovation_core.funding.plan import FundingPlan
from renovation_core.funding.review import Funding
from renovation_core.funding.sources import FundingSource
from renovation_core.policy import Policy
from renovation_core.validators import (
    EARLIEST_YEAR,
    at_most,
    code,
    not_after,
    not_blank,
    note,
    quantity,
)

MAX_ENTRIES = 100_000


@attrs.frozen(kw_only=True)
class Entry:
    """One posting: a payment of ``amount_yuan`` from approved line ``line`` (numbered from 1)
    for plan item ``purpose``, or, when ``reverses`` names an earlier entry, its reversal."""

    number: int = attrs.field(validator=attrs.validators.ge(1))
    line: int = attrs.field(validator=attrs.validators.ge(1))
    source: FundingSource
    paid_on: datetime.date
    payee: str = attrs.field(validator=not_blank)
    amount_yuan: Decimal = attrs.field(validator=quantity(2, positive=True))
    purpose: str = attrs.field(validator=code)
    document: str = attrs.field(validator=not_blank)
    recorded_on: datetime.date
    recorded_by: str = attrs.field(validator=not_blank)
    reverses: int | None = None
    reason: str | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        if self.reverses is None and self.reason is not None:
            raise FieldValueError("reason", "only a reversing entry gives a reason")
        if self.reverses is not None:
            if self.reason is None:
                raise FieldValueError("reason", "a reversing entry says why")
            note(self, attrs.fields(Entry).reason, self.reason)

    @property
    def signed_yuan(self) -> Decimal:
        """What the entry adds to the money paid: a reversal takes its amount back."""
        return -self.amount_yuan if self.reverses is not None else self.amount_yuan


@attrs.frozen
class Ledger:
    """A compound's entries in posting order; each command answers with the entry to append."""

    entries: tuple[Entry, ...] = attrs.field(default=(), validator=at_most(MAX_ENTRIES, "entries"))

    def paid(self, line: int) -> Decimal:
        """The money paid from ``line``, net of reversals."""
        return sum((e.signed_yuan for e in self.entries if e.line == line), Decimal(0))

    def paid_by_source(self) -> dict[FundingSource, Decimal]:
        """The money paid from each source, net of reversals."""
        paid: dict[FundingSource, Decimal] = {}
        for entry in self.entries:
            paid[entry.source] = paid.get(entry.source, Decimal(0)) + entry.signed_yuan
        return paid

    @property
    def total(self) -> Decimal:
        """All the money paid, net of reversals."""
        return sum((e.signed_yuan for e in self.entries), Decimal(0))

    def check_revision(self, plan: FundingPlan) -> None:
        """Refuse a revised plan that would move a line money was paid from: payments stay
        with the line (and the source) they were paid from, so a paid line keeps its number
        and its source; its amount may change, and new lines come after it."""
        for line in sorted({e.line for e in self.entries}):
            source = next(e.source for e in self.entries if e.line == line)
            if line > len(plan.lines) or plan.lines[line - 1].source is not source:
                raise RuleViolation(
                    "paid-line-moved",
                    f"line {line} ({source.label}) has payments: it keeps its place and its "
                    "source in every revision",
                    errors=[FieldError(path=f"$.lines[{line - 1}]", message="paid from")],
                )

    def _next(self) -> int:
        if len(self.entries) >= MAX_ENTRIES:
            raise RuleViolation("ledger-full", f"the ledger holds at most {MAX_ENTRIES} entries")
        return len(self.entries) + 1

    @property
    def reversed(self) -> frozenset[int]:
        return frozenset(e.reverses for e in self.entries if e.reverses is not None)

    def payments(self) -> Iterable[Entry]:
        """The payments that stand: not reversals, not reversed."""
        undone = self.reversed
        return (e for e in self.entries if e.reverses is None and e.number not in undone)

    def pay(
        self,
        funding: Funding,
        *,
        line: int,
        paid_on: datetime.date,
        payee: str,
        amount_yuan: Decimal,
        purpose: str,
        document: str,
        by: str,
        policy: Policy,
        today: datetime.date,
    ) -> Entry:
        """A payment from an approved line, never beyond what is left of it, and for an item the
        line funds where the ``policy`` holds special funds to their purpose (专款专用; where it
        only warns or does not check, the payment is flagged by
        :func:`~renovation_core.funding.supervise` all the same, for audit)."""
        not_after("paid_on", paid_on, today)
        if paid_on.year < EARLIEST_YEAR:
            raise FieldValueError("paid_on", f"must not be before {EARLIEST_YEAR}, got {paid_on}")
        approved = funding.approved
        if approved is None:
            raise RuleViolation(
                "not-approved",
                "money is paid only once the district housing and finance bureaus have both "
                "approved the budget",
            )
        if not 1 <= line <= len(approved.lines):
            raise FieldValueError(
                "line", f"the approved plan has lines 1 to {len(approved.lines)}, not {line}"
            )
        approved_line = approved.lines[line - 1]
        entry = Entry(
            number=self._next(),
            line=line,
            source=approved_line.source,
            paid_on=paid_on,
            payee=payee,
            amount_yuan=amount_yuan,
            purpose=purpose,
            document=document,
            recorded_on=today,
            recorded_by=by,
        )
        if purpose not in approved_line.items:
            policy.enforce(
                Duty.SPECIAL_PURPOSE,
                f"line {line} ({approved_line.source.label}) funds "
                f"{', '.join(approved_line.items)}, not {purpose}",
            )
        left = approved_line.amount_yuan - self.paid(line)
        if amount_yuan > left:
            raise RuleViolation(
                "over-line",
                f"line {line} ({approved_line.source.label}) has {left} yuan left of "
                f"{approved_line.amount_yuan} approved; {amount_yuan} yuan is more",
            )
        return entry

    def reverse(
        self,
        number: int,
        *,
        on: datetime.date,
        reason: str,
        document: str,
        by: str,
        today: datetime.date,
    ) -> Entry:
        """The entry that cancels payment ``number`` whole."""
        not_after("on", on, today)
        target = next((e for e in self.entries if e.number == number), None)
        if target is None:
            raise FieldValueError("reverses", f"the ledger has no entry {number}")
        if target.reverses is not None:
            raise RuleViolation(
                "reversal-of-reversal",
                f"entry {number} is itself a reversal; post the payment again instead",
            )
        if number in self.reversed:
            raise RuleViolation("already-reversed", f"entry {number} is already reversed")
        if on < target.paid_on:
            raise FieldValueError("on", f"must not be before the payment ({target.paid_on})")
        return attrs.evolve(
            target,
            number=self._next(),
            paid_on=on,
            document=document,
            recorded_on=today,
            recorded_by=by,
            reverses=number,
            reason=reason,
        )
