from enum import StrEnum


class ProgrammeFileConditionAssessmentInfrastructure(StrEnum):
    CRITICAL = "critical"
    FAIR = "fair"
    GOOD = "good"
    POOR = "poor"

    def __str__(self) -> str:
        return str(self.value)
