"""The kinds of supervision flag, and the record of what was done about one (追究责任): apart,
so that a compound's funding can keep its responses without knowing how flags are found."""

import datetime

import attrs

from renovation_core.labels import Labelled
from renovation_core.validators import not_blank, note


class FlagKind(Labelled):
    OVER_LINE = ("over_line", "超出批复额度支付")
    PURPOSE_MISMATCH = ("purpose_mismatch", "资金用途与批复不符（专款专用）")
    BEFORE_APPROVAL = ("before_approval", "预算批复前支付")
    UNFUNDED_GAP = ("unfunded_gap", "资金缺口")


@attrs.frozen(kw_only=True)
class FlagResponse:
    """What was done about a flag (追究责任): by whom, on which day, recorded by whom. ``kind``,
    ``line`` and ``entry`` name the flag it answers."""

    kind: FlagKind
    line: int | None = None
    entry: int | None = None
    on: datetime.date
    by: str = attrs.field(validator=not_blank)
    action: str = attrs.field(validator=note)
    recorded_by: str

    @property
    def answers(self) -> tuple[FlagKind, int | None, int | None]:
        return self.kind, self.line, self.entry
