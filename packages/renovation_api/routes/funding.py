"""A compound's funding: its funding plan, the budget review and the disbursement ledger.

Every write is one transaction: read the funding, let the core apply the change (or refuse
it), store the result if nobody wrote in between, and record it in the audit log. A payment
also takes the funding's revision, so two payments can never both spend the same balance.
"""

import datetime
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Annotated, Any

import attrs
import msgspec
from litestar import Controller, Request, Response, get, post, put
from litestar.params import JSONBody, Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import changed, check_if_match, etag
from renovation_api.guards import needs, principal
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import ProblemError, not_found, problem_responses
from renovation_api.routes.common import (
    CREATED,
    ETAG,
    CompoundCode,
    CursorParam,
    IfMatch,
    PageSize,
    ProgrammeCode,
    engine,
    require_programme,
    snapshot,
    tokens,
)
from renovation_api.routes.compounds import compound_path, require_compound
from renovation_api.routes.funding_bodies import (
    EntryOut,
    FundingIn,
    FundingOut,
    PaymentIn,
    ReversalIn,
    ReviewIn,
    SubmissionIn,
    entry_out,
    funding_out,
)
from renovation_api.routes.project_bodies import to_core
from renovation_api.storage import delivery, funding, mapping, register
from renovation_core.funding import (
    MAX_ENTRIES,
    Funding,
    FundingLine,
    FundingPlan,
    Ledger,
    budget_of,
    check_funding,
    reviews_for,
    supervise,
)

EntryNumberParam = Annotated[
    int, Parameter(ge=1, le=MAX_ENTRIES, description="The entry's number in the ledger.")
]
WRITE_ERRORS = problem_responses(400, 404, 409, 412, 415, 422, 403)
LOCATION = [CREATED[0], CREATED[2]]


class EntryPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[EntryOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


def funding_path(programme: str, code: str) -> str:
    return f"{compound_path(programme, code)}/funding"


@attrs.frozen
class Context:
    """What a compound's funding is judged with: its compound, plan and live project."""

    compound_row: Any
    compound: core.Compound
    plan_row: Any
    plan: core.RenovationPlan
    project: Any

    @property
    def budget(self) -> Decimal:
        return budget_of(self.plan, self.project)


async def context(
    request: Request[Any, Any, Any], conn: AsyncConnection, programme: str, code: str
) -> Context:
    """The compound (404 outside the caller's scope) with its plan (409 without one)."""
    programme_row, _ = await require_programme(request, conn, programme)
    compound_row = await require_compound(request, conn, programme_row.id, programme, code)
    stored = await register.get_plan(conn, compound_row.id)
    if stored is None:
        raise ProblemError(
            409,
            "no-plan",
            "The compound has no plan",
            f"compound {code!r} needs its renovation plan before its funding",
        )
    live = await delivery.live_project(conn, compound_row.id)
    return Context(
        compound_row=compound_row,
        compound=mapping.compound_from_row(compound_row._mapping),
        plan_row=stored[0],
        plan=mapping.plan_from_row(code, stored[0]._mapping, stored[1]),
        project=delivery.project_of(live) if live is not None else None,
    )


def shown(ctx: Context, found: Funding, ledger: Ledger) -> FundingOut:
    return funding_out(
        found,
        district=ctx.compound.district,
        budget_yuan=ctx.budget,
        findings=check_funding(found.plan, ctx.budget, ctx.compound, ctx.plan),
        ledger=ledger,
        flags=supervise(ctx.plan, ctx.project, found, ledger),
    )


def _plan(ctx: Context, data: FundingIn) -> FundingPlan:
    return FundingPlan(
        compound=ctx.compound.code,
        year=ctx.plan.year,
        lines=tuple(
            to_core(line, FundingLine, f"$.lines[{i}]") for i, line in enumerate(data.lines)
        ),
    )


async def rests_on_plan(conn: AsyncConnection, ctx: Context) -> None:
    """Claim the compound's plan as read: the funding written now was judged against it, so a
    concurrent change of the plan and this write cannot both commit."""
    if await register.claim_plan(conn, ctx.plan_row.id, ctx.plan_row.revision) is None:
        raise changed("the compound's plan changed while its funding was written")


async def require_funding(conn: AsyncConnection, ctx: Context) -> Any:
    row = await funding.get_funding(conn, ctx.compound_row.id)
    if row is None:
        raise not_found(f"a funding plan for compound {ctx.compound.code!r}")
    return row


async def follow_plan(
    request: Request[Any, Any, Any],
    conn: AsyncConnection,
    programme: str,
    code: str,
    plan: core.RenovationPlan | None,
) -> None:
    """Carry the compound's funding along with a change of its plan to ``plan`` (``None``: the
    plan's removal, made after this), or refuse the change (409 has-funding) once the funding
    has gone for review. Called in the plan change's transaction, after any replacement."""
    ctx = await context(request, conn, programme, code)
    row = await funding.get_funding(conn, ctx.compound_row.id)
    if row is None:
        return
    before = funding.funding_of(row)
    after = before.follow(plan)
    if after is before:
        return
    path = funding_path(programme, code)
    if after is None:
        if not await funding.delete_draft(conn, row.id, row.revision):
            raise changed()
        await auditing.record(conn, request, "delete", path, before=shown(ctx, before, Ledger()))
        return
    if await funding.save_funding(conn, row.id, row.revision, after) is None:
        raise changed()
    await auditing.record(
        conn,
        request,
        "replace",
        path,
        before=shown(ctx, before, Ledger()),
        after=shown(ctx, after, Ledger()),
    )


# A change of the funding, given the compound's context, the funding and its ledger, and today.
Change = Callable[[AsyncConnection, Context, Funding, Ledger, datetime.date], Awaitable[Funding]]


async def change_funding(
    request: Request[Any, Any, Any],
    programme: str,
    code: str,
    if_match: str | None,
    idempotency_key: str | None,
    action: auditing.Action,
    change: Change,
) -> Response[FundingOut]:
    """Apply ``change`` to the funding as one transaction, audited; answer with the funding."""

    async def write(conn: AsyncConnection) -> Any:
        ctx = await context(request, conn, programme, code)
        row = await require_funding(conn, ctx)
        check_if_match(if_match, etag(row.revision))
        before = funding.funding_of(row)
        ledger = await funding.ledger(conn, row.id)
        after = await change(conn, ctx, before, ledger, today())
        revision = await funding.save_funding(conn, row.id, row.revision, after)
        if revision is None:
            raise changed()
        result = shown(ctx, after, ledger)
        await auditing.record(
            conn,
            request,
            action,
            funding_path(programme, code),
            before=shown(ctx, before, ledger),
            after=result,
        )
        return encoded(200, result, etag=etag(revision))

    return await run_once(request, engine(request), idempotency_key, write)


async def post_entry(
    request: Request[Any, Any, Any],
    programme: str,
    code: str,
    if_match: str | None,
    idempotency_key: str | None,
    action: auditing.Action,
    make: Callable[[Funding, Ledger, datetime.date], Any],
) -> Response[EntryOut]:
    """Append the entry ``make`` gives as one transaction, audited; answer with the entry."""

    async def write(conn: AsyncConnection) -> Any:
        ctx = await context(request, conn, programme, code)
        row = await require_funding(conn, ctx)
        check_if_match(if_match, etag(row.revision))
        entry = make(funding.funding_of(row), await funding.ledger(conn, row.id), today())
        if await funding.claim_funding(conn, row.id, row.revision) is None:
            raise changed()
        await funding.append(conn, row.id, entry)
        result = entry_out(entry)
        location = f"{funding_path(programme, code)}/ledger/{entry.number}"
        await auditing.record(conn, request, action, location, after=result)
        return encoded(201, result, location=location)

    return await run_once(request, engine(request), idempotency_key, write)


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
        async with snapshot(request).connect() as conn:
            ctx = await context(request, conn, programme, code)
            row = await require_funding(conn, ctx)
            ledger = await funding.ledger(conn, row.id)
        found = funding.funding_of(row)
        return Response(shown(ctx, found, ledger), headers={"ETag": etag(row.revision)})

    @post(
        "/",
        operation_id="createFunding",
        opt=needs(core.Permission.WRITE_FUNDING),
        summary="Draft a compound's funding plan",
        description="Creates the compound's funding plan, as a draft, in its plan's year: who "
        "pays how much for which plan items. A draft may break the funding rules (its findings "
        "say which); it goes for review only once it keeps them all.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def create_funding(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[FundingIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[FundingOut]:
        async def write(conn: AsyncConnection) -> Any:
            ctx = await context(request, conn, programme, code)
            if await funding.get_funding(conn, ctx.compound_row.id) is not None:
                raise ProblemError(
                    409,
                    "funding-exists",
                    "The compound has a funding plan",
                    f"compound {code!r} has its funding plan; replace it instead",
                )
            programme_row, _ = await require_programme(request, conn, programme)
            created = Funding(plan=_plan(ctx, data))
            await rests_on_plan(conn, ctx)
            revision = await funding.insert_funding(
                conn, programme_row.id, ctx.compound_row.id, created
            )
            result = shown(ctx, created, Ledger())
            location = funding_path(programme, code)
            await auditing.record(conn, request, "create", location, after=result)
            return encoded(201, result, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

    @put(
        "/",
        operation_id="replaceFunding",
        opt=needs(core.Permission.WRITE_FUNDING),
        response_headers=[ETAG],
        summary="Revise a compound's funding plan",
        description="Replaces the lines, as a new draft; not while the bureaus review it. An "
        "approved plan stays in force for payments until its revision is approved in turn. "
        "Honours If-Match.",
        responses=WRITE_ERRORS,
    )
    async def replace_funding(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[FundingIn],
        if_match: IfMatch = None,
    ) -> Response[FundingOut]:
        async def change(
            conn: AsyncConnection, ctx: Context, found: Funding, ledger: Ledger, _: datetime.date
        ) -> Funding:
            revised = found.revise(_plan(ctx, data))
            ledger.check_revision(revised.plan)
            await rests_on_plan(conn, ctx)
            return revised

        return await change_funding(request, programme, code, if_match, None, "replace", change)

    @post(
        "/submissions",
        operation_id="submitFunding",
        opt=needs(core.Permission.WRITE_FUNDING),
        response_headers=[ETAG],
        summary="Submit the funding plan for review",
        description="Sends the plan to the district housing and finance bureaus. A plan that "
        "breaks a funding rule (unbalanced, money paying for what its source may not) is "
        "refused with 409 funding-rules and each finding in errors. Honours If-Match and "
        "Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=200,
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
        async def change(
            conn: AsyncConnection, ctx: Context, found: Funding, _: Ledger, day: datetime.date
        ) -> Funding:
            submitted = found.submit(
                on=data.on,
                by=principal(request).actor,
                budget_yuan=ctx.budget,
                compound=ctx.compound,
                plan=ctx.plan,
                today=day,
            )
            await rests_on_plan(conn, ctx)
            return submitted

        return await change_funding(
            request, programme, code, if_match, idempotency_key, "submit", change
        )

    @post(
        "/reviews",
        operation_id="reviewFunding",
        opt=needs(core.Permission.REVIEW_FUNDING),
        response_headers=[ETAG],
        summary="Approve or return the budget",
        description="Records the verdict of the district housing bureau (a district officer) "
        "or the district finance bureau (a finance officer) on the submission under review; "
        "a return gives its reasons. The plan is in force, and money may be paid, once both "
        "approve. Nobody reviews their own submission. Honours If-Match and Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=200,
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
        caller = principal(request)
        if not reviews_for(caller, data.bureau):
            raise ProblemError(
                403,
                "not-your-bureau",
                "Not your bureau",
                f"the role {caller.role.code} does not speak for the {data.bureau.label}",
            )

        async def change(
            conn: AsyncConnection, ctx: Context, found: Funding, _: Ledger, day: datetime.date
        ) -> Funding:
            reviewed = found.review(
                data.bureau,
                data.verdict,
                round=data.round,
                on=data.on,
                by=caller.actor,
                reasons=tuple(data.reasons),
                budget_yuan=ctx.budget,
                compound=ctx.compound,
                plan=ctx.plan,
                today=day,
            )
            await rests_on_plan(conn, ctx)
            return reviewed

        return await change_funding(
            request, programme, code, if_match, idempotency_key, "review", change
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
        async with snapshot(request).connect() as conn:
            ctx = await context(request, conn, programme, code)
            row = await require_funding(conn, ctx)
            entries = await funding.entries_page(
                conn, row.id, int(position[0]) if position else None, page_size + 1
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
        async with snapshot(request).connect() as conn:
            ctx = await context(request, conn, programme, code)
            row = await require_funding(conn, ctx)
            entry = await funding.get_entry(conn, row.id, number)
        if entry is None:
            raise not_found(f"entry {number} of the ledger of {code!r}")
        return entry_out(entry)

    @post(
        "/ledger",
        operation_id="postPayment",
        opt=needs(core.Permission.WRITE_LEDGER),
        summary="Post a payment",
        description="Appends a payment from an approved line. Refused before both bureaus "
        "approve (409 not-approved) and beyond what the line has left (409 over-line). A "
        "payment for an item its line does not fund, or dated before the approval, is "
        "posted and flagged. Honours If-Match (the funding's ETag) and Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=201,
        response_headers=LOCATION,
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
        def make(found: Funding, ledger: Ledger, day: datetime.date) -> Any:
            return ledger.pay(
                found,
                line=data.line,
                paid_on=data.paid_on,
                payee=data.payee,
                amount_yuan=Decimal(data.amount_yuan),
                purpose=data.purpose,
                document=data.document,
                by=principal(request).actor,
                today=day,
            )

        return await post_entry(request, programme, code, if_match, idempotency_key, "pay", make)

    @post(
        "/ledger/reversals",
        operation_id="reversePayment",
        opt=needs(core.Permission.WRITE_LEDGER),
        summary="Reverse a payment",
        description="Appends the entry that cancels payment ``reverses`` whole: the way to "
        "correct a posted payment, which is never edited. Post the correct payment after it. "
        "Honours If-Match (the funding's ETag) and Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=201,
        response_headers=LOCATION,
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
        def make(_: Funding, ledger: Ledger, day: datetime.date) -> Any:
            return ledger.reverse(
                data.reverses,
                on=data.on,
                reason=data.reason,
                document=data.document,
                by=principal(request).actor,
                today=day,
            )

        return await post_entry(
            request, programme, code, if_match, idempotency_key, "reverse", make
        )
