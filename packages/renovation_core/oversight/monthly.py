"""Monthly progress reports (月报): each district's month, from project states and the ledger.

A report's figures are computed, never typed: for the compounds of the year's plan, as of the
month's last day (or the day of submission, within the month), how many compounds and households
were planned, started (construction begun) and completed, the start and completion rates by
compounds and by households, and the investment completed (money disbursed, net of reversals).
The district adds its remarks and submits by the 25th (a later one is late); a correction is a
new version with its reason. Reports add up: districts to the city, cities to a province.
"""

import datetime
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from renovation_core.calendar import Month
from renovation_core.delivery import Project, Stage
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.funding.ledger import Ledger
from renovation_core.labels import Labelled
from renovation_core.register.geography import division_code
from renovation_core.statistics.figures import SurveyFigures
from renovation_core.units import share
from renovation_core.validators import (
    MAX_VERSIONS,
    between,
    between_dates,
    not_before,
    not_blank,
    note,
)

# Districts report to the city's construction authority by this day of every month.
DUE_DAY = 25


def due_on(month: Month) -> datetime.date:
    """The day a district's report for ``month`` is due."""
    return datetime.date(month.year, month.month, DUE_DAY)


@attrs.frozen(kw_only=True)
class Progress:
    """Counts of the year's planned compounds and their households, and the money disbursed."""

    compounds_planned: int = 0
    households_planned: int = 0
    compounds_started: int = 0
    households_started: int = 0
    compounds_completed: int = 0
    households_completed: int = 0
    investment_completed_yuan: Decimal = Decimal(0)

    def __attrs_post_init__(self) -> None:
        for planned, started, completed in (
            (self.compounds_planned, self.compounds_started, self.compounds_completed),
            (self.households_planned, self.households_started, self.households_completed),
        ):
            if not 0 <= completed <= started <= planned:
                raise FieldValueError(
                    "progress", "completed ≤ started ≤ planned, by compounds and by households"
                )

    def __add__(self, other: "Progress") -> "Progress":
        return Progress(
            **{
                field.name: getattr(self, field.name) + getattr(other, field.name)
                for field in attrs.fields(Progress)
            }
        )

    @property
    def start_rate_compounds(self) -> Fraction | None:
        return share(self.compounds_started, self.compounds_planned)

    @property
    def start_rate_households(self) -> Fraction | None:
        return share(self.households_started, self.households_planned)

    @property
    def completion_rate_compounds(self) -> Fraction | None:
        return share(self.compounds_completed, self.compounds_planned)

    @property
    def completion_rate_households(self) -> Fraction | None:
        return share(self.households_completed, self.households_planned)

    def since(self, earlier: "Progress") -> "Change":
        """What moved since ``earlier`` (the month before): month-over-month."""
        return Change(
            compounds_started=self.compounds_started - earlier.compounds_started,
            households_started=self.households_started - earlier.households_started,
            compounds_completed=self.compounds_completed - earlier.compounds_completed,
            households_completed=self.households_completed - earlier.households_completed,
            investment_completed_yuan=(
                self.investment_completed_yuan - earlier.investment_completed_yuan
            ),
        )


@attrs.frozen(kw_only=True)
class Change:
    """Month over month: how many more compounds and households started and completed, and the
    investment completed in the month (negative where a correction took something back)."""

    compounds_started: int
    households_started: int
    compounds_completed: int
    households_completed: int
    investment_completed_yuan: Decimal


@attrs.frozen(kw_only=True)
class Tracked:
    """A planned compound: its district, its plan's year, its households, its live project and
    its ledger."""

    district: str
    year: int
    households: int
    project: Project | None
    ledger: Ledger = attrs.field(factory=Ledger)

    def reached_by(self, stage: Stage, day: datetime.date) -> bool:
        return self.project is not None and self.project.reached_by(stage, day)

    def progress(self, as_of: datetime.date) -> Progress:
        """The compound's part of a report as of ``as_of``: started once construction began,
        completed once the works were completed, and the money disbursed by then."""
        started = self.reached_by(Stage.UNDER_CONSTRUCTION, as_of)
        completed = self.reached_by(Stage.COMPLETED, as_of)
        return Progress(
            compounds_planned=1,
            households_planned=self.households,
            compounds_started=int(started),
            households_started=self.households if started else 0,
            compounds_completed=int(completed),
            households_completed=self.households if completed else 0,
            investment_completed_yuan=sum(
                (e.signed_yuan for e in self.ledger.entries if e.paid_on <= as_of), Decimal(0)
            ),
        )


