"""The shapes of projects at the edge: what clients send and what they read back.

Field names are the core's own, so a body becomes a core value through the core's converter
(whose checks then name the failing field) and a project becomes a response in one conversion.
"""

import datetime
from typing import Annotated, Any

import msgspec

from renovation_api.fields import (
    Code,
    DistrictCode,
    LocalCode,
    Money,
    Name,
    Note,
    PositiveMoney,
    Year,
)
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body
from renovation_api.views import view
from renovation_core.converter import unstructure
from renovation_core.delivery import (
    MAX_RECORDS,
    AttendeeRole,
    DocumentKind,
    EventKind,
    HazardLevel,
    Network,
    ProcurementMethod,
    Project,
    Stage,
    UnitRole,
)
from renovation_core.delivery.acceptance import MAX_ATTENDEES
from renovation_core.validators import MAX_REFERENCES

CreditCode = Annotated[
    str,
    msgspec.Meta(
        min_length=18,
        max_length=18,
        pattern="^[0-9A-HJ-NPQRTUWXY]{18}$",
        description="Unified social credit code (统一社会信用代码, GB 32100-2015).",
        examples=["91150300MA0N00002G"],
    ),
]
References = Annotated[
    list[Name],
    msgspec.Meta(
        min_length=1,
        max_length=MAX_REFERENCES,
        description="Document numbers or titles.",
        examples=[["整改回复单 2023-017"]],
    ),
]
MANY = msgspec.Meta(max_length=MAX_RECORDS)
RecordNumber = Annotated[
    int, msgspec.Meta(ge=1, le=MAX_RECORDS, description="Numbered from 1 within the project.")
]


class OrganisationBody(Body):
    name: Name
    credit_code: CreditCode | None = None


class ProfileBody(Body):
    """What decides the approval route (清单制 + 告知承诺制)."""

    changes_land_ownership: bool
    low_risk: bool
    changes_main_structure: bool
    signs_commitment_notice: bool


class ProjectFacts(Body):
    """A project's own facts: its client (建设单位), what decides its approval route, the utility
    networks its works touch (by default those its plan's items work on; more may be added, none
    left out) and its budget (by default the plan's estimated investment)."""

    client: OrganisationBody
    profile: ProfileBody
    networks: Annotated[list[Network], msgspec.Meta(max_length=len(Network))] | None = None
    budget_yuan: Money | None = None


class ProjectIn(ProjectFacts, kw_only=True):
    """A compound's project, entered into the plan (in its plan's year) on ``planned_on``."""

    planned_on: datetime.date


class TransitionIn(Body):
    """One step of the lifecycle. Suspending and cancelling need a ``reason``; filing needs the
    filing number as ``reference``."""

    to: Stage
    on: datetime.date
    reason: Note | None = None
    reference: Name | None = None


class DocumentBody(Body):
    kind: DocumentKind
    reference: Name
    issued_on: datetime.date


class QualificationBody(Body):
    certificate: Name
    covers: UnitRole
    grade: Name
    valid_from: datetime.date
    valid_until: datetime.date


class UnitBody(Body):
    organisation: OrganisationBody
    qualification: QualificationBody | None = None


class AssignmentBody(Body):
    role: UnitRole
    unit: UnitBody
    assigned_on: datetime.date


class InspectionIn(Body):
    on: datetime.date
    inspector: Name
    findings: Note


class HazardIn(Body):
    found_on: datetime.date
    description: Note
    level: HazardLevel
    deadline: datetime.date


class ClosureBody(Body):
    on: datetime.date
    by: Name
    evidence: References


Instant = Annotated[
    datetime.datetime,
    msgspec.Meta(
        tz=True,
        description="An RFC 3339 date and time with its offset.",
        examples=["2022-06-14T15:20:00+08:00"],
    ),
]


class MaterialIn(Body):
    """A supply of materials accepted on site: what, from whom, how much, when, and the
    inspection report that accepted it (进场检验)."""

    material: Name
    supplier: Name
    quantity: Name
    delivered_on: datetime.date
    inspection: Name


class MaterialOut(msgspec.Struct, kw_only=True):
    number: RecordNumber
    material: Name
    supplier: Name
    quantity: Name
    delivered_on: datetime.date
    inspection: Name


