from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MaterialOut")


@_attrs_define
class MaterialOut:
    """
    Attributes:
        number (int): Numbered from 1 within the project.
        material (str): One line of text: no control characters.
        supplier (str): One line of text: no control characters.
        quantity (str): One line of text: no control characters.
        delivered_on (datetime.date):
        inspection (str): One line of text: no control characters.
    """

    number: int
    material: str
    supplier: str
    quantity: str
    delivered_on: datetime.date
    inspection: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        material = self.material

        supplier = self.supplier

        quantity = self.quantity

        delivered_on = self.delivered_on.isoformat()

        inspection = self.inspection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "material": material,
                "supplier": supplier,
                "quantity": quantity,
                "delivered_on": delivered_on,
                "inspection": inspection,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        material = d.pop("material")

        supplier = d.pop("supplier")

        quantity = d.pop("quantity")

        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))

        inspection = d.pop("inspection")

        material_out = cls(
            number=number,
            material=material,
            supplier=supplier,
            quantity=quantity,
            delivered_on=delivered_on,
            inspection=inspection,
        )

        material_out.additional_properties = d
        return material_out

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
