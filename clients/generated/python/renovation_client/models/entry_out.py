from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_source import FundingSource

T = TypeVar("T", bound="EntryOut")


@_attrs_define
class EntryOut:
    """
    Attributes:
        number (int): Numbered from 1 in posting order.
        line (int): Numbered from 1.
        source (FundingSource):
        paid_on (datetime.date):
        payee (str): One line of text: no control characters.
        amount_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        signed_yuan (str): Yuan, signed exact decimal string.
        purpose (str):
        document (str): One line of text: no control characters.
        recorded_on (datetime.date):
        recorded_by (str): One line of text: no control characters.
        reverses (int | None): Numbered from 1 in posting order.
        reason (None | str): Text that may run over several lines: not empty, and no control characters but line breaks
            and tabs.
    """

    number: int
    line: int
    source: FundingSource
    paid_on: datetime.date
    payee: str
    amount_yuan: str
    signed_yuan: str
    purpose: str
    document: str
    recorded_on: datetime.date
    recorded_by: str
    reverses: int | None
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        line = self.line

        source = self.source.value

        paid_on = self.paid_on.isoformat()

        payee = self.payee

        amount_yuan = self.amount_yuan

        signed_yuan = self.signed_yuan

        purpose = self.purpose

        document = self.document

        recorded_on = self.recorded_on.isoformat()

        recorded_by = self.recorded_by

        reverses: int | None
        reverses = self.reverses

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "line": line,
                "source": source,
                "paid_on": paid_on,
                "payee": payee,
                "amount_yuan": amount_yuan,
                "signed_yuan": signed_yuan,
                "purpose": purpose,
                "document": document,
                "recorded_on": recorded_on,
                "recorded_by": recorded_by,
                "reverses": reverses,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        line = d.pop("line")

        source = FundingSource(d.pop("source"))

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        payee = d.pop("payee")

        amount_yuan = d.pop("amount_yuan")

        signed_yuan = d.pop("signed_yuan")

        purpose = d.pop("purpose")

        document = d.pop("document")

        recorded_on = datetime.date.fromisoformat(d.pop("recorded_on"))

        recorded_by = d.pop("recorded_by")

        def _parse_reverses(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reverses = _parse_reverses(d.pop("reverses"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        entry_out = cls(
            number=number,
            line=line,
            source=source,
            paid_on=paid_on,
            payee=payee,
            amount_yuan=amount_yuan,
            signed_yuan=signed_yuan,
            purpose=purpose,
            document=document,
            recorded_on=recorded_on,
            recorded_by=recorded_by,
            reverses=reverses,
            reason=reason,
        )

        entry_out.additional_properties = d
        return entry_out

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
