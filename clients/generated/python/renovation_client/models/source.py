from enum import StrEnum


class Source(StrEnum):
    COMPUTED = "computed"
    DECLARED = "declared"
    MISSING = "missing"
    SUMMED = "summed"

    def __str__(self) -> str:
        return str(self.value)
