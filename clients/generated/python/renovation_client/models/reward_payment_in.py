from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RewardPaymentIn")


@_attrs_define
class RewardPaymentIn:
    """
    Attributes:
        district (str):
        paid_on (datetime.date):
        amount_yuan (str): Yuan above zero, as an exact decimal string with at most 2 decimal places.
        document (str): One line of text: no control characters.
    """

    district: str
    paid_on: datetime.date
    amount_yuan: str
    document: str

    def to_dict(self) -> dict[str, Any]:
        district = self.district

        paid_on = self.paid_on.isoformat()

        amount_yuan = self.amount_yuan

        document = self.document

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "district": district,
                "paid_on": paid_on,
                "amount_yuan": amount_yuan,
                "document": document,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        district = d.pop("district")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        amount_yuan = d.pop("amount_yuan")

        document = d.pop("document")

        reward_payment_in = cls(
            district=district,
            paid_on=paid_on,
            amount_yuan=amount_yuan,
            document=document,
        )

        return reward_payment_in
