from enum import StrEnum


class ListCompoundsSort(StrEnum):
    CODE = "code"
    PRIORITY = "priority"

    def __str__(self) -> str:
        return str(self.value)
