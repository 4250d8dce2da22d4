"""The survey's figures (老旧小区改造统计调查): one definition for every level and every report.

Planned, started (开工) and completed (完工), each by compounds, buildings (栋数), households and
floor area; investment planned and completed; the start and completion rates by compounds and by
households, exact. Two views of the same works, side by side:

- **by period** (the survey's): a start or a completion counts in the period it happens in,
  whatever its plan's year, and investment is the money paid in the period. A compound of next
  year's plan started early (提前开工) counts as started this year, so started may exceed planned;
- **by plan** (the plan's): the compounds of one year's plan, and how many of them had started
  and completed by a day, with all the money paid for them by then.

Each start also keeps the plan year it belongs to (:func:`started_by_plan_year`), so a period's
starts can be told apart into this year's plan and the years' ahead of it.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from renovation_core.delivery import Project, Stage
from renovation_core.errors import FieldValueError
from renovation_core.funding.ledger import Ledger
from renovation_core.register.compound import Compound
from renovation_core.register.geography import division_code
from renovation_core.register.plan import RenovationPlan
from renovation_core.units import share
from renovation_core.validators import non_negative, plausible_year, quantity

_total = quantity(2, bounded=False)


@attrs.frozen(kw_only=True)
class Quantities:
    """How much: compounds (小区个数), buildings (楼栋数), households (户数) and floor area
    (建筑面积, m²). A total of any size: what it adds up was held to its bounds where it came
    in, so that a roll-up is never refused for being large."""

    compounds: int = attrs.field(default=0, validator=non_negative)
    buildings: int = attrs.field(default=0, validator=non_negative)
    households: int = attrs.field(default=0, validator=non_negative)
    floor_area_m2: Decimal = attrs.field(default=Decimal(0), validator=_total)

    @classmethod
    def of(cls, compound: Compound) -> "Quantities":
        return cls(
            compounds=1,
            buildings=compound.buildings,
            households=compound.households,
            floor_area_m2=compound.floor_area_m2,
        )

    def __add__(self, other: "Quantities") -> "Quantities":
        return Quantities(
            compounds=self.compounds + other.compounds,
            buildings=self.buildings + other.buildings,
            households=self.households + other.households,
            floor_area_m2=self.floor_area_m2 + other.floor_area_m2,
        )

    def __sub__(self, other: "Quantities") -> "Quantities":
        """What is left taking ``other`` away; never below zero (``FieldValueError``)."""
        return Quantities(
            compounds=self.compounds - other.compounds,
            buildings=self.buildings - other.buildings,
            households=self.households - other.households,
            floor_area_m2=self.floor_area_m2 - other.floor_area_m2,
        )


@attrs.frozen(kw_only=True)
class SurveyFigures:
    """The survey's figures of one place for one period (or one plan as of a day); they add
    up exactly, districts to a city and cities to a province."""

    planned: Quantities = Quantities()
    started: Quantities = Quantities()
    completed: Quantities = Quantities()
    investment_planned_yuan: Decimal = attrs.field(default=Decimal(0), validator=_total)
    investment_completed_yuan: Decimal = Decimal(0)  # negative where reversals outweigh payments

    def __add__(self, other: "SurveyFigures") -> "SurveyFigures":
        return SurveyFigures(
            planned=self.planned + other.planned,
            started=self.started + other.started,
            completed=self.completed + other.completed,
            investment_planned_yuan=self.investment_planned_yuan + other.investment_planned_yuan,
            investment_completed_yuan=(
                self.investment_completed_yuan + other.investment_completed_yuan
            ),
        )

    @property
    def start_rate_compounds(self) -> Fraction | None:
        return share(self.started.compounds, self.planned.compounds)

    @property
    def start_rate_households(self) -> Fraction | None:
        return share(self.started.households, self.planned.households)

    @property
    def completion_rate_compounds(self) -> Fraction | None:
        return share(self.completed.compounds, self.planned.compounds)

    @property
    def completion_rate_households(self) -> Fraction | None:
        return share(self.completed.households, self.planned.households)


@attrs.frozen(kw_only=True)
class Period:
    """The days a figure counts: a month, or a year to date, ``first`` to ``last`` inclusive."""

    first: datetime.date
    last: datetime.date

    def __attrs_post_init__(self) -> None:
        if self.last < self.first:
            raise FieldValueError("period", f"ends ({self.last}) before it begins ({self.first})")

    @classmethod
    def year_to(cls, day: datetime.date) -> "Period":
        """From the first of January to ``day``."""
        return cls(first=datetime.date(day.year, 1, 1), last=day)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, datetime.date) and self.first <= day <= self.last


@attrs.frozen(kw_only=True)
class Works:
    """One compound's renovation as the survey sees it: where, how large, which year's plan
    and at what estimate, when its construction began, its works were completed and they
    passed joint acceptance (delivered), and the money paid for it (signed: a reversal takes
    back)."""

    district: str = attrs.field(validator=division_code)
    plan_year: int = attrs.field(validator=plausible_year)
    size: Quantities
    investment_planned_yuan: Decimal = attrs.field(validator=quantity(2))
    started_on: datetime.date | None = None
    completed_on: datetime.date | None = None
    accepted_on: datetime.date | None = None
    payments: tuple[tuple[datetime.date, Decimal], ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.size.compounds != 1:
            raise FieldValueError("size", "the works of one compound")
        if self.completed_on is not None and (
            self.started_on is None or self.completed_on < self.started_on
        ):
            raise FieldValueError("completed_on", "works are completed after they start")
        if self.accepted_on is not None and (
            self.completed_on is None or self.accepted_on < self.completed_on
        ):
            raise FieldValueError("accepted_on", "works are accepted once completed")

    @classmethod
    def of(
        cls,
        compound: Compound,
        plan: RenovationPlan,
        project: Project | None,
        ledger: Ledger | None = None,
    ) -> "Works":
        """From the register: the compound, its plan and its project (its live one, if any),
        and the ledger of its funding."""

        def day(stage: Stage) -> datetime.date | None:
            step = project.reached(stage) if project is not None else None
            return step.on if step is not None else None

        return cls(
            district=compound.district,
            plan_year=plan.year,
            size=Quantities.of(compound),
            investment_planned_yuan=plan.investment_yuan,
            started_on=day(Stage.UNDER_CONSTRUCTION),
            completed_on=day(Stage.COMPLETED),
            accepted_on=day(Stage.ACCEPTED),
            payments=tuple((e.paid_on, e.signed_yuan) for e in ledger.entries) if ledger else (),
        )

    def in_period(self, year: int, period: Period) -> SurveyFigures:
        """This compound's part of ``period``'s figures, ``year``'s plan being the planned."""
        planned = self.plan_year == year
        return SurveyFigures(
            planned=self.size if planned else Quantities(),
            started=self.size if self.started_on in period else Quantities(),
            completed=self.size if self.completed_on in period else Quantities(),
            investment_planned_yuan=self.investment_planned_yuan if planned else Decimal(0),
            investment_completed_yuan=sum(
                (amount for on, amount in self.payments if on in period), Decimal(0)
            ),
        )

    def by_plan(self, as_of: datetime.date) -> SurveyFigures:
        """This compound's part of its plan's figures as of ``as_of``."""
        done = Period(first=datetime.date.min, last=as_of)
        return SurveyFigures(
            planned=self.size,
            started=self.size if self.started_on in done else Quantities(),
            completed=self.size if self.completed_on in done else Quantities(),
            investment_planned_yuan=self.investment_planned_yuan,
            investment_completed_yuan=sum(
                (amount for on, amount in self.payments if on in done), Decimal(0)
            ),
        )


def by_period(works: Iterable[Works], year: int, period: Period) -> SurveyFigures:
    """The survey's view: ``year``'s plan as planned, and what started, completed and was paid
    within ``period``, whatever the plan it belongs to."""
    return sum((w.in_period(year, period) for w in works), SurveyFigures())


def by_plan(works: Iterable[Works], year: int, as_of: datetime.date) -> SurveyFigures:
    """The plan's view: the compounds of ``year``'s plan, as they stood on ``as_of``."""
    return sum((w.by_plan(as_of) for w in works if w.plan_year == year), SurveyFigures())


def started_by_plan_year(works: Iterable[Works], period: Period) -> dict[int, Quantities]:
    """What started within ``period``, by the plan year each start belongs to."""
    found: defaultdict[int, Quantities] = defaultdict(Quantities)
    for w in works:
        if w.started_on in period:
            found[w.plan_year] += w.size
    return dict(sorted(found.items()))
