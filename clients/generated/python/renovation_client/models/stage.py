from enum import StrEnum


class Stage(StrEnum):
    ACCEPTED = "accepted"
    APPROVED = "approved"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    CONSULTING = "consulting"
    DESIGNING = "designing"
    FILED = "filed"
    HANDED_OVER = "handed_over"
    IN_MANAGEMENT = "in_management"
    PLANNED = "planned"
    SUSPENDED = "suspended"
    TENDERED = "tendered"
    UNDER_CONSTRUCTION = "under_construction"

    def __str__(self) -> str:
        return str(self.value)
