from enum import StrEnum


class TargetInFigure(StrEnum):
    BUILDINGS = "buildings"
    COMPOUNDS = "compounds"
    FLOOR_AREA_M2 = "floor_area_m2"
    HOUSEHOLDS = "households"

    def __str__(self) -> str:
        return str(self.value)
