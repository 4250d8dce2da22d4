"""Contains all the data models used in inputs/outputs"""

from .acceptance_in import AcceptanceIn
from .acceptance_out import AcceptanceOut
from .annual_target_out import AnnualTargetOut
from .annual_target_page import AnnualTargetPage
from .assignment_body import AssignmentBody
from .attendee_body import AttendeeBody
from .attendee_role import AttendeeRole
from .audit_event_out import AuditEventOut
from .audit_event_out_action import AuditEventOutAction
from .audit_event_out_after_type_0 import AuditEventOutAfterType0
from .audit_event_out_before_type_0 import AuditEventOutBeforeType0
from .audit_event_page import AuditEventPage
from .award_in import AwardIn
from .catalogue_item_out import CatalogueItemOut
from .catalogue_item_page import CatalogueItemPage
from .category import Category
from .category_term import CategoryTerm
from .city_out import CityOut
from .closure_body import ClosureBody
from .community_out import CommunityOut
from .community_page import CommunityPage
from .compound_fields import CompoundFields
from .compound_in import CompoundIn
from .compound_out import CompoundOut
from .compound_page import CompoundPage
from .condition_in import ConditionIn
from .consistency_report import ConsistencyReport
from .coverage_report import CoverageReport
from .coverage_row import CoverageRow
from .district_out import DistrictOut
from .district_page import DistrictPage
from .document_body import DocumentBody
from .document_kind import DocumentKind
from .eligibility_out import EligibilityOut
from .field_problem import FieldProblem
from .figures_out import FiguresOut
from .finding_out import FindingOut
from .get_project_oc_4_ids_response_200 import GetProjectOc4IdsResponse200
from .handover_body import HandoverBody
from .handover_page import HandoverPage
from .handover_row import HandoverRow
from .hazard_in import HazardIn
from .hazard_level import HazardLevel
from .hazard_out import HazardOut
from .health import Health
from .ineligibility import Ineligibility
from .inspection_in import InspectionIn
from .inspection_out import InspectionOut
from .list_compounds_sort import ListCompoundsSort
from .load_programme_body import LoadProgrammeBody
from .network import Network
from .organisation_body import OrganisationBody
from .package_in import PackageIn
from .package_out import PackageOut
from .package_page import PackagePage
from .plan_in import PlanIn
from .plan_item_out import PlanItemOut
from .plan_out import PlanOut
from .priority_level import PriorityLevel
from .priority_out import PriorityOut
from .problem import Problem
from .procurement_method import ProcurementMethod
from .profile_body import ProfileBody
from .programme_out import ProgrammeOut
from .programme_page import ProgrammePage
from .project_facts import ProjectFacts
from .project_in import ProjectIn
from .project_out import ProjectOut
from .project_page import ProjectPage
from .project_summary import ProjectSummary
from .property_type import PropertyType
from .provenance_out import ProvenanceOut
from .published_total_out import PublishedTotalOut
from .qualification_body import QualificationBody
from .role import Role
from .severity import Severity
from .stage import Stage
from .street_out import StreetOut
from .street_page import StreetPage
from .summary_report import SummaryReport
from .target_vs_actual_report import TargetVsActualReport
from .target_vs_actual_row import TargetVsActualRow
from .term import Term
from .total_out import TotalOut
from .transition_in import TransitionIn
from .transition_out import TransitionOut
from .unit_body import UnitBody
from .unit_role import UnitRole
from .variance_out import VarianceOut
from .vocabularies import Vocabularies
from .warning_count_out import WarningCountOut
from .warning_kind import WarningKind
from .warning_out import WarningOut
from .warning_page import WarningPage

__all__ = (
    "AcceptanceIn",
    "AcceptanceOut",
    "AnnualTargetOut",
    "AnnualTargetPage",
    "AssignmentBody",
    "AttendeeBody",
    "AttendeeRole",
    "AuditEventOut",
    "AuditEventOutAction",
    "AuditEventOutAfterType0",
    "AuditEventOutBeforeType0",
    "AuditEventPage",
    "AwardIn",
    "CatalogueItemOut",
    "CatalogueItemPage",
    "Category",
    "CategoryTerm",
    "CityOut",
    "ClosureBody",
    "CommunityOut",
    "CommunityPage",
    "CompoundFields",
    "CompoundIn",
    "CompoundOut",
    "CompoundPage",
    "ConditionIn",
    "ConsistencyReport",
    "CoverageReport",
    "CoverageRow",
    "DistrictOut",
    "DistrictPage",
    "DocumentBody",
    "DocumentKind",
    "EligibilityOut",
    "FieldProblem",
    "FiguresOut",
    "FindingOut",
    "GetProjectOc4IdsResponse200",
    "HandoverBody",
    "HandoverPage",
    "HandoverRow",
    "HazardIn",
    "HazardLevel",
    "HazardOut",
    "Health",
    "Ineligibility",
    "InspectionIn",
    "InspectionOut",
    "ListCompoundsSort",
    "LoadProgrammeBody",
    "Network",
    "OrganisationBody",
    "PackageIn",
    "PackageOut",
    "PackagePage",
    "PlanIn",
    "PlanItemOut",
    "PlanOut",
    "PriorityLevel",
    "PriorityOut",
    "Problem",
    "ProcurementMethod",
    "ProfileBody",
    "ProgrammeOut",
    "ProgrammePage",
    "ProjectFacts",
    "ProjectIn",
    "ProjectOut",
    "ProjectPage",
    "ProjectSummary",
    "PropertyType",
    "ProvenanceOut",
    "PublishedTotalOut",
    "QualificationBody",
    "Role",
    "Severity",
    "Stage",
    "StreetOut",
    "StreetPage",
    "SummaryReport",
    "TargetVsActualReport",
    "TargetVsActualRow",
    "Term",
    "TotalOut",
    "TransitionIn",
    "TransitionOut",
    "UnitBody",
    "UnitRole",
    "VarianceOut",
    "Vocabularies",
    "WarningCountOut",
    "WarningKind",
    "WarningOut",
    "WarningPage",
)
