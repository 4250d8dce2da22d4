"""Every figure of the reference plan (domain.md §3), computed from the compound register.

The expected values are the plan's own, written out here; nothing is read from the stored targets,
so a register that drifted from the plan fails even if the targets drifted with it.
"""

from decimal import Decimal

import pytest

from renovation_core import Category, actual_annual_plan, coverage, to_wan_m2, to_yi_yuan
from renovation_core.reference import wuhai

HAIBOWAN, WUDA, HAINAN = "150302", "150304", "150303"

# year, district (None: 总计), compounds, households, 万m², 亿元 — as printed in the plan.
PUBLISHED = [
    (2022, HAIBOWAN, 47, 4695, "49.51", "2.194"),
    (2022, WUDA, 7, 704, "7.88", "0.462"),
    (2022, HAINAN, 5, 1271, "9.86", "0.279"),
    (2022, None, 59, 6670, "67.25", "2.935"),
    (2023, HAIBOWAN, 48, 9561, "95.55", "3.346"),
    (2023, WUDA, 7, 1169, "12.29", "0.694"),
    (2023, HAINAN, 5, 976, "9.87", "0.244"),
    (2023, None, 60, 11706, "117.71", "4.284"),
    (2024, HAIBOWAN, 54, 7503, "91.22", "2.626"),
    (2024, WUDA, 7, 869, "9.52", "0.514"),
    (2024, HAINAN, 6, 1551, "11.79", "0.388"),
    (2024, None, 67, 9923, "112.53", "3.528"),
]


@pytest.fixture(scope="module")
def rows():
    data = wuhai()
    plan = actual_annual_plan(data.programme, data.compounds, data.plans)
    return {(row.year, row.district): row.figures for row in plan}


@pytest.mark.parametrize(
    ("year", "district", "compounds", "households", "wan_m2", "yi_yuan"), PUBLISHED
)
def test_each_published_row_is_reproduced(
    rows, year, district, compounds, households, wan_m2, yi_yuan
):
    figures = rows[year, district]
    assert figures.compounds == compounds
    assert figures.households == households
    assert to_wan_m2(figures.floor_area_m2) == Decimal(wan_m2)
    assert to_yi_yuan(figures.investment_yuan) == Decimal(yi_yuan)
    # Exact in base units too: 49.51 万m² is 495,100 m², 2.194 亿元 is 219,400,000 yuan.
    assert figures.floor_area_m2 == Decimal(wan_m2) * 10_000
    assert figures.investment_yuan == Decimal(yi_yuan) * 100_000_000


def test_programme_total_is_186_compounds_and_297_49_wan_m2(rows):
    total = rows[None, None]
    assert total.compounds == 186
    assert total.floor_area_m2 == Decimal(2_974_900)
    assert to_wan_m2(total.floor_area_m2) == Decimal("297.49")
    assert total.investment_yuan == Decimal(1_074_700_000)  # 2.935 + 4.284 + 3.528 亿元


@pytest.mark.parametrize(
    ("district", "covered", "in_scope", "published"),
    [
        (HAIBOWAN, 47, 149, "0.32"),
        (WUDA, 7, 21, "0.33"),
        (HAINAN, 3, 16, "0.19"),
        (None, 57, 186, "0.31"),
    ],
)
def test_enhancement_coverage_is_47_7_3_and_31_32_33_19_percent(
    district, covered, in_scope, published
):
    data = wuhai()
    cells = {
        (c.category, c.district): c for c in coverage(data.programme, data.compounds, data.plans)
    }
    cell = cells[Category.ENHANCEMENT, district]
    assert (cell.covered, cell.in_scope) == (covered, in_scope)
    assert cell.rounded(Decimal("0.01")) == Decimal(published)


def test_basic_and_improvement_cover_every_compound():
    data = wuhai()
    for cell in coverage(data.programme, data.compounds, data.plans):
        if cell.category is not Category.ENHANCEMENT:
            assert cell.covered == cell.in_scope > 0
