"""Oversight and aftercare (§4, §6): how the city steers its districts and keeps renovated
compounds from decaying again. Begun with the monthly progress report."""

from renovation_core.oversight.monthly import (
    DUE_DAY,
    Change,
    Month,
    MonthlyReport,
    Progress,
    ReportStatus,
    Tracked,
    as_of,
    progress,
    status,
    submit,
)

__all__ = [
    "DUE_DAY",
    "Change",
    "Month",
    "MonthlyReport",
    "Progress",
    "ReportStatus",
    "Tracked",
    "as_of",
    "progress",
    "status",
    "submit",
]
