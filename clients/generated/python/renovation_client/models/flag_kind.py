from enum import StrEnum


class FlagKind(StrEnum):
    BEFORE_APPROVAL = "before_approval"
    OVER_LINE = "over_line"
    PURPOSE_MISMATCH = "purpose_mismatch"
    UNFUNDED_GAP = "unfunded_gap"

    def __str__(self) -> str:
        return str(self.value)
