from enum import StrEnum


class WarningKind(StrEnum):
    CONSTRUCTION_NOT_STARTED = "construction_not_started"
    DESIGN_BEFORE_CANVASS = "design_before_canvass"
    DIRECT_AWARD_OVER_LIMIT = "direct_award_over_limit"
    ELEVATOR_MANAGEMENT_MISSING = "elevator_management_missing"
    FOLLOW_UP_OVERDUE = "follow_up_overdue"
    HAZARD_OVERDUE = "hazard_overdue"
    INSPECTION_OVERDUE = "inspection_overdue"
    MAINTENANCE_FUND_MISSING = "maintenance_fund_missing"
    MAJOR_EVENT = "major_event"
    TENDER_LATE = "tender_late"
    UNIT_GRADE_LOW = "unit_grade_low"
    UNIT_NOT_ENGAGED = "unit_not_engaged"
    WORKS_OVERDUE = "works_overdue"

    def __str__(self) -> str:
        return str(self.value)
