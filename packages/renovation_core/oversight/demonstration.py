"""Demonstration projects (示范项目): compounds the city holds up to others, nominated with
reasons. Only works under way or done can be one: construction has begun, and the project is
not cancelled."""

import datetime
from collections.abc import Iterable

import attrs

from renovation_core.delivery import Project, Stage
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.validators import at_most, code, not_after, not_blank, note

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
    """The nomination of ``project``'s compound: its works began by ``on`` and it is not
    cancelled."""
    if project is None or project.stage is Stage.CANCELLED:
        raise RuleViolation(
            "no-project", "a demonstration project is a renovation under way or done"
        )
    not_after("nominated_on", on, today)
    if not project.reached_by(Stage.UNDER_CONSTRUCTION, on):
        raise RuleViolation(
            "not-under-way", f"the works had not begun by {on}: nominate them once they have"
        )
    return Nomination(
        compound=project.compound,
        year=project.year,
        nominated_on=on,
        nominated_by=by,
        reasons=tuple(reasons),
    )
