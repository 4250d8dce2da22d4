"""A programme's summary: its register and plans beside its published total, in one value.

Every figure is one of the core's own (eligibility, scope, the actual annual plan, coverage, the
consistency checks); the summary only gathers them, so a report and its workbook cannot count
differently. A database may count the register itself (:class:`RegisterCounts`, from the
verdicts it stores) and hand the counts to :func:`summary_of`, as it hands its sums to
``annual_plan_rows`` and ``coverage_cells``.
"""

from collections.abc import Sequence

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


@attrs.frozen(kw_only=True)
class RegisterCounts:
    """What a summary counts of the register: its compounds, those in scope, the plans, the
    compounds the first year must take, and the register's findings (``check_register``'s)."""

    registered: int
    in_scope: int
    planned: int
    first_year_required: int
    findings: int


def register_counts(
    programme: Programme, compounds: Sequence[Compound], plans: Sequence[RenovationPlan]
) -> RegisterCounts:
    return RegisterCounts(
        registered=len(compounds),
        in_scope=len(in_scope(programme, compounds)),
        planned=len(plans),
        first_year_required=sum(eligibility(programme, c).first_year_required for c in compounds),
        findings=len(check_register(programme, compounds, plans)),
    )


def summary_of(
    programme: Programme,
    counts: RegisterCounts,
    actual: Figures,
    cells: Sequence[CoverageCell],
) -> Summary:
    """The summary from the register's counts, the plans' total and the coverage cells."""
    return Summary(
        registered=counts.registered,
        in_scope=counts.in_scope,
        planned=counts.planned,
        first_year_required=counts.first_year_required,
        target=programme.total_target,
        actual=actual,
        coverage=tuple(c for c in cells if c.district is None),
        findings=len(check_targets(programme)) + counts.findings,
    )


def summarise(
    programme: Programme, compounds: list[Compound], plans: list[RenovationPlan]
) -> Summary:
    return summary_of(
        programme,
        register_counts(programme, compounds, plans),
        actual_annual_plan(programme, compounds, plans)[-1].figures,
        coverage(programme, compounds, plans),
    )
