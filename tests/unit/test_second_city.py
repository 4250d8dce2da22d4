"""A made-up second city loads from data alone and gets the same calculations.

Nothing here is Wuhai: four districts, two years, its own cutoffs and a custom catalogue item.
"""

from decimal import Decimal

import attrs
import pytest

from renovation_core import (
    Category,
    actual_annual_plan,
    check_register,
    check_targets,
    coverage,
    dataset_from_toml,
    eligibility,
    target_vs_actual,
)

SECOND_CITY = """
format = "renovation.programme/1"

[programme]
code = "qinghe-2025-2026"
name = "清河市老旧小区改造计划（2025—2026年）"
start_year = 2025
end_year = 2026
eligibility_cutoff_year = 2000
first_year_cutoff_year = 1990
city = { code = "990100", name = "清河市", name_en = "Qinghe" }
total_target = { compounds = 6, floor_area_m2 = "60000", households = 600 }

[[programme.districts]]
code = "990101"
name = "东城区"
streets = [{ code = "990101001000", name = "东门街道", communities = [{ code = "990101001001", name = "东门社区" }] }]

[[programme.districts]]
code = "990102"
name = "西城区"
streets = [{ code = "990102001000", name = "西关街道" }]

[[programme.districts]]
code = "990103"
name = "南湖区"
streets = [{ code = "990103001000", name = "湖滨街道" }]

[[programme.districts]]
code = "990104"
name = "北山区"
streets = [{ code = "990104001000", name = "北山镇" }]

[[programme.annual_targets]]
year = 2025
district = "990101"
figures = { compounds = 2, households = 200, floor_area_m2 = "20000", investment_yuan = "8000000" }

[[programme.annual_targets]]
year = 2025
district = "990102"
figures = { compounds = 1, households = 100, floor_area_m2 = "10000", investment_yuan = "4000000" }

[[programme.annual_targets]]
year = 2025
figures = { compounds = 3, households = 300, floor_area_m2 = "30000", investment_yuan = "12000000" }

[[programme.annual_targets]]
year = 2026
district = "990103"
figures = { compounds = 2, households = 200, floor_area_m2 = "20000", investment_yuan = "8000000.00" }

[[programme.annual_targets]]
year = 2026
district = "990104"
figures = { compounds = 1, households = 100, floor_area_m2 = 10000.00, investment_yuan = 4000000.00 }

[[programme.coverage_targets]]
category = "enhancement"
district = "990101"
compounds = 1
rate = "0.5"

[programme.catalogue]
items = [
  { code = "water_supply", category = "basic", label = "供水", label_en = "Water supply" },
  { code = "heating", category = "basic", label = "供热", label_en = "Heating" },
  { code = "elevator_retrofit", category = "improvement", label = "加装电梯", label_en = "Elevator retrofit" },
  { code = "riverside_walk", category = "enhancement", label = "滨河步道", label_en = "Riverside walk" },
]

[[compounds]]
code = "E-1"
name = "东门小区"
district = "990101"
street = "990101001000"
community = "990101001001"
built_year = 1988
buildings = 4
households = 120
floor_area_m2 = "11000.50"
property_type = "reformed"

[[compounds]]
code = "E-2"
name = "纺织厂家属院"
district = "990101"
street = "990101001000"
built_year = 1995
buildings = 2
households = 80
floor_area_m2 = "8999.50"
property_type = "work_unit"
original_property_unit = "清河纺织厂"

[[compounds]]
code = "W-1"
name = "西关小区"
district = "990102"
street = "990102001000"
built_year = 1999
buildings = 3
households = 100
floor_area_m2 = "10000"
property_type = "commodity"

[[compounds]]
code = "S-1"
name = "湖滨小区"
district = "990103"
street = "990103001000"
built_year = 1997
buildings = 5
households = 150
floor_area_m2 = "15000"
property_type = "commodity"

[[compounds]]
code = "N-1"
name = "新北小区"
district = "990104"
street = "990104001000"
built_year = 2008
buildings = 1
households = 40
floor_area_m2 = "3000"
property_type = "commodity"

[[plans]]
compound = "E-1"
year = 2025
items = ["water_supply", "elevator_retrofit", "riverside_walk"]
investment_yuan = "4500000"

[[plans]]
compound = "E-2"
year = 2026
items = ["heating"]
investment_yuan = "3500000"

[[plans]]
compound = "W-1"
year = 2025
items = ["water_supply", "heating", "elevator_retrofit"]
investment_yuan = "4000000"

[[plans]]
compound = "S-1"
year = 2026
items = ["water_supply"]
investment_yuan = "6000000.50"
"""


@pytest.fixture(scope="module")
def city():
    return dataset_from_toml(SECOND_CITY)


def test_it_loads_with_its_own_catalogue_and_districts(city):
    assert [d.name for d in city.programme.districts] == ["东城区", "西城区", "南湖区", "北山区"]
    assert city.programme.catalogue.item("riverside_walk").category is Category.ENHANCEMENT


def test_its_targets_are_consistent(city):
    assert check_targets(city.programme) == ()


def test_eligibility_follows_its_own_cutoffs(city):
    by_code = {c.code: c for c in city.compounds}
    assert eligibility(city.programme, by_code["E-1"]).first_year_required  # built 1988 ≤ 1990
    assert not eligibility(city.programme, by_code["W-1"]).first_year_required
    assert not eligibility(city.programme, by_code["N-1"]).eligible  # built 2008 > 2000


def test_register_findings_name_the_broken_rules(city):
    findings = check_register(city.programme, city.compounds, city.plans)
    assert [(f.code, f.location) for f in findings] == []
    late = [attrs.evolve(p, year=2026) if p.compound == "E-1" else p for p in city.plans]
    findings = check_register(city.programme, city.compounds, late)
    assert [f.code for f in findings] == ["plan.first_year_required"]
    assert "E-1" in findings[0].message


def test_actual_plan_and_variance(city):
    rows = {
        (r.year, r.district): r.figures
        for r in actual_annual_plan(city.programme, city.compounds, city.plans)
    }
    assert rows[2025, "990101"].compounds == 1
    assert rows[2025, "990101"].floor_area_m2 == Decimal("11000.50")
    assert rows[2026, "990101"].households == 80  # E-2 is planned a year late
    assert rows[None, None].compounds == 4  # N-1 has no plan
    assert rows[None, None].investment_yuan == Decimal("18000000.50")
    comparisons = {
        (c.year, c.district): c
        for c in target_vs_actual(city.programme, city.compounds, city.plans)
    }
    east = comparisons[2025, "990101"]
    assert east.variance is not None
    assert (east.variance.compounds, east.variance.households) == (-1, -80)
    assert east.variance.investment_yuan == Decimal("-3500000")
    assert comparisons[2026, "990101"].target is None  # no published target for that row
    assert comparisons[2026, None].target is None


def test_coverage_by_category_district_and_city(city):
    cells = {
        (c.category, c.district): c for c in coverage(city.programme, city.compounds, city.plans)
    }
    east = cells[Category.ENHANCEMENT, "990101"]
    assert (east.covered, east.in_scope) == (1, 2)
    city_improvement = cells[Category.IMPROVEMENT, None]
    assert (city_improvement.covered, city_improvement.in_scope) == (2, 4)  # N-1 is out of scope
    north = cells[Category.BASIC, "990104"]
    assert north.in_scope == 0
    assert north.rate is None
