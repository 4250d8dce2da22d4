from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PairingIn")


@_attrs_define
class PairingIn:
    """
    Attributes:
        leader (str): One line of text: no control characters.
        title (str): One line of text: no control characters.
        district (str):
        since (datetime.date):
        compounds (list[str] | Unset):
    """

    leader: str
    title: str
    district: str
    since: datetime.date
    compounds: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        leader = self.leader

        title = self.title

        district = self.district

        since = self.since.isoformat()

        compounds: list[str] | Unset = UNSET
        if not isinstance(self.compounds, Unset):
            compounds = self.compounds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "leader": leader,
                "title": title,
                "district": district,
                "since": since,
            }
        )
        if compounds is not UNSET:
            field_dict["compounds"] = compounds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        leader = d.pop("leader")

        title = d.pop("title")

        district = d.pop("district")

        since = datetime.date.fromisoformat(d.pop("since"))

        compounds = cast(list[str], d.pop("compounds", UNSET))

        pairing_in = cls(
            leader=leader,
            title=title,
            district=district,
            since=since,
            compounds=compounds,
        )

        return pairing_in