def progress(
    compounds: Iterable[Tracked], district: str, year: int, as_of: datetime.date
) -> Progress:
    """A district's report figures: the compounds of its ``year``'s plan, as of a day. The
    investment is all the money paid for them by then, whenever it was paid."""
    return sum(
        (c.progress(as_of) for c in compounds if (c.district, c.year) == (district, year)),
        Progress(),
    )


def baseline(month: Month) -> datetime.date:
    """The day a month's change is measured from: the day before it began. The month before
    reports the same plan except in January, whose month before reported last year's."""
    return month.first_day - datetime.timedelta(days=1)


def as_of(month: Month, on: datetime.date) -> datetime.date:
    """The day a report submitted ``on`` speaks for: the month's end, or ``on`` within it."""
    return min(month.last_day, on)


@attrs.frozen(kw_only=True)
class MonthlyReport:
    """One version of a district's report for a month, its figures fixed when submitted:
    ``progress`` in the plan's view (the year's plan, started and completed by the day), and
    ``survey`` in the survey's (the year to date by the day: started and completed whatever
    their plan's year, buildings included; None in a report submitted before it was kept)."""

    district: str = attrs.field(validator=division_code)
    month: Month
    version: int = attrs.field(validator=between(1, MAX_VERSIONS))
    progress: Progress
    remarks: str | None = attrs.field(default=None, validator=attrs.validators.optional(note))
    submitted_on: datetime.date
    submitted_by: str = attrs.field(validator=not_blank)
    reason: str | None = attrs.field(default=None, validator=attrs.validators.optional(note))
    survey: SurveyFigures | None = None

    def __attrs_post_init__(self) -> None:
        if (self.version > 1) != (self.reason is not None and bool(self.reason.strip())):
            raise FieldValueError(
                "reason", "a correction (a version after the first) says why, and only it"
            )
        not_before("submitted_on", self.submitted_on, self.month.first_day, "the month's start")

    @property
    def due_on(self) -> datetime.date:
        return due_on(self.month)


def submit(
    versions: Sequence[MonthlyReport],
    district: str,
    month: Month,
    figures: Progress,
    *,
    on: datetime.date,
    by: str,
    today: datetime.date,
    remarks: str | None = None,
    reason: str | None = None,
    survey: SurveyFigures | None = None,
) -> MonthlyReport:
    """The district's next version of its report for ``month``: the first, or (given the
    versions so far and a reason) a correction. A month that has not begun has no report."""
    if month.first_day > today:
        raise FieldValueError("month", f"{month} has not begun (today is {today})")
    between_dates("on", on, month.first_day, "the month's start", today)
    if versions and reason is None:
        raise RuleViolation(
            "report-exists",
            f"district {district} reported for {month} on {versions[0].submitted_on}; a "
            f"correction is a new version with its reason",
        )
    if not versions and reason is not None:
        raise FieldValueError("reason", "the first report corrects nothing")
    if len(versions) >= MAX_VERSIONS:
        raise RuleViolation(
            "versions-exhausted",
            f"district {district}'s report for {month} has {MAX_VERSIONS} versions, the most kept",
        )
    if versions:
        not_before("on", on, versions[-1].submitted_on, "the version it corrects")
    return MonthlyReport(
        district=district,
        month=month,
        version=len(versions) + 1,
        progress=figures,
        remarks=remarks,
        submitted_on=on,
        submitted_by=by,
        reason=reason,
        survey=survey,
    )


class ReportStatus(Labelled):
    PENDING = ("pending", "未到期")
    ON_TIME = ("on_time", "按时报送")
    LATE = ("late", "逾期报送")
    OVERDUE = ("overdue", "逾期未报")


def status(versions: Sequence[MonthlyReport], month: Month, today: datetime.date) -> ReportStatus:
    """Where a district's report for ``month`` stands: judged by its first version (a later
    correction of a report on time is not late), or, without one, by the due day."""
    if versions:
        return (
            ReportStatus.LATE if versions[0].submitted_on > due_on(month) else ReportStatus.ON_TIME
        )
    return ReportStatus.OVERDUE if today > due_on(month) else ReportStatus.PENDING
