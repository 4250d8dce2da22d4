from enum import StrEnum


class ProgrammeFileDutiesMaintenanceFund(StrEnum):
    BLOCK = "block"
    OFF = "off"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)
