from enum import StrEnum


class ImportChangeOutRecord(StrEnum):
    COMPOUND = "compound"
    PLAN = "plan"

    def __str__(self) -> str:
        return str(self.value)
