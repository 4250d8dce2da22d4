from enum import StrEnum


class FundMovementKind(StrEnum):
    TOP_UP = "top_up"
    USE = "use"

    def __str__(self) -> str:
        return str(self.value)
