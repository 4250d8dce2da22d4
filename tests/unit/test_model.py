"""Domain objects refuse invalid values when built directly from Python, naming the field."""

from decimal import Decimal

import attrs
import pytest

from renovation_core import (
    STANDARD_CATALOGUE,
    AnnualPlanTarget,
    Catalogue,
    CatalogueItem,
    Category,
    City,
    DataError,
    Figures,
    Provenance,
)
from renovation_core.errors import FieldValueError

from .factories import compound, plan, programme


def test_every_item_of_the_plan_is_in_the_standard_catalogue():
    counts = {category: len(STANDARD_CATALOGUE.in_category(category)) for category in Category}
    assert counts == {Category.BASIC: 17, Category.IMPROVEMENT: 12, Category.ENHANCEMENT: 9}
    assert STANDARD_CATALOGUE.item("elevator_retrofit").label == "加装电梯"
    assert STANDARD_CATALOGUE.item("postal_express_station").label == "邮政快递末端综合服务站"
    assert Category.BASIC.label == "基础类"
    assert Category.BASIC.obligation == "应改尽改"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"households": 0}, "households"),
        ({"buildings": 0}, "buildings"),
        ({"floor_area_m2": Decimal(0)}, "floor_area_m2"),
        ({"floor_area_m2": Decimal("10.001")}, "floor_area_m2"),
        ({"floor_area_m2": Decimal("NaN")}, "floor_area_m2"),
        ({"built_year": 1066}, "built_year"),
        ({"name": "  "}, "name"),
        ({"name": "\u200b"}, "name"),  # a zero-width space
        ({"name": " \u200b\ufeff\u2060 "}, "name"),
    ],
)
def test_compound_invariants(overrides, field):
    with pytest.raises(FieldValueError) as caught:
        compound(**overrides)
    assert caught.value.field == field


def test_a_name_with_something_to_show_is_not_blank():
    assert compound(name="团结\u200b小区").name == "团结\u200b小区"
    assert compound(name="\u200b团").name == "\u200b团"


def test_a_plan_lists_each_item_once_and_at_least_one():
    with pytest.raises(FieldValueError, match="duplicate item 'water_supply'"):
        plan(items=("water_supply", "water_supply"))
    with pytest.raises(FieldValueError, match="at least one item"):
        plan(items=())
    with pytest.raises(FieldValueError, match="investment_yuan: must be non-negative"):
        plan(investment_yuan="-1")


def test_codes_are_checked():
    with pytest.raises(FieldValueError, match="six-digit GB/T 2260 code"):
        City(code="1503", name="乌海市")
    with pytest.raises(FieldValueError, match="snake_case"):
        CatalogueItem(code="Water Supply", category=Category.BASIC, label="供水", label_en="Water")


def test_programme_rejects_duplicate_districts_and_misordered_years():
    with pytest.raises(FieldValueError, match="duplicate district code '990101'"):
        programme(district_codes=("990101", "990101"))
    with pytest.raises(FieldValueError, match="first_year_cutoff_year: must not be after"):
        programme(first_year_cutoff_year=2010)


def test_sizes_that_bound_every_report_are_enforced():
    """Reports list rows per district and year, so the contract can state their size."""
    with pytest.raises(FieldValueError, match="districts: must have at most 100 districts"):
        programme(district_codes=tuple(f"99{n:04d}" for n in range(101)))
    with pytest.raises(FieldValueError, match="spans at most 10 years"):
        programme(end_year=2032)
    assert len(programme(end_year=2031).years) == 10
    item = STANDARD_CATALOGUE.items[0]
    too_many = tuple(attrs.evolve(item, code=f"item_{n}") for n in range(201))
    with pytest.raises(FieldValueError, match="items: must have at most 200 items"):
        Catalogue(items=too_many)
    with pytest.raises(FieldValueError, match="note: must have at most 2000 characters"):
        Provenance(source="乌海市人民政府", note="x" * 2001)
    with pytest.raises(FieldValueError, match="source: must not be blank"):
        Provenance(source=" ")


def test_programme_rejects_targets_outside_it():
    row = AnnualPlanTarget(year=2030, district="990109", figures=Figures.zero())
    with pytest.raises(DataError) as caught:
        programme(annual_targets=(row,))
    assert [e.path for e in caught.value.errors] == [
        "annual_targets[0].year",
        "annual_targets[0].district",
    ]


def test_city_contains_its_districts():
    assert City(code="150300", name="乌海市").contains("150302")
    assert not City(code="150300", name="乌海市").contains("150402")
    assert City(code="110000", name="北京市").contains("110105")
