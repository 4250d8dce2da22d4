"""The shapes of fundings at the edge: funding plans, reviews, ledger entries and flags, and
the views that show a stored funding and ledger entry (in answers and in the audit log).

Money is a decimal string of yuan both ways; a JSON number is refused, so no client can send
(or read back) a float. Field names are the core's own, so a body becomes a core value through
the core's converter, whose checks then name the failing field.
"""

import datetime
from typing import Annotated

import msgspec

from renovation_api.fields import (
    Code,
    DistrictCode,
    Money,
    Name,
    Note,
    PositiveMoney,
    SignedMoney,
    Year,
    text,
)
from renovation_api.services.funding import CompoundFunding
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body, to_core
from renovation_api.shapes.reports import FindingOut
from renovation_api.views import view
from renovation_core.delivery import Network
from renovation_core.funding import (
    MAX_ENTRIES,
    MAX_LINES,
    Bureau,
    Entry,
    Flag,
    FlagKind,
    FundingLine,
    FundingSource,
    FundingStatus,
    Verdict,
)
from renovation_core.funding.review import MAX_REASONS, MAX_REVIEWS
from renovation_core.validators import EARLIEST_YEAR, LATEST_YEAR, MAX_CATALOGUE_ITEMS

LineNumber = Annotated[int, msgspec.Meta(ge=1, le=MAX_LINES, description="Numbered from 1.")]
EntryNumber = Annotated[
    int, msgspec.Meta(ge=1, le=MAX_ENTRIES, description="Numbered from 1 in posting order.")
]
Round = Annotated[int, msgspec.Meta(ge=1, le=MAX_REVIEWS, description="The submission's number.")]
Items = Annotated[
    list[Code],
    msgspec.Meta(
        min_length=1,
        max_length=MAX_CATALOGUE_ITEMS,
        description="The plan items the money pays for, each once.",
        examples=[["water_supply", "drainage"]],
    ),
]
MAX_FLAGS = MAX_LINES + 2 * MAX_ENTRIES + 1
MAX_DAYS = 366 * (LATEST_YEAR - EARLIEST_YEAR)  # the longest a flag can have been open


class FundingLineBody(Body):
    """One source's share of the budget: who pays (``party``), how much, for which items. A
    utility operator's line names the network it runs; ``residents_agreed`` marks resident cash
    the compound's plan puts beyond in-home items."""

    source: FundingSource
    party: Name
    amount_yuan: PositiveMoney
    items: Items
    network: Network | None = None
    residents_agreed: bool = False


class FundingIn(Body):
    """The compound's funding plan, line by line; its year is the plan's."""

    lines: Annotated[list[FundingLineBody], msgspec.Meta(min_length=1, max_length=MAX_LINES)]


def funding_lines(data: FundingIn) -> tuple[FundingLine, ...]:
    """The plan's lines as core values; a 422 naming the line and field the core refuses."""
    return tuple(to_core(line, FundingLine, f"$.lines[{i}]") for i, line in enumerate(data.lines))


class SubmissionIn(Body):
    on: datetime.date


class ReviewIn(Body):
    """A bureau's verdict on submission ``round``, the one under review (as read: a verdict on
    an earlier one is refused); a return gives its reasons."""

    round: Round
    bureau: Bureau
    verdict: Verdict
    on: datetime.date
    reasons: Annotated[list[Note], msgspec.Meta(max_length=MAX_REASONS)] = msgspec.field(
        default_factory=list
    )


class PaymentIn(Body):
    """A payment from approved line ``line`` for plan item ``purpose``, made on ``paid_on``
    under payment document ``document`` (国库集中支付凭证 or the like)."""

    line: LineNumber
    paid_on: datetime.date
    payee: Name
    amount_yuan: PositiveMoney
    purpose: Code
    document: Name


class ReversalIn(Body):
    """The reversal of entry ``reverses``, whole, on ``on``, with why and the document."""

    reverses: EntryNumber
    on: datetime.date
    reason: Note
    document: Name


class LineOut(msgspec.Struct, kw_only=True):
    number: LineNumber
    source: FundingSource
    party: Name
    amount_yuan: Money
    items: Items
    network: Network | None
    residents_agreed: bool


class ApprovedLineOut(LineOut, kw_only=True):
    """An approved line with what has been paid from it (net of reversals) and what is left
    (negative once a later approval cut it below the payments)."""

    paid_yuan: Money
    left_yuan: SignedMoney


class ApprovedOut(msgspec.Struct, kw_only=True):
    """The version in force; ``approved_on`` is when money could first be paid."""

    approved_on: datetime.date
    total_yuan: Money
    lines: Annotated[list[ApprovedLineOut], msgspec.Meta(max_length=MAX_LINES)]


class SubmissionOut(msgspec.Struct, kw_only=True):
    round: Round
    on: datetime.date
    by: Name


class ReviewOut(msgspec.Struct, kw_only=True):
    round: Round
    bureau: Bureau
    verdict: Verdict
    on: datetime.date
    by: Name
    reasons: Annotated[list[Note], msgspec.Meta(max_length=MAX_REASONS)]


class FlagResponseIn(Body):
    """追究责任: which flag (its kind, and its line and entry where it has them), what was done
    about it, by whom and when."""

    kind: FlagKind
    on: datetime.date
    by: Name
    action: Note
    line: LineNumber | None = None
    entry: EntryNumber | None = None


class FlagResponseOut(msgspec.Struct, kw_only=True):
    on: datetime.date
    by: Name
    action: Note
    recorded_by: Name


