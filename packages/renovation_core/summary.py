"""A programme's summary: its register and plans beside its published total, in one value.

Every figure is one of the core's own (eligibility, scope, the actual annual plan, coverage, the
consistency checks); the summary only gathers them, so a report and its workbook cannot count
differently.
"""

import attrs

from renovation_core.annual_plan import actual_annual_plan
from renovation_core.consistency import check_register, check_targets
from renovation_core.coverage import CoverageCell, coverage
from renovation_core.register.compound import Compound
from renovation_core.register.eligibility import eligibility, in_scope
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.programme import Programme
from renovation_core.register.targets import Figures, ProgrammeTotal


@attrs.frozen(kw_only=True)
class Summary:
    registered: int
    in_scope: int
    planned: int
    first_year_required: int
    target: ProgrammeTotal | None
    actual: Figures
    coverage: tuple[CoverageCell, ...]  # the city's cells, one per category
    findings: int


def summarise(
    programme: Programme, compounds: list[Compound], plans: list[RenovationPlan]
) -> Summary:
    findings = check_targets(programme) + check_register(programme, compounds, plans)
    return Summary(
        registered=len(compounds),
        in_scope=len(in_scope(programme, compounds)),
        planned=len(plans),
        first_year_required=sum(eligibility(programme, c).first_year_required for c in compounds),
        target=programme.total_target,
        actual=actual_annual_plan(programme, compounds, plans)[-1].figures,
        coverage=tuple(c for c in coverage(programme, compounds, plans) if c.district is None),
        findings=len(findings),
    )
