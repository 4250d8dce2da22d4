"""A compound's residents' committee and the menu its households order from (菜单式改造).

The committee is households of the compound (no names), replaced whole as it changes. The menu,
each order (a household's own, or a paper one staff enter with its reference), the closing and
the committee's confirmation are each one transaction under the menu's revision; confirming
makes the proposal the plan's items in the same transaction, under the plan's own rules.
"""

import datetime
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Annotated, Any

import attrs
import msgspec
from litestar import Controller, Request, Response, get, post, put
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.clock import today
from renovation_api.etags import changed, check_if_match, etag
from renovation_api.fields import Code, Label, Money, Name, text
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey, encoded, run_once
from renovation_api.problems import not_found, problem_responses
from renovation_api.routes.common import (
    CREATED,
    ETAG,
    CompoundCode,
    IfMatch,
    ProgrammeCode,
    engine,
    snapshot,
)
from renovation_api.routes.compounds import compound_path
from renovation_api.routes.participation import (
    WRITE_ERRORS,
    ClosureIn,
    HouseholdKey,
    HouseholdPath,
    compound_of,
    read_one,
    replace_one,
    require_register,
)
from renovation_api.routes.plans import require_plan, store_plan
from renovation_api.routes.project_bodies import Body, to_core
from renovation_api.storage import delivery, mapping, records, tables
from renovation_core.delivery import Stage
from renovation_core.errors import RuleViolation
from renovation_core.participation import CategoryLimit, Committee, CommitteeRole, Menu
from renovation_core.participation.committee import MAX_MEMBERS, MIN_MEMBERS
from renovation_core.validators import MAX_CATALOGUE_ITEMS, MAX_HOUSEHOLDS

ItemCodes = Annotated[list[Code], msgspec.Meta(max_length=MAX_CATALOGUE_ITEMS)]
ItemCount = Annotated[int, msgspec.Meta(ge=0, le=MAX_CATALOGUE_ITEMS)]


class MemberBody(Body):
    household: HouseholdKey
    role: CommitteeRole


class CommitteeBody(Body):
    """The renovation committee: households of the compound, one of them chairing it."""

    formed_on: datetime.date
    members: Annotated[
        list[MemberBody], msgspec.Meta(min_length=MIN_MEMBERS, max_length=MAX_MEMBERS)
    ]


class CommitteeOut(CommitteeBody, kw_only=True):
    compound: Code


class OfferIn(Body):
    """A catalogue item on the menu; under a budget cap, with its cost."""

    code: Code
    cost_yuan: Money | None = None


class LimitBody(Body):
    category: core.Category
    minimum: ItemCount = 0
    maximum: ItemCount | None = None


class MenuIn(Body):
    """A menu for the compound: catalogue items (every basic item of the plan among them,
    kept in every order), per-category limits and an optional budget cap."""

    opened_on: datetime.date
    offered: Annotated[list[OfferIn], msgspec.Meta(min_length=1, max_length=MAX_CATALOGUE_ITEMS)]
    limits: Annotated[list[LimitBody], msgspec.Meta(max_length=len(core.Category))] = msgspec.field(
        default_factory=list
    )
    budget_cap_yuan: Money | None = None


class OrderIn(Body):
    """A household's order: every item it wants, the basic ones included. A paper order gives
    its reference."""

    items: ItemCodes
    placed_on: datetime.date
    paper_reference: Name | None = None


class OfferOut(msgspec.Struct, kw_only=True):
    """An item on the menu; ``mandatory`` basic items are in every order, ``ordered`` counts
    the households that chose it."""

    code: Code
    category: core.Category
    label: Label
    cost_yuan: Money | None
    mandatory: bool
    ordered: Annotated[int, msgspec.Meta(ge=0, le=MAX_HOUSEHOLDS)]


class OrderOut(msgspec.Struct, kw_only=True):
    household: HouseholdKey
    items: ItemCodes
    placed_on: datetime.date
    paper_reference: Name | None


class MenuOut(msgspec.Struct, kw_only=True):
    """The menu, its orders and, once closed, the plan items they propose (the plan's items
    once the committee has confirmed them)."""

    compound: Code
    opened_on: datetime.date
    closed_on: datetime.date | None
    confirmed_on: datetime.date | None
    offered: Annotated[list[OfferOut], msgspec.Meta(max_length=MAX_CATALOGUE_ITEMS)]
    limits: Annotated[list[LimitBody], msgspec.Meta(max_length=len(core.Category))]
    budget_cap_yuan: Money | None
    orders: Annotated[list[OrderOut], msgspec.Meta(max_length=MAX_HOUSEHOLDS)]
    proposal: ItemCodes | None


def committee_out(code: str, committee: Committee) -> CommitteeOut:
    return CommitteeOut(
        compound=code,
        formed_on=committee.formed_on,
        members=[MemberBody(household=m.household, role=m.role) for m in committee.members],
    )


