"""Every report as a file: the CSV holds the XLSX's sheets cell for cell."""

import csv
import io
from decimal import Decimal
from typing import Any

import pytest
from litestar.testing import TestClient

from renovation_api.csv_cells import escaped, unescaped
from renovation_api.downloads import csv_lines
from renovation_api.workbook import Sheet
from tests.api.conftest import WUHAI, problem
from tests.api.spreadsheets import assert_same_tables, csv_sheets

REPORTS = [
    ("reports/target-vs-actual", {}),
    ("reports/target-vs-actual", {"year": 2023}),
    ("reports/coverage", {}),
    ("reports/summary", {}),
    ("reports/consistency", {}),
    ("reports/funding", {"year": 2022}),
    ("reports/monthly", {"month": "2022-12"}),
    ("reports/contracts", {}),
    ("reports/management-coverage", {"as_of": "2024-12-31"}),
    ("reports/delivered", {"as_of": "2024-12-31"}),
]


@pytest.mark.parametrize(("path", "params"), REPORTS)
def test_each_report_as_csv_is_its_workbook(
    client: TestClient[Any], path: str, params: dict[str, Any]
) -> None:
    assert_same_tables(client, path, params)


def test_target_vs_actual_csv_reads_as_the_published_table(client: TestClient[Any]) -> None:
    response = client.get(f"{WUHAI}/reports/target-vs-actual.csv", params={"year": 2022})
    assert response.headers["content-disposition"] == (
        'attachment; filename="target-vs-actual-wuhai-2022-2024.csv"'
    )
    ((title, rows),) = csv_sheets(response).items()
    assert title == "2022年"
    assert rows[0][:3] == ["各区", "2022年改造计划·数量", "2022年改造计划·户数"]
    assert rows[-1][:5] == ["总计", "59", "6670", "67.25", "2.935"]
    assert rows[-1][-4:] == ["0", "0", "0.00", "0.000"]


def test_a_report_file_is_refused_like_its_report(client: TestClient[Any]) -> None:
    missing = client.get("/v1/programmes/nowhere/reports/coverage.csv")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    bad_year = client.get(f"{WUHAI}/reports/target-vs-actual.csv", params={"year": "last"})
    assert bad_year.status_code == 400
    assert bad_year.headers["content-type"] == "application/problem+json"
    assert "year" in bad_year.text


def test_each_column_is_under_its_own_group_only(client: TestClient[Any]) -> None:
    """A contract's signing day stands after the caption's last group, not under it."""
    (rows,) = csv_sheets(
        client.get(f"{WUHAI}/reports/contracts.csv", params={"year": 2022})
    ).values()
    header = rows[0]
    assert header[:3] == ["各区", "目标任务·数量", "目标任务·户数"]
    assert header[-2] == "完成比例·投资完成比例"
    assert header[-1] == "签订日期"


@pytest.mark.parametrize(
    "report",
    [
        "reports/target-vs-actual",
        "reports/target-vs-actual.csv",
        "reports/target-vs-actual.xlsx",
        "reports/funding",
        "contracts",
        "reports/contracts.xlsx",
    ],
)
def test_a_year_outside_the_programme_is_refused_by_name(
    client: TestClient[Any], report: str
) -> None:
    refused = problem(client.get(f"{WUHAI}/{report}", params={"year": 2030}), 422, "invalid-data")
    assert refused["errors"] == [
        {"path": "query.year", "message": "2030 is outside the programme (2022–2024)"}
    ]


def test_text_a_spreadsheet_would_run_is_written_as_text() -> None:
    sheet = Sheet(
        title="表",
        caption=("组", None),
        headers=("名称", "金额"),
        rows=[('=HYPERLINK("x")', Decimal("-5.10")), ("@SUM(A1)", None), ("-1", 3)],
    )
    text = "".join(csv_lines([sheet]))
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows == [
        ["表"],
        ["组·名称", "组·金额"],
        ['\'=HYPERLINK("x")', "-5.10"],
        ["'@SUM(A1)", ""],
        ["'-1", "3"],
    ]


def test_a_cell_reads_back_as_it_was_before_its_escape() -> None:
    texts = ["+86号院", "-", "@物业", "=1", "\t缩进", "'+引号", "普通", "1'2"]
    written = [escaped(t) for t in texts]
    assert written == ["'" + t for t in texts[:6]] + texts[6:]
    assert [unescaped(w) for w in written] == texts
    assert unescaped("'文本") == "文本"  # as a spreadsheet takes a leading apostrophe
