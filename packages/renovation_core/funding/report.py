"""Funding reports: money by source × district × year, and investment against the published plan.

Three amounts follow the money: *planned* (the funding plans as they stand), *approved* (the
versions both bureaus approved) and *disbursed* (the ledger, net of reversals). Investment
completed is what was disbursed; the published plan's investment is the target it is read
against, and the funding plans must reproduce it.
"""

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

import attrs

from renovation_core.funding.ledger import Ledger
from renovation_core.funding.review import Funding
from renovation_core.funding.sources import FundingSource
from renovation_core.register.programme import Programme


@attrs.frozen(kw_only=True)
class Funded:
    """One compound's money, with the district it is reported under."""

    district: str
    funding: Funding
    ledger: Ledger = attrs.field(factory=Ledger)

    @property
    def year(self) -> int:
        return self.funding.plan.year


@attrs.frozen(kw_only=True)
class Amounts:
    planned_yuan: Decimal = Decimal(0)
    approved_yuan: Decimal = Decimal(0)
    disbursed_yuan: Decimal = Decimal(0)

    def __add__(self, other: "Amounts") -> "Amounts":
        return Amounts(
            planned_yuan=self.planned_yuan + other.planned_yuan,
            approved_yuan=self.approved_yuan + other.approved_yuan,
            disbursed_yuan=self.disbursed_yuan + other.disbursed_yuan,
        )


@attrs.frozen(kw_only=True)
class SourceRow:
    """One source's money in one year and district (``None``: the whole city)."""

    year: int
    district: str | None
    source: FundingSource
    amounts: Amounts


@attrs.frozen(kw_only=True)
class InvestmentRow:
    """A year × district of the published plan (``None``: the year's total) against the money.

    ``published_yuan`` is ``None`` where the plan publishes no investment for the row."""

    year: int
    district: str | None
    published_yuan: Decimal | None
    amounts: Amounts

    @property
    def variance_yuan(self) -> Decimal | None:
        """Planned − published: zero when the funding plans reproduce the published plan."""
        return (
            None if self.published_yuan is None else self.amounts.planned_yuan - self.published_yuan
        )


def _amounts(funded: Funded) -> dict[FundingSource, Amounts]:
    planned = funded.funding.plan.by_source()
    approved = funded.funding.approved.by_source() if funded.funding.approved else {}
    disbursed = funded.ledger.paid_by_source()
    return {
        source: Amounts(
            planned_yuan=planned.get(source, Decimal(0)),
            approved_yuan=approved.get(source, Decimal(0)),
            disbursed_yuan=disbursed.get(source, Decimal(0)),
        )
        for source in FundingSource
        if source in planned or source in approved or source in disbursed
    }


Cells = dict[tuple[int, str, FundingSource], Amounts]


def amounts_of(funded: Iterable[Funded]) -> Cells:
    """The money of each year × district × source that has any recorded: what both reports
    lay out (a store may sum it itself, as the database does)."""
    cells: Cells = defaultdict(Amounts)
    for one in funded:
        for source, amounts in _amounts(one).items():
            cells[one.year, one.district, source] += amounts
    return dict(cells)


def source_rows(programme: Programme, cells: Cells) -> tuple[SourceRow, ...]:
    """Year by year: each district's sources (in the programme's district order), then the
    city's; a source appears where any of its amounts is recorded."""
    rows: dict[tuple[int, str | None, FundingSource], Amounts] = defaultdict(Amounts)
    for (year, district, source), amounts in cells.items():
        for place in (district, None):
            rows[year, place, source] += amounts
    order = {d.code: i for i, d in enumerate(programme.districts)}
    sources = list(FundingSource)
    keys = sorted(
        rows,
        key=lambda k: (
            k[0],
            order.get(k[1], len(order)) if k[1] else len(order) + 1,
            sources.index(k[2]),
        ),
    )
    return tuple(
        SourceRow(year=year, district=district, source=source, amounts=rows[year, district, source])
        for year, district, source in keys
    )


def funding_by_source(programme: Programme, funded: Iterable[Funded]) -> tuple[SourceRow, ...]:
    """Money by source × district × year of the compounds ``funded``: ``source_rows`` of
    their ``amounts_of``."""
    return source_rows(programme, amounts_of(funded))


def investment_rows(programme: Programme, cells: Cells) -> tuple[InvestmentRow, ...]:
    """Every year × district of the programme, then the year's total, with the investment the
    plan publishes beside the money planned, approved and disbursed (investment completed)."""
    totals: dict[tuple[int, str | None], Amounts] = defaultdict(Amounts)
    for (year, district, _), amounts in cells.items():
        totals[year, district] += amounts
        totals[year, None] += amounts
    published = {(t.year, t.district): t.figures.investment_yuan for t in programme.annual_targets}
    return tuple(
        InvestmentRow(
            year=year,
            district=district,
            published_yuan=published.get((year, district)),
            amounts=totals[year, district],
        )
        for year in programme.years
        for district in (*(d.code for d in programme.districts), None)
    )


def investment_progress(
    programme: Programme, funded: Iterable[Funded]
) -> tuple[InvestmentRow, ...]:
    """Investment against the published plan of the compounds ``funded``: ``investment_rows``
    of their ``amounts_of``."""
    return investment_rows(programme, amounts_of(funded))