class MajorEventIn(Body):
    """重大建设信息: what happened, when, its consequence and the measures taken."""

    kind: EventKind
    occurred_at: Instant
    consequence: Note
    measures: Note


class EventClosureBody(Body):
    on: datetime.date
    by: Name
    outcome: Note


class AttendeeBody(Body):
    role: AttendeeRole
    name: Name
    organisation: Name
    network: Network | None = None


class AcceptanceIn(Body):
    held_on: datetime.date
    attendees: Annotated[list[AttendeeBody], msgspec.Meta(max_length=MAX_ATTENDEES)]
    passed: bool
    remarks: Note | None = None


class HandoverBody(Body):
    network: Network
    operator: Name
    on: datetime.date
    documents: References


class AwardIn(Body):
    contractor: UnitBody
    method: ProcurementMethod
    awarded_on: datetime.date
    contract_value_yuan: PositiveMoney


class InspectionOut(msgspec.Struct, kw_only=True):
    number: RecordNumber
    on: datetime.date
    inspector: Name
    findings: Note


class HazardOut(msgspec.Struct, kw_only=True):
    number: RecordNumber
    found_on: datetime.date
    description: Note
    level: HazardLevel
    deadline: datetime.date
    closure: ClosureBody | None


class MajorEventOut(msgspec.Struct, kw_only=True):
    """A major event as reported: ``reported_on`` is the server's day, ``late`` whether that
    was after the day after it happened; open until its ``closure``."""

    number: RecordNumber
    kind: EventKind
    occurred_at: Instant
    consequence: Note
    measures: Note
    reported_on: datetime.date
    reported_by: Name
    late: bool
    closure: EventClosureBody | None


class AcceptanceOut(msgspec.Struct, kw_only=True):
    number: RecordNumber
    held_on: datetime.date
    attendees: Annotated[list[AttendeeBody], msgspec.Meta(max_length=MAX_ATTENDEES)]
    passed: bool
    remarks: Note | None


class TransitionOut(msgspec.Struct, kw_only=True):
    from_stage: Stage | None
    to: Stage
    on: datetime.date
    by: Name
    reason: Note | None
    reference: Name | None


class ProjectOut(msgspec.Struct, kw_only=True):
    """A project with its whole record. ``allowed_next`` is what the lifecycle allows now;
    ``missing_documents`` what the approval still needs."""

    compound: Code
    year: Year
    district: DistrictCode
    street: LocalCode
    stage: Stage
    resumes: Stage | None
    allowed_next: Annotated[list[Stage], msgspec.Meta(max_length=len(Stage))]
    client: OrganisationBody
    profile: ProfileBody
    networks: Annotated[list[Network], msgspec.Meta(max_length=len(Network))]
    budget_yuan: Money
    required_documents: Annotated[list[DocumentKind], msgspec.Meta(max_length=len(DocumentKind))]
    missing_documents: Annotated[list[DocumentKind], msgspec.Meta(max_length=len(DocumentKind))]
    documents: Annotated[list[DocumentBody], MANY]
    assignments: Annotated[list[AssignmentBody], MANY]
    tender_package: Code | None
    inspections: Annotated[list[InspectionOut], MANY]
    hazards: Annotated[list[HazardOut], MANY]
    major_events: Annotated[list[MajorEventOut], MANY]
    materials: Annotated[list[MaterialOut], MANY]
    acceptances: Annotated[list[AcceptanceOut], MANY]
    handovers: Annotated[list[HandoverBody], MANY]
    history: Annotated[list[TransitionOut], MANY]


def project_out(project: Project, district: str, street: str) -> ProjectOut:
    derived: dict[str, Any] = {
        "district": district,
        "street": street,
        "stage": project.stage.code,
        "resumes": project.resumes.code if project.resumes else None,
        "allowed_next": [s.code for s in project.allowed_next()],
        "required_documents": [k.code for k in project.required_documents()],
        "missing_documents": [k.code for k in project.missing_documents()],
        "major_events": [unstructure(e) | {"late": e.late} for e in project.major_events],
    }
    return msgspec.convert(unstructure(project) | derived, ProjectOut)


@view(Project)
def show_project(stored: Stored[Project]) -> ProjectOut:
    assert stored.place is not None  # a project is read with its compound's place
    return project_out(stored.value, stored.place.district, stored.place.street)
