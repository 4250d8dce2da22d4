from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseReceipt")


@_attrs_define
class ResponseReceipt:
    """
    Attributes:
        survey (str):
        compound (str):
        household (str): building-entrance-unit
        answered_on (datetime.date):
    """

    survey: str
    compound: str
    household: str
    answered_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        survey = self.survey

        compound = self.compound

        household = self.household

        answered_on = self.answered_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "survey": survey,
                "compound": compound,
                "household": household,
                "answered_on": answered_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        survey = d.pop("survey")

        compound = d.pop("compound")

        household = d.pop("household")

        answered_on = datetime.date.fromisoformat(d.pop("answered_on"))

        response_receipt = cls(
            survey=survey,
            compound=compound,
            household=household,
            answered_on=answered_on,
        )

        response_receipt.additional_properties = d
        return response_receipt

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
