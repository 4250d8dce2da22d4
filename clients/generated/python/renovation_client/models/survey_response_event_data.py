from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SurveyResponseEventData")


@_attrs_define
class SurveyResponseEventData:
    """What changed: a household's answers to a survey.

    Attributes:
        changed (list[str]): The resource's fields the write changed (all of them when it was made or removed).
        survey (Any | Unset): The survey_response's survey, as it shows it.
        compound (Any | Unset): The survey_response's compound, as it shows it.
        answered_on (Any | Unset): The survey_response's answered_on, as it shows it.
    """

    changed: list[str]
    survey: Any | Unset = UNSET
    compound: Any | Unset = UNSET
    answered_on: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed = self.changed

        survey = self.survey

        compound = self.compound

        answered_on = self.answered_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "changed": changed,
            }
        )
        if survey is not UNSET:
            field_dict["survey"] = survey
        if compound is not UNSET:
            field_dict["compound"] = compound
        if answered_on is not UNSET:
            field_dict["answered_on"] = answered_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        changed = cast(list[str], d.pop("changed"))

        survey = d.pop("survey", UNSET)

        compound = d.pop("compound", UNSET)

        answered_on = d.pop("answered_on", UNSET)

        survey_response_event_data = cls(
            changed=changed,
            survey=survey,
            compound=compound,
            answered_on=answered_on,
        )

        survey_response_event_data.additional_properties = d
        return survey_response_event_data

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
