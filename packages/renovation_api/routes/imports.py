"""Bulk imports over the API: an office uploads its inventory (CSV or XLSX) and is answered at
once with 202 and a status resource; the import runs after the answer, in one transaction, and
its report (every bad row with its number, column and reason) is read from the status resource.

The upload streams to a temporary file without a name on disk, so a large file never sits in
memory and none is left behind however the import ends; the import's state lives in the
database, so any worker answers for it. The workbook's structure and the header are checked
before the answer: a file that is not a spreadsheet that can be read safely, exceeds a limit
its structure shows, is empty or lacks a required column is refused at once (422), and nothing
is queued.
"""

import datetime
import hashlib
import tempfile
from typing import IO, Annotated, Any, Literal

import anyio.to_thread
import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.background_tasks import BackgroundTask
from litestar.params import Parameter

import renovation_core as core
from renovation_api import headers, import_jobs
from renovation_api.clock import today
from renovation_api.contract import UPLOADS
from renovation_api.fields import CODE, INT32, Code, Name, Note
from renovation_api.guards import needs, principal
from renovation_api.imports import ImportMode, ImportReport, ImportStatus
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.problems import (
    FieldProblem,
    ProblemError,
    invalid_data,
    problem_responses,
)
from renovation_api.routes.common import ACCEPTED, CursorParam, PageSize, ProgrammeCode, tokens
from renovation_api.sheets import Limits, NotASpreadsheet, OverLimit, rows_of
from renovation_api.storage import mapping
from renovation_api.storage.audit import utc
from renovation_core.register.inventory import Inventory
from renovation_core.text import line_pattern
from renovation_core.validators import MAX_TEXT_LENGTH

ACCEPTED_TYPES = UPLOADS["importCompounds"]
SHA256 = Annotated[
    str,
    msgspec.Meta(
        min_length=64,
        max_length=64,
        pattern="^[0-9a-f]{64}$",
        description="The file's SHA-256, in lowercase hexadecimal.",
    ),
]
ImportNumber = Annotated[int, Parameter(ge=1, le=INT32, description="The import's number.")]
FileName = Annotated[
    str | None,
    Parameter(
        required=False,
        min_length=1,
        max_length=MAX_TEXT_LENGTH,
        pattern=line_pattern(r"/\\"),
        description="The file's name, to show beside the import: one line, no folders.",
    ),
]
ModeQuery = Annotated[
    ImportMode,
    Parameter(
        description="all_or_nothing (the default): one bad row, nothing imported; "
        "valid_rows: import the valid rows and report the rest."
    ),
]


class ImportOut(msgspec.Struct, kw_only=True):
    """An import: while ``running``, its file and mode; once ``done``, its report; if
    ``failed`` (the file broke off, the register changed under it, or the server running it
    ended), why, with nothing written."""

    id: Annotated[int, msgspec.Meta(ge=1, le=INT32)]
    status: ImportStatus
    mode: ImportMode
    filename: Name | None
    size_bytes: Annotated[int, msgspec.Meta(ge=1, le=2**53)]
    submitted_by: Name
    submitted_at: datetime.datetime
    finished_at: datetime.datetime | None
    report: ImportReport | None
    failure: Note | None
    sha256: SHA256 | None = None  # none for an import recorded before files were hashed


def import_out(row: Any) -> ImportOut:
    return ImportOut(
        id=row.id,
        status=ImportStatus.from_code(row.status),
        mode=ImportMode.from_code(row.mode),
        filename=row.filename,
        size_bytes=row.size_bytes,
        submitted_by=row.submitted_by,
        submitted_at=utc(row.created_at),
        finished_at=None if row.finished_at is None else utc(row.finished_at),
        report=None if row.report is None else msgspec.convert(row.report, ImportReport),
        failure=row.failure,
        sha256=row.sha256,
    )


Fields = Annotated[
    dict[str, Any],
    msgspec.Meta(
        description="A compound's fields as the API names them (its condition's, under "
        "`condition`), or a plan as the API shows it."
    ),
]


