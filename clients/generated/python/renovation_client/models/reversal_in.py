from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReversalIn")


@_attrs_define
class ReversalIn:
    """
    Attributes:
        reverses (int): Numbered from 1 in posting order.
        on (datetime.date):
        reason (str): Text that may run over several lines: not empty, and no control characters but line breaks and
            tabs.
        document (str): One line of text: no control characters.
    """

    reverses: int
    on: datetime.date
    reason: str
    document: str

    def to_dict(self) -> dict[str, Any]:
        reverses = self.reverses

        on = self.on.isoformat()

        reason = self.reason

        document = self.document

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reverses": reverses,
                "on": on,
                "reason": reason,
                "document": document,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reverses = d.pop("reverses")

        on = datetime.date.fromisoformat(d.pop("on"))

        reason = d.pop("reason")

        document = d.pop("document")

        reversal_in = cls(
            reverses=reverses,
            on=on,
            reason=reason,
            document=document,
        )

        return reversal_in
