from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.member_body import MemberBody


T = TypeVar("T", bound="CommitteeBody")


@_attrs_define
class CommitteeBody:
    """
    Attributes:
        formed_on (datetime.date):
        members (list[MemberBody]):
    """

    formed_on: datetime.date
    members: list[MemberBody]

    def to_dict(self) -> dict[str, Any]:
        formed_on = self.formed_on.isoformat()

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "formed_on": formed_on,
                "members": members,
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

        committee_body = cls(
            formed_on=formed_on,
            members=members,
        )

        return committee_body
