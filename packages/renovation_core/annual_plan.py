"""The annual plan as the compound records make it, and how it compares with the targets.

The published plan is the target; the compounds' plans are the actual. Both are reported side by
side, in the layout of the plan's own tables: each year's districts, then that year's total.
"""

from collections.abc import Iterable, Mapping

import attrs

from renovation_core.register.compound import Compound
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.programme import Programme
from renovation_core.register.targets import Figures, Variance


@attrs.frozen(kw_only=True)
class AnnualPlanRow:
    """Figures for one year and district. ``district=None`` is the total over districts and
    ``year=None`` the total over the programme's years."""

    year: int | None
    district: str | None
    figures: Figures


def _figures(compound: Compound, plan: RenovationPlan) -> Figures:
    return Figures(
        compounds=1,
        buildings=compound.buildings,
        households=compound.households,
        floor_area_m2=compound.floor_area_m2,
        investment_yuan=plan.investment_yuan,
    )


def planned_figures(
    compounds: Iterable[Compound], plans: Iterable[RenovationPlan]
) -> dict[tuple[int, str], Figures]:
    """What the plans add up to per (year, district): each planned compound counts once, with
    its buildings, households and floor area and its plan's investment. A database may compute
    the same sums with one GROUP BY and hand them to ``annual_plan_rows``."""
    by_code = {c.code: c for c in compounds}
    cells: dict[tuple[int, str], Figures] = {}
    for plan in plans:
        compound = by_code[plan.compound]
        key = (plan.year, compound.district)
        cells[key] = cells.get(key, Figures.zero()) + _figures(compound, plan)
    return cells


def actual_annual_plan(
    programme: Programme, compounds: Iterable[Compound], plans: Iterable[RenovationPlan]
) -> tuple[AnnualPlanRow, ...]:
    """Aggregate planned compounds by year × district (see ``annual_plan_rows``)."""
    return annual_plan_rows(programme, planned_figures(compounds, plans))


def annual_plan_rows(
    programme: Programme, cells: Mapping[tuple[int, str], Figures]
) -> tuple[AnnualPlanRow, ...]:
    """The annual plan's table from its cells (``planned_figures``).

    Rows come year by year (districts in programme order, then the year's total), then each
    district over the whole programme, then the programme total. Every cell is present, zero if
    nothing is planned there, so the table has the same shape for every register.
    """
    districts = [d.code for d in programme.districts]
    rows: list[AnnualPlanRow] = []
    for year in programme.years:
        year_rows = [
            AnnualPlanRow(year=year, district=d, figures=cells.get((year, d), Figures.zero()))
            for d in districts
        ]
        rows += year_rows
        rows.append(
            AnnualPlanRow(
                year=year, district=None, figures=Figures.total(r.figures for r in year_rows)
            )
        )
    district_rows = [
        AnnualPlanRow(
            year=None, district=d, figures=Figures.total(r.figures for r in rows if r.district == d)
        )
        for d in districts
    ]
    rows += district_rows
    rows.append(
        AnnualPlanRow(
            year=None, district=None, figures=Figures.total(r.figures for r in district_rows)
        )
    )
    return tuple(rows)


@attrs.frozen(kw_only=True)
class TargetComparison:
    """One row of the target-vs-actual table; ``target`` and ``variance`` are ``None`` where the
    programme publishes no target for the row."""

    year: int
    district: str | None
    target: Figures | None
    actual: Figures
    variance: Variance | None


def target_vs_actual(
    programme: Programme, compounds: Iterable[Compound], plans: Iterable[RenovationPlan]
) -> tuple[TargetComparison, ...]:
    """Each year's rows of the actual plan beside the published targets, with actual − target."""
    return beside_targets(programme, actual_annual_plan(programme, compounds, plans))


def beside_targets(
    programme: Programme, rows: Iterable[AnnualPlanRow]
) -> tuple[TargetComparison, ...]:
    """The year rows of an annual plan table beside the published targets."""
    targets = {(t.year, t.district): t.figures for t in programme.annual_targets}
    comparisons = []
    for row in rows:
        if row.year is None:
            continue
        target = targets.get((row.year, row.district))
        comparisons.append(
            TargetComparison(
                year=row.year,
                district=row.district,
                target=target,
                actual=row.figures,
                variance=None if target is None else row.figures - target,
            )
        )
    return tuple(comparisons)
