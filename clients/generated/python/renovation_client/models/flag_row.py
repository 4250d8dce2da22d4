from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_kind import FlagKind

if TYPE_CHECKING:
    from ..models.flag_response_out import FlagResponseOut


T = TypeVar("T", bound="FlagRow")


@_attrs_define
class FlagRow:
    """
    Attributes:
        kind (FlagKind):
        compound (str):
        year (int):
        amount_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        message (str): Text that may run over several lines: not empty, and no control characters but line breaks and
            tabs.
        line (int | None): Numbered from 1.
        entry (int | None): Numbered from 1 in posting order.
        raised_on (datetime.date | None):
        open_days (int | None):
        response (FlagResponseOut | None):
        district (str):
    """

    kind: FlagKind
    compound: str
    year: int
    amount_yuan: str
    message: str
    line: int | None
    entry: int | None
    raised_on: datetime.date | None
    open_days: int | None
    response: FlagResponseOut | None
    district: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flag_response_out import FlagResponseOut  # noqa: PLC0415

        kind = self.kind.value

        compound = self.compound

        year = self.year

        amount_yuan = self.amount_yuan

        message = self.message

        line: int | None
        line = self.line

        entry: int | None
        entry = self.entry

        raised_on: None | str
        if isinstance(self.raised_on, datetime.date):
            raised_on = self.raised_on.isoformat()
        else:
            raised_on = self.raised_on

        open_days: int | None
        open_days = self.open_days

        response: dict[str, Any] | None
        if isinstance(self.response, FlagResponseOut):
            response = self.response.to_dict()
        else:
            response = self.response

        district = self.district

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "compound": compound,
                "year": year,
                "amount_yuan": amount_yuan,
                "message": message,
                "line": line,
                "entry": entry,
                "raised_on": raised_on,
                "open_days": open_days,
                "response": response,
                "district": district,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flag_response_out import FlagResponseOut  # noqa: PLC0415

        d = dict(src_dict)
        kind = FlagKind(d.pop("kind"))

        compound = d.pop("compound")

        year = d.pop("year")

        amount_yuan = d.pop("amount_yuan")

        message = d.pop("message")

        def _parse_line(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        line = _parse_line(d.pop("line"))

        def _parse_entry(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        entry = _parse_entry(d.pop("entry"))

        def _parse_raised_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                raised_on_type_0 = datetime.date.fromisoformat(data)

                return raised_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        raised_on = _parse_raised_on(d.pop("raised_on"))

        def _parse_open_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        open_days = _parse_open_days(d.pop("open_days"))

        def _parse_response(data: object) -> FlagResponseOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_0 = FlagResponseOut.from_dict(data)

                return response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlagResponseOut | None, data)

        response = _parse_response(d.pop("response"))

        district = d.pop("district")

        flag_row = cls(
            kind=kind,
            compound=compound,
            year=year,
            amount_yuan=amount_yuan,
            message=message,
            line=line,
            entry=entry,
            raised_on=raised_on,
            open_days=open_days,
            response=response,
            district=district,
        )

        flag_row.additional_properties = d
        return flag_row

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
