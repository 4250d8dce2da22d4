from enum import StrEnum


class Choice(StrEnum):
    ABSTAIN = "abstain"
    AGAINST = "against"
    FOR = "for"

    def __str__(self) -> str:
        return str(self.value)
