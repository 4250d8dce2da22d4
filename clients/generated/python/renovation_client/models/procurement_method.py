from enum import StrEnum


class ProcurementMethod(StrEnum):
    DIRECT = "direct"
    INVITED = "invited"
    NEGOTIATED = "negotiated"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
