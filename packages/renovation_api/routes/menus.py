"""A compound's residents' committee and the menu its households order from (菜单式改造).

The committee is households of the compound (no names), replaced whole as it changes. The menu,
each order (a household's own, or a paper one staff enter with its reference), the closing and
the committee's confirmation are each one transaction under the menu's revision; confirming
makes the proposal the plan's items in the same transaction, under the plan's own rules. Each
handler turns the request into a command of ``services.participation`` and shows its result.
"""

import datetime
from decimal import Decimal
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, put
from litestar.params import JSONBody

import renovation_core as core
from renovation_api import runner
from renovation_api.etags import expected
from renovation_api.fields import Code, Label, Money, Name, text
from renovation_api.guards import needs
from renovation_api.idempotency import IdempotencyKey
from renovation_api.routes.common import (
    ETAG,
    CompoundCode,
    IfMatch,
    ProgrammeCode,
    command_route,
    create_route,
    read_route,
)
from renovation_api.services import participation, resources
from renovation_api.services.participation import CompoundCommittee, CompoundMenu
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body, to_core
from renovation_api.shapes.participation import (
    WRITE_ERRORS,
    ClosureIn,
    HouseholdKey,
    HouseholdPath,
)
from renovation_api.views import view
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


@view(CompoundCommittee)
def show_committee(stored: Stored[CompoundCommittee]) -> CommitteeOut:
    return committee_out(stored.value.compound, stored.value.record)


@view(CompoundMenu)
def show_menu(stored: Stored[CompoundMenu]) -> MenuOut:
    return menu_out(stored.value.compound, stored.value.catalogue, stored.value.record)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


class MenuController(Controller):
    path = "/v1/programmes/{programme:str}/compounds/{code:str}"
    tags = ("participation",)

    @read_route(
        "/committee",
        "getCommittee",
        "Get a compound's renovation committee",
        "The residents' renovation committee: its members are households of the "
        "compound, by building, entrance and unit; no names.",
    )
    async def get_committee(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[CommitteeOut]:
        return runner.shown(
            await runner.query(request, lambda uow: participation.committee(uow, programme, code))
        )

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
        command = participation.SetCommittee(
            programme=programme,
            compound=code,
            committee=to_core(data, Committee),
            expected=expected(if_match),
        )
        return await runner.command(request, participation.set_committee, command)

    @create_route(
        "/menu",
        "openMenu",
        "Offer a compound its menu",
        "Opens the compound's one menu of catalogue items (菜单式改造). Every basic "
        "item of the plan is on it and in every order (应改尽改); limits per category and an "
        "optional budget cap (every item then has a cost) bound each order. Each item is in the "
        "programme's catalogue and offered once; a category's maximum is not below its "
        "minimum.",
    )
    async def open_menu(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        code: CompoundCode,
        data: JSONBody[MenuIn],
        idempotency_key: IdempotencyKey = None,
    ) -> Response[MenuOut]:
        command = participation.OpenMenu(
            programme=programme,
            compound=code,
            offered=tuple((o.code, _decimal(o.cost_yuan)) for o in data.offered),
            opened_on=data.opened_on,
            limits=tuple(
                to_core(limit, CategoryLimit, f"$.limits[{i}]")
                for i, limit in enumerate(data.limits)
            ),
            budget_cap_yuan=_decimal(data.budget_cap_yuan),
        )
        return await runner.command(
            request,
            participation.open_menu,
            command,
            idempotency_key=idempotency_key,
            created=lambda _: resources.menu(programme, code),
        )

    @read_route(
        "/menu",
        "getMenu",
        "Get a compound's menu",
        "The menu, how many households ordered each item, the orders and, once "
        "closed, the plan items they propose.",
    )
    async def get_menu(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, code: CompoundCode
    ) -> Response[MenuOut]:
        return runner.shown(
            await runner.query(request, lambda uow: participation.menu(uow, programme, code))
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
        order = participation.PlaceOrder(
            programme=programme,
            compound=code,
            expected=expected(if_match),
            household=household,
            items=tuple(data.items),
            placed_on=data.placed_on,
            paper_reference=data.paper_reference,
        )
        return await runner.command(request, participation.place_order, order)

    @command_route(
        "/menu/closure",
        "closeMenu",
        "Close a compound's menu",
        "Closes ordering; the orders then propose the plan items: the basic items and the most "
        "ordered of the rest that half the ordering households chose, within the limits and "
        "the cap. Honours If-Match and Idempotency-Key.",
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
        closure = participation.CloseMenu(
            programme=programme, compound=code, expected=expected(if_match), on=data.on
        )
        return await runner.command(
            request, participation.close_menu, closure, idempotency_key=idempotency_key
        )

    @command_route(
        "/menu/confirmation",
        "confirmMenu",
        "Record the committee's confirmation of the proposal",
        "The residents' committee, formed by then, confirms the closed menu's proposal: it "
        "becomes the plan's items in the same transaction (the plan's own rules apply, and its "
        "draft funding follows). Honours If-Match and Idempotency-Key.",
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
        confirmation = participation.ConfirmMenu(
            programme=programme, compound=code, expected=expected(if_match), on=data.on
        )
        return await runner.command(
            request, participation.confirm_menu, confirmation, idempotency_key=idempotency_key
        )
