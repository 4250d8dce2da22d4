from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.answer_body import AnswerBody


T = TypeVar("T", bound="ResponseIn")


@_attrs_define
class ResponseIn:
    """
    Attributes:
        compound (str):
        household (str): building-entrance-unit
        answered_on (datetime.date):
        answers (list[AnswerBody]):
    """

    compound: str
    household: str
    answered_on: datetime.date
    answers: list[AnswerBody]

    def to_dict(self) -> dict[str, Any]:
        compound = self.compound

        household = self.household

        answered_on = self.answered_on.isoformat()

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "compound": compound,
                "household": household,
                "answered_on": answered_on,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_body import AnswerBody  # noqa: PLC0415

        d = dict(src_dict)
        compound = d.pop("compound")

        household = d.pop("household")

        answered_on = datetime.date.fromisoformat(d.pop("answered_on"))

        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = AnswerBody.from_dict(answers_item_data)

            answers.append(answers_item)

        response_in = cls(
            compound=compound,
            household=household,
            answered_on=answered_on,
            answers=answers,
        )

        return response_in
