"""A compound's funding: its funding plan, the budget review and the disbursement ledger.

Each handler turns the request into a command of ``services.funding`` and shows what it
returns; the service runs it as one transaction, audited. A payment also takes the funding's
revision, so two payments can never both spend the same balance.
"""

from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, put
from litestar.params import JSONBody, Parameter

import renovation_core as core
from renovation_api import runner
from renovation_api.etags import expected
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import problem_responses
from renovation_api.routes.common import (
    CREATED,
    ETAG,
    CompoundCode,
    CursorParam,
    IfMatch,
    PageSize,
    ProgrammeCode,
    command_route,
    create_route,
    tokens,
)
from renovation_api.services import funding, resources
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.funding import (
    EntryOut,
    FlagResponseIn,
    FundingIn,
    FundingOut,
    PaymentIn,
    ReversalIn,
    ReviewIn,
    SubmissionIn,
    entry_out,
    funding_lines,
)
from renovation_core.funding import MAX_ENTRIES

EntryNumberParam = Annotated[
    int, Parameter(ge=1, le=MAX_ENTRIES, description="The entry's number in the ledger.")
]
WRITE_ERRORS = (400, 404, 409, 412, 415, 422, 403)
LOCATION = [CREATED[0], CREATED[2]]


class EntryPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[EntryOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


def posted(programme: str, code: str) -> Callable[[Stored[Any]], str]:
    """Where a posted entry lives (its ``Location``)."""
    return lambda s: resources.ledger_entry(programme, code, s.value.number)


class FundingController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}/funding"
    tags = ("funding",)

    @get(
        "/",
        operation_id="getFunding",
        opt=needs(core.Permission.READ_FUNDING),
        response_headers=[ETAG],
        summary="Get a compound's funding",
        description="The funding plan line by line with what the plan's funding rules find in "
        "it, the budget it balances to, its submissions and the bureaus' reviews, the approved "
        "version with what each line has paid and has left, and the supervision flags.",
        responses=problem_responses(400, 404, 409, 403),
    )
    async def get_funding(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[FundingOut]:
        return runner.shown(
            await runner.query(request, lambda uow: funding.funding(uow, programme, code))
        )

    @create_route(
        "/",
        "createFunding",
        "Draft a compound's funding plan",
        "Creates the compound's funding plan, as a draft, in its plan's year: who "
        "pays how much for which plan items. A draft may break the funding rules (its findings "
        "say which); it goes for review only once it keeps them all. A utility operator's line "
        "names the network it runs, and only such a line names one.",
        permission=core.Permission.WRITE_FUNDING,
    )
    async def create_funding(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[FundingIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[FundingOut]:
        draft = funding.DraftFunding(programme=programme, compound=code, lines=funding_lines(data))
        return await runner.command(
            request,
            funding.draft_funding,
            draft,
            idempotency_key=idempotency_key,
            created=lambda _: resources.funding(programme, code),
        )

    @put(
        "/",
        operation_id="replaceFunding",
        opt=needs(core.Permission.WRITE_FUNDING),
        response_headers=[ETAG],
        summary="Revise a compound's funding plan",
        description="Replaces the lines, as a new draft; not while the bureaus review it. An "
        "approved plan stays in force for payments until its revision is approved in turn. "
        "Honours If-Match.",
        responses=problem_responses(*WRITE_ERRORS),
    )
    async def replace_funding(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[FundingIn],
        if_match: IfMatch = None,
    ) -> Response[FundingOut]:
        revision = funding.ReviseFunding(
            programme=programme,
            compound=code,
            expected=expected(if_match),
            lines=funding_lines(data),
        )
        return await runner.command(request, funding.revise_funding, revision)

    @command_route(
        "/submissions",
        "submitFunding",
        "Submit the funding plan for review",
        "Sends the plan to the district housing and finance bureaus. A plan that breaks a "
        "funding rule (unbalanced, money paying for what its source may not) is refused with "
        "409 funding-rules and each finding in errors. Honours If-Match and Idempotency-Key.",
        permission=core.Permission.WRITE_FUNDING,
    )
    async def submit(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[SubmissionIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[FundingOut]:
        submission = funding.SubmitFunding(
            programme=programme, compound=code, expected=expected(if_match), on=data.on
        )
        return await runner.command(
            request, funding.submit_funding, submission, idempotency_key=idempotency_key
        )

    @command_route(
        "/reviews",
        "reviewFunding",
        "Approve or return the budget",
        "Records the verdict of the district housing bureau (a district officer) or the "
        "district finance bureau (a finance officer) on the submission under review; a return "
        "gives its reasons. The plan is in force, and money may be paid, once both approve. "
        "Nobody reviews their own submission. Honours If-Match and Idempotency-Key.",
        permission=core.Permission.REVIEW_FUNDING,
    )
    async def review(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[ReviewIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[FundingOut]:
        verdict = funding.ReviewFunding(
            programme=programme,
            compound=code,
            expected=expected(if_match),
            round=data.round,
            bureau=data.bureau,
            verdict=data.verdict,
            on=data.on,
            reasons=tuple(data.reasons),
        )
        return await runner.command(
            request, funding.review_funding, verdict, idempotency_key=idempotency_key
        )

    @command_route(
        "/flag-responses",
        "answerFundingFlag",
        "Record what was done about a flag (追究责任)",
        "Records, against one of the compound's supervision flags as they stand (its kind, "
        "and its line and entry where it has them), what was done about it, by whom and on "
        "which day: a flag is answered once, on or after the day it was raised (409 "
        "no-such-flag, already-answered). The flag then shows its response, and its open age "
        "stops. For the district's housing and finance bureaus and the city. Honours If-Match "
        "and Idempotency-Key.",
        permission=core.Permission.REVIEW_FUNDING,
    )
    async def answer_flag(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[FlagResponseIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[FundingOut]:
        answer = funding.RespondToFlag(
            programme=programme,
            compound=code,
            expected=expected(if_match),
            kind=data.kind,
            line=data.line,
            entry=data.entry,
            on=data.on,
            by=data.by,
            action=data.action,
        )
        return await runner.command(
            request, funding.respond_to_flag, answer, idempotency_key=idempotency_key
        )

    @get(
        "/ledger",
        operation_id="listLedgerEntries",
        opt=needs(core.Permission.READ_FUNDING),
        summary="List the ledger",
        description="Every payment and reversal posted against the compound's funding, in "
        "posting order. Entries are never changed or removed.",
        responses=problem_responses(400, 404, 409, 403),
    )
    async def list_entries(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> EntryPage:
        query = f"ledger/{programme}/{code}"
        cursors = tokens(request)
        position = cursors.position(cursor, query)
        after = int(position[0]) if position else None
        entries = await runner.query(
            request, lambda uow: funding.ledger(uow, programme, code, after, page_size + 1)
        )
        more = len(entries) > page_size
        items = [entry_out(e) for e in entries[:page_size]]
        return EntryPage(
            items=items,
            next_cursor=cursors.issue(query, [items[-1].number]) if more else None,
        )

    @get(
        "/ledger/{number:int}",
        operation_id="getLedgerEntry",
        opt=needs(core.Permission.READ_FUNDING),
        summary="Get a ledger entry",
        description="One payment or reversal.",
        responses=problem_responses(400, 404, 409, 403),
    )
    async def get_entry(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        number: EntryNumberParam,
    ) -> EntryOut:
        return entry_out(
            await runner.query(
                request, lambda uow: funding.ledger_entry(uow, programme, code, number)
            )
        )

    @create_route(
        "/ledger",
        "postPayment",
        "Post a payment",
        "Appends a payment from an approved line. Refused before both bureaus "
        "approve (409 not-approved) and beyond what the line has left (409 over-line). A "
        "payment for an item its line does not fund, or dated before the approval, is "
        "posted and flagged. Honours If-Match (the funding's ETag) and Idempotency-Key.",
        permission=core.Permission.WRITE_LEDGER,
        errors=WRITE_ERRORS,
        headers=LOCATION,
    )
    async def pay(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[PaymentIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[EntryOut]:
        payment = funding.PostPayment(
            programme=programme,
            compound=code,
            expected=expected(if_match),
            line=data.line,
            paid_on=data.paid_on,
            payee=data.payee,
            amount_yuan=Decimal(data.amount_yuan),
            purpose=data.purpose,
            document=data.document,
        )
        return await runner.command(
            request,
            funding.post_payment,
            payment,
            idempotency_key=idempotency_key,
            created=posted(programme, code),
        )

    @create_route(
        "/ledger/reversals",
        "reversePayment",
        "Reverse a payment",
        "Appends the entry that cancels payment ``reverses`` whole: the way to "
        "correct a posted payment, which is never edited. Post the correct payment after it. "
        "Honours If-Match (the funding's ETag) and Idempotency-Key.",
        permission=core.Permission.WRITE_LEDGER,
        errors=WRITE_ERRORS,
        headers=LOCATION,
    )
    async def reverse(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[ReversalIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[EntryOut]:
        reversal = funding.ReversePayment(
            programme=programme,
            compound=code,
            expected=expected(if_match),
            reverses=data.reverses,
            on=data.on,
            reason=data.reason,
            document=data.document,
        )
        return await runner.command(
            request,
            funding.reverse_payment,
            reversal,
            idempotency_key=idempotency_key,
            created=posted(programme, code),
        )
