from enum import StrEnum


class ImportChangeOutAction(StrEnum):
    CREATE = "create"
    REPLACE = "replace"

    def __str__(self) -> str:
        return str(self.value)
