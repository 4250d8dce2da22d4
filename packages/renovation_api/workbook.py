"""XLSX export: the spreadsheets finance and audit offices open.

Sheets are written streaming (openpyxl's write-only mode); a decimal is shown to its own places
and at least to the fen (2.194 亿元 keeps its three). A spreadsheet number is a double, written
with 16 significant digits: exact to the fen below 10^13 yuan, far above any programme's
amounts; the API's JSON stays the exact record.
"""

import contextlib
import io
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

import attrs
from litestar.openapi.datastructures import ResponseSpec
from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from renovation_core.text import visible

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Excel reads "_x001B_" in a cell's text as the character it names: text that merely looks so
# keeps its underscore escaped (OOXML's ST_Xstring), so it shows as it was recorded.
_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
XLSX_FILE = ResponseSpec(
    data_container=bytes, media_type=XLSX, description="An XLSX workbook.", generate_examples=False
)


@attrs.frozen(kw_only=True)
class Sheet:
    """One sheet: a title (at most 31 characters), a header row (under a caption row, where the
    table's columns are grouped) and the rows under it."""

    title: str
    headers: Sequence[str | None]
    rows: Iterable[Sequence[Any]]
    caption: Sequence[str | None] = ()


def cell(sheet: WriteOnlyWorksheet, value: Any, bold: bool = False) -> Cell:
    """A cell of a write-only sheet: a decimal to its places, text always as text (a name
    beginning with "=" is not a formula, "_x0001_" not an escape), with any character XML
    cannot hold shown visibly (text recorded before the rule for text was kept)."""
    if isinstance(value, str):
        value = _ESCAPE.sub(r"_x005F_\1", visible(value))
    made = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and made.data_type == "f":
        made.data_type = "s"
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        places = max(2, -exponent if isinstance(exponent, int) else 0)
        made.number_format = "#,##0." + "0" * places
    if bold:
        made.font = Font(bold=True)
    return made


@contextlib.contextmanager
def write_only() -> Iterator[Workbook]:
    """A write-only workbook, to be saved within the block. openpyxl writes each sheet to a
    scratch file until the book is saved, and otherwise removes it only when the process
    exits: here it goes however the writing ends (an error, a download abandoned)."""
    book = Workbook(write_only=True)
    try:
        yield book
    finally:
        for sheet in book.worksheets:
            writer = getattr(sheet, "_writer", None)  # openpyxl's; saving removes its file
            if writer is not None and os.path.exists(writer.out):
                with contextlib.suppress(Exception):  # a sheet cut off may not close cleanly
                    sheet.close()
                writer.cleanup()


_NOT_IN_TITLES = re.compile(r"[\[\]:*?/\\]")
MAX_TITLE = 31


def sheet_title(title: str, taken: set[str]) -> str:
    r"""``title`` as a sheet may be named: none of ``[]:*?/\``, no quote at either end, at most
    31 characters, not Excel's reserved "History", and unique in the workbook (case aside) —
    so a name that came in as data (a province's) can title its sheet."""
    name = _NOT_IN_TITLES.sub("_", visible(title)).strip("'")[:MAX_TITLE] or "_"
    if name.casefold() == "history":
        name += "_"
    base, n = name, 1
    while name.casefold() in taken:
        n += 1
        suffix = f"({n})"
        name = base[: MAX_TITLE - len(suffix)] + suffix
    taken.add(name.casefold())
    return name


def workbook(sheets: Iterable[Sheet]) -> bytes:
    taken: set[str] = set()
    with write_only() as book:
        for sheet in sheets:
            out = book.create_sheet(sheet_title(sheet.title, taken))
            if sheet.caption:
                out.append([cell(out, c, bold=True) for c in sheet.caption])
            out.append([cell(out, h, bold=True) for h in sheet.headers])
            for row in sheet.rows:
                out.append([cell(out, value) for value in row])
        buffer = io.BytesIO()
        book.save(buffer)
    return buffer.getvalue()
