from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.member_body import MemberBody


T = TypeVar("T", bound="CommitteeOut")


@_attrs_define
class CommitteeOut:
    """
    Attributes:
        formed_on (datetime.date):
        members (list[MemberBody]):
        compound (str):
    """

    formed_on: datetime.date
    members: list[MemberBody]
    compound: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formed_on = self.formed_on.isoformat()

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        compound = self.compound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formed_on": formed_on,
                "members": members,
                "compound": compound,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_body import MemberBody  # noqa: PLC0415

        d = dict(src_dict)
        formed_on = datetime.date.fromisoformat(d.pop("formed_on"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberBody.from_dict(members_item_data)

            members.append(members_item)

        compound = d.pop("compound")

        committee_out = cls(
            formed_on=formed_on,
            members=members,
            compound=compound,
        )

        committee_out.additional_properties = d
        return committee_out

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
