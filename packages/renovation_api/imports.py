"""Bulk import of compound inventories (CSV or XLSX), for the CLI and the API alike.

The file is read as a stream of rows (the csv module, or openpyxl's read-only mode) and each row
is judged by the core's :class:`~renovation_core.inventory.Inventory`. Rows are written in
batches inside one transaction:

- all or nothing (the default): one bad row and the transaction is rolled back;
- ``valid_rows``: the valid rows are committed and the bad ones reported.

By compound code: a new code is inserted, a changed compound updated, an identical one left
alone, so importing the same file again changes nothing. A row's plan is added where the
compound has none; a plan that differs from the one on record is a problem of the row, since a
plan changes through its own endpoint, under its project's rules.
"""

import codecs
import csv
import zipfile
from collections.abc import Awaitable, Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Annotated

import anyio.to_thread
import msgspec
import sqlalchemy as sa
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

import renovation_core as core
from renovation_api.storage import mapping, register, tables
from renovation_core.inventory import Entry, Inventory, RowProblem
from renovation_core.labels import Labelled
from renovation_core.validators import MAX_COUNT, MAX_NOTE_LENGTH

BATCH = 1000
MAX_PROBLEMS = 1000  # reported one by one; counted beyond
MAX_COLUMNS = 200
_SNIFF = 64 * 1024


class ImportMode(Labelled):
    ALL_OR_NOTHING = ("all_or_nothing", "全部有效才导入")
    VALID_ROWS = ("valid_rows", "导入有效行")


class ImportStatus(Labelled):
    RUNNING = ("running", "导入中")
    DONE = ("done", "已完成")
    FAILED = ("failed", "失败")


class NotASpreadsheet(ValueError):
    """The file is neither CSV text nor an XLSX workbook."""


Count = Annotated[int, msgspec.Meta(ge=0, le=MAX_COUNT)]
Text = Annotated[str, msgspec.Meta(max_length=MAX_NOTE_LENGTH)]


class ProblemOut(msgspec.Struct, kw_only=True):
    """A rejected row: its number in the file (the header is row 1), the column as the file
    names it (none where the whole row is at fault) and why."""

    row: Annotated[int, msgspec.Meta(ge=2, le=MAX_COUNT)]
    column: Text | None
    message: Text


class ImportReport(msgspec.Struct, kw_only=True):
    """What an import did: rows read and rows rejected (the first ``MAX_PROBLEMS`` of their
    problems listed); whether anything was written, and if so the compounds inserted, updated
    and left unchanged and the plans added (all 0 when nothing was written)."""

    rows: Count = 0
    rejected: Count = 0
    written: bool = False
    inserted: Count = 0
    updated: Count = 0
    unchanged: Count = 0
    plans_added: Count = 0
    problems: Annotated[list[ProblemOut], msgspec.Meta(max_length=MAX_PROBLEMS)] = msgspec.field(
        default_factory=list
    )
    ignored_columns: Annotated[list[Text], msgspec.Meta(max_length=MAX_COLUMNS)] = msgspec.field(
        default_factory=list
    )

    def refuse(self, found: list[RowProblem]) -> None:
        self.rejected += 1
        for p in found:
            if len(self.problems) < MAX_PROBLEMS:
                self.problems.append(ProblemOut(row=p.row, column=p.column, message=p.message))


def rows_of(path: Path) -> Iterator[Sequence[object]]:
    """The file's rows, streamed: an XLSX workbook's first sheet, or CSV text in UTF-8 (with or
    without a byte-order mark) or GB18030, as Excel saves it on a Chinese Windows."""
    with path.open("rb") as file:
        head = file.read(_SNIFF)
    if head.startswith(b"PK\x03\x04"):
        yield from _workbook_rows(path)
        return
    if not head:
        return
    if b"\x00" in head:
        raise NotASpreadsheet("the file is neither CSV text nor an XLSX workbook")
    encoding = "utf-8-sig" if _decodes(head, "utf-8") else "gb18030"
    if encoding == "gb18030" and not _decodes(head, "gb18030"):
        raise NotASpreadsheet("the file is neither CSV text (UTF-8 or GB18030) nor XLSX")
    with path.open(encoding=encoding, newline="") as text:
        try:
            yield from csv.reader(text)
        except (UnicodeDecodeError, csv.Error) as error:
            raise NotASpreadsheet(f"the CSV cannot be read: {error}") from None


