"""XLSX export: the spreadsheets finance and audit offices open.

Sheets are written streaming (openpyxl's write-only mode), money formatted to the fen. A
spreadsheet number is a double, written with 16 significant digits: exact to the fen below
10^13 yuan, far above any programme's amounts; the API's JSON stays the exact record.
"""

import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import attrs
from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MONEY_FORMAT = "#,##0.00"


@attrs.frozen(kw_only=True)
class Sheet:
    """One sheet: a title (at most 31 characters), a header row and the rows under it."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]


def _cell(sheet: WriteOnlyWorksheet, value: Any, bold: bool = False) -> Cell:
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, Decimal):
        cell.number_format = MONEY_FORMAT
    if bold:
        cell.font = Font(bold=True)
    return cell


def workbook(sheets: Iterable[Sheet]) -> bytes:
    book = Workbook(write_only=True)
    for sheet in sheets:
        out = book.create_sheet(sheet.title)
        out.append([_cell(out, h, bold=True) for h in sheet.headers])
        for row in sheet.rows:
            out.append([_cell(out, value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
