"""Delivering each compound's renovation: the project from plan to long-term management (§4).

One project per compound and programme year, its lifecycle and the guards on it, the approval
documents it needs, its qualified units, tender package, inspections and hazards, joint
acceptance, handover of utility networks, the schedule warnings derived from it, and its OC4IDS
record.
"""

from renovation_core.delivery.acceptance import MANDATORY, Acceptance, Attendee, AttendeeRole
from renovation_core.delivery.approvals import ApprovalProfile, DocumentKind, SuppliedDocument
from renovation_core.delivery.incidents import EventClosure, EventKind, MajorEvent
from renovation_core.delivery.networks import (
    Handover,
    Network,
    networks_touched,
    project_networks,
)
from renovation_core.delivery.oc4ids import oc4ids_project, project_id
from renovation_core.delivery.participants import (
    Assignment,
    Organisation,
    Qualification,
    Unit,
    UnitRole,
    is_credit_code,
)
from renovation_core.delivery.project import MAX_RECORDS, Project, award_package
from renovation_core.delivery.quality import (
    Closure,
    Hazard,
    HazardLevel,
    Inspection,
    MaterialSupply,
)
from renovation_core.delivery.schedule import (
    Beside,
    ScheduleWarning,
    StartBy,
    WarningCount,
    WarningKind,
    count_warnings,
    duty_warnings,
    schedule_warnings,
)
from renovation_core.delivery.stages import FORWARD, Stage, Transition, next_stages
from renovation_core.delivery.tender import Award, ProcurementMethod, TenderPackage

__all__ = [
    "FORWARD",
    "MANDATORY",
    "MAX_RECORDS",
    "Acceptance",
    "ApprovalProfile",
    "Assignment",
    "Attendee",
    "AttendeeRole",
    "Award",
    "Beside",
    "Closure",
    "DocumentKind",
    "EventClosure",
    "EventKind",
    "Handover",
    "Hazard",
    "HazardLevel",
    "Inspection",
    "MajorEvent",
    "MaterialSupply",
    "Network",
    "Organisation",
    "ProcurementMethod",
    "Project",
    "Qualification",
    "ScheduleWarning",
    "Stage",
    "StartBy",
    "SuppliedDocument",
    "TenderPackage",
    "Transition",
    "Unit",
    "UnitRole",
    "WarningCount",
    "WarningKind",
    "award_package",
    "count_warnings",
    "duty_warnings",
    "is_credit_code",
    "networks_touched",
    "next_stages",
    "oc4ids_project",
    "project_id",
    "project_networks",
    "schedule_warnings",
]
