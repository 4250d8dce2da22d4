from enum import StrEnum


class Bureau(StrEnum):
    FINANCE = "finance"
    HOUSING = "housing"

    def __str__(self) -> str:
        return str(self.value)
