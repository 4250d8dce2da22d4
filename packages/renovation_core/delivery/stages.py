"""The stages of a compound's project, and which step may follow which.

The forward path is the plan's own order (plan, consult residents, design, approve, tender, build,
accept jointly, file, hand over, manage). A project may be suspended (it resumes where it stopped)
or cancelled until it is accepted; after that the works exist and can only be carried through.
"""

import datetime

import attrs

from renovation_core.labels import Labelled
from renovation_core.validators import not_blank, note


class Stage(Labelled):
    PLANNED = ("planned", "已列入计划")
    CONSULTING = ("consulting", "征求居民意见")
    DESIGNING = ("designing", "方案设计")
    APPROVED = ("approved", "审批通过")
    TENDERED = ("tendered", "招标完成")
    UNDER_CONSTRUCTION = ("under_construction", "施工中")
    COMPLETED = ("completed", "完工")
    ACCEPTED = ("accepted", "联合竣工验收")
    FILED = ("filed", "竣工验收备案")
    HANDED_OVER = ("handed_over", "移交")
    IN_MANAGEMENT = ("in_management", "长效管理")
    SUSPENDED = ("suspended", "暂停")
    CANCELLED = ("cancelled", "取消")

    @property
    def rank(self) -> int:
        """Position on the forward path; suspended and cancelled are off it (-1)."""
        return FORWARD.index(self) if self in FORWARD else -1


FORWARD = tuple(s for s in Stage if s not in (Stage.SUSPENDED, Stage.CANCELLED))
# Until the joint acceptance the works can still be stopped; after it they exist.
STOPPABLE = frozenset(FORWARD[: FORWARD.index(Stage.ACCEPTED)])
# Steps that must say why.
NEEDS_REASON = frozenset({Stage.SUSPENDED, Stage.CANCELLED})


def next_stages(stage: Stage, resumes: Stage | None = None) -> tuple[Stage, ...]:
    """The stages a project at ``stage`` may move to; a suspended one resumes at ``resumes``."""
    if stage is Stage.SUSPENDED:
        return (resumes, Stage.CANCELLED) if resumes is not None else (Stage.CANCELLED,)
    if stage is Stage.CANCELLED or stage is Stage.IN_MANAGEMENT:
        return ()
    stops = (Stage.SUSPENDED, Stage.CANCELLED) if stage in STOPPABLE else ()
    return (FORWARD[stage.rank + 1], *stops)


@attrs.frozen(kw_only=True)
class Transition:
    """One step of a project's history: when, by whom and why. The first step of every project
    is its entry into the plan (``from_stage`` is None)."""

    from_stage: Stage | None
    to: Stage
    on: datetime.date
    by: str = attrs.field(validator=not_blank)
    reason: str | None = attrs.field(default=None, validator=attrs.validators.optional(note))
    # The document the step produced, e.g. the filing number (备案号).
    reference: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(not_blank)
    )
