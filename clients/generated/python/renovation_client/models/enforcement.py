from enum import StrEnum


class Enforcement(StrEnum):
    BLOCK = "block"
    OFF = "off"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)
