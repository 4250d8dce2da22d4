from enum import StrEnum


class SurveyPurpose(StrEnum):
    CANVASS = "canvass"
    EVALUATION = "evaluation"

    def __str__(self) -> str:
        return str(self.value)
