from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_source import FundingSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="LedgerEntryEventData")


@_attrs_define
class LedgerEntryEventData:
    """What changed: a payment posted to a compound's ledger, or its reversal.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        number (int | None | Unset):
        line (int | None | Unset):
        source (FundingSource | None | Unset):
        amount_yuan (None | str | Unset):
        signed_yuan (None | str | Unset):
        paid_on (datetime.date | None | Unset):
        reverses (int | None | Unset):
    """

    changed: list[str]
    number: int | None | Unset = UNSET
    line: int | None | Unset = UNSET
    source: FundingSource | None | Unset = UNSET
    amount_yuan: None | str | Unset = UNSET
    signed_yuan: None | str | Unset = UNSET
    paid_on: datetime.date | None | Unset = UNSET
    reverses: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        number: int | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        line: int | None | Unset
        if isinstance(self.line, Unset):
            line = UNSET
        else:
            line = self.line

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, FundingSource):
            source = self.source.value
        else:
            source = self.source

        amount_yuan: None | str | Unset
        if isinstance(self.amount_yuan, Unset):
            amount_yuan = UNSET
        else:
            amount_yuan = self.amount_yuan

        signed_yuan: None | str | Unset
        if isinstance(self.signed_yuan, Unset):
            signed_yuan = UNSET
        else:
            signed_yuan = self.signed_yuan

        paid_on: None | str | Unset
        if isinstance(self.paid_on, Unset):
            paid_on = UNSET
        elif isinstance(self.paid_on, datetime.date):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        reverses: int | None | Unset
        if isinstance(self.reverses, Unset):
            reverses = UNSET
        else:
            reverses = self.reverses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if line is not UNSET:
            field_dict["line"] = line
        if source is not UNSET:
            field_dict["source"] = source
        if amount_yuan is not UNSET:
            field_dict["amount_yuan"] = amount_yuan
        if signed_yuan is not UNSET:
            field_dict["signed_yuan"] = signed_yuan
        if paid_on is not UNSET:
            field_dict["paid_on"] = paid_on
        if reverses is not UNSET:
            field_dict["reverses"] = reverses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        def _parse_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line = _parse_line(d.pop("line", UNSET))

        def _parse_source(data: object) -> FundingSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = FundingSource(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FundingSource | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_amount_yuan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_yuan = _parse_amount_yuan(d.pop("amount_yuan", UNSET))

        def _parse_signed_yuan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_yuan = _parse_signed_yuan(d.pop("signed_yuan", UNSET))

        def _parse_paid_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.date.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        paid_on = _parse_paid_on(d.pop("paid_on", UNSET))

        def _parse_reverses(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reverses = _parse_reverses(d.pop("reverses", UNSET))

        ledger_entry_event_data = cls(
            changed=changed,
            number=number,
            line=line,
            source=source,
            amount_yuan=amount_yuan,
            signed_yuan=signed_yuan,
            paid_on=paid_on,
            reverses=reverses,
        )

        ledger_entry_event_data.additional_properties = d
        return ledger_entry_event_data

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
