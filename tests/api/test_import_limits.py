"""Spreadsheet bombs: each refused naming the limit it breaks, as it is read, with memory back
where it was and no file left behind; over HTTP on both backends, the reads still work."""

import csv
import io
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

from renovation_api.app import create_app
from renovation_api.settings import DEFAULT_IMPORT_MAX_ROWS
from renovation_api.sheets import Limits, NotASpreadsheet, OverLimit, rows_of
from renovation_api.workbook import cell, write_only
from tests.api import bombs
from tests.api.conftest import WUHAI, problem, settings, state

LIMITS = Limits(rows=DEFAULT_IMPORT_MAX_ROWS)
IMPORTS = f"{WUHAI}/imports"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def read_all(content: bytes, limits: Limits = LIMITS) -> list[Any]:
    return list(rows_of(io.BytesIO(content), limits))


@pytest.mark.parametrize(
    ("build", "limits", "kind", "message"),
    [
        (
            bombs.shared_strings_bomb,
            LIMITS,
            OverLimit,
            "the workbook's part xl/sharedStrings.xml unpacks to 320,000,053 bytes, more than "
            "the limit of 67,108,864",
        ),
        (
            lambda: bombs.workbook({"xl/sharedStrings.xml": bombs.shared_strings(1001)}),
            Limits(rows=10, shared_strings=1000),
            OverLimit,
            "the workbook has more than 1,000 shared strings, the limit",
        ),
        (
            lambda: bombs.many_rows(3_000_000),
            LIMITS,
            OverLimit,
            "the sheet has more than 300,000 rows, the limit",
        ),
        (bombs.wide, LIMITS, OverLimit, "the sheet has a cell past column 200, the limit"),
        (
            lambda: bombs.long_cell(40_000),
            LIMITS,
            OverLimit,
            "the workbook has a text of more than 32,767 characters, the limit for a cell",
        ),
        (
            lambda: bombs.many_parts(2_000),
            LIMITS,
            OverLimit,
            "the workbook has 2,005 parts, more than the limit of 1,000",
        ),
        (
            bombs.billion_laughs,
            LIMITS,
            NotASpreadsheet,
            "the workbook's part xl/sharedStrings.xml declares a document type, which no "
            "workbook needs (its entities could expand without end or read other files): refused",
        ),
        (
            bombs.external_entity,
            LIMITS,
            NotASpreadsheet,
            "the workbook's part xl/worksheets/sheet1.xml declares a document type",
        ),
        (
            bombs.doctype_after_a_long_comment,
            LIMITS,
            NotASpreadsheet,
            "the workbook's part xl/worksheets/sheet1.xml declares a document type",
        ),
        (bombs.utf16, LIMITS, NotASpreadsheet, "the workbook's part xl/worksheets/sheet1.xml"),
        (
            lambda: bombs.long_text(50_000_000),
            LIMITS,
            OverLimit,
            "the workbook's part xl/worksheets/sheet1.xml holds a text, tag or comment of more "
            "than 1,048,576 bytes, the limit",
        ),
        (
            lambda: bombs.long_comment(50_000_000),
            LIMITS,
            OverLimit,
            "the workbook's part xl/worksheets/sheet1.xml holds a text, tag or comment of more "
            "than 1,048,576 bytes, the limit",
        ),
        (
            lambda: bombs.many_rows(2_000),
            Limits(rows=10**6, elements=5_000),
            OverLimit,
            "the workbook's part xl/worksheets/sheet1.xml has more than 5,000 elements, the limit",
        ),
        (
            bombs.styles_bomb,
            LIMITS,
            OverLimit,
            "the workbook's part xl/styles.xml unpacks to 108,000,110 bytes, more than the limit "
            "of 16,777,216",
        ),
        (
            lambda: bombs.deep_text(150_000),
            LIMITS,
            NotASpreadsheet,
            "the workbook's part xl/sharedStrings.xml nests elements more than 64 deep",
        ),
        (
            lambda: bombs.long_format(300_000),
            LIMITS,
            NotASpreadsheet,
            "the workbook has a number format of more than 255 characters",
        ),
        (
            lambda: bombs.long_names(1_000_000, 300),
            LIMITS,
            NotASpreadsheet,
            "the workbook's part xl/worksheets/sheet1.xml names an element or attribute with "
            "more than 256 characters",
        ),
        (bombs.encrypted, LIMITS, NotASpreadsheet, "the file is not an XLSX workbook that can"),
        (bombs.bzip2_claimed, LIMITS, NotASpreadsheet, "the file is not an XLSX workbook that"),
        (bombs.bad_utf8_name, LIMITS, NotASpreadsheet, "the file is not an XLSX workbook that"),
        (
            bombs.zip64_locator,
            LIMITS,
            OverLimit,
            "the workbook is a ZIP64 archive: no inventory needs one",
        ),
    ],
    ids=[
        "shared-strings-320MB",
        "shared-strings-count",
        "rows-3M",
        "column-XFD",
        "cell-40k",
        "parts-2000",
        "billion-laughs",
        "external-entity",
        "doctype-after-comment",
        "utf16",
        "text-50MB",
        "comment-50MB",
        "elements",
        "styles-100MB",
        "nesting-150000",
        "number-format-300000",
        "names-1MB",
        "encrypted",
        "bzip2-claimed",
        "name-not-utf8",
        "zip64-locator",
    ],
)
def test_each_workbook_bomb_is_refused_naming_what_it_breaks(
    build: Callable[[], bytes], limits: Limits, kind: type[Exception], message: str
) -> None:
    with pytest.raises(kind) as raised:
        read_all(build(), limits)
    assert str(raised.value).startswith(message)


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"x" * (2 << 20), "the file has a line of more than 1,048,576 characters"),
        (csv_bytes([bombs.HEADER, ["a"] * 201]), "row 2 has more than 200 columns, the limit"),
        (csv_bytes([bombs.HEADER, ["长" * 40_000]]), "row 2 has a cell of more than 32,767"),
        (b"code\n" * 12, "the sheet has more than 10 rows, the limit"),
    ],
    ids=["line", "columns", "cell", "rows"],
)
def test_each_csv_bomb_is_refused_naming_what_it_breaks(content: bytes, message: str) -> None:
    with pytest.raises(OverLimit) as raised:
        read_all(content, Limits(rows=10))
    assert str(raised.value).startswith(message)


