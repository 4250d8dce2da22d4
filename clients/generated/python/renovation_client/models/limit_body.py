from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.category import Category
from ..types import UNSET, Unset

T = TypeVar("T", bound="LimitBody")


@_attrs_define
class LimitBody:
    """
    Attributes:
        category (Category): 改造内容分类.
        minimum (int | Unset):  Default: 0.
        maximum (int | None | Unset):
    """

    category: Category
    minimum: int | Unset = 0
    maximum: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        minimum = self.minimum

        maximum: int | None | Unset
        if isinstance(self.maximum, Unset):
            maximum = UNSET
        else:
            maximum = self.maximum

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category": category,
            }
        )
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if maximum is not UNSET:
            field_dict["maximum"] = maximum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = Category(d.pop("category"))

        minimum = d.pop("minimum", UNSET)

        def _parse_maximum(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum = _parse_maximum(d.pop("maximum", UNSET))

        limit_body = cls(
            category=category,
            minimum=minimum,
            maximum=maximum,
        )

        return limit_body
