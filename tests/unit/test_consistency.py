"""The programme's own figures checked against each other: findings, never exceptions."""

import copy
from decimal import Decimal

import pytest

from renovation_core import check_targets, dataset_from_mapping, explain_targets
from renovation_core.loading import dataset_to_mapping
from renovation_core.reference import wuhai


@pytest.fixture
def programme():
    """The Wuhai programme's data, mutable."""
    return copy.deepcopy(dataset_to_mapping(wuhai()))["programme"]


def findings(programme_data):
    dataset = dataset_from_mapping({"programme": programme_data})
    return [(f.code, f.location) for f in check_targets(dataset.programme)]


def test_published_plan_is_consistent(programme):
    assert findings(programme) == []


def test_a_district_row_that_does_not_add_up(programme):
    programme["annual_targets"][0]["figures"]["households"] = 4696  # 2022 Haibowan, typo
    # The row differs from its year's total, and the years from nothing published (no
    # programme-wide household total), so exactly one finding, on the total row.
    assert findings(programme) == [
        ("annual.rows_differ_from_total", "annual_targets[3].figures.households"),
    ]


def test_a_year_total_that_does_not_add_up_to_the_programme(programme):
    programme["annual_targets"][7]["figures"]["floor_area_m2"] = "1177200"  # 2023 total
    assert findings(programme) == [
        ("annual.rows_differ_from_total", "annual_targets[7].figures.floor_area_m2"),
        ("programme.years_differ_from_total", "total_target.floor_area_m2"),
    ]


def test_the_message_gives_both_numbers(programme):
    programme["total_target"]["compounds"] = 187
    dataset = dataset_from_mapping({"programme": programme})
    total, city_coverage = check_targets(dataset.programme)
    assert total.message == (
        "the years add up to 186 compounds, the published programme total is 187"
    )
    # The city's scope is now 187, and 57/187 = 30.5% no longer rounds to the published 31%.
    assert city_coverage.message == (
        "enhancement coverage of the city: 57/187 rounds to 0.30, the published rate is 0.31"
    )


def test_a_coverage_count_that_does_not_match_its_rate(programme):
    haibowan = programme["coverage_targets"][3]
    assert haibowan["district"] == "150302"
    haibowan["compounds"] = 45  # 45/149 = 30.2%, published 32%
    assert (
        findings(programme)
        == [
            ("coverage.count_differs_from_rate", "coverage_targets[3].rate"),
            # 45 + 7 + 3 = 55, 55/186 = 29.6%: the city's 31% no longer holds either
            ("coverage.count_differs_from_rate", "coverage_targets[2].rate"),
        ][::-1]
    )


def test_rates_are_checked_to_the_published_rounding(programme):
    haibowan = programme["coverage_targets"][3]
    haibowan["rate"] = "0.3154"  # 47/149 = 0.31543…, right to four places
    assert findings(programme) == []
    haibowan["rate"] = "0.3155"
    assert findings(programme) == [("coverage.count_differs_from_rate", "coverage_targets[3].rate")]


def test_a_city_count_that_the_districts_do_not_add_up_to(programme):
    programme["coverage_targets"][2]["compounds"] = 58  # 58/186 still rounds to 31%
    assert findings(programme) == [
        ("coverage.districts_differ_from_city", "coverage_targets[2].compounds")
    ]


def test_a_count_beyond_the_district(programme):
    programme["coverage_targets"][5]["compounds"] = 17  # Hainan has 16
    assert ("coverage.count_exceeds_scope", "coverage_targets[5].compounds") in findings(programme)


def test_a_district_outside_the_city(programme):
    programme["districts"][2]["code"] = "150402"
    for row in programme["annual_targets"]:
        if row.get("district") == "150303":
            row["district"] = "150402"
    for row in programme["coverage_targets"]:
        if row.get("district") == "150303":
            row["district"] = "150402"
    for street in programme["districts"][2]["streets"]:
        street["communities"] = []
    assert findings(programme) == [("district.outside_city", "districts[2].code")]


def test_inconsistent_numbers_still_load(programme):
    programme["annual_targets"][3]["figures"]["investment_yuan"] = "293500000.01"
    dataset = dataset_from_mapping({"programme": programme})
    assert dataset.programme.annual_targets[3].figures.investment_yuan == Decimal("293500000.01")
    assert len(check_targets(dataset.programme)) == 1


def test_a_partial_table_is_explained_not_flagged(programme):
    """2022's table without Hainan's row: flagged unless the programme says its tables are
    partial, then explained (the rest of the total is Hainan's), and flagged again where the
    rows rise above their total."""
    del programme["annual_targets"][2]  # 2022, Hainan
    assert ("annual.rows_differ_from_total", "annual_targets[2].figures.compounds") in findings(
        programme
    )
    programme["partial_annual_rows"] = True
    assert [f for f in findings(programme) if f[0].startswith("annual.")] == []
    dataset = dataset_from_mapping({"programme": programme})
    [explained] = explain_targets(dataset.programme)
    assert explained.code == "annual.rows_partial"
    assert "2 of 3 districts" in explained.message
    assert "海南区" in explained.message
    programme["annual_targets"][0]["figures"]["compounds"] = 999
    assert ("annual.rows_differ_from_total", "annual_targets[2].figures.compounds") in findings(
        programme
    )
    assert explain_targets(dataset_from_mapping({"programme": programme}).programme) == ()


def test_only_the_figures_a_table_publishes_are_compared(programme):
    """A row leaving its investment out leaves the year's investment uncompared; buildings
    published throughout are compared like any figure."""
    del programme["annual_targets"][0]["figures"]["investment_yuan"]  # 2022 Haibowan
    programme["annual_targets"][2]["figures"]["investment_yuan"] = "1"  # 2022 Hainan, typo
    assert findings(programme) == []
    for i, buildings in ((0, 300), (1, 40), (2, 30), (3, 371)):
        programme["annual_targets"][i]["figures"]["buildings"] = buildings
    assert findings(programme) == [
        ("annual.rows_differ_from_total", "annual_targets[3].figures.buildings"),
    ]
