from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.programme_file_condition_assessment_infrastructure import ProgrammeFileConditionAssessmentInfrastructure
from ..models.programme_file_condition_assessment_management import ProgrammeFileConditionAssessmentManagement
from ..models.programme_file_condition_assessment_safety import ProgrammeFileConditionAssessmentSafety
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeFileConditionAssessment")


@_attrs_define
class ProgrammeFileConditionAssessment:
    """An assessor's rating of a compound on the three grounds for urgency.

    Attributes:
        infrastructure (ProgrammeFileConditionAssessmentInfrastructure):
        management (ProgrammeFileConditionAssessmentManagement):
        safety (ProgrammeFileConditionAssessmentSafety):
        assessed_on (datetime.date | None | Unset):
    """

    infrastructure: ProgrammeFileConditionAssessmentInfrastructure
    management: ProgrammeFileConditionAssessmentManagement
    safety: ProgrammeFileConditionAssessmentSafety
    assessed_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        infrastructure = self.infrastructure.value

        management = self.management.value

        safety = self.safety.value

        assessed_on: None | str | Unset
        if isinstance(self.assessed_on, Unset):
            assessed_on = UNSET
        elif isinstance(self.assessed_on, datetime.date):
            assessed_on = self.assessed_on.isoformat()
        else:
            assessed_on = self.assessed_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "infrastructure": infrastructure,
                "management": management,
                "safety": safety,
            }
        )
        if assessed_on is not UNSET:
            field_dict["assessed_on"] = assessed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        infrastructure = ProgrammeFileConditionAssessmentInfrastructure(d.pop("infrastructure"))

        management = ProgrammeFileConditionAssessmentManagement(d.pop("management"))

        safety = ProgrammeFileConditionAssessmentSafety(d.pop("safety"))

        def _parse_assessed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessed_on_type_0 = datetime.date.fromisoformat(data)

                return assessed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        assessed_on = _parse_assessed_on(d.pop("assessed_on", UNSET))

        programme_file_condition_assessment = cls(
            infrastructure=infrastructure,
            management=management,
            safety=safety,
            assessed_on=assessed_on,
        )

        return programme_file_condition_assessment
