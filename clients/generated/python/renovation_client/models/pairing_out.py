from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PairingOut")


@_attrs_define
class PairingOut:
    """
    Attributes:
        id (int):
        leader (str): One line of text: no control characters.
        title (str): One line of text: no control characters.
        district (str):
        since (datetime.date):
        compounds (list[str]):
    """

    id: int
    leader: str
    title: str
    district: str
    since: datetime.date
    compounds: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        leader = self.leader

        title = self.title

        district = self.district

        since = self.since.isoformat()

        compounds = self.compounds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "leader": leader,
                "title": title,
                "district": district,
                "since": since,
                "compounds": compounds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        leader = d.pop("leader")

        title = d.pop("title")

        district = d.pop("district")

        since = datetime.date.fromisoformat(d.pop("since"))

        compounds = cast(list[str], d.pop("compounds"))

        pairing_out = cls(
            id=id,
            leader=leader,
            title=title,
            district=district,
            since=since,
            compounds=compounds,
        )

        pairing_out.additional_properties = d
        return pairing_out

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
