from enum import StrEnum


class ReportStatus(StrEnum):
    LATE = "late"
    ON_TIME = "on_time"
    OVERDUE = "overdue"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
