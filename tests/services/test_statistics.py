"""The survey's figures of a programme: both views from the compounds' works, the districts
the caller answers for and the city for a city-wide caller, and no period that has not begun;
what was delivered beside the targets, row by row."""

import datetime
from decimal import Decimal

import pytest

from renovation_api.services import statistics
from renovation_core.errors import FieldValueError
from renovation_core.register.targets import AnnualPlanTarget, Figures
from tests.services.conftest import officer, run
from tests.services.fakes import FakeUnitOfWork
from tests.unit import factories
from tests.unit.test_delivery import accepted, building

P = "test"
D = datetime.date
HAIBOWAN, HAINAN = "150302", "150303"


@pytest.fixture
def uow(uow: FakeUnitOfWork) -> FakeUnitOfWork:
    """Haibowan's 0001 is in the 2024 plan but began building on 2023-04-10 (提前开工); its
    0002 and Hainan's 0001 are in the 2023 plan, not begun."""
    uow.programmes.by_code[P] = factories.programme((HAIBOWAN, HAINAN))
    for code, district, year in (
        ("150302-0001", HAIBOWAN, 2024),
        ("150302-0002", HAIBOWAN, 2023),
        ("150303-0001", HAINAN, 2023),
    ):
        uow.compounds.add(P, factories.compound(code, district, buildings=5))
        uow.plans.table.put((P, code), factories.plan(code, year=year))
    uow.projects.table.put((P, "150302-0001", 2024), building())
    return uow


def test_a_start_ahead_of_its_plan_is_counted_in_its_year_beside_the_plans_view(uow):
    report = run(statistics.year_to_date(uow, P, 2023, None))
    haibowan, hainan, city = report.places
    assert [p.district.code if p.district else None for p in report.places] == [
        HAIBOWAN,
        HAINAN,
        None,
    ]
    assert (haibowan.by_period.planned.compounds, haibowan.by_period.started.compounds) == (1, 1)
    assert (haibowan.by_plan.planned.compounds, haibowan.by_plan.started.compounds) == (1, 0)
    assert haibowan.by_period.started.buildings == 5
    assert {y: q.compounds for y, q in haibowan.started_by_plan_year.items()} == {2024: 1}
    assert city.by_period == haibowan.by_period + hainan.by_period
    assert (report.period.first, report.period.last) == (D(2023, 1, 1), D(2023, 12, 31))


def test_a_district_reads_its_own_figures_and_no_city(uow):
    report = run(statistics.year_to_date(uow.acting_as(officer(HAINAN)), P, 2023, None))
    assert [p.district.code if p.district else None for p in report.places] == [HAINAN]


def test_a_period_that_has_not_begun_has_no_figures(uow):
    with pytest.raises(FieldValueError) as refused:
        run(statistics.year_to_date(uow, P, 2024, None))  # today is 2023-12-31
    assert refused.value.field == "year"
    with pytest.raises(FieldValueError) as refused:
        run(statistics.year_to_date(uow, P, 2023, D(2022, 12, 31)))  # before the year
    assert refused.value.field == "as_of"


def test_delivered_counts_accepted_works_in_the_rows_the_caller_answers_for(uow):
    targets = Figures(
        compounds=2,
        households=180,
        floor_area_m2=Decimal("16000.00"),
        investment_yuan=Decimal("2000000.00"),
    )
    uow.programmes.by_code[P] = factories.programme(
        (HAIBOWAN, HAINAN),
        annual_targets=(
            AnnualPlanTarget(year=2023, district=HAIBOWAN, figures=targets),
            AnnualPlanTarget(year=2023, district=HAINAN, figures=targets),
            AnnualPlanTarget(year=2023, figures=targets + targets),
        ),
    )
    uow.projects.table.put((P, "150302-0002", 2023), accepted())  # on 2023-10-12
    city = run(statistics.delivered(uow, P, None))
    assert [(r.year, r.district, r.delivered.compounds) for r in city.rows] == [
        (2023, HAIBOWAN, 1),
        (2023, HAINAN, 0),
        (2023, None, 1),
        (None, None, 1),
    ]
    before = run(statistics.delivered(uow, P, D(2023, 10, 11)))
    assert all(r.delivered.compounds == 0 for r in before.rows)
    own = run(statistics.delivered(uow.acting_as(officer(HAINAN)), P, None))
    assert [(r.year, r.district) for r in own.rows] == [(2023, HAINAN)]
    with pytest.raises(FieldValueError) as refused:
        run(statistics.delivered(uow, P, D(2024, 1, 1)))  # after today
    assert refused.value.field == "as_of"


def test_coverage_on_delivered_works_shows_the_callers_districts(uow):
    uow.projects.table.put((P, "150302-0002", 2023), accepted())  # on 2023-10-12
    _, cells = run(statistics.coverage_delivered(uow, P, None))
    assert {c.district for c in cells} == {HAIBOWAN, HAINAN, None}
    assert {(c.district, c.covered) for c in cells if c.covered} == {(HAIBOWAN, 1), (None, 1)}
    _, own = run(statistics.coverage_delivered(uow.acting_as(officer(HAINAN)), P, None))
    assert {c.district for c in own} == {HAINAN}