class FlagOut(msgspec.Struct, kw_only=True):
    """A supervision flag; ``line`` and ``entry`` locate it where it has one. ``raised_on`` is
    the day of what raised it (the payment's day; for a line paid beyond its approval the later
    of its payments and approvals; the award for an unfunded gap), ``response`` what was done
    about it (追究责任), and ``open_days`` how long it was open: to its response, or to the day
    read."""

    kind: FlagKind
    compound: Code
    year: Year
    amount_yuan: Money
    message: Note
    line: LineNumber | None
    entry: EntryNumber | None
    raised_on: datetime.date | None
    open_days: Annotated[int, msgspec.Meta(ge=0, le=MAX_DAYS)] | None
    response: FlagResponseOut | None


Flags = Annotated[list[FlagOut], msgspec.Meta(max_length=MAX_FLAGS)]


class FundingOut(msgspec.Struct, kw_only=True):
    """A compound's funding: the plan as it stands and what its rules find in it, the budget it
    must balance to (the project's, or the plan's estimate before there is a project), its
    submissions and reviews, the bureaus yet to decide, the approved version with what each line
    has paid, and the supervision flags."""

    compound: Code
    district: DistrictCode
    year: Year
    status: FundingStatus
    budget_yuan: Money
    total_yuan: Money
    lines: Annotated[list[LineOut], msgspec.Meta(max_length=MAX_LINES)]
    findings: Annotated[list[FindingOut], msgspec.Meta(max_length=4 * MAX_LINES + 2)]
    submissions: Annotated[list[SubmissionOut], msgspec.Meta(max_length=MAX_REVIEWS)]
    reviews: Annotated[list[ReviewOut], msgspec.Meta(max_length=MAX_REVIEWS)]
    pending: Annotated[list[Bureau], msgspec.Meta(max_length=len(Bureau))]
    approved: ApprovedOut | None
    disbursed_yuan: Money
    flags: Flags


class EntryOut(msgspec.Struct, kw_only=True):
    """A ledger entry. A reversal (``reverses`` set) repeats the payment it cancels, with its
    own date, document and ``reason``; ``signed_yuan`` is what it adds to the money paid."""

    number: EntryNumber
    line: LineNumber
    source: FundingSource
    paid_on: datetime.date
    payee: Name
    amount_yuan: Money
    signed_yuan: SignedMoney
    purpose: Code
    document: Name
    recorded_on: datetime.date
    recorded_by: Name
    reverses: EntryNumber | None
    reason: Note | None


def _line(number: int, line: FundingLine) -> LineOut:
    return LineOut(
        number=number,
        source=line.source,
        party=line.party,
        amount_yuan=text(line.amount_yuan),
        items=list(line.items),
        network=line.network,
        residents_agreed=line.residents_agreed,
    )


def flag_out(flag: Flag, today: datetime.date) -> FlagOut:
    response = flag.response
    return FlagOut(
        kind=flag.kind,
        compound=flag.compound,
        year=flag.year,
        amount_yuan=text(flag.amount_yuan),
        message=flag.message,
        line=flag.line,
        entry=flag.entry,
        raised_on=flag.raised_on,
        open_days=flag.open_days(today),
        response=None
        if response is None
        else FlagResponseOut(
            on=response.on, by=response.by, action=response.action, recorded_by=response.recorded_by
        ),
    )


@view(Entry)
def show_entry(stored: Stored[Entry]) -> EntryOut:
    return entry_out(stored.value)


def entry_out(entry: Entry) -> EntryOut:
    return EntryOut(
        number=entry.number,
        line=entry.line,
        source=entry.source,
        paid_on=entry.paid_on,
        payee=entry.payee,
        amount_yuan=text(entry.amount_yuan),
        signed_yuan=text(entry.signed_yuan),
        purpose=entry.purpose,
        document=entry.document,
        recorded_on=entry.recorded_on,
        recorded_by=entry.recorded_by,
        reverses=entry.reverses,
        reason=entry.reason,
    )


@view(CompoundFunding)
def show_funding(stored: Stored[CompoundFunding]) -> FundingOut:
    record = stored.value
    funding, ledger = record.funding, record.ledger
    approved = None
    if funding.approved is not None and funding.approved_on is not None:
        lines = []
        for number, line in enumerate(funding.approved.lines, start=1):
            paid = ledger.paid(number)
            lines.append(
                ApprovedLineOut(
                    **msgspec.structs.asdict(_line(number, line)),
                    paid_yuan=text(paid),
                    left_yuan=text(line.amount_yuan - paid),
                )
            )
        approved = ApprovedOut(
            approved_on=funding.approved_on,
            total_yuan=text(funding.approved.total_yuan),
            lines=lines,
        )
    return FundingOut(
        compound=funding.plan.compound,
        district=record.compound.district,
        year=funding.plan.year,
        status=funding.status,
        budget_yuan=text(record.budget_yuan),
        total_yuan=text(funding.plan.total_yuan),
        lines=[_line(n, line) for n, line in enumerate(funding.plan.lines, start=1)],
        findings=[
            FindingOut(code=f.code, message=f.message, location=f"$.{f.location}")
            for f in record.findings()
        ],
        submissions=[SubmissionOut(round=s.round, on=s.on, by=s.by) for s in funding.submissions],
        reviews=[
            ReviewOut(
                round=r.round,
                bureau=r.bureau,
                verdict=r.verdict,
                on=r.on,
                by=r.by,
                reasons=list(r.reasons),
            )
            for r in funding.reviews
        ],
        pending=list(funding.pending()),
        approved=approved,
        disbursed_yuan=text(ledger.total),
        flags=[flag_out(f, record.on) for f in record.flags()],
    )