def menu_out(code: str, catalogue: core.Catalogue, menu: Menu) -> MenuOut:
    tally = menu.tally()
    return MenuOut(
        compound=code,
        opened_on=menu.opened_on,
        closed_on=menu.closed_on,
        confirmed_on=menu.confirmed_on,
        offered=[
            OfferOut(
                code=i.code,
                category=i.category,
                label=catalogue.item(i.code).label,
                cost_yuan=None if i.cost_yuan is None else text(i.cost_yuan),
                mandatory=i.mandatory,
                ordered=tally[i.code],
            )
            for i in menu.offered
        ],
        limits=[
            LimitBody(category=limit.category, minimum=limit.minimum, maximum=limit.maximum)
            for limit in menu.limits
        ],
        budget_cap_yuan=None if menu.budget_cap_yuan is None else text(menu.budget_cap_yuan),
        orders=[
            OrderOut(
                household=o.household,
                items=list(o.items),
                placed_on=o.placed_on,
                paper_reference=o.paper_reference,
            )
            for o in menu.orders
        ],
        proposal=None if menu.closed_on is None else list(menu.proposal()),
    )


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


async def _relied_on(conn: AsyncConnection, compound_id: int) -> datetime.date | None:
    """The first day something relied on the committee being formed: the design's start, or
    the confirmation of the plan the residents ordered."""
    days = []
    live = await delivery.live_project(conn, compound_id)
    designing = delivery.project_of(live).reached(Stage.DESIGNING) if live is not None else None
    if designing is not None:
        days.append(designing.on)
    menu = await records.get_one(conn, tables.menus, compound_id)
    confirmed = records.record_of(menu, Menu).confirmed_on if menu is not None else None
    if confirmed is not None:
        days.append(confirmed)
    return min(days, default=None)


def menu_path(programme: str, code: str) -> str:
    return f"{compound_path(programme, code)}/menu"


# A change to a stored menu: given the connection, the menu and today, the menu after it.
MenuChange = Callable[[AsyncConnection, Menu, datetime.date], Awaitable[Menu]]


async def change_menu(
    request: Request[Any, Any, Any],
    programme: str,
    code: str,
    if_match: str | None,
    idempotency_key: str | None,
    action: auditing.Action,
    change: MenuChange,
) -> Response[MenuOut]:
    """Apply ``change`` to the compound's menu as one transaction, audited; answer with it."""

    async def write(conn: AsyncConnection) -> Any:
        found, _, _ = await require_plan(request, conn, programme, code)
        compound = await compound_of(request, conn, programme, code)
        row = await records.get_one(conn, tables.menus, compound.id, lock=True)
        if row is None:
            raise not_found(f"a menu for compound {code!r}")
        check_if_match(if_match, etag(row.revision))
        before = records.record_of(row, Menu)
        after = await change(conn, before, today())
        revision = await records.put_one(conn, tables.menus, compound.id, row, after)
        if revision is None:
            raise changed()
        result = menu_out(code, found.catalogue, after)
        await auditing.record(
            conn,
            request,
            action,
            menu_path(programme, code),
            before=menu_out(code, found.catalogue, before),
            after=result,
        )
        return encoded(200, result, etag=etag(revision))

    return await run_once(request, engine(request), idempotency_key, write)


