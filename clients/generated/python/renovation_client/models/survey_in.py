from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.survey_purpose import SurveyPurpose
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.question_body import QuestionBody


T = TypeVar("T", bound="SurveyIn")


@_attrs_define
class SurveyIn:
    """
    Attributes:
        code (str):
        title (str): One line of text: no control characters.
        opened_on (datetime.date):
        questions (list[QuestionBody]):
        purpose (SurveyPurpose | Unset): evaluation (问卷评价, the default) or canvass (改造前问需): a canvass answered by 5 of a
            compound's households (all of a smaller one) lets its design start without a confirmed menu.
    """

    code: str
    title: str
    opened_on: datetime.date
    questions: list[QuestionBody]
    purpose: SurveyPurpose | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        opened_on = self.opened_on.isoformat()

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "title": title,
                "opened_on": opened_on,
                "questions": questions,
            }
        )
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_body import QuestionBody  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = QuestionBody.from_dict(questions_item_data)

            questions.append(questions_item)

        _purpose = d.pop("purpose", UNSET)
        purpose: SurveyPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = SurveyPurpose(_purpose)

        survey_in = cls(
            code=code,
            title=title,
            opened_on=opened_on,
            questions=questions,
            purpose=purpose,
        )

        return survey_in
