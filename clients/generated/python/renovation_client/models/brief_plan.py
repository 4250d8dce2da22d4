from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brief_item import BriefItem


T = TypeVar("T", bound="BriefPlan")


@_attrs_define
class BriefPlan:
    """
    Attributes:
        year (int):
        items (list[BriefItem]):
        investment_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    year: int
    items: list[BriefItem]
    investment_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        investment_yuan = self.investment_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "items": items,
                "investment_yuan": investment_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brief_item import BriefItem  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = BriefItem.from_dict(items_item_data)

            items.append(items_item)

        investment_yuan = d.pop("investment_yuan")

        brief_plan = cls(
            year=year,
            items=items,
            investment_yuan=investment_yuan,
        )

        brief_plan.additional_properties = d
        return brief_plan

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