def test_a_workbook_within_the_limits_reads_as_before() -> None:
    runs = "<r><t>团结</t></r><r><t>小区</t></r><rPh><t>だんけつ</t></rPh>"
    rows = [f'<row r="3"><c r="B3" t="inlineStr"><is>{runs}</is></c></row>'.encode()]
    content = bombs.workbook({"xl/worksheets/sheet1.xml": bombs.sheet([bombs.header_row(), *rows])})
    assert read_all(content) == [bombs.HEADER, [], [None, "团结小区"]]


def test_text_is_read_as_excel_shows_it_and_written_so_it_shows_as_recorded() -> None:
    """OOXML escapes a character in text as _xHHHH_: read, it is that character (which the rule
    for text then judges); written, text that only looks like an escape keeps it literal."""
    cells = "".join(
        f'<c t="inlineStr"><is><t>{t}</t></is></c>' for t in ("团结_x001B_小区", "a_x005F_x0001_b")
    )
    content = bombs.workbook(
        {"xl/worksheets/sheet1.xml": bombs.sheet([f'<row r="1">{cells}</row>'.encode()])}
    )
    assert read_all(content) == [["团结\u001b小区", "a_x0001_b"]]
    out = io.BytesIO()
    with write_only() as book:
        sheet = book.create_sheet("s")
        sheet.append([cell(sheet, "a_x0001_b"), cell(sheet, "团结\u001b小区")])
        book.save(out)
    assert read_all(out.getvalue()) == [["a_x0001_b", "团结␛小区"]]


def resident_mib() -> float:
    """This process's resident memory now, in MiB (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def leftovers() -> set[Path]:
    """Scratch files of imports and workbooks in the temporary directory."""
    root = Path(tempfile.gettempdir())
    return {*root.glob("renovation-*"), *root.glob("openpyxl.*")}


def upload(client: TestClient[Any], content: bytes, media_type: str = XLSX) -> Any:
    return client.post(IMPORTS, content=content, headers={"content-type": media_type})


@pytest.fixture
def client(database_url: str, keys: dict[str, str]) -> Iterator[TestClient[Any]]:
    """The city administrator, on a server whose sheets may have 20,000 rows (the full-size
    row bomb is read above)."""
    with TestClient(create_app(settings(database_url, import_max_rows=20_000))) as client:
        client.headers["X-API-Key"] = keys["city_admin"]
        yield client


def test_bombs_over_http_answer_422_then_reads_still_work_memory_returns_no_file_is_left(
    client: TestClient[Any],
) -> None:
    """What the workbook's structure or its first row shows is refused before the import is
    queued (422); what only reading on finds ends the import failed, naming the limit."""
    refused = {
        "spreadsheet-too-large": [
            bombs.shared_strings_bomb(),
            bombs.many_parts(2_000),
            bombs.wide(),
            bombs.long_cell(40_000),
        ],
        "not-a-spreadsheet": [bombs.billion_laughs(), bombs.external_entity(), bombs.utf16()],
    }
    failed = [
        (bombs.many_rows(3_000_000), "the sheet has more than 20,000 rows, the limit"),
        (bombs.wide(row=3), "the sheet has a cell past column 200, the limit"),
    ]
    before_state, before_files = state(client), leftovers()
    warm = upload(client, bombs.many_rows(20_001))  # the code warmed up
    wait_for(client, warm.headers["location"])
    before = resident_mib()
    for slug, contents in refused.items():
        for content in contents:
            problem(upload(client, content), 422, slug)
    for content, message in failed:
        response = upload(client, content)
        assert response.status_code == 202, response.text
        status = wait_for(client, response.headers["location"])
        assert status["status"] == "failed"
        assert status["failure"].startswith(f"nothing was imported: {message}")
    after = resident_mib()
    assert after - before < 50, f"{before:.0f} MiB before the bombs, {after:.0f} after"
    assert state(client) == before_state
    assert client.get(f"{WUHAI}/exports/compounds.xlsx").status_code == 200
    assert leftovers() <= before_files


def wait_for(client: TestClient[Any], location: str) -> Any:
    for _ in range(600):
        status = client.get(location).json()
        if status["status"] != "running":
            return status
        time.sleep(0.1)
    raise AssertionError("the import did not end within a minute")
