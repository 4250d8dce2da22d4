"""The survey's figures: one definition, two views of the same works (by period, by plan),
exact rates, and figures that add up from districts to the city."""

import datetime
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from renovation_core import coverage
from renovation_core.delivery import Project
from renovation_core.errors import FieldValueError
from renovation_core.reference import wuhai
from renovation_core.statistics import (
    Delivery,
    Period,
    Quantities,
    SurveyFigures,
    Works,
    accounts,
    accounts_of,
    by_period,
    by_plan,
    delivered_coverage,
    deliveries,
    started_by_plan_year,
)
from tests.unit import factories
from tests.unit.test_delivery import accepted, building, completed

D = datetime.date
YEAR_2022 = Period.year_to(D(2022, 12, 31))


def works(
    district: str = "150302",
    plan_year: int = 2022,
    started_on: datetime.date | None = None,
    completed_on: datetime.date | None = None,
    households: int = 100,
    payments: tuple[tuple[datetime.date, Decimal], ...] = (),
) -> Works:
    return Works(
        district=district,
        plan_year=plan_year,
        size=Quantities(
            compounds=1, buildings=4, households=households, floor_area_m2=Decimal("6000.00")
        ),
        investment_planned_yuan=Decimal("3000000.00"),
        started_on=started_on,
        completed_on=completed_on,
        payments=payments,
    )


def test_a_start_ahead_of_its_plan_counts_in_its_year_so_started_may_exceed_planned():
    register = [
        works(plan_year=2022, started_on=D(2022, 4, 1), completed_on=D(2022, 10, 1)),
        works(plan_year=2022),
        works(plan_year=2023, started_on=D(2022, 11, 20)),  # 提前开工
        works(plan_year=2023, started_on=D(2022, 12, 5)),
    ]
    survey = by_period(register, 2022, YEAR_2022)
    plan = by_plan(register, 2022, D(2022, 12, 31))
    assert (survey.planned.compounds, survey.started.compounds) == (2, 3)
    assert (plan.planned.compounds, plan.started.compounds) == (2, 1)
    assert (survey.planned.households, survey.started.households) == (200, 300)
    assert survey.start_rate_compounds == Fraction(3, 2)
    assert plan.start_rate_compounds == Fraction(1, 2)
    assert (
        survey.completed
        == plan.completed
        == Quantities(compounds=1, buildings=4, households=100, floor_area_m2=Decimal("6000.00"))
    )
    assert {year: q.compounds for year, q in started_by_plan_year(register, YEAR_2022).items()} == {
        2022: 1,
        2023: 2,
    }
    next_year = by_plan(register, 2023, D(2022, 12, 31))
    assert (next_year.planned.compounds, next_year.started.compounds) == (2, 2)


def test_a_month_counts_what_happened_in_it_and_the_money_paid_in_it():
    paid = (
        (D(2022, 3, 20), Decimal("500000.00")),
        (D(2022, 4, 10), Decimal("250000.00")),
        (D(2022, 4, 28), Decimal("-50000.00")),  # a reversal takes back
    )
    april = Period(first=D(2022, 4, 1), last=D(2022, 4, 30))
    register = [works(started_on=D(2022, 4, 1), payments=paid), works(started_on=D(2022, 3, 1))]
    month = by_period(register, 2022, april)
    assert month.started.compounds == 1
    assert month.investment_completed_yuan == Decimal("200000.00")
    assert by_plan(register, 2022, D(2022, 4, 30)).investment_completed_yuan == Decimal("700000.00")


def test_figures_add_up_exactly_from_districts_to_the_city():
    register = [
        works("150302", started_on=D(2022, 5, 1), households=97),
        works("150303", started_on=D(2022, 6, 1), households=31),
        works("150303", households=53),
        works("150304", plan_year=2023, started_on=D(2022, 12, 1), households=11),
    ]
    districts = [
        by_period([w for w in register if w.district == d], 2022, YEAR_2022)
        for d in ("150302", "150303", "150304")
    ]
    city = by_period(register, 2022, YEAR_2022)
    assert sum(districts, SurveyFigures()) == city
    assert city.start_rate_households == Fraction(97 + 31 + 11, 97 + 31 + 53)
    assert city.completion_rate_households == 0
    assert SurveyFigures().start_rate_compounds is None  # nothing planned: no rate


def test_the_works_of_a_compound_are_read_from_its_register_records():
    compound = factories.compound("150302-0001", "150302", buildings=6)
    plan = factories.plan("150302-0001", year=2023)
    done = Works.of(compound, plan, completed())
    assert (done.started_on, done.completed_on) == (D(2023, 4, 10), D(2023, 9, 30))
    assert (done.plan_year, done.size.buildings) == (2023, 6)
    assert Works.of(compound, plan, building()).completed_on is None
    assert Works.of(compound, plan, None).started_on is None


