from enum import StrEnum


class AuditEventOutAction(StrEnum):
    ACCEPT = "accept"
    ASSIGN = "assign"
    AWARD = "award"
    CLOSE = "close"
    CLOSE_EVENT = "close-event"
    CLOSE_HAZARD = "close-hazard"
    CONFIRM = "confirm"
    CORRECT = "correct"
    CREATE = "create"
    DELETE = "delete"
    HAND_OVER = "hand-over"
    IMPORT = "import"
    INSPECT = "inspect"
    JOIN = "join"
    ORDER = "order"
    PAY = "pay"
    PUBLISH = "publish"
    REPLACE = "replace"
    REPLAY = "replay"
    REPORT_EVENT = "report-event"
    REPORT_HAZARD = "report-hazard"
    RESPOND = "respond"
    REVERSE = "reverse"
    REVIEW = "review"
    REVOKE = "revoke"
    ROTATE = "rotate"
    SUBMIT = "submit"
    SUPPLY = "supply"
    SUPPLY_MATERIAL = "supply-material"
    TRANSITION = "transition"
    VOTE = "vote"

    def __str__(self) -> str:
        return str(self.value)
