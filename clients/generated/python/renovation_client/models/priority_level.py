from enum import StrEnum


class PriorityLevel(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    URGENT = "urgent"

    def __str__(self) -> str:
        return str(self.value)
