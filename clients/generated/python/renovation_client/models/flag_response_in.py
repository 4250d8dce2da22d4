from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag_kind import FlagKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlagResponseIn")


@_attrs_define
class FlagResponseIn:
    """
    Attributes:
        kind (FlagKind):
        on (datetime.date):
        by (str): One line of text: no control characters.
        action (str): Text that may run over several lines: not empty, and no control characters but line breaks and
            tabs.
        line (int | None | Unset): Numbered from 1.
        entry (int | None | Unset): Numbered from 1 in posting order.
    """

    kind: FlagKind
    on: datetime.date
    by: str
    action: str
    line: int | None | Unset = UNSET
    entry: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        on = self.on.isoformat()

        by = self.by

        action = self.action

        line: int | None | Unset
        if isinstance(self.line, Unset):
            line = UNSET
        else:
            line = self.line

        entry: int | None | Unset
        if isinstance(self.entry, Unset):
            entry = UNSET
        else:
            entry = self.entry

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "on": on,
                "by": by,
                "action": action,
            }
        )
        if line is not UNSET:
            field_dict["line"] = line
        if entry is not UNSET:
            field_dict["entry"] = entry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = FlagKind(d.pop("kind"))

        on = datetime.date.fromisoformat(d.pop("on"))

        by = d.pop("by")

        action = d.pop("action")

        def _parse_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line = _parse_line(d.pop("line", UNSET))

        def _parse_entry(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        entry = _parse_entry(d.pop("entry", UNSET))

        flag_response_in = cls(
            kind=kind,
            on=on,
            by=by,
            action=action,
            line=line,
            entry=entry,
        )

        return flag_response_in
