from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MaterialIn")


@_attrs_define
class MaterialIn:
    """
    Attributes:
        material (str): One line of text: no control characters.
        supplier (str): One line of text: no control characters.
        quantity (str): One line of text: no control characters.
        delivered_on (datetime.date):
        inspection (str): One line of text: no control characters.
    """

    material: str
    supplier: str
    quantity: str
    delivered_on: datetime.date
    inspection: str

    def to_dict(self) -> dict[str, Any]:
        material = self.material

        supplier = self.supplier

        quantity = self.quantity

        delivered_on = self.delivered_on.isoformat()

        inspection = self.inspection

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
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
        material = d.pop("material")

        supplier = d.pop("supplier")

        quantity = d.pop("quantity")

        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))

        inspection = d.pop("inspection")

        material_in = cls(
            material=material,
            supplier=supplier,
            quantity=quantity,
            delivered_on=delivered_on,
            inspection=inspection,
        )

        return material_in
