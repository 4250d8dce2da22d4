from enum import StrEnum


class Level(StrEnum):
    CITY = "city"
    DISTRICT = "district"
    NATION = "nation"
    PROVINCE = "province"

    def __str__(self) -> str:
        return str(self.value)
