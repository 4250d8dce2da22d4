from enum import StrEnum


class HazardLevel(StrEnum):
    GENERAL = "general"
    MAJOR = "major"

    def __str__(self) -> str:
        return str(self.value)
