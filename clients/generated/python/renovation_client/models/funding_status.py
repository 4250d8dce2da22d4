from enum import StrEnum


class FundingStatus(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"
    RETURNED = "returned"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
