"""Demonstration projects (示范项目): compounds the city holds up to others, nominated with
reasons. Only a project under way or done can be one; a cancelled one cannot."""

import datetime
from collections.abc import Iterable

import attrs

from renovation_core.delivery import Project, Stage
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.validators import at_most, code, not_after, not_before, not_blank, note

MAX_REASONS = 20


@attrs.frozen(kw_only=True)
class Nomination:
    compound: str = attrs.field(validator=code)
    year: int
    nominated_on: datetime.date
    nominated_by: str = attrs.field(validator=not_blank)
    reasons: tuple[str, ...] = attrs.field(
        validator=[at_most(MAX_REASONS, "reasons"), attrs.validators.deep_iterable(note)]
    )

    def __attrs_post_init__(self) -> None:
        if not self.reasons:
            raise FieldValueError("reasons", "a nomination gives its reasons")


def nominate(
    project: Project | None,
    reasons: Iterable[str],
    *,
    on: datetime.date,
    by: str,
    today: datetime.date,
) -> Nomination:
    """The nomination of ``project``'s compound: its project exists, is not cancelled, and was
    entered in the plan by ``on``."""
    if project is None or project.stage is Stage.CANCELLED:
        raise RuleViolation(
            "no-project", "a demonstration project is a renovation under way or done"
        )
    not_after("nominated_on", on, today)
    not_before("nominated_on", on, project.planned_on, "the project's entry in the plan")
    return Nomination(
        compound=project.compound,
        year=project.year,
        nominated_on=on,
        nominated_by=by,
        reasons=tuple(reasons),
    )
