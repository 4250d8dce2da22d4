from enum import StrEnum


class ElevatorMode(StrEnum):
    FEE_BASED = "fee_based"
    LUMP_SUM = "lump_sum"
    RESIDENTS = "residents"

    def __str__(self) -> str:
        return str(self.value)
