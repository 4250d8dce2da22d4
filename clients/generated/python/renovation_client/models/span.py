from enum import StrEnum


class Span(StrEnum):
    MONTH = "month"
    YEAR_TO_DATE = "year_to_date"

    def __str__(self) -> str:
        return str(self.value)