class ImportChangeOut(msgspec.Struct, kw_only=True):
    """One write of an import, from a row of its file: a compound created (``after``: the
    fields the row gave) or replaced (the fields that changed, ``before`` and ``after``), or
    its plan added; with the import's who, when and file hash."""

    id: Annotated[int, msgspec.Meta(ge=1, le=2**63 - 1)]
    import_: Annotated[int, msgspec.Meta(ge=1, le=INT32)] = msgspec.field(name="import")
    row: Annotated[int, msgspec.Meta(ge=1, le=INT32)]
    compound: Code
    record: Literal["compound", "plan"]
    action: Literal["create", "replace"]
    before: Fields | None
    after: Fields
    submitted_by: Name
    submitted_at: datetime.datetime
    sha256: SHA256 | None


class ImportChangePage(msgspec.Struct, kw_only=True):
    items: Annotated[list[ImportChangeOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


def change_out(row: Any) -> ImportChangeOut:
    shown = mapping.compound_fields if row.record == "compound" else (lambda fields: fields)
    return ImportChangeOut(
        id=row.id,
        import_=row.import_id,
        row=row.row,
        compound=row.compound,
        record=row.record,
        action=row.action,
        before=None if row.before is None else shown(row.before),
        after=shown(row.after),
        submitted_by=row.submitted_by,
        submitted_at=utc(row.submitted_at),
        sha256=row.sha256,
    )


async def _receive(request: Request[Any, Any, Any], limit: int) -> tuple[IO[bytes], int, str]:
    """The request body in a temporary file, never more than ``limit`` bytes of it, with its
    size and SHA-256. The file has no name on disk: closed, or its process ended however it
    ends, it is gone."""
    size = 0
    digest = hashlib.sha256()
    file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by whoever ends the import)
    try:
        async for chunk in request.stream():
            size += len(chunk)
            digest.update(chunk)
            if size > limit:
                raise ProblemError(
                    413,
                    "request-too-large",
                    "Request body too large",
                    f"an inventory file may be at most {limit} bytes",
                )
            await anyio.to_thread.run_sync(file.write, chunk)
    except BaseException:
        file.close()
        raise
    return file, size, digest.hexdigest()


def _check_header(programme: core.Programme, file: IO[bytes], limits: Limits) -> None:
    """Refuse at once a file that is not a spreadsheet (or not one that can be read safely),
    exceeds a limit the workbook's structure shows, is empty or lacks a required column."""
    try:
        Inventory(programme, today=today()).open(rows_of(file, limits))
    except OverLimit as error:
        raise ProblemError(
            422, "spreadsheet-too-large", "The spreadsheet exceeds a limit", str(error)
        ) from None
    except NotASpreadsheet as error:
        raise ProblemError(422, "not-a-spreadsheet", "Not a spreadsheet", str(error)) from None
    except core.DataError as error:
        raise invalid_data(
            [
                FieldProblem(path="$", message=e.message if e.path == "$" else str(e))
                for e in error.errors
            ]
        ) from None


class ImportController(Controller):
    path = "/v1/programmes/{programme:str}/imports"
    tags = ("compounds",)

    @post(
        "/",
        operation_id="importCompounds",
        opt=needs(core.Permission.WRITE_REGISTER),
        summary="Import a compound inventory",
        description="The body is the file, CSV (UTF-8 or GB18030) or XLSX, its first row the "
        "headers in Chinese or English (小区编码/code, 小区名称/name, 区县代码/district, "
        "街道代码/street, 建成年份/built_year, 楼栋数/buildings, 户数/households, 建筑面积/"
        "floor_area_m2, 产权性质/property_type; optionally the community, condition and the "
        "plan: 改造年度/plan_year, 改造内容/items, 预计投资/investment_yuan). Answers 202 with "
        "the import's status resource; the import runs in one transaction, by compound code "
        "(a re-import changes nothing). A file over the import limit is refused with 413; one "
        "that is not a spreadsheet that can be read safely (an XML document type, a ZIP that "
        "unpacks past its limits) or whose workbook exceeds a limit (parts, shared strings, "
        "cell length) with 422 at once; rows, columns and cells past their limits, found as "
        "the sheet is read, end the import failed, naming the limit. "
        "Idempotency-Key is not needed: importing a file again changes nothing.",
        request_max_body_size=None,
        responses=problem_responses(400, 404, 413, 415, 422, 403),
        status_code=202,
        response_headers=ACCEPTED,
    )
    async def submit(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        mode: ModeQuery = ImportMode.ALL_OR_NOTHING,
        filename: FileName = None,
    ) -> Response[ImportOut]:
        media_type = request.headers.get("content-type", "").split(";")[0].strip()
        if media_type not in ACCEPTED_TYPES:
            raise ProblemError(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                f"send the file as {', '.join(ACCEPTED_TYPES)}",
            )
        database = request.app.state.database
        programme_id, found = await import_jobs.programme_of(
            database, request.app.state.programmes, programme, principal(request)
        )
        file, size, sha256 = await _receive(request, request.app.state.import_max_bytes)
        limits = request.app.state.import_limits
        try:
            if not size:
                raise invalid_data([FieldProblem(path="$", message="the file is empty")])
            await anyio.to_thread.run_sync(_check_header, found, file, limits)
            row = await import_jobs.submit(
                database, programme_id, mode, filename, size, sha256, principal(request)
            )
        except BaseException:
            file.close()
            raise
        run = BackgroundTask(
            import_jobs.run,
            database,
            principal(request),
            headers.request_id(request.scope),
            programme,
            programme_id,
            found,
            row.id,
            sha256,
            file,
            mode,
            limits,
        )
        return Response(
            import_out(row),
            status_code=202,
            headers={"Location": f"{import_jobs.imports_path(programme)}/{row.id}"},
            background=run,
        )

    @get(
        "/{number:int}",
        operation_id="getImport",
        opt=needs(core.Permission.READ_REGISTER),
        summary="Get an import's status and report",
        description="While it runs, its status; once done, how many compounds were inserted, "
        "updated and left unchanged, the plans added, and each rejected row with its number, "
        "column and reason. An import is seen by whoever sent it and by city-wide callers. An "
        "import whose server ended before it finished is found out here and reported failed, "
        "with nothing written.",
        responses=problem_responses(400, 404, 403),
    )
    async def get_import(
        self, request: Request[Any, Any, Any], programme: ProgrammeCode, number: ImportNumber
    ) -> ImportOut:
        database = request.app.state.database
        programme_id, _ = await import_jobs.programme_of(
            database, request.app.state.programmes, programme, principal(request)
        )
        return import_out(
            await import_jobs.status(database, programme_id, number, principal(request))
        )

    @get(
        "/changes",
        operation_id="listImportChanges",
        opt=needs(core.Permission.READ_AUDIT_LOG),
        summary="List what imports wrote, row by row",
        description="An import's audit trail: its one audit event (`import`, on the import's "
        "resource: who, the file's SHA-256 and the counts) and this list beside it, in the "
        "order written: each compound created or replaced, with the fields that changed, and "
        "each plan added, with the row of the file it came from. Filter by `import_number` to read "
        "one import's, or by `compound` to find the imports that wrote a compound. For the "
        "auditor and the city administrator.",
        responses=problem_responses(400, 403, 404),
    )
    async def list_import_changes(
        self,
        request: Request[Any, Any, Any],
        programme: ProgrammeCode,
        import_number: Annotated[
            int | None,
            Parameter(
                required=False,
                ge=1,
                le=INT32,
                description="An import's number: its changes only.",
            ),
        ] = None,
        compound: Annotated[
            str | None,
            Parameter(
                required=False,
                **CODE,
                description="A compound's code: the changes imports made to it.",
            ),
        ] = None,
        page_size: PageSize = 50,
        cursor: CursorParam = None,
    ) -> ImportChangePage:
        database = request.app.state.database
        programme_id, _ = await import_jobs.programme_of(
            database, request.app.state.programmes, programme, principal(request)
        )
        query = f"import-changes/{programme}/{import_number}/{compound}"
        cursors = tokens(request)
        position = cursors.position(cursor, query)
        found = await import_jobs.changes(
            database,
            programme_id,
            import_id=import_number,
            compound=compound,
            after=int(position[0]) if position else None,
            limit=page_size + 1,
        )
        items = [change_out(row) for row in found[:page_size]]
        more = len(found) > page_size
        return ImportChangePage(
            items=items, next_cursor=cursors.issue(query, [items[-1].id]) if more else None
        )
