"""The programme's calendar: China Standard Time (UTC+8, no daylight saving), the time zone in
which every date and deadline of a Chinese city's programme falls, wherever a server runs."""

import datetime

CHINA_STANDARD_TIME = datetime.timezone(datetime.timedelta(hours=8), "CST")


def day_in_china(instant: datetime.datetime) -> datetime.date:
    """The date in China at ``instant`` (an aware datetime): what "today" means to a caller."""
    return instant.astimezone(CHINA_STANDARD_TIME).date()
