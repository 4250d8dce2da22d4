from enum import StrEnum


class ProgrammeFileConditionAssessmentSafety(StrEnum):
    CRITICAL = "critical"
    FAIR = "fair"
    GOOD = "good"
    POOR = "poor"

    def __str__(self) -> str:
        return str(self.value)
