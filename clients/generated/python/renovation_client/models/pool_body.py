from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolBody")


@_attrs_define
class PoolBody:
    """
    Attributes:
        amount_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        volume_share (str | Unset): An exact share from 0 to 1: a decimal (at most 6 places) or a fraction (read back as
            a fraction in lowest terms). Default: '0'.
    """

    amount_yuan: str
    volume_share: str | Unset = "0"

    def to_dict(self) -> dict[str, Any]:
        amount_yuan = self.amount_yuan

        volume_share = self.volume_share

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_yuan": amount_yuan,
            }
        )
        if volume_share is not UNSET:
            field_dict["volume_share"] = volume_share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_yuan = d.pop("amount_yuan")

        volume_share = d.pop("volume_share", UNSET)

        pool_body = cls(
            amount_yuan=amount_yuan,
            volume_share=volume_share,
        )

        return pool_body
