from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.committee_role import CommitteeRole

T = TypeVar("T", bound="MemberBody")


@_attrs_define
class MemberBody:
    """
    Attributes:
        household (str): building-entrance-unit
        role (CommitteeRole):
    """

    household: str
    role: CommitteeRole

    def to_dict(self) -> dict[str, Any]:
        household = self.household

        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "household": household,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        household = d.pop("household")

        role = CommitteeRole(d.pop("role"))

        member_body = cls(
            household=household,
            role=role,
        )

        return member_body
