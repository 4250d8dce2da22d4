from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.limit_body import LimitBody
    from ..models.offer_in import OfferIn


T = TypeVar("T", bound="MenuIn")


@_attrs_define
class MenuIn:
    """
    Attributes:
        opened_on (datetime.date):
        offered (list[OfferIn]):
        limits (list[LimitBody] | Unset):
        budget_cap_yuan (None | str | Unset): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    opened_on: datetime.date
    offered: list[OfferIn]
    limits: list[LimitBody] | Unset = UNSET
    budget_cap_yuan: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        opened_on = self.opened_on.isoformat()

        offered = []
        for offered_item_data in self.offered:
            offered_item = offered_item_data.to_dict()
            offered.append(offered_item)

        limits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = []
            for limits_item_data in self.limits:
                limits_item = limits_item_data.to_dict()
                limits.append(limits_item)

        budget_cap_yuan: None | str | Unset
        if isinstance(self.budget_cap_yuan, Unset):
            budget_cap_yuan = UNSET
        else:
            budget_cap_yuan = self.budget_cap_yuan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "opened_on": opened_on,
                "offered": offered,
            }
        )
        if limits is not UNSET:
            field_dict["limits"] = limits
        if budget_cap_yuan is not UNSET:
            field_dict["budget_cap_yuan"] = budget_cap_yuan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.limit_body import LimitBody  # noqa: PLC0415
        from ..models.offer_in import OfferIn  # noqa: PLC0415

        d = dict(src_dict)
        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        offered = []
        _offered = d.pop("offered")
        for offered_item_data in _offered:
            offered_item = OfferIn.from_dict(offered_item_data)

            offered.append(offered_item)

        _limits = d.pop("limits", UNSET)
        limits: list[LimitBody] | Unset = UNSET
        if _limits is not UNSET:
            limits = []
            for limits_item_data in _limits:
                limits_item = LimitBody.from_dict(limits_item_data)

                limits.append(limits_item)

        def _parse_budget_cap_yuan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_cap_yuan = _parse_budget_cap_yuan(d.pop("budget_cap_yuan", UNSET))

        menu_in = cls(
            opened_on=opened_on,
            offered=offered,
            limits=limits,
            budget_cap_yuan=budget_cap_yuan,
        )

        return menu_in
