from enum import StrEnum


class AuditEventOutAction(StrEnum):
    CREATE = "create"
    DELETE = "delete"
    REPLACE = "replace"
    REVOKE = "revoke"

    def __str__(self) -> str:
        return str(self.value)
