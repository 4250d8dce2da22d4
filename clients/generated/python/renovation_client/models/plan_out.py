from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category

if TYPE_CHECKING:
    from ..models.plan_item_out import PlanItemOut


T = TypeVar("T", bound="PlanOut")


@_attrs_define
class PlanOut:
    """
    Attributes:
        compound (str):
        year (int):
        items (list[PlanItemOut]):
        categories (list[Category]):
        investment_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    compound: str
    year: int
    items: list[PlanItemOut]
    categories: list[Category]
    investment_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        year = self.year

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.value
            categories.append(categories_item)

        investment_yuan = self.investment_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compound": compound,
                "year": year,
                "items": items,
                "categories": categories,
                "investment_yuan": investment_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_item_out import PlanItemOut  # noqa: PLC0415

        d = dict(src_dict)
        compound = d.pop("compound")

        year = d.pop("year")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PlanItemOut.from_dict(items_item_data)

            items.append(items_item)

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = Category(categories_item_data)

            categories.append(categories_item)

        investment_yuan = d.pop("investment_yuan")

        plan_out = cls(
            compound=compound,
            year=year,
            items=items,
            categories=categories,
            investment_yuan=investment_yuan,
        )

        plan_out.additional_properties = d
        return plan_out

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
