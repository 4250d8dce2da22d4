from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category

T = TypeVar("T", bound="OfferOut")


@_attrs_define
class OfferOut:
    """
    Attributes:
        code (str):
        category (Category): 改造内容分类.
        label (str): What to show (zh-CN).
        cost_yuan (None | str): Yuan, as an exact decimal string with at most 2 decimal places.
        mandatory (bool):
        ordered (int):
    """

    code: str
    category: Category
    label: str
    cost_yuan: None | str
    mandatory: bool
    ordered: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        category = self.category.value

        label = self.label

        cost_yuan: None | str
        cost_yuan = self.cost_yuan

        mandatory = self.mandatory

        ordered = self.ordered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "category": category,
                "label": label,
                "cost_yuan": cost_yuan,
                "mandatory": mandatory,
                "ordered": ordered,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        category = Category(d.pop("category"))

        label = d.pop("label")

        def _parse_cost_yuan(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cost_yuan = _parse_cost_yuan(d.pop("cost_yuan"))

        mandatory = d.pop("mandatory")

        ordered = d.pop("ordered")

        offer_out = cls(
            code=code,
            category=category,
            label=label,
            cost_yuan=cost_yuan,
            mandatory=mandatory,
            ordered=ordered,
        )

        offer_out.additional_properties = d
        return offer_out

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
