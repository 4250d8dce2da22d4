from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.covered_out import CoveredOut
    from ..models.pairing_out import PairingOut


T = TypeVar("T", bound="PairingItemsOut")


@_attrs_define
class PairingItemsOut:
    """
    Attributes:
        pairing (PairingOut):
        items (list[CoveredOut]):
    """

    pairing: PairingOut
    items: list[CoveredOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pairing = self.pairing.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pairing": pairing,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.covered_out import CoveredOut  # noqa: PLC0415
        from ..models.pairing_out import PairingOut  # noqa: PLC0415

        d = dict(src_dict)
        pairing = PairingOut.from_dict(d.pop("pairing"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CoveredOut.from_dict(items_item_data)

            items.append(items_item)

        pairing_items_out = cls(
            pairing=pairing,
            items=items,
        )

        pairing_items_out.additional_properties = d
        return pairing_items_out

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
