from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.nomination_out import NominationOut


T = TypeVar("T", bound="DistrictNominations")


@_attrs_define
class DistrictNominations:
    """
    Attributes:
        district (str):
        name (str): One line of text: no control characters.
        items (list[NominationOut]):
    """

    district: str
    name: str
    items: list[NominationOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        district = self.district

        name = self.name

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "district": district,
                "name": name,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nomination_out import NominationOut  # noqa: PLC0415

        d = dict(src_dict)
        district = d.pop("district")

        name = d.pop("name")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = NominationOut.from_dict(items_item_data)

            items.append(items_item)

        district_nominations = cls(
            district=district,
            name=name,
            items=items,
        )

        district_nominations.additional_properties = d
        return district_nominations

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
