from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.party import Party

T = TypeVar("T", bound="SignatoryBody")


@_attrs_define
class SignatoryBody:
    """
    Attributes:
        party (Party):
        name (str): One line of text: no control characters.
        title (str): One line of text: no control characters.
    """

    party: Party
    name: str
    title: str

    def to_dict(self) -> dict[str, Any]:
        party = self.party.value

        name = self.name

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "party": party,
                "name": name,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        party = Party(d.pop("party"))

        name = d.pop("name")

        title = d.pop("title")

        signatory_body = cls(
            party=party,
            name=name,
            title=title,
        )

        return signatory_body
