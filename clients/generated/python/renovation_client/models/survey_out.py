from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_purpose import SurveyPurpose
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.question_body import QuestionBody


T = TypeVar("T", bound="SurveyOut")


@_attrs_define
class SurveyOut:
    """
    Attributes:
        code (str):
        title (str): One line of text: no control characters.
        opened_on (datetime.date):
        questions (list[QuestionBody]):
        published_on (datetime.date | None):
        purpose (SurveyPurpose | Unset): evaluation (问卷评价, the default) or canvass (改造前问需): a canvass answered by 5 of a
            compound's households (all of a smaller one) lets its design start without a confirmed menu.
    """

    code: str
    title: str
    opened_on: datetime.date
    questions: list[QuestionBody]
    published_on: datetime.date | None
    purpose: SurveyPurpose | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        opened_on = self.opened_on.isoformat()

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title": title,
                "opened_on": opened_on,
                "questions": questions,
                "published_on": published_on,
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

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))

        _purpose = d.pop("purpose", UNSET)
        purpose: SurveyPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = SurveyPurpose(_purpose)

        survey_out = cls(
            code=code,
            title=title,
            opened_on=opened_on,
            questions=questions,
            published_on=published_on,
            purpose=purpose,
        )

        survey_out.additional_properties = d
        return survey_out

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
