from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentIn")


@_attrs_define
class PaymentIn:
    """
    Attributes:
        line (int): Numbered from 1.
        paid_on (datetime.date):
        payee (str): One line of text: no control characters.
        amount_yuan (str): Yuan above zero, as an exact decimal string with at most 2 decimal places.
        purpose (str):
        document (str): One line of text: no control characters.
    """

    line: int
    paid_on: datetime.date
    payee: str
    amount_yuan: str
    purpose: str
    document: str

    def to_dict(self) -> dict[str, Any]:
        line = self.line

        paid_on = self.paid_on.isoformat()

        payee = self.payee

        amount_yuan = self.amount_yuan

        purpose = self.purpose

        document = self.document

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "line": line,
                "paid_on": paid_on,
                "payee": payee,
                "amount_yuan": amount_yuan,
                "purpose": purpose,
                "document": document,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line = d.pop("line")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        payee = d.pop("payee")

        amount_yuan = d.pop("amount_yuan")

        purpose = d.pop("purpose")

        document = d.pop("document")

        payment_in = cls(
            line=line,
            paid_on=paid_on,
            payee=payee,
            amount_yuan=amount_yuan,
            purpose=purpose,
            document=document,
        )

        return payment_in
