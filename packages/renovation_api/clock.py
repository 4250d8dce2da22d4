"""Today, as the programme's calendar counts it: the one place the API reads the clock, so the
core never does (it is handed the day)."""

import datetime

from renovation_core.calendar import day_in_china


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def today() -> datetime.date:
    return day_in_china(now())
