"""The register's published reports: target vs actual, coverage, the summary and the checks.
Figures are the core's; where the database sums them (the annual plan's cells, coverage's
counts) it sums what the core would, and the core assembles the table."""

import attrs

from renovation_api.services import scope
from renovation_api.services.unit_of_work import Seen, UnitOfWork
from renovation_core import (
    Compound,
    CoverageCell,
    Finding,
    Programme,
    RenovationPlan,
    Summary,
    TargetComparison,
    annual_plan_rows,
    beside_targets,
    check_register,
    check_schedule,
    check_targets,
    coverage_cells,
    explain_targets,
    summary_of,
)


async def target_vs_actual(
    uow: UnitOfWork, programme: str, year: int | None
) -> tuple[Programme, list[TargetComparison]]:
    """Each published target beside what the plans add up to (every year's, or ``year``'s)."""
    found = await scope.programme(uow, programme)
    found.report_year(year)
    rows = annual_plan_rows(found, await uow.register.planned_figures(programme))
    return found, [c for c in beside_targets(found, rows) if year in (None, c.year)]


async def coverage(uow: UnitOfWork, programme: str) -> tuple[Programme, tuple[CoverageCell, ...]]:
    found = await scope.programme(uow, programme)
    in_scope, covered = await uow.register.coverage_counts(programme, found.catalogue)
    return found, coverage_cells(found, in_scope, covered)


async def summary(uow: UnitOfWork, programme: str) -> tuple[Programme, Summary]:
    """The summary from what the store counts and sums of the register (the core's own
    figures: see ``core.summary_of``), never the register itself."""
    found = await scope.programme(uow, programme)
    counts = await uow.register.register_counts(programme, found.start_year)
    rows = annual_plan_rows(found, await uow.register.planned_figures(programme))
    in_scope, covered = await uow.register.coverage_counts(programme, found.catalogue)
    return found, summary_of(
        found, counts, rows[-1].figures, coverage_cells(found, in_scope, covered)
    )


@attrs.frozen(kw_only=True)
class Checks:
    """The findings on the targets, on the register (all, or the first asked for, beside how
    many there are) and on its schedule (先急后缓), and what the programme says that explains a
    difference (a partial table)."""

    targets: tuple[Finding, ...]
    register: tuple[Finding, ...]
    register_total: int
    schedule: tuple[Finding, ...]
    explained: tuple[Finding, ...]


async def findings(uow: UnitOfWork, programme: str, first: int | None = None) -> Checks:
    """The core's checks, each over the part of the register it reads (never all of it) of
    the compounds the caller sees; with ``first``, the register's first findings only, and
    their number counted where it is kept (``core.register_counts``)."""
    found = await scope.programme(uow, programme)
    seen = Seen(by=uow.by)
    candidates = await uow.register.with_register_findings(programme, found.start_year, first, seen)
    register = check_register(found, *candidates)
    if first is None:
        total = len(register)
    else:
        register = register[:first]
        total = (await uow.register.register_counts(programme, found.start_year, seen)).findings
    return Checks(
        targets=check_targets(found),
        register=register,
        register_total=total,
        schedule=check_schedule(found, *await uow.register.assessed_and_planned(programme, seen)),
        explained=explain_targets(found),
    )


async def register_page(
    uow: UnitOfWork, programme: str, district: str | None, after: str | None, limit: int
) -> list[tuple[Compound, RenovationPlan | None]]:
    """A page of the register the caller may see (of ``district``), each compound with its
    plan: what an export writes."""
    await scope.programme(uow, programme)
    return await uow.register.page(programme, uow.by, district, after, limit)
