from enum import StrEnum


class ProgrammeFileCompoundPropertyType(StrEnum):
    COMMODITY = "commodity"
    MIXED = "mixed"
    PUBLIC = "public"
    REFORMED = "reformed"
    RESETTLEMENT = "resettlement"
    WORK_UNIT = "work_unit"

    def __str__(self) -> str:
        return str(self.value)
