from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.unit_role import UnitRole

T = TypeVar("T", bound="QualificationBody")


@_attrs_define
class QualificationBody:
    """
    Attributes:
        certificate (str): One line of text: no control characters.
        covers (UnitRole):
        grade (str): One line of text: no control characters.
        valid_from (datetime.date):
        valid_until (datetime.date):
    """

    certificate: str
    covers: UnitRole
    grade: str
    valid_from: datetime.date
    valid_until: datetime.date

    def to_dict(self) -> dict[str, Any]:
        certificate = self.certificate

        covers = self.covers.value

        grade = self.grade

        valid_from = self.valid_from.isoformat()

        valid_until = self.valid_until.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "certificate": certificate,
                "covers": covers,
                "grade": grade,
                "valid_from": valid_from,
                "valid_until": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate = d.pop("certificate")

        covers = UnitRole(d.pop("covers"))

        grade = d.pop("grade")

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))

        qualification_body = cls(
            certificate=certificate,
            covers=covers,
            grade=grade,
            valid_from=valid_from,
            valid_until=valid_until,
        )

        return qualification_body
