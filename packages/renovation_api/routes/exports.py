"""The compound register as a spreadsheet (CSV or XLSX), streamed: page by page from the
database, never the whole register in memory. The columns are the import's, so an export can be
edited and imported back; Chinese headers and labels by default, English headers and codes on
request. The CSV's cells are written as the reports' are: a name a spreadsheet would run as a
formula starts with an apostrophe, which the import reads as the mark of text."""

import csv
import io
import tempfile
from collections.abc import AsyncIterator, Iterable, Sequence
from functools import partial
from typing import IO, Annotated, Any

import anyio.to_thread
from litestar import Controller, Request, get
from litestar.params import Parameter
from litestar.response import Stream

import renovation_core as core
from renovation_api import runner
from renovation_api.downloads import CSV, CSV_FILE, attachment, csv_cell
from renovation_api.guards import needs
from renovation_api.problems import problem_responses
from renovation_api.routes.common import DistrictFilter, ProgrammeCode
from renovation_api.services import reports, scope
from renovation_api.workbook import XLSX, XLSX_FILE, cell, write_only
from renovation_core.register.inventory import cells, headers

PAGE = 1000
Language = Annotated[
    str,
    Parameter(
        required=False,
        pattern="^(zh|en)$",
        max_length=2,
        description="zh (the default): Chinese headers and labels; en: English headers and codes.",
    ),
]


async def _pages(
    request: Request[Any, Any, Any], programme: str, district: str | None, chinese: bool
) -> AsyncIterator[list[list[object]]]:
    """The register's rows the caller may see, a page at a time by code, each page read in a
    short transaction of its own: a slow download holds no connection while it waits."""
    after = None
    while True:
        read = partial(
            reports.register_page, programme=programme, district=district, after=after, limit=PAGE
        )
        page = await runner.query(request, read)
        if not page:
            return
        yield [cells(compound, plan, chinese=chinese) for compound, plan in page]
        after = page[-1][0].code


def _csv_lines(rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows([csv_cell(v) for v in row] for row in rows)
    return out.getvalue()


def _filename(programme: str, district: str | None, suffix: str) -> str:
    return f"compounds-{programme}{'-' + district if district else ''}.{suffix}"


class ExportController(Controller):
    path = "/v1/programmes/{programme:str}/exports"
    tags = ("compounds",)

    @get(
        "/compounds.csv",
        operation_id="exportCompoundsCsv",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Export the register as CSV",
        description="The compounds the caller may see (one district's), each with its plan, in "
        "the import's columns; streamed.",
        responses={200: CSV_FILE, **problem_responses(400, 404, 403)},
        media_type=CSV,
    )
    async def compounds_csv(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        language: Language = "zh",
    ) -> Stream:
        chinese = language == "zh"
        await runner.query(request, lambda uow: scope.programme(uow, programme))  # 404 first

        async def lines() -> AsyncIterator[str]:
            yield "\ufeff" + _csv_lines([headers(chinese)])
            async for page in _pages(request, programme, district, chinese):
                yield _csv_lines(page)

        return Stream(
            lines(),
            media_type=f"{CSV}; charset=utf-8",
            headers=attachment(_filename(programme, district, "csv")),
        )

    @get(
        "/compounds.xlsx",
        operation_id="exportCompoundsXlsx",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Export the register as XLSX",
        description="The compounds the caller may see (one district's), each with its plan, in "
        "the import's columns; written page by page to a scratch file that is then streamed.",
        responses={200: XLSX_FILE, **problem_responses(400, 404, 403)},
        media_type=XLSX,
    )
    async def compounds_xlsx(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        district: DistrictFilter = None,
        language: Language = "zh",
    ) -> Stream:
        chinese = language == "zh"
        with write_only() as book:
            sheet = book.create_sheet("小区台账" if chinese else "compounds")
            sheet.append([cell(sheet, h, bold=True) for h in headers(chinese)])
            async for page in _pages(request, programme, district, chinese):
                await anyio.to_thread.run_sync(_append, sheet, page)
            file = tempfile.TemporaryFile()  # noqa: SIM115 (the stream closes it)
            try:
                await anyio.to_thread.run_sync(book.save, file)
            except BaseException:
                file.close()
                raise
        size = file.seek(0, io.SEEK_END)
        file.seek(0)
        return Stream(
            _chunks(file),
            media_type=XLSX,
            headers={
                **attachment(_filename(programme, district, "xlsx")),
                "Content-Length": str(size),
            },
        )


def _append(sheet: Any, rows: list[list[object]]) -> None:
    for row in rows:
        sheet.append([cell(sheet, value) for value in row])


async def _chunks(file: IO[bytes]) -> AsyncIterator[bytes]:
    """A scratch file's bytes; the file, which has no name on disk, is closed (and so gone)
    when the download ends or is abandoned."""
    try:
        while chunk := await anyio.to_thread.run_sync(file.read, 64 * 1024):
            yield chunk
    finally:
        file.close()
