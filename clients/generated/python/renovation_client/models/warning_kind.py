from enum import StrEnum


class WarningKind(StrEnum):
    CONSTRUCTION_NOT_STARTED = "construction_not_started"
    HAZARD_OVERDUE = "hazard_overdue"
    TENDER_LATE = "tender_late"
    WORKS_OVERDUE = "works_overdue"

    def __str__(self) -> str:
        return str(self.value)
