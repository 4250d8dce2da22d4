"""Bulk import of compound inventories (CSV or XLSX), for the CLI and the API alike.

The file is read as a stream of rows (the csv module, or openpyxl's read-only mode) and each row
is judged by the core's :class:`~renovation_core.register.inventory.Inventory`. Rows are written in
batches inside one transaction:

- all or nothing (the default): one bad row and the transaction is rolled back;
- ``valid_rows``: the valid rows are committed and the bad ones reported.

By compound code: a new code is inserted, a changed compound updated, an identical one left
alone, so importing the same file again changes nothing. A row's plan is added where the
compound has none; a plan that differs from the one on record is a problem of the row, since a
plan changes through its own endpoint, under its project's rules.
"""

from collections.abc import Awaitable, Callable, Mapping
from itertools import islice
from typing import IO, Annotated, Any, Literal

import anyio.to_thread
import attrs
import msgspec
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

import renovation_core as core
from renovation_api.clock import today
from renovation_api.sheets import MAX_COLUMNS, Limits, rows_of
from renovation_api.storage import mapping, register, tables
from renovation_api.storage.engine import count_rows
from renovation_core.labels import Labelled
from renovation_core.register.inventory import Entry, Inventory, RowProblem
from renovation_core.text import LINE_PATTERN, LINES_PATTERN, visible
from renovation_core.validators import MAX_COUNT, MAX_NOTE_LENGTH, MAX_TEXT_LENGTH

BATCH = 1000
MAX_PROBLEMS = 1000  # reported one by one; counted beyond


class ImportMode(Labelled):
    ALL_OR_NOTHING = ("all_or_nothing", "全部有效才导入")
    VALID_ROWS = ("valid_rows", "导入有效行")


class ImportStatus(Labelled):
    RUNNING = ("running", "导入中")
    DONE = ("done", "已完成")
    FAILED = ("failed", "失败")


Count = Annotated[int, msgspec.Meta(ge=0, le=MAX_COUNT)]
Text = Annotated[str, msgspec.Meta(max_length=MAX_NOTE_LENGTH, pattern=LINES_PATTERN)]


class ProblemOut(msgspec.Struct, kw_only=True):
    """A rejected row: its number in the file (the header is row 1), the column as the file
    names it (none where the whole row is at fault) and why."""

    row: Annotated[int, msgspec.Meta(ge=2, le=MAX_COUNT)]
    column: Annotated[str, msgspec.Meta(max_length=MAX_TEXT_LENGTH, pattern=LINE_PATTERN)] | None
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
    ignored_columns: Annotated[
        list[Annotated[str, msgspec.Meta(max_length=MAX_TEXT_LENGTH, pattern=LINE_PATTERN)]],
        msgspec.Meta(max_length=MAX_COLUMNS),
    ] = msgspec.field(default_factory=list)

    def refuse(self, found: list[RowProblem]) -> None:
        self.rejected += 1
        for p in found:
            if len(self.problems) < MAX_PROBLEMS:
                column = None if p.column is None else _shown(p.column, MAX_TEXT_LENGTH)
                self.problems.append(
                    ProblemOut(row=p.row, column=column, message=_shown(p.message, MAX_NOTE_LENGTH))
                )


def _shown(text: str, limit: int) -> str:
    """A file's own text (a column's name, a quoted cell) as a report may show it: one line,
    its control characters visible, within ``limit``."""
    return " ".join(visible(text).splitlines())[:limit]


@attrs.frozen(kw_only=True)
class Written:
    """One record an import wrote from the file's ``row``: a compound created or replaced (its
    columns before and after), or a plan added."""

    action: Literal["create", "replace"]
    row: int
    code: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | core.RenovationPlan

    def kept(self) -> tuple[Mapping[str, Any] | None, Any]:
        """What the audit trail keeps of it, as stored: a compound created, the fields the
        row gave; replaced, those that changed, before and after; a plan, the plan."""
        if isinstance(self.after, core.RenovationPlan):
            return None, core.converter.unstructure(self.after)
        if self.before is None:
            return None, {name: self.after[name] for name in _COMPARED}
        changed = [name for name in _COMPARED if self.before[name] != self.after[name]]
        return (
            {name: self.before[name] for name in changed},
            {name: self.after[name] for name in changed},
        )


