from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanEventData")


@_attrs_define
class PlanEventData:
    """What changed: a compound's renovation plan made, changed or withdrawn.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        compound (None | str | Unset):
        year (int | None | Unset):
        investment_yuan (None | str | Unset):
        categories (list[Category] | None | Unset):
    """

    changed: list[str]
    compound: None | str | Unset = UNSET
    year: int | None | Unset = UNSET
    investment_yuan: None | str | Unset = UNSET
    categories: list[Category] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        compound: None | str | Unset
        if isinstance(self.compound, Unset):
            compound = UNSET
        else:
            compound = self.compound

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        investment_yuan: None | str | Unset
        if isinstance(self.investment_yuan, Unset):
            investment_yuan = UNSET
        else:
            investment_yuan = self.investment_yuan

        categories: list[str] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.value
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if compound is not UNSET:
            field_dict["compound"] = compound
        if year is not UNSET:
            field_dict["year"] = year
        if investment_yuan is not UNSET:
            field_dict["investment_yuan"] = investment_yuan
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        def _parse_compound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compound = _parse_compound(d.pop("compound", UNSET))

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_investment_yuan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        investment_yuan = _parse_investment_yuan(d.pop("investment_yuan", UNSET))

        def _parse_categories(data: object) -> list[Category] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = Category(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Category] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        plan_event_data = cls(
            changed=changed,
            compound=compound,
            year=year,
            investment_yuan=investment_yuan,
            categories=categories,
        )

        plan_event_data.additional_properties = d
        return plan_event_data

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
