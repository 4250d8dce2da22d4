from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.management_mode import ManagementMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagementBody")


@_attrs_define
class ManagementBody:
    """
    Attributes:
        mode (ManagementMode):
        since (datetime.date):
        provider (None | str | Unset): One line of text: no control characters.
    """

    mode: ManagementMode
    since: datetime.date
    provider: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        since = self.since.isoformat()

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
                "since": since,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = ManagementMode(d.pop("mode"))

        since = datetime.date.fromisoformat(d.pop("since"))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        management_body = cls(
            mode=mode,
            since=since,
            provider=provider,
        )

        return management_body
