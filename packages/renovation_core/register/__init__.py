"""The register (§2–§3): the regions above the city; the city's districts, streets and
communities; its compounds, as the inventory records them and as offices keep them in
spreadsheets; the renovation catalogue; which compounds are in scope and how urgent each is;
one plan per compound; and the programme with the targets it promises.
"""

from renovation_core.register.catalogue import (
    STANDARD_CATALOGUE,
    Catalogue,
    CatalogueItem,
    Category,
)
from renovation_core.register.compound import Compound, PropertyType
from renovation_core.register.eligibility import Eligibility, Ineligibility, eligibility, in_scope
from renovation_core.register.geography import City, Community, District, Street
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.priority import (
    ConditionAssessment,
    Priority,
    PriorityLevel,
    Severity,
    priority_of,
    rank_by_priority,
    rank_key,
    urgency,
)
from renovation_core.register.programme import Programme
from renovation_core.register.regions import Level, Region, province
from renovation_core.register.targets import (
    AnnualPlanTarget,
    CoverageTarget,
    Figures,
    ProgrammeTotal,
    Variance,
)

__all__ = [
    "STANDARD_CATALOGUE",
    "AnnualPlanTarget",
    "Catalogue",
    "CatalogueItem",
    "Category",
    "City",
    "Community",
    "Compound",
    "ConditionAssessment",
    "CoverageTarget",
    "District",
    "Eligibility",
    "Figures",
    "Ineligibility",
    "Level",
    "Priority",
    "PriorityLevel",
    "Programme",
    "ProgrammeTotal",
    "PropertyType",
    "Region",
    "RenovationPlan",
    "Severity",
    "Street",
    "Variance",
    "eligibility",
    "in_scope",
    "priority_of",
    "province",
    "rank_by_priority",
    "rank_key",
    "urgency",
]
