from enum import StrEnum


class QuestionKind(StrEnum):
    FREE_TEXT = "free_text"
    MULTIPLE_CHOICE = "multiple_choice"
    RATING = "rating"
    SINGLE_CHOICE = "single_choice"

    def __str__(self) -> str:
        return str(self.value)
