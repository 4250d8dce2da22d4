"""Reading a report's files back: the workbook's sheets and the CSV's, compared cell for cell."""

import csv
import datetime
import io
from decimal import Decimal
from typing import Any

from litestar.testing import TestClient
from openpyxl import load_workbook

from tests.api.conftest import WUHAI


def workbook_sheets(response: Any) -> dict[str, list[tuple[Any, ...]]]:
    assert response.status_code == 200, response.text
    book = load_workbook(io.BytesIO(response.content), read_only=True)
    sheets = {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in book}
    # openpyxl drops a row's empty cells at its end: restore them, to the sheet's width
    width = {title: max(map(len, rows), default=0) for title, rows in sheets.items()}
    return {
        title: [row + (None,) * (width[title] - len(row)) for row in rows]
        for title, rows in sheets.items()
    }


def csv_sheets(response: Any) -> dict[str, list[list[str]]]:
    """The CSV's sheets: each block of lines (blank lines between) under its title line."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    sheets: dict[str, list[list[str]]] = {}
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    blocks: list[list[list[str]]] = [[]] if lines else []  # no sheets: an empty report
    for line in lines:
        if line:
            blocks[-1].append(line)
        else:
            blocks.append([])
    for block in blocks:
        (title,), *rows = block
        sheets[title] = rows
    return sheets


def same_cell(written: Any, text: str) -> bool:
    if written is None:
        return text == ""
    if isinstance(written, bool | str):
        return text == str(written)
    if isinstance(written, int | float):
        return Decimal(text) == Decimal(str(written))
    if isinstance(written, datetime.datetime):
        return text == written.date().isoformat()
    raise AssertionError(f"unexpected cell {written!r}")


def assert_same_tables(
    client: TestClient[Any], path: str, params: dict[str, Any], base: str = f"{WUHAI}/"
) -> None:
    """The report's CSV and XLSX hold the same sheets, rows and cells, and the same columns
    (the CSV's one header line joins a column's group to its header)."""
    book = workbook_sheets(client.get(f"{base}{path}.xlsx", params=params))
    text = csv_sheets(client.get(f"{base}{path}.csv", params=params))
    assert list(text) == list(book)
    for title, rows in book.items():
        header, *lines = text[title]
        captioned = len(rows) == len(lines) + 2
        caption = rows[0] if captioned else (None,) * len(rows[0])
        headers, *body = rows[1:] if captioned else rows
        # each column's own header ends the CSV's (its group, from the caption, may lead it)
        assert [h.split("·")[-1] for h in header] == [
            h if h is not None else c or "" for h, c in zip(headers, caption, strict=True)
        ], title
        assert len(lines) == len(body), title
        for written, line in zip(body, lines, strict=True):
            assert len(line) == len(written), (title, written, line)
            assert all(same_cell(w, t) for w, t in zip(written, line, strict=True)), (
                title,
                written,
                line,
            )
