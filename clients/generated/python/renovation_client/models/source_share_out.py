from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_source import FundingSource

T = TypeVar("T", bound="SourceShareOut")


@_attrs_define
class SourceShareOut:
    """
    Attributes:
        source (FundingSource):
        source_label (str): What to show (zh-CN).
        amount_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        share (str): A share from 0 to 1 as an exact decimal string (at most 6 places).
        paid_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    source: FundingSource
    source_label: str
    amount_yuan: str
    share: str
    paid_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.value

        source_label = self.source_label

        amount_yuan = self.amount_yuan

        share = self.share

        paid_yuan = self.paid_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "source_label": source_label,
                "amount_yuan": amount_yuan,
                "share": share,
                "paid_yuan": paid_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = FundingSource(d.pop("source"))

        source_label = d.pop("source_label")

        amount_yuan = d.pop("amount_yuan")

        share = d.pop("share")

        paid_yuan = d.pop("paid_yuan")

        source_share_out = cls(
            source=source,
            source_label=source_label,
            amount_yuan=amount_yuan,
            share=share,
            paid_yuan=paid_yuan,
        )

        source_share_out.additional_properties = d
        return source_share_out

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
