from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_kind import FlagKind

T = TypeVar("T", bound="FlagCountOut")


@_attrs_define
class FlagCountOut:
    """
    Attributes:
        district (None | str):
        kind (FlagKind):
        count (int):
        amount_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
    """

    district: None | str
    kind: FlagKind
    count: int
    amount_yuan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        district: None | str
        district = self.district

        kind = self.kind.value

        count = self.count

        amount_yuan = self.amount_yuan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district": district,
                "kind": kind,
                "count": count,
                "amount_yuan": amount_yuan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        kind = FlagKind(d.pop("kind"))

        count = d.pop("count")

        amount_yuan = d.pop("amount_yuan")

        flag_count_out = cls(
            district=district,
            kind=kind,
            count=count,
            amount_yuan=amount_yuan,
        )

        flag_count_out.additional_properties = d
        return flag_count_out

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
