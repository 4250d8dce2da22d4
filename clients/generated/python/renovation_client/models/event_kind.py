from enum import StrEnum


class EventKind(StrEnum):
    DISPUTE = "dispute"
    OTHER = "other"
    QUALITY_PROBLEM = "quality_problem"
    SAFETY_ACCIDENT = "safety_accident"
    STOPPAGE = "stoppage"

    def __str__(self) -> str:
        return str(self.value)
