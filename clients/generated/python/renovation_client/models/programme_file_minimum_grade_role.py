from enum import StrEnum


class ProgrammeFileMinimumGradeRole(StrEnum):
    CONSTRUCTION = "construction"
    DESIGN = "design"
    SUPERVISION = "supervision"
    SURVEY = "survey"
    TESTING = "testing"

    def __str__(self) -> str:
        return str(self.value)
