"""Figures a region declares itself (填报): a city or district that keeps no compound records here
submits its survey figures month by month.

A declaration holds the year to date at the month's end (累计), as the survey's monthly form
collects them: the year's plan as it stands, and what started, completed and was paid since
January. A month's own figures are the difference from the month before, so what started and
completed may not fall from one month to the next; a correction is a new version with its
reason, as monthly reports are. Where the records are here the figures are computed, and a
declaration for the same region and month is refused: one truth per row.
"""

import datetime
from collections.abc import Sequence

import attrs

from renovation_core.calendar import Month
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.register.geography import division_code
from renovation_core.register.regions import Level, level_of
from renovation_core.statistics.figures import Quantities, SurveyFigures
from renovation_core.validators import MAX_VERSIONS, between, not_blank, note


@attrs.frozen(kw_only=True)
class Declaration:
    """One version of a region's declared year to date at a month's end."""

    region: str = attrs.field(validator=division_code)
    month: Month
    version: int = attrs.field(validator=between(1, MAX_VERSIONS))
    figures: SurveyFigures
    declared_on: datetime.date
    declared_by: str = attrs.field(validator=not_blank)
    reason: str | None = attrs.field(default=None, validator=attrs.validators.optional(note))

    def __attrs_post_init__(self) -> None:
        if (self.version > 1) != (self.reason is not None):
            raise FieldValueError(
                "reason", "a correction (a version after the first) says why, and only it"
            )


_FLOWS = ("started", "completed")
Declared = tuple[Month, SurveyFigures]  # a month declared, and its latest year to date


def _not_falling(earlier: SurveyFigures, later: SurveyFigures, declared: Month) -> None:
    """A year to date only grows: raise naming the first figure that falls."""
    for flow in _FLOWS:
        for field in attrs.fields(Quantities):
            was = getattr(getattr(earlier, flow), field.name)
            now = getattr(getattr(later, flow), field.name)
            if now < was:
                raise FieldValueError(
                    f"figures.{flow}.{field.name}",
                    f"a year to date may not fall from {was} to {now} (beside {declared}'s "
                    "declaration)",
                )


def declare(
    versions: Sequence[Declaration],
    region: str,
    month: Month,
    figures: SurveyFigures,
    *,
    computed: bool,
    neighbours: tuple[Declared | None, Declared | None],
    on: datetime.date,
    by: str,
    reason: str | None = None,
) -> Declaration:
    """The region's next version for ``month``: the first, or (given a reason) a correction.
    ``computed``: the region keeps records here; ``neighbours``: the latest declared year to date
    of the nearest months declared before and after it within the year, which this must lie
    between."""
    if level_of(region) is Level.NATION:
        raise FieldValueError("region", "the nation's figures are the provinces' sum")
    if month.first_day > on:
        raise FieldValueError("month", f"{month} has not begun (today is {on})")
    if computed:
        raise RuleViolation(
            "computed-here",
            f"region {region} keeps its compound records here: its figures for {month} are "
            "computed from them, not declared",
        )
    if versions and reason is None:
        raise RuleViolation(
            "declaration-exists",
            f"region {region} declared {month} on {versions[0].declared_on}; a correction is "
            "a new version with its reason",
        )
    if not versions and reason is not None:
        raise FieldValueError("reason", "the first declaration corrects nothing")
    if len(versions) >= MAX_VERSIONS:
        raise RuleViolation(
            "versions-exhausted",
            f"region {region}'s figures for {month} have {MAX_VERSIONS} versions, the most kept",
        )
    before, after = neighbours
    if before is not None:
        _not_falling(before[1], figures, before[0])
    if after is not None:
        _not_falling(figures, after[1], after[0])
    return Declaration(
        region=region,
        month=month,
        version=len(versions) + 1,
        figures=figures,
        declared_on=on,
        declared_by=by,
        reason=reason,
    )


def month_alone(year_to_date: SurveyFigures, before: SurveyFigures | None) -> SurveyFigures:
    """A month's own figures from its year to date and the month before's (``None`` in
    January): the year's plan as it stands, and what moved in the month."""
    if before is None:
        return year_to_date
    return attrs.evolve(
        year_to_date,
        started=year_to_date.started - before.started,
        completed=year_to_date.completed - before.completed,
        investment_completed_yuan=(
            year_to_date.investment_completed_yuan - before.investment_completed_yuan
        ),
    )
