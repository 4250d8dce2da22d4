from enum import StrEnum


class Ineligibility(StrEnum):
    ALREADY_RENOVATED = "already_renovated"
    BUILT_AFTER_CUTOFF = "built_after_cutoff"

    def __str__(self) -> str:
        return str(self.value)
