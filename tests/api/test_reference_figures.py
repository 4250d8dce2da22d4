"""Through HTTP alone, every figure of the reference plan, from the data loaded at first start."""

import io
from decimal import Decimal
from typing import Any

import openpyxl

from tests.api.conftest import WUHAI
from tests.unit.test_reference_figures import PUBLISHED


def test_every_row_of_the_published_tables(client: Any) -> None:
    rows = client.get(f"{WUHAI}/reports/target-vs-actual").json()["rows"]
    table = {(r["year"], r["district"]): r for r in rows}
    assert len(rows) == 12
    for year, district, compounds, households, wan_m2, yi_yuan in PUBLISHED:
        row = table[year, district]
        for side in ("actual", "target"):
            figures = row[side]
            assert figures["compounds"] == compounds
            assert figures["households"] == households
            assert figures["floor_area_wan_m2"] == wan_m2
            assert figures["investment_yi_yuan"] == yi_yuan
        assert row["variance"]["compounds"] == 0
        assert row["variance"]["investment_yuan"] == "0.00"
    assert table[2022, "150302"]["actual"]["floor_area_m2"] == "495100.00"
    assert table[2022, "150302"]["actual"]["investment_yuan"] == "219400000.00"
    assert table[2022, None]["district_name"] == "总计"


def test_programme_totals_and_coverage(client: Any) -> None:
    summary = client.get(f"{WUHAI}/reports/summary").json()
    assert summary["actual"]["compounds"] == 186
    assert summary["actual"]["floor_area_wan_m2"] == "297.49"
    assert summary["target"]["compounds"] == 186
    assert summary["target"]["floor_area_wan_m2"] == "297.49"
    assert summary["findings"] == 0
    coverage = client.get(f"{WUHAI}/reports/coverage").json()["rows"]
    enhancement = {r["district"]: r for r in coverage if r["category"] == "enhancement"}
    assert {d: (r["covered"], r["in_scope"], r["percent"]) for d, r in enhancement.items()} == {
        "150302": (47, 149, "32"),
        "150304": (7, 21, "33"),
        "150303": (3, 16, "19"),
        None: (57, 186, "31"),
    }
    assert enhancement["150302"]["target_rate"] == "0.32"
    for row in coverage:
        if row["category"] != "enhancement":
            assert row["percent"] == "100"


# The seed's 2022 table (乌海市老旧小区改造行动实施方案 2022—2024), cell by cell.
SEED_2022 = [
    ("各区", "2022年改造计划", None, None, None),
    (None, "数量", "户数", "建筑面积/万平方米", "预计投资/亿元"),
    ("海勃湾区", 47, 4695, "49.51", "2.194"),
    ("乌达区", 7, 704, "7.88", "0.462"),
    ("海南区", 5, 1271, "9.86", "0.279"),
    ("总计", 59, 6670, "67.25", "2.935"),
]


def test_the_2022_workbook_matches_the_published_table_cell_by_cell(client: Any) -> None:
    response = client.get(f"{WUHAI}/reports/target-vs-actual.xlsx", params={"year": 2022})
    assert response.status_code == 200, response.text
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["2022年"]
    sheet = book["2022年"]
    cells = [
        tuple(format(Decimal(str(v)), "f") if isinstance(v, float) else v for v in row[:5])
        for row in sheet.iter_rows(values_only=True)
    ]
    assert cells == SEED_2022
    # 亿元 keeps its three places on screen; actual beside target, and no variance.
    assert sheet["E3"].number_format == "#,##0.000"
    assert [c.value for c in sheet[1]][5:10:4] == ["实际", "差异"]
    assert [sheet.cell(row=r, column=10).value for r in range(3, 7)] == [0, 0, 0, 0]
