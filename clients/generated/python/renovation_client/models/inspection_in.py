from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InspectionIn")


@_attrs_define
class InspectionIn:
    """
    Attributes:
        on (datetime.date):
        inspector (str): One line of text: no control characters.
        findings (str): Text that may run over several lines: not empty, and no control characters but line breaks and
            tabs.
    """

    on: datetime.date
    inspector: str
    findings: str

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        inspector = self.inspector

        findings = self.findings

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
                "inspector": inspector,
                "findings": findings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        inspector = d.pop("inspector")

        findings = d.pop("findings")

        inspection_in = cls(
            on=on,
            inspector=inspector,
            findings=findings,
        )

        return inspection_in
