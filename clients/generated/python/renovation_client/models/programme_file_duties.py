from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.programme_file_duties_canvass_before_design import ProgrammeFileDutiesCanvassBeforeDesign
from ..models.programme_file_duties_direct_award import ProgrammeFileDutiesDirectAward
from ..models.programme_file_duties_elevator_management import ProgrammeFileDutiesElevatorManagement
from ..models.programme_file_duties_maintenance_fund import ProgrammeFileDutiesMaintenanceFund
from ..models.programme_file_duties_qualification_grade import ProgrammeFileDutiesQualificationGrade
from ..models.programme_file_duties_special_purpose import ProgrammeFileDutiesSpecialPurpose
from ..models.programme_file_duties_survey_and_testing import ProgrammeFileDutiesSurveyAndTesting
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeFileDuties")


@_attrs_define
class ProgrammeFileDuties:
    """How each duty is enforced. Wuhai's plan makes its residents' right to choose (选择权),
    the elevators' management (明确加装电梯的管理责任), qualified units and special funds'
    purpose binding; it encourages (鼓励) the maintenance fund; it asks for survey and testing
    units where the works need them, which only people can judge, so their absence is a
    finding.

    Attributes:
        canvass_before_design (ProgrammeFileDutiesCanvassBeforeDesign | Unset):
        elevator_management (ProgrammeFileDutiesElevatorManagement | Unset):
        maintenance_fund (ProgrammeFileDutiesMaintenanceFund | Unset):
        qualification_grade (ProgrammeFileDutiesQualificationGrade | Unset):
        survey_and_testing (ProgrammeFileDutiesSurveyAndTesting | Unset):
        direct_award (ProgrammeFileDutiesDirectAward | Unset):
        special_purpose (ProgrammeFileDutiesSpecialPurpose | Unset):
    """

    canvass_before_design: ProgrammeFileDutiesCanvassBeforeDesign | Unset = UNSET
    elevator_management: ProgrammeFileDutiesElevatorManagement | Unset = UNSET
    maintenance_fund: ProgrammeFileDutiesMaintenanceFund | Unset = UNSET
    qualification_grade: ProgrammeFileDutiesQualificationGrade | Unset = UNSET
    survey_and_testing: ProgrammeFileDutiesSurveyAndTesting | Unset = UNSET
    direct_award: ProgrammeFileDutiesDirectAward | Unset = UNSET
    special_purpose: ProgrammeFileDutiesSpecialPurpose | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        canvass_before_design: str | Unset = UNSET
        if not isinstance(self.canvass_before_design, Unset):
            canvass_before_design = self.canvass_before_design.value

        elevator_management: str | Unset = UNSET
        if not isinstance(self.elevator_management, Unset):
            elevator_management = self.elevator_management.value

        maintenance_fund: str | Unset = UNSET
        if not isinstance(self.maintenance_fund, Unset):
            maintenance_fund = self.maintenance_fund.value

        qualification_grade: str | Unset = UNSET
        if not isinstance(self.qualification_grade, Unset):
            qualification_grade = self.qualification_grade.value

        survey_and_testing: str | Unset = UNSET
        if not isinstance(self.survey_and_testing, Unset):
            survey_and_testing = self.survey_and_testing.value

        direct_award: str | Unset = UNSET
        if not isinstance(self.direct_award, Unset):
            direct_award = self.direct_award.value

        special_purpose: str | Unset = UNSET
        if not isinstance(self.special_purpose, Unset):
            special_purpose = self.special_purpose.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if canvass_before_design is not UNSET:
            field_dict["canvass_before_design"] = canvass_before_design
        if elevator_management is not UNSET:
            field_dict["elevator_management"] = elevator_management
        if maintenance_fund is not UNSET:
            field_dict["maintenance_fund"] = maintenance_fund
        if qualification_grade is not UNSET:
            field_dict["qualification_grade"] = qualification_grade
        if survey_and_testing is not UNSET:
            field_dict["survey_and_testing"] = survey_and_testing
        if direct_award is not UNSET:
            field_dict["direct_award"] = direct_award
        if special_purpose is not UNSET:
            field_dict["special_purpose"] = special_purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _canvass_before_design = d.pop("canvass_before_design", UNSET)
        canvass_before_design: ProgrammeFileDutiesCanvassBeforeDesign | Unset
        if isinstance(_canvass_before_design, Unset):
            canvass_before_design = UNSET
        else:
            canvass_before_design = ProgrammeFileDutiesCanvassBeforeDesign(_canvass_before_design)

        _elevator_management = d.pop("elevator_management", UNSET)
        elevator_management: ProgrammeFileDutiesElevatorManagement | Unset
        if isinstance(_elevator_management, Unset):
            elevator_management = UNSET
        else:
            elevator_management = ProgrammeFileDutiesElevatorManagement(_elevator_management)

        _maintenance_fund = d.pop("maintenance_fund", UNSET)
        maintenance_fund: ProgrammeFileDutiesMaintenanceFund | Unset
        if isinstance(_maintenance_fund, Unset):
            maintenance_fund = UNSET
        else:
            maintenance_fund = ProgrammeFileDutiesMaintenanceFund(_maintenance_fund)

        _qualification_grade = d.pop("qualification_grade", UNSET)
        qualification_grade: ProgrammeFileDutiesQualificationGrade | Unset
        if isinstance(_qualification_grade, Unset):
            qualification_grade = UNSET
        else:
            qualification_grade = ProgrammeFileDutiesQualificationGrade(_qualification_grade)

        _survey_and_testing = d.pop("survey_and_testing", UNSET)
        survey_and_testing: ProgrammeFileDutiesSurveyAndTesting | Unset
        if isinstance(_survey_and_testing, Unset):
            survey_and_testing = UNSET
        else:
            survey_and_testing = ProgrammeFileDutiesSurveyAndTesting(_survey_and_testing)

        _direct_award = d.pop("direct_award", UNSET)
        direct_award: ProgrammeFileDutiesDirectAward | Unset
        if isinstance(_direct_award, Unset):
            direct_award = UNSET
        else:
            direct_award = ProgrammeFileDutiesDirectAward(_direct_award)

        _special_purpose = d.pop("special_purpose", UNSET)
        special_purpose: ProgrammeFileDutiesSpecialPurpose | Unset
        if isinstance(_special_purpose, Unset):
            special_purpose = UNSET
        else:
            special_purpose = ProgrammeFileDutiesSpecialPurpose(_special_purpose)

        programme_file_duties = cls(
            canvass_before_design=canvass_before_design,
            elevator_management=elevator_management,
            maintenance_fund=maintenance_fund,
            qualification_grade=qualification_grade,
            survey_and_testing=survey_and_testing,
            direct_award=direct_award,
            special_purpose=special_purpose,
        )

        return programme_file_duties
