from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.choice import Choice
from ..types import UNSET, Unset

T = TypeVar("T", bound="BallotIn")


@_attrs_define
class BallotIn:
    """
    Attributes:
        household (str): building-entrance-unit
        choice (Choice):
        cast_on (datetime.date):
        paper_reference (None | str | Unset): One line of text: no control characters.
    """

    household: str
    choice: Choice
    cast_on: datetime.date
    paper_reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        household = self.household

        choice = self.choice.value

        cast_on = self.cast_on.isoformat()

        paper_reference: None | str | Unset
        if isinstance(self.paper_reference, Unset):
            paper_reference = UNSET
        else:
            paper_reference = self.paper_reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "household": household,
                "choice": choice,
                "cast_on": cast_on,
            }
        )
        if paper_reference is not UNSET:
            field_dict["paper_reference"] = paper_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        household = d.pop("household")

        choice = Choice(d.pop("choice"))

        cast_on = datetime.date.fromisoformat(d.pop("cast_on"))

        def _parse_paper_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paper_reference = _parse_paper_reference(d.pop("paper_reference", UNSET))

        ballot_in = cls(
            household=household,
            choice=choice,
            cast_on=cast_on,
            paper_reference=paper_reference,
        )

        return ballot_in
