from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enforcement import Enforcement

T = TypeVar("T", bound="DutiesOut")


@_attrs_define
class DutiesOut:
    """
    Attributes:
        canvass_before_design (Enforcement): What breaking a duty does.
        elevator_management (Enforcement): What breaking a duty does.
        maintenance_fund (Enforcement): What breaking a duty does.
        qualification_grade (Enforcement): What breaking a duty does.
        survey_and_testing (Enforcement): What breaking a duty does.
        direct_award (Enforcement): What breaking a duty does.
        special_purpose (Enforcement): What breaking a duty does.
    """

    canvass_before_design: Enforcement
    elevator_management: Enforcement
    maintenance_fund: Enforcement
    qualification_grade: Enforcement
    survey_and_testing: Enforcement
    direct_award: Enforcement
    special_purpose: Enforcement
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        canvass_before_design = self.canvass_before_design.value

        elevator_management = self.elevator_management.value

        maintenance_fund = self.maintenance_fund.value

        qualification_grade = self.qualification_grade.value

        survey_and_testing = self.survey_and_testing.value

        direct_award = self.direct_award.value

        special_purpose = self.special_purpose.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "canvass_before_design": canvass_before_design,
                "elevator_management": elevator_management,
                "maintenance_fund": maintenance_fund,
                "qualification_grade": qualification_grade,
                "survey_and_testing": survey_and_testing,
                "direct_award": direct_award,
                "special_purpose": special_purpose,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        canvass_before_design = Enforcement(d.pop("canvass_before_design"))

        elevator_management = Enforcement(d.pop("elevator_management"))

        maintenance_fund = Enforcement(d.pop("maintenance_fund"))

        qualification_grade = Enforcement(d.pop("qualification_grade"))

        survey_and_testing = Enforcement(d.pop("survey_and_testing"))

        direct_award = Enforcement(d.pop("direct_award"))

        special_purpose = Enforcement(d.pop("special_purpose"))

        duties_out = cls(
            canvass_before_design=canvass_before_design,
            elevator_management=elevator_management,
            maintenance_fund=maintenance_fund,
            qualification_grade=qualification_grade,
            survey_and_testing=survey_and_testing,
            direct_award=direct_award,
            special_purpose=special_purpose,
        )

        duties_out.additional_properties = d
        return duties_out

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
