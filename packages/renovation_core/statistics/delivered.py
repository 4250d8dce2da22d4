"""Delivered beside planned (一年交小账，三年交总账): each published target of a year's plan
beside that plan's works delivered (passed joint acceptance) by a day, and the programme's
published total beside everything delivered; and coverage counted on delivered works beside
coverage on plans. Until works are accepted nothing is delivered, whatever the register plans.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction

import attrs

from renovation_core.coverage import CoverageCell, coverage
from renovation_core.delivery import Project, Stage
from renovation_core.register.compound import Compound
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.programme import Programme
from renovation_core.register.targets import Figures
from renovation_core.statistics.figures import Quantities, Works
from renovation_core.units import share


@attrs.frozen(kw_only=True)
class Account:
    """One row of the account: ``year``'s plan (None: the whole programme) in ``district``
    (None: the city), its target as published (None where none was), the works delivered by
    the day and the money paid by then for the plan's compounds, delivered or not."""

    year: int | None
    district: str | None
    target: Figures | None
    delivered: Quantities
    investment_completed_yuan: Decimal

    @property
    def delivery_rate_compounds(self) -> Fraction | None:
        """Delivered compounds against the target's, exact, where one was published."""
        wanted = self.target.compounds if self.target else None
        return share(self.delivered.compounds, wanted) if wanted else None


@attrs.frozen(kw_only=True)
class Delivery:
    """What one year's plan in one district delivered by a day, and the money paid by then for
    its compounds, delivered or not: what an account's rows add up (a database may sum them
    with GROUP BYs)."""

    delivered: Quantities = attrs.field(factory=Quantities)
    paid_yuan: Decimal = Decimal(0)

    def __add__(self, other: "Delivery") -> "Delivery":
        return Delivery(
            delivered=self.delivered + other.delivered, paid_yuan=self.paid_yuan + other.paid_yuan
        )


def deliveries(works: Iterable[Works], as_of: datetime.date) -> dict[tuple[int, str], Delivery]:
    """Each plan year's and district's delivery by ``as_of``, where it has works."""
    found: defaultdict[tuple[int, str], Delivery] = defaultdict(Delivery)
    for w in works:
        found[w.plan_year, w.district] += Delivery(
            delivered=w.size
            if w.accepted_on is not None and w.accepted_on <= as_of
            else Quantities(),
            paid_yuan=sum((amount for on, amount in w.payments if on <= as_of), Decimal(0)),
        )
    return dict(found)


def accounts(programme: Programme, works: Iterable[Works], as_of: datetime.date) -> list[Account]:
    """Every published row of the annual plans, in the published order (each year's total
    last), then the programme's: its targets beside what was delivered by ``as_of``."""
    return accounts_of(programme, deliveries(works, as_of))


def accounts_of(
    programme: Programme, delivered: Mapping[tuple[int, str], Delivery]
) -> list[Account]:
    """:func:`accounts` from each plan year's and district's delivery."""

    def account(year: int | None, district: str | None, target: Figures | None) -> Account:
        mine = sum(
            (d for (y, c), d in delivered.items() if year in (None, y) and district in (None, c)),
            Delivery(),
        )
        return Account(
            year=year,
            district=district,
            target=target,
            delivered=mine.delivered,
            investment_completed_yuan=mine.paid_yuan,
        )

    rows = [account(t.year, t.district, t.figures) for t in programme.annual_targets]
    rows.append(account(None, None, programme.total_target))
    return rows


def delivered_coverage(
    programme: Programme,
    compounds: Iterable[Compound],
    plans: Iterable[RenovationPlan],
    projects: Iterable[Project],
    as_of: datetime.date,
) -> tuple[CoverageCell, ...]:
    """Coverage (覆盖率) on delivered works: a compound in scope covers a category once works
    holding an item of it passed joint acceptance by ``as_of``; the same table as coverage on
    plans, every category × district, then the city."""
    accepted = {p.compound for p in projects if p.reached_by(Stage.ACCEPTED, as_of)}
    return coverage(programme, compounds, (p for p in plans if p.compound in accepted))
