from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InspectionOut")


@_attrs_define
class InspectionOut:
    """
    Attributes:
        number (int): Numbered from 1 within the project.
        on (datetime.date):
        inspector (str): One line of text: no control characters.
        findings (str): Text that may run over several lines: not empty, and no control characters but line breaks and
            tabs.
    """

    number: int
    on: datetime.date
    inspector: str
    findings: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        on = self.on.isoformat()

        inspector = self.inspector

        findings = self.findings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "on": on,
                "inspector": inspector,
                "findings": findings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        on = datetime.date.fromisoformat(d.pop("on"))

        inspector = d.pop("inspector")

        findings = d.pop("findings")

        inspection_out = cls(
            number=number,
            on=on,
            inspector=inspector,
            findings=findings,
        )

        inspection_out.additional_properties = d
        return inspection_out

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
