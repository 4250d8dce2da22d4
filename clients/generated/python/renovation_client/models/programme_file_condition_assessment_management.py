from enum import StrEnum


class ProgrammeFileConditionAssessmentManagement(StrEnum):
    CRITICAL = "critical"
    FAIR = "fair"
    GOOD = "good"
    POOR = "poor"

    def __str__(self) -> str:
        return str(self.value)
