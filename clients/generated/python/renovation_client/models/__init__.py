"""Contains all the data models used in inputs/outputs"""

from .annual_target_out import AnnualTargetOut
from .annual_target_page import AnnualTargetPage
from .audit_event_out import AuditEventOut
from .audit_event_out_action import AuditEventOutAction
from .audit_event_out_after_type_0 import AuditEventOutAfterType0
from .audit_event_out_before_type_0 import AuditEventOutBeforeType0
from .audit_event_page import AuditEventPage
from .catalogue_item_out import CatalogueItemOut
from .catalogue_item_page import CatalogueItemPage
from .category import Category
from .category_term import CategoryTerm
from .city_out import CityOut
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
from .eligibility_out import EligibilityOut
from .field_problem import FieldProblem
from .figures_out import FiguresOut
from .finding_out import FindingOut
from .health import Health
from .ineligibility import Ineligibility
from .list_compounds_sort import ListCompoundsSort
from .load_programme_body import LoadProgrammeBody
from .plan_in import PlanIn
from .plan_item_out import PlanItemOut
from .plan_out import PlanOut
from .priority_level import PriorityLevel
from .priority_out import PriorityOut
from .problem import Problem
from .programme_out import ProgrammeOut
from .programme_page import ProgrammePage
from .property_type import PropertyType
from .provenance_out import ProvenanceOut
from .published_total_out import PublishedTotalOut
from .role import Role
from .severity import Severity
from .street_out import StreetOut
from .street_page import StreetPage
from .summary_report import SummaryReport
from .target_vs_actual_report import TargetVsActualReport
from .target_vs_actual_row import TargetVsActualRow
from .term import Term
from .total_out import TotalOut
from .variance_out import VarianceOut
from .vocabularies import Vocabularies

__all__ = (
    "AnnualTargetOut",
    "AnnualTargetPage",
    "AuditEventOut",
    "AuditEventOutAction",
    "AuditEventOutAfterType0",
    "AuditEventOutBeforeType0",
    "AuditEventPage",
    "CatalogueItemOut",
    "CatalogueItemPage",
    "Category",
    "CategoryTerm",
    "CityOut",
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
    "EligibilityOut",
    "FieldProblem",
    "FiguresOut",
    "FindingOut",
    "Health",
    "Ineligibility",
    "ListCompoundsSort",
    "LoadProgrammeBody",
    "PlanIn",
    "PlanItemOut",
    "PlanOut",
    "PriorityLevel",
    "PriorityOut",
    "Problem",
    "ProgrammeOut",
    "ProgrammePage",
    "PropertyType",
    "ProvenanceOut",
    "PublishedTotalOut",
    "Role",
    "Severity",
    "StreetOut",
    "StreetPage",
    "SummaryReport",
    "TargetVsActualReport",
    "TargetVsActualRow",
    "Term",
    "TotalOut",
    "VarianceOut",
    "Vocabularies",
)