class MenuController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}"
    tags = ("participation",)

    @get(
        "/committee",
        operation_id="getCommittee",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a compound's renovation committee",
        description="The residents' renovation committee: its members are households of the "
        "compound, by building, entrance and unit; no names.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_committee(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[CommitteeOut]:
        committee, revision = await read_one(
            request, programme, code, tables.committees, Committee, "the committee"
        )
        return Response(committee_out(code, committee), headers={"ETag": etag(revision)})

    @put(
        "/committee",
        operation_id="replaceCommittee",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Form or change a compound's renovation committee",
        description="Sets the committee whole: at least three households of the compound, one "
        "chairing it, formed on a day not in the future. The project moves from consultation "
        "to design only once it is formed. Honours If-Match.",
        responses=WRITE_ERRORS,
    )
    async def replace_committee(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[CommitteeBody],
        if_match: IfMatch = None,
    ) -> Response[CommitteeOut]:
        committee = to_core(data, Committee)

        async def check(conn: AsyncConnection, compound_id: int) -> None:
            register = await require_register(conn, compound_id, code)
            committee.check(register, today(), await _relied_on(conn, compound_id))

        return await replace_one(
            request,
            programme,
            code,
            if_match,
            tables.committees,
            committee,
            lambda c: committee_out(code, c),
            check,
        )

    @post(
        "/menu",
        operation_id="openMenu",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Offer a compound its menu",
        description="Opens the compound's one menu of catalogue items (菜单式改造). Every basic "
        "item of the plan is on it and in every order (应改尽改); limits per category and an "
        "optional budget cap (every item then has a cost) bound each order.",
        responses=problem_responses(400, 404, 409, 415, 422, 403),
        status_code=201,
        response_headers=CREATED,
    )
    async def open_menu(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[MenuIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[MenuOut]:
        limits = [
            to_core(limit, CategoryLimit, f"$.limits[{i}]") for i, limit in enumerate(data.limits)
        ]

        async def write(conn: AsyncConnection) -> Any:
            found, plan_row, items = await require_plan(request, conn, programme, code)
            compound = await compound_of(request, conn, programme, code)
            if await records.get_one(conn, tables.menus, compound.id) is not None:
                raise RuleViolation(
                    "menu-exists", f"compound {code!r} has its menu (one per compound)"
                )
            menu = Menu.drawn_from(
                found.catalogue,
                mapping.plan_from_row(code, plan_row._mapping, items),
                [(o.code, _decimal(o.cost_yuan)) for o in data.offered],
                opened_on=data.opened_on,
                today=today(),
                limits=limits,
                budget_cap_yuan=_decimal(data.budget_cap_yuan),
            )
            revision = await records.insert_one(conn, tables.menus, compound.id, menu)
            result = menu_out(code, found.catalogue, menu)
            location = menu_path(programme, code)
            await auditing.record(conn, request, "create", location, after=result)
            return encoded(201, result, location=location, etag=etag(revision))

        return await run_once(request, engine(request), idempotency_key, write)

    @get(
        "/menu",
        operation_id="getMenu",
        opt=needs(core.Permission.READ_REGISTER),
        response_headers=[ETAG],
        summary="Get a compound's menu",
        description="The menu, how many households ordered each item, the orders and, once "
        "closed, the plan items they propose.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_menu(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[MenuOut]:
        async with snapshot(request).connect() as conn:
            found, _, _ = await require_plan(request, conn, programme, code)
            compound = await compound_of(request, conn, programme, code)
            row = await records.get_one(conn, tables.menus, compound.id)
        if row is None:
            raise not_found(f"a menu for compound {code!r}")
        return Response(
            menu_out(code, found.catalogue, records.record_of(row, Menu)),
            headers={"ETag": etag(row.revision)},
        )

    @put(
        "/menu/orders/{household:str}",
        operation_id="placeOrder",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Place a household's order",
        description="Records the household's one order, replacing its earlier one, until the "
        "menu closes; an order that breaks the menu's rules or drops a basic item is refused "
        "with each broken rule. Honours If-Match.",
        responses=WRITE_ERRORS,
    )
    async def place_order(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        household: HouseholdPath,
        data: JSONBody[OrderIn],
        if_match: IfMatch = None,
    ) -> Response[MenuOut]:
        async def change(conn: AsyncConnection, menu: Menu, day: datetime.date) -> Menu:
            compound = await compound_of(request, conn, programme, code)
            register = await require_register(conn, compound.id, code)
            if not register.holds(household):
                raise not_found(f"household {household} of compound {code!r}")
            return menu.place(
                household,
                data.items,
                on=data.placed_on,
                today=day,
                paper_reference=data.paper_reference,
            )

        return await change_menu(request, programme, code, if_match, None, "order", change)

    @post(
        "/menu/closure",
        operation_id="closeMenu",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Close a compound's menu",
        description="Closes ordering; the orders then propose the plan items: the basic items "
        "and the most ordered of the rest that half the ordering households chose, within "
        "the limits and the cap. Honours If-Match and Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=200,
    )
    async def close_menu(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[ClosureIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[MenuOut]:
        async def change(_conn: AsyncConnection, menu: Menu, day: datetime.date) -> Menu:
            return menu.close(data.on, day)

        return await change_menu(
            request, programme, code, if_match, idempotency_key, "close", change
        )

    @post(
        "/menu/confirmation",
        operation_id="confirmMenu",
        opt=needs(core.Permission.WRITE_REGISTER),
        response_headers=[ETAG],
        summary="Record the committee's confirmation of the proposal",
        description="The residents' committee, formed by then, confirms the closed menu's "
        "proposal: it becomes the plan's items in the same transaction (the plan's own rules "
        "apply, and its draft funding follows). Honours If-Match and Idempotency-Key.",
        responses=WRITE_ERRORS,
        status_code=200,
    )
    async def confirm_menu(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[ClosureIn],
        if_match: IfMatch = None,
        idempotency_key: IdempotencyKey = None,
    ) -> Response[MenuOut]:
        async def change(conn: AsyncConnection, menu: Menu, day: datetime.date) -> Menu:
            found, plan_row, items = await require_plan(request, conn, programme, code)
            row = await records.get_one(conn, tables.committees, plan_row.compound_id)
            committee = records.record_of(row, Committee) if row is not None else None
            plan = mapping.plan_from_row(code, plan_row._mapping, items)
            confirmed = menu.confirm(committee, plan, found.catalogue, on=data.on, today=day)
            proposed = attrs.evolve(plan, items=confirmed.proposal())
            await store_plan(request, conn, programme, found, plan_row, items, proposed)
            return confirmed

        return await change_menu(
            request, programme, code, if_match, idempotency_key, "confirm", change
        )
