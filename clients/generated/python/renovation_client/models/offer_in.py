from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferIn")


@_attrs_define
class OfferIn:
    """
    Attributes:
        code (str):
        cost_yuan (None | str | Unset): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    code: str
    cost_yuan: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        cost_yuan: None | str | Unset
        if isinstance(self.cost_yuan, Unset):
            cost_yuan = UNSET
        else:
            cost_yuan = self.cost_yuan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
            }
        )
        if cost_yuan is not UNSET:
            field_dict["cost_yuan"] = cost_yuan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_cost_yuan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_yuan = _parse_cost_yuan(d.pop("cost_yuan", UNSET))

        offer_in = cls(
            code=code,
            cost_yuan=cost_yuan,
        )

        return offer_in
