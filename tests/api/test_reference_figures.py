"""Through HTTP alone, every figure of the reference plan, from the data loaded at first start."""

from typing import Any

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
