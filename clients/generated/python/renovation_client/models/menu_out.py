from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.limit_body import LimitBody
    from ..models.offer_out import OfferOut
    from ..models.order_out import OrderOut


T = TypeVar("T", bound="MenuOut")


@_attrs_define
class MenuOut:
    """
    Attributes:
        compound (str):
        opened_on (datetime.date):
        closed_on (datetime.date | None):
        confirmed_on (datetime.date | None):
        offered (list[OfferOut]):
        limits (list[LimitBody]):
        budget_cap_yuan (None | str): Yuan, as an exact decimal string with at most 2 decimal places.
        orders (list[OrderOut]):
        proposal (list[str] | None):
    """

    compound: str
    opened_on: datetime.date
    closed_on: datetime.date | None
    confirmed_on: datetime.date | None
    offered: list[OfferOut]
    limits: list[LimitBody]
    budget_cap_yuan: None | str
    orders: list[OrderOut]
    proposal: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        opened_on = self.opened_on.isoformat()

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        confirmed_on: None | str
        if isinstance(self.confirmed_on, datetime.date):
            confirmed_on = self.confirmed_on.isoformat()
        else:
            confirmed_on = self.confirmed_on

        offered = []
        for offered_item_data in self.offered:
            offered_item = offered_item_data.to_dict()
            offered.append(offered_item)

        limits = []
        for limits_item_data in self.limits:
            limits_item = limits_item_data.to_dict()
            limits.append(limits_item)

        budget_cap_yuan: None | str
        budget_cap_yuan = self.budget_cap_yuan

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        proposal: list[str] | None
        if isinstance(self.proposal, list):
            proposal = self.proposal

        else:
            proposal = self.proposal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "opened_on": opened_on,
                "closed_on": closed_on,
                "confirmed_on": confirmed_on,
                "offered": offered,
                "limits": limits,
                "budget_cap_yuan": budget_cap_yuan,
                "orders": orders,
                "proposal": proposal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.limit_body import LimitBody  # noqa: PLC0415
        from ..models.offer_out import OfferOut  # noqa: PLC0415
        from ..models.order_out import OrderOut  # noqa: PLC0415

        d = dict(src_dict)
        compound = d.pop("compound")

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        def _parse_confirmed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmed_on_type_0 = datetime.date.fromisoformat(data)

                return confirmed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        confirmed_on = _parse_confirmed_on(d.pop("confirmed_on"))

        offered = []
        _offered = d.pop("offered")
        for offered_item_data in _offered:
            offered_item = OfferOut.from_dict(offered_item_data)

            offered.append(offered_item)

        limits = []
        _limits = d.pop("limits")
        for limits_item_data in _limits:
            limits_item = LimitBody.from_dict(limits_item_data)

            limits.append(limits_item)

        def _parse_budget_cap_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        budget_cap_yuan = _parse_budget_cap_yuan(d.pop("budget_cap_yuan"))

        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = OrderOut.from_dict(orders_item_data)

            orders.append(orders_item)

        def _parse_proposal(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                proposal_type_0 = cast(list[str], data)

                return proposal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        proposal = _parse_proposal(d.pop("proposal"))

        menu_out = cls(
            compound=compound,
            opened_on=opened_on,
            closed_on=closed_on,
            confirmed_on=confirmed_on,
            offered=offered,
            limits=limits,
            budget_cap_yuan=budget_cap_yuan,
            orders=orders,
            proposal=proposal,
        )

        menu_out.additional_properties = d
        return menu_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
