from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.programme_file_minimum_grade_role import ProgrammeFileMinimumGradeRole

T = TypeVar("T", bound="ProgrammeFileMinimumGrade")


@_attrs_define
class ProgrammeFileMinimumGrade:
    """The lowest qualification grade a unit may hold for one kind of work.

    Attributes:
        role (ProgrammeFileMinimumGradeRole):
        grade (str):
    """

    role: ProgrammeFileMinimumGradeRole
    grade: str

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        grade = self.grade

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "grade": grade,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = ProgrammeFileMinimumGradeRole(d.pop("role"))

        grade = d.pop("grade")

        programme_file_minimum_grade = cls(
            role=role,
            grade=grade,
        )

        return programme_file_minimum_grade
