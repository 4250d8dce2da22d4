"""The programme's calendar: China Standard Time (UTC+8, no daylight saving), the time zone in
which every date and deadline of a Chinese city's programme falls, wherever a server runs; and
the calendar month reports and declarations are made for."""

import calendar
import datetime

import attrs

from renovation_core.validators import between, plausible_year

CHINA_STANDARD_TIME = datetime.timezone(datetime.timedelta(hours=8), "CST")


def day_in_china(instant: datetime.datetime) -> datetime.date:
    """The date in China at ``instant`` (an aware datetime): what "today" means to a caller."""
    return instant.astimezone(CHINA_STANDARD_TIME).date()


@attrs.frozen(order=True)
class Month:
    year: int = attrs.field(validator=plausible_year)
    month: int = attrs.field(validator=between(1, 12))

    @classmethod
    def of(cls, day: datetime.date) -> "Month":
        return cls(year=day.year, month=day.month)

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month, 1)

    @property
    def last_day(self) -> datetime.date:
        return datetime.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def previous(self) -> "Month":
        return Month.of(self.first_day - datetime.timedelta(days=1))

    @property
    def following(self) -> "Month":
        return Month.of(self.first_day + datetime.timedelta(days=31))

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"