async def import_compounds(
    engine: AsyncEngine,
    programme_id: int,
    programme: core.Programme,
    file: IO[bytes],
    mode: ImportMode,
    limits: Limits,
    *,
    allowed: Callable[[str, str], str | None] = lambda _d, _s: None,
    claim: Callable[[AsyncConnection], Awaitable[None]] | None = None,
    record: Callable[[AsyncConnection, list[Written]], Awaitable[None]] | None = None,
    finish: Callable[[AsyncConnection, ImportReport], Awaitable[None]] | None = None,
) -> ImportReport:
    """Import the inventory in ``file`` into the programme, in one transaction. ``allowed``
    says why a district and street are outside the importer's scope (None where they are
    not), for the compound as the row gives it and as it is on record. In the same
    transaction, ``claim`` runs first (before the file is opened), ``record`` audits each
    batch's writes and ``finish`` closes the import, whether it wrote its rows or, all or
    nothing, refused them (``report.written`` says which). A file that cannot be read, or
    exceeds ``limits``, raises :class:`~renovation_api.sheets.NotASpreadsheet`, a header without
    the required columns :class:`DataError`."""
    report = ImportReport()
    all_or_nothing = mode is ImportMode.ALL_OR_NOTHING
    async with engine.connect() as conn, conn.begin():
        if claim is not None:
            await claim(conn)
        header, outcomes = await anyio.to_thread.run_sync(
            Inventory(programme, today=today()).open, rows_of(file, limits)
        )
        report.ignored_columns = [_shown(c, MAX_TEXT_LENGTH) for c in header.ignored[:MAX_COLUMNS]]

        def batch() -> list[Entry | list[RowProblem]]:
            return list(islice(outcomes, BATCH))

        # All or nothing rolls back to here; the import is closed in the transaction either way.
        writes = await conn.begin_nested()
        while chunk := await anyio.to_thread.run_sync(batch):
            report.rows += len(chunk)
            entries = []
            for outcome in chunk:
                if not isinstance(outcome, Entry):
                    report.refuse(outcome)
                elif why := allowed(outcome.compound.district, outcome.compound.street):
                    report.refuse([RowProblem(row=outcome.row, column=None, message=why)])
                else:
                    entries.append(outcome)
            if all_or_nothing and report.rejected:
                continue  # nothing will be written: read on only for the report
            before = report.inserted
            written = await _store(conn, programme_id, programme, entries, report, allowed)
            if record is not None and written:
                await record(conn, written)
            await _keep_statistics(conn, before, report.inserted)
        if all_or_nothing and report.rejected:
            await writes.rollback()
            report.inserted = report.updated = report.unchanged = report.plans_added = 0
        else:
            await writes.commit()
            report.written = True
        if finish is not None:
            await finish(conn, report)
    return report


async def _keep_statistics(conn: AsyncConnection, before: int, after: int) -> None:
    """Refresh the planner's statistics each time the import has doubled the rows it
    inserted (from 1,000): an import into a new or small register otherwise looks each batch's
    codes up with plans made for an empty table, scanning the whole table per batch, and the
    reports after it read by plans made for the register before. ANALYZE counts this
    transaction's own rows (PostgreSQL samples them; SQLite's takes 0.3 s at 220,000)."""
    if after < BATCH:
        return
    if before < BATCH or before.bit_length() < after.bit_length():
        await count_rows(conn, tables.compounds, tables.plans, tables.plan_items)


async def _store(
    conn: AsyncConnection,
    programme_id: int,
    programme: core.Programme,
    entries: list[Entry],
    report: ImportReport,
    allowed: Callable[[str, str], str | None],
) -> list[Written]:
    """Write one batch, each row whole or not at all. A compound is inserted, updated or left
    alone; its plan is added where it has none. A row is refused before anything of it is
    written if the compound on record is outside the importer's scope, or has another plan."""
    if not entries:
        return []
    c = tables.compounds
    found = await conn.execute(
        sa.select(c).where(
            c.c.programme_id == programme_id,
            c.c.code.in_([e.compound.code for e in entries]),
        )
    )
    existing = {row.code: row for row in found}
    on_record = await register.plans_of(conn, [row.id for row in existing.values()])
    fresh, plans, written = [], [], []
    for entry in entries:
        code = entry.compound.code
        row = existing.get(code)
        current = on_record.get(row.id) if row is not None else None
        why = None if row is None else allowed(row.district_code, row.street_code)
        if why is None and entry.plan is not None and current not in (None, entry.plan):
            why = (
                f"compound {code} has another plan on record: change it through its plan, "
                "under its project's rules"
            )
        if why is not None:
            report.refuse([RowProblem(row=entry.row, column=None, message=why)])
            continue
        values = mapping.compound_values(programme, entry.compound)
        if row is None:
            fresh.append(values)
            written.append(
                Written(action="create", row=entry.row, code=code, before=None, after=values)
            )
            report.inserted += 1
        elif all(getattr(row, name) == values[name] for name in _COMPARED):
            report.unchanged += 1
        else:
            if await register.update_compound(conn, row.id, row.revision, values) is None:
                raise register.Changed(f"compound {code} changed during the import")
            written.append(
                Written(
                    action="replace",
                    row=entry.row,
                    code=code,
                    before=dict(row._mapping),
                    after=values,
                )
            )
            report.updated += 1
        if entry.plan is not None and current is None:
            plans.append(entry.plan)
            written.append(
                Written(action="create", row=entry.row, code=code, before=None, after=entry.plan)
            )
    ids = {code: row.id for code, row in existing.items()}
    ids |= await register.insert_compounds(conn, programme_id, fresh)
    report.plans_added += await register.insert_plans(conn, [(ids[p.compound], p) for p in plans])
    return written


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
