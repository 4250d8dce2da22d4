from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderOut")


@_attrs_define
class OrderOut:
    """
    Attributes:
        household (str): building-entrance-unit
        items (list[str]):
        placed_on (datetime.date):
        paper_reference (None | str): One line of text: no control characters.
    """

    household: str
    items: list[str]
    placed_on: datetime.date
    paper_reference: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        household = self.household

        items = self.items

        placed_on = self.placed_on.isoformat()

        paper_reference: None | str
        paper_reference = self.paper_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "household": household,
                "items": items,
                "placed_on": placed_on,
                "paper_reference": paper_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        household = d.pop("household")

        items = cast(list[str], d.pop("items"))

        placed_on = datetime.date.fromisoformat(d.pop("placed_on"))

        def _parse_paper_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        paper_reference = _parse_paper_reference(d.pop("paper_reference"))

        order_out = cls(
            household=household,
            items=items,
            placed_on=placed_on,
            paper_reference=paper_reference,
        )

        order_out.additional_properties = d
        return order_out

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
