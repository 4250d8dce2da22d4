from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compound_result import CompoundResult
    from ..models.question_result_out import QuestionResultOut


T = TypeVar("T", bound="ResultsOut")


@_attrs_define
class ResultsOut:
    """
    Attributes:
        survey (str):
        published_on (datetime.date | None):
        district (None | str):
        compound (None | str):
        respondents (int):
        disclosed (bool):
        satisfaction (None | str): A score from 0 to 100, to two decimal places.
        questions (list[QuestionResultOut]):
        compounds (list[CompoundResult]):
    """

    survey: str
    published_on: datetime.date | None
    district: None | str
    compound: None | str
    respondents: int
    disclosed: bool
    satisfaction: None | str
    questions: list[QuestionResultOut]
    compounds: list[CompoundResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        survey = self.survey

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        district: None | str
        district = self.district

        compound: None | str
        compound = self.compound

        respondents = self.respondents

        disclosed = self.disclosed

        satisfaction: None | str
        satisfaction = self.satisfaction

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        compounds = []
        for compounds_item_data in self.compounds:
            compounds_item = compounds_item_data.to_dict()
            compounds.append(compounds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "survey": survey,
                "published_on": published_on,
                "district": district,
                "compound": compound,
                "respondents": respondents,
                "disclosed": disclosed,
                "satisfaction": satisfaction,
                "questions": questions,
                "compounds": compounds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compound_result import CompoundResult  # noqa: PLC0415
        from ..models.question_result_out import QuestionResultOut  # noqa: PLC0415

        d = dict(src_dict)
        survey = d.pop("survey")

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

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        def _parse_compound(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        compound = _parse_compound(d.pop("compound"))

        respondents = d.pop("respondents")

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

        compounds = []
        _compounds = d.pop("compounds")
        for compounds_item_data in _compounds:
            compounds_item = CompoundResult.from_dict(compounds_item_data)

            compounds.append(compounds_item)

        results_out = cls(
            survey=survey,
            published_on=published_on,
            district=district,
            compound=compound,
            respondents=respondents,
            disclosed=disclosed,
            satisfaction=satisfaction,
            questions=questions,
            compounds=compounds,
        )

        results_out.additional_properties = d
        return results_out

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
