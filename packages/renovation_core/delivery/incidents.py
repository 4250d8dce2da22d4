"""重大建设信息: a major event on a project (an accident, a serious quality problem, a stoppage,
a dispute among residents), reported to the city at once, outside the monthly cycle, and kept
open on the city's warnings until the district closes it with what was done."""

import datetime

import attrs

from renovation_core.calendar import day_in_china
from renovation_core.errors import FieldValueError
from renovation_core.labels import Labelled
from renovation_core.validators import EARLIEST_YEAR, LATEST_YEAR, not_blank, note

# 及时报送: the city hears of a major event by the day after it.
REPORT_WITHIN_DAYS = 1
EXCERPT = 120  # characters of a consequence that a warning repeats


class EventKind(Labelled):
    SAFETY_ACCIDENT = ("safety_accident", "安全事故")
    QUALITY_PROBLEM = ("quality_problem", "重大质量问题")
    STOPPAGE = ("stoppage", "停工")
    DISPUTE = ("dispute", "群体性矛盾纠纷")
    OTHER = ("other", "其他重大建设信息")


def _instant(
    _instance: object, attribute: "attrs.Attribute[datetime.datetime]", value: datetime.datetime
) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise FieldValueError(attribute.name, "must give its UTC offset (e.g. +08:00)")
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise FieldValueError(
            attribute.name, f"must fall between {EARLIEST_YEAR} and {LATEST_YEAR}, got {value}"
        )


@attrs.frozen(kw_only=True)
class EventClosure:
    """What was done, when the district closed the event, and who closed it."""

    on: datetime.date
    by: str = attrs.field(validator=not_blank)
    outcome: str = attrs.field(validator=note)


@attrs.frozen(kw_only=True)
class MajorEvent:
    """One major event: its kind, when it happened, its consequence and the measures taken,
    and the day it was reported (the server's, so lateness is not the reporter's to choose)."""

    number: int
    kind: EventKind
    occurred_at: datetime.datetime = attrs.field(validator=_instant)
    consequence: str = attrs.field(validator=note)
    measures: str = attrs.field(validator=note)
    reported_on: datetime.date
    reported_by: str
    closure: EventClosure | None = None

    @property
    def occurred_on(self) -> datetime.date:
        """The day in China it happened."""
        return day_in_china(self.occurred_at)

    @property
    def late(self) -> bool:
        """Reported after the day after it happened."""
        return (self.reported_on - self.occurred_on).days > REPORT_WITHIN_DAYS

    @property
    def summary(self) -> str:
        """One line for a warning: the event and the start of its consequence."""
        late = f", late (after {REPORT_WITHIN_DAYS} day)" if self.late else ""
        line = " ".join(self.consequence.split())
        shown = line if len(line) <= EXCERPT else line[: EXCERPT - 1] + "…"
        return (
            f"major event {self.number}, {self.kind.code}, reported on {self.reported_on}"
            f"{late}: {shown}"
        )

    def open_on(self, day: datetime.date) -> bool:
        """Whether the event had been reported and was not yet closed on ``day``."""
        return self.reported_on <= day and (self.closure is None or self.closure.on > day)
