from enum import StrEnum


class ManagementMode(StrEnum):
    COMMUNITY = "community"
    PROFESSIONAL = "professional"
    SELF_MANAGED = "self_managed"

    def __str__(self) -> str:
        return str(self.value)
