from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClosureBody")


@_attrs_define
class ClosureBody:
    """
    Attributes:
        on (datetime.date):
        by (str): One line of text: no control characters.
        evidence (list[str]): Document numbers or titles.
    """

    on: datetime.date
    by: str
    evidence: list[str]

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        by = self.by

        evidence = self.evidence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
                "by": by,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        by = d.pop("by")

        evidence = cast(list[str], d.pop("evidence"))

        closure_body = cls(
            on=on,
            by=by,
            evidence=evidence,
        )

        return closure_body
