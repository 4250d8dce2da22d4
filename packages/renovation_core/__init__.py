"""renovation_core: the pure domain of a city's old residential compound renovation programme.

Compounds, the renovation catalogue, eligibility and priority, coverage, annual plans and their
targets, and the checks that hold a programme to its own figures. Standard library, attrs and
cattrs only: no I/O, no clock, no database.
"""

from renovation_core.access import PUBLIC, Permission, Principal, Role
from renovation_core.annual_plan import (
    AnnualPlanRow,
    TargetComparison,
    actual_annual_plan,
    annual_plan_rows,
    beside_targets,
    planned_figures,
    target_vs_actual,
)
from renovation_core.catalogue import STANDARD_CATALOGUE, Catalogue, CatalogueItem, Category
from renovation_core.compound import Compound, PropertyType
from renovation_core.consistency import Finding, check_register, check_targets
from renovation_core.coverage import CoverageCell, coverage, coverage_cells
from renovation_core.dataset import (
    Dataset,
    Provenance,
    compound_reference_errors,
    plan_reference_errors,
)
from renovation_core.eligibility import Eligibility, Ineligibility, eligibility, in_scope
from renovation_core.errors import DataError, FieldError
from renovation_core.geography import City, Community, District, Street
from renovation_core.loading import (
    dataset_from_json,
    dataset_from_mapping,
    dataset_from_toml,
    dataset_to_json,
)
from renovation_core.plan import RenovationPlan
from renovation_core.priority import (
    ConditionAssessment,
    Priority,
    PriorityLevel,
    Severity,
    priority_of,
    rank_by_priority,
    rank_key,
    urgency,
)
from renovation_core.programme import Programme
from renovation_core.summary import Summary, summarise
from renovation_core.targets import (
    AnnualPlanTarget,
    CoverageTarget,
    Figures,
    ProgrammeTotal,
    Variance,
)
from renovation_core.units import to_wan_m2, to_yi_yuan

__all__ = [
    "PUBLIC",
    "STANDARD_CATALOGUE",
    "AnnualPlanRow",
    "AnnualPlanTarget",
    "Catalogue",
    "CatalogueItem",
    "Category",
    "City",
    "Community",
    "Compound",
    "ConditionAssessment",
    "CoverageCell",
    "CoverageTarget",
    "DataError",
    "Dataset",
    "District",
    "Eligibility",
    "FieldError",
    "Figures",
    "Finding",
    "Ineligibility",
    "Permission",
    "Principal",
    "Priority",
    "PriorityLevel",
    "Programme",
    "ProgrammeTotal",
    "PropertyType",
    "Provenance",
    "RenovationPlan",
    "Role",
    "Severity",
    "Street",
    "Summary",
    "TargetComparison",
    "Variance",
    "actual_annual_plan",
    "annual_plan_rows",
    "beside_targets",
    "check_register",
    "check_targets",
    "compound_reference_errors",
    "coverage",
    "coverage_cells",
    "dataset_from_json",
    "dataset_from_mapping",
    "dataset_from_toml",
    "dataset_to_json",
    "eligibility",
    "in_scope",
    "plan_reference_errors",
    "planned_figures",
    "priority_of",
    "rank_by_priority",
    "rank_key",
    "summarise",
    "target_vs_actual",
    "to_wan_m2",
    "to_yi_yuan",
    "urgency",
]
