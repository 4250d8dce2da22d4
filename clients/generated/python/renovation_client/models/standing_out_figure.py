from enum import StrEnum


class StandingOutFigure(StrEnum):
    BUILDINGS = "buildings"
    COMPOUNDS = "compounds"
    FLOOR_AREA_M2 = "floor_area_m2"
    HOUSEHOLDS = "households"
    INVESTMENT_YUAN = "investment_yuan"

    def __str__(self) -> str:
        return str(self.value)
