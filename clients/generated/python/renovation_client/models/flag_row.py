from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_kind import FlagKind

T = TypeVar("T", bound="FlagRow")


@_attrs_define
class FlagRow:
    """
    Attributes:
        kind (FlagKind):
        compound (str):
        year (int):
        amount_yuan (str): Yuan, as an exact decimal string with at most 2 decimal places.
        message (str): Text that may run over several lines: no control characters but line breaks and tabs.
        line (int | None): Numbered from 1.
        entry (int | None): Numbered from 1 in posting order.
        district (str):
    """

    kind: FlagKind
    compound: str
    year: int
    amount_yuan: str
    message: str
    line: int | None
    entry: int | None
    district: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        compound = self.compound

        year = self.year

        amount_yuan = self.amount_yuan

        message = self.message

        line: int | None
        line = self.line

        entry: int | None
        entry = self.entry

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
                "district": district,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        district = d.pop("district")

        flag_row = cls(
            kind=kind,
            compound=compound,
            year=year,
            amount_yuan=amount_yuan,
            message=message,
            line=line,
            entry=entry,
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
