from enum import StrEnum


class Party(StrEnum):
    CITY = "city"
    DISTRICT = "district"

    def __str__(self) -> str:
        return str(self.value)
