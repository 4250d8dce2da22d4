from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.programme_file_community import ProgrammeFileCommunity


T = TypeVar("T", bound="ProgrammeFileStreet")


@_attrs_define
class ProgrammeFileStreet:
    """A sub-district office (街道) or town (镇) that runs renovation locally.

    Attributes:
        code (str):
        name (str):
        communities (list[ProgrammeFileCommunity] | Unset):
    """

    code: str
    name: str
    communities: list[ProgrammeFileCommunity] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        communities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.communities, Unset):
            communities = []
            for communities_item_data in self.communities:
                communities_item = communities_item_data.to_dict()
                communities.append(communities_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if communities is not UNSET:
            field_dict["communities"] = communities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_file_community import ProgrammeFileCommunity  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        _communities = d.pop("communities", UNSET)
        communities: list[ProgrammeFileCommunity] | Unset = UNSET
        if _communities is not UNSET:
            communities = []
            for communities_item_data in _communities:
                communities_item = ProgrammeFileCommunity.from_dict(communities_item_data)

                communities.append(communities_item)

        programme_file_street = cls(
            code=code,
            name=name,
            communities=communities,
        )

        return programme_file_street
