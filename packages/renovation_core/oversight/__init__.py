"""Oversight and aftercare (§4, §6): how the city steers its districts and keeps renovated
compounds from decaying again: the monthly progress report and the aftercare registry so far;
responsibility contracts, the assessment and demonstration projects are to come."""

from renovation_core.oversight.aftercare import (
    Aftercare,
    Elevator,
    ElevatorMode,
    FundMovement,
    FundMovementKind,
    MaintenanceFund,
    Management,
    ManagementCoverage,
    ManagementMode,
    Renovated,
    follow_ups,
    management_coverage,
)
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
    "Aftercare",
    "Change",
    "Elevator",
    "ElevatorMode",
    "FundMovement",
    "FundMovementKind",
    "MaintenanceFund",
    "Management",
    "ManagementCoverage",
    "ManagementMode",
    "Month",
    "MonthlyReport",
    "Progress",
    "Renovated",
    "ReportStatus",
    "Tracked",
    "as_of",
    "follow_ups",
    "management_coverage",
    "progress",
    "status",
    "submit",
]
