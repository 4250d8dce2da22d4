from enum import StrEnum


class CommitteeRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    VICE_CHAIR = "vice_chair"

    def __str__(self) -> str:
        return str(self.value)
