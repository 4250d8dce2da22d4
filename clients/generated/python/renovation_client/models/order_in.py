from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderIn")


@_attrs_define
class OrderIn:
    """
    Attributes:
        items (list[str]):
        placed_on (datetime.date):
        paper_reference (None | str | Unset): One line of text: no control characters.
    """

    items: list[str]
    placed_on: datetime.date
    paper_reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items = self.items

        placed_on = self.placed_on.isoformat()

        paper_reference: None | str | Unset
        if isinstance(self.paper_reference, Unset):
            paper_reference = UNSET
        else:
            paper_reference = self.paper_reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "placed_on": placed_on,
            }
        )
        if paper_reference is not UNSET:
            field_dict["paper_reference"] = paper_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = cast(list[str], d.pop("items"))

        placed_on = datetime.date.fromisoformat(d.pop("placed_on"))

        def _parse_paper_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paper_reference = _parse_paper_reference(d.pop("paper_reference", UNSET))

        order_in = cls(
            items=items,
            placed_on=placed_on,
            paper_reference=paper_reference,
        )

        return order_in