def test_impossible_works_and_periods_are_refused():
    with pytest.raises(FieldValueError):
        works(completed_on=D(2022, 5, 1))  # never started
    with pytest.raises(FieldValueError):
        works(started_on=D(2022, 5, 1), completed_on=D(2022, 4, 1))
    with pytest.raises(FieldValueError):
        Period(first=D(2022, 5, 1), last=D(2022, 4, 30))
    with pytest.raises(FieldValueError):
        Works(
            district="150302",
            plan_year=2022,
            size=Quantities(compounds=2),
            investment_planned_yuan=Decimal(0),
        )


def test_nothing_is_delivered_until_works_pass_acceptance_then_every_row_counts_them():
    data = wuhai()
    plans = {p.compound: p for p in data.plans}
    compounds = [c for c in data.compounds if c.code in plans]
    first = compounds[0]  # 150302-0001, of the 2022 plan

    def register(project_of_first: Project | None) -> list[Works]:
        return [
            Works.of(c, plans[c.code], project_of_first if c is first else None) for c in compounds
        ]

    before = accounts(data.programme, register(completed()), D(2024, 12, 31))
    assert len(before) == len(data.programme.annual_targets) + 1
    assert all(row.delivered == Quantities() for row in before)
    assert data.programme.total_target is not None
    assert before[-1].target == data.programme.total_target

    after = accounts(data.programme, register(accepted()), D(2024, 12, 31))
    counted = {
        (row.year, row.district): row.delivered.compounds
        for row in after
        if row.delivered.compounds
    }
    assert counted == {(2022, "150302"): 1, (2022, None): 1, (None, None): 1}
    assert after[-1].delivered == Quantities.of(first)
    assert accounts(data.programme, register(accepted()), D(2023, 10, 11))[-1].delivered == (
        Quantities()
    )  # the day before the acceptance
    year_total = next(r for r in after if (r.year, r.district) == (2022, None))
    assert year_total.target is not None
    assert year_total.target.compounds
    assert year_total.delivery_rate_compounds == Fraction(1, year_total.target.compounds)


def test_deliveries_keep_plan_years_and_districts_apart_and_count_money_paid_undelivered():
    done = attrs.evolve(
        works(started_on=D(2022, 4, 1), completed_on=D(2022, 9, 1), households=80),
        accepted_on=D(2022, 10, 1),
        payments=((D(2022, 5, 1), Decimal("100.00")), (D(2023, 1, 5), Decimal("-30.00"))),
    )
    waiting = works(plan_year=2023, payments=((D(2022, 12, 1), Decimal("50.00")),))
    elsewhere = works(district="150303", households=40)
    found = deliveries([done, waiting, elsewhere], D(2022, 12, 31))
    assert found == {
        (2022, "150302"): Delivery(delivered=done.size, paid_yuan=Decimal("100.00")),
        (2023, "150302"): Delivery(paid_yuan=Decimal("50.00")),
        (2022, "150303"): Delivery(),
    }
    assert deliveries([done], D(2022, 9, 30))[2022, "150302"].delivered == Quantities()
    data = wuhai()
    rows = {(r.year, r.district): r for r in accounts_of(data.programme, found)}
    assert (rows[2022, None].delivered, rows[2022, None].investment_completed_yuan) == (
        done.size,
        Decimal("100.00"),
    )
    assert rows[2023, "150302"].investment_completed_yuan == Decimal("50.00")
    assert (rows[None, None].delivered, rows[None, None].investment_completed_yuan) == (
        done.size,
        Decimal("150.00"),
    )


def test_coverage_on_delivered_works_counts_only_works_accepted():
    data = wuhai()
    first = data.plans[0]
    none = delivered_coverage(data.programme, data.compounds, data.plans, (), D(2024, 12, 31))
    assert all(cell.covered == 0 for cell in none)
    assert [c.in_scope for c in none] == [
        c.in_scope for c in coverage(data.programme, data.compounds, data.plans)
    ]
    project = attrs.evolve(accepted(), compound=first.compound)
    cells = delivered_coverage(
        data.programme, data.compounds, data.plans, (project,), D(2024, 12, 31)
    )
    categories = first.categories(data.programme.catalogue)
    district = next(c.district for c in data.compounds if c.code == first.compound)
    assert {(c.category, c.district) for c in cells if c.covered} == {
        (category, where) for category in categories for where in (district, None)
    }
    assert all(c.covered == 1 for c in cells if c.covered)
