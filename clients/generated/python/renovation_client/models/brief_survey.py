from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.question_result_out import QuestionResultOut


T = TypeVar("T", bound="BriefSurvey")


@_attrs_define
class BriefSurvey:
    """
    Attributes:
        survey (str):
        title (str): One line of text: no control characters.
        published_on (datetime.date):
        respondents (int | None):
        disclosed (bool):
        satisfaction (None | str): A score from 0 to 100, to two decimal places.
        questions (list[QuestionResultOut]):
    """

    survey: str
    title: str
    published_on: datetime.date
    respondents: int | None
    disclosed: bool
    satisfaction: None | str
    questions: list[QuestionResultOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        survey = self.survey

        title = self.title

        published_on = self.published_on.isoformat()

        respondents: int | None
        respondents = self.respondents

        disclosed = self.disclosed

        satisfaction: None | str
        satisfaction = self.satisfaction

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "survey": survey,
                "title": title,
                "published_on": published_on,
                "respondents": respondents,
                "disclosed": disclosed,
                "satisfaction": satisfaction,
                "questions": questions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.question_result_out import QuestionResultOut  # noqa: PLC0415

        d = dict(src_dict)
        survey = d.pop("survey")

        title = d.pop("title")

        published_on = datetime.date.fromisoformat(d.pop("published_on"))

        def _parse_respondents(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        respondents = _parse_respondents(d.pop("respondents"))

        disclosed = d.pop("disclosed")

        def _parse_satisfaction(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction"))

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = QuestionResultOut.from_dict(questions_item_data)

            questions.append(questions_item)

        brief_survey = cls(
            survey=survey,
            title=title,
            published_on=published_on,
            respondents=respondents,
            disclosed=disclosed,
            satisfaction=satisfaction,
            questions=questions,
        )

        brief_survey.additional_properties = d
        return brief_survey

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
