from enum import StrEnum


class ProgrammeFileFundingLineNetworkType0(StrEnum):
    DRAINAGE = "drainage"
    GAS = "gas"
    HEATING = "heating"
    POWER = "power"
    TELECOM = "telecom"
    WATER = "water"

    def __str__(self) -> str:
        return str(self.value)
