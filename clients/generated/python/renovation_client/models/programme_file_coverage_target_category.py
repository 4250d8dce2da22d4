from enum import StrEnum


class ProgrammeFileCoverageTargetCategory(StrEnum):
    BASIC = "basic"
    ENHANCEMENT = "enhancement"
    IMPROVEMENT = "improvement"

    def __str__(self) -> str:
        return str(self.value)
