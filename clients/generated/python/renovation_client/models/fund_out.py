from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.movement_body import MovementBody


T = TypeVar("T", bound="FundOut")


@_attrs_define
class FundOut:
    """
    Attributes:
        created_on (datetime.date):
        movements (list[MovementBody]):
        balance_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    created_on: datetime.date
    movements: list[MovementBody]
    balance_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        movements = []
        for movements_item_data in self.movements:
            movements_item = movements_item_data.to_dict()
            movements.append(movements_item)

        balance_yuan = self.balance_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_on": created_on,
                "movements": movements,
                "balance_yuan": balance_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.movement_body import MovementBody  # noqa: PLC0415

        d = dict(src_dict)
        created_on = datetime.date.fromisoformat(d.pop("created_on"))

        movements = []
        _movements = d.pop("movements")
        for movements_item_data in _movements:
            movements_item = MovementBody.from_dict(movements_item_data)

            movements.append(movements_item)

        balance_yuan = d.pop("balance_yuan")

        fund_out = cls(
            created_on=created_on,
            movements=movements,
            balance_yuan=balance_yuan,
        )

        fund_out.additional_properties = d
        return fund_out

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
