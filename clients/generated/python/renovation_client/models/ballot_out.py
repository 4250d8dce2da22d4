from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.choice import Choice

T = TypeVar("T", bound="BallotOut")


@_attrs_define
class BallotOut:
    """
    Attributes:
        household (str): building-entrance-unit
        choice (Choice):
        cast_on (datetime.date):
        paper_reference (None | str): One line of text: no control characters.
    """

    household: str
    choice: Choice
    cast_on: datetime.date
    paper_reference: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        household = self.household

        choice = self.choice.value

        cast_on = self.cast_on.isoformat()

        paper_reference: None | str
        paper_reference = self.paper_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "household": household,
                "choice": choice,
                "cast_on": cast_on,
                "paper_reference": paper_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        household = d.pop("household")

        choice = Choice(d.pop("choice"))

        cast_on = datetime.date.fromisoformat(d.pop("cast_on"))

        def _parse_paper_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        paper_reference = _parse_paper_reference(d.pop("paper_reference"))

        ballot_out = cls(
            household=household,
            choice=choice,
            cast_on=cast_on,
            paper_reference=paper_reference,
        )

        ballot_out.additional_properties = d
        return ballot_out

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