def _decodes(head: bytes, encoding: str) -> bool:
    """Whether ``head`` is text in ``encoding`` (a character cut at the end is fine)."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _workbook_rows(path: Path) -> Iterator[Sequence[object]]:
    with path.open("rb") as file:  # a file object: openpyxl would judge a path by its suffix
        try:
            book = load_workbook(file, read_only=True, data_only=False)
        except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
            raise NotASpreadsheet(f"the file is not an XLSX workbook: {error}") from None
        try:
            yield from book.worksheets[0].iter_rows(values_only=True)
        finally:
            book.close()


async def import_compounds(
    engine: AsyncEngine,
    programme_id: int,
    programme: core.Programme,
    path: Path,
    mode: ImportMode,
    *,
    allowed: Callable[[core.Compound], str | None] = lambda _: None,
    audit: Callable[[AsyncConnection, ImportReport], Awaitable[None]] | None = None,
) -> ImportReport:
    """Import the inventory at ``path`` into the programme, in one transaction. ``allowed``
    says why a compound is outside the importer's scope (None where it is not); ``audit``
    records the import in the same transaction. A file that cannot be read raises
    :class:`NotASpreadsheet`, a header without the required columns :class:`DataError`."""
    report = ImportReport()
    header, outcomes = await anyio.to_thread.run_sync(Inventory(programme).open, rows_of(path))
    report.ignored_columns = list(header.ignored)

    def batch() -> list[Entry | list[RowProblem]]:
        return list(islice(outcomes, BATCH))

    async with engine.connect() as conn, conn.begin() as transaction:
        while chunk := await anyio.to_thread.run_sync(batch):
            report.rows += len(chunk)
            entries = []
            for outcome in chunk:
                if not isinstance(outcome, Entry):
                    report.refuse(outcome)
                elif (why := allowed(outcome.compound)) is not None:
                    report.refuse([RowProblem(row=outcome.row, column=None, message=why)])
                else:
                    entries.append(outcome)
            await _store(conn, programme_id, programme, entries, report)
        if report.rejected and mode is ImportMode.ALL_OR_NOTHING:
            await transaction.rollback()
            report.inserted = report.updated = report.unchanged = report.plans_added = 0
            return report
        report.written = True
        if audit is not None:
            await audit(conn, report)
    return report


async def _store(
    conn: AsyncConnection,
    programme_id: int,
    programme: core.Programme,
    entries: list[Entry],
    report: ImportReport,
) -> None:
    """Write one batch: each row whole or not at all. A compound is inserted, updated or left
    alone; its plan is added where it has none, and a row whose plan differs from the one on
    record is refused before anything of it is written."""
    if not entries:
        return
    c = tables.compounds
    found = await conn.execute(
        sa.select(c.c.id, c.c.revision, *(c.c[name] for name in _COMPARED)).where(
            c.c.programme_id == programme_id,
            c.c.code.in_([e.compound.code for e in entries]),
        )
    )
    existing = {row.code: row for row in found}
    on_record = await register.plans_of(conn, [row.id for row in existing.values()])
    fresh, plans = [], []
    for entry in entries:
        row = existing.get(entry.compound.code)
        current = on_record.get(row.id) if row is not None else None
        if entry.plan is not None and current is not None and current != entry.plan:
            report.refuse(
                [
                    RowProblem(
                        row=entry.row,
                        column=None,
                        message=f"compound {entry.compound.code} has another plan on record: "
                        "change it through its plan, under its project's rules",
                    )
                ]
            )
            continue
        values = mapping.compound_values(programme, entry.compound)
        if row is None:
            fresh.append(values)
            report.inserted += 1
        elif all(getattr(row, name) == values[name] for name in _COMPARED):
            report.unchanged += 1
        else:
            if await register.update_compound(conn, row.id, row.revision, values) is None:
                raise register.Changed(entry.compound.code)
            report.updated += 1
        if entry.plan is not None and current is None:
            plans.append(entry.plan)
    await register.insert_compounds(conn, programme_id, fresh)
    report.plans_added += await register.insert_plans(conn, programme_id, plans)


# The columns a re-import compares: everything a row gives.
_COMPARED = (
    "code",
    "name",
    "district_code",
    "street_code",
    "community_code",
    "built_year",
    "buildings",
    "households",
    "floor_area_centi",
    "property_type",
    "original_property_unit",
    "previously_renovated_in",
    "infrastructure",
    "management",
    "safety",
    "assessed_on",
)
