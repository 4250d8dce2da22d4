from enum import StrEnum


class ProgrammeFileDutiesDirectAward(StrEnum):
    BLOCK = "block"
    OFF = "off"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)
