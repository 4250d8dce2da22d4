from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.fund_movement_kind import FundMovementKind

T = TypeVar("T", bound="MovementBody")


@_attrs_define
class MovementBody:
    """
    Attributes:
        kind (FundMovementKind):
        on (datetime.date):
        amount_yuan (str): Yuan above zero, as an exact decimal string with at most 2 decimal places.
        reference (str): One line of text: no control characters.
    """

    kind: FundMovementKind
    on: datetime.date
    amount_yuan: str
    reference: str

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        on = self.on.isoformat()

        amount_yuan = self.amount_yuan

        reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "on": on,
                "amount_yuan": amount_yuan,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = FundMovementKind(d.pop("kind"))

        on = datetime.date.fromisoformat(d.pop("on"))

        amount_yuan = d.pop("amount_yuan")

        reference = d.pop("reference")

        movement_body = cls(
            kind=kind,
            on=on,
            amount_yuan=amount_yuan,
            reference=reference,
        )

        return movement_body
