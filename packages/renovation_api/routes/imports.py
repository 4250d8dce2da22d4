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
import logging
import tempfile
from collections.abc import Callable
from typing import IO, Annotated, Any

import anyio.to_thread
import msgspec
import sqlalchemy as sa
from litestar import Controller, Request, Response, get, post
from litestar.background_tasks import BackgroundTask
from litestar.params import Parameter
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing, headers
from renovation_api.auditing import Action
from renovation_api.contract import UPLOADS
from renovation_api.fields import INT32, Name, Note
from renovation_api.guards import needs, principal
from renovation_api.imports import ImportMode, ImportReport, ImportStatus, Written, import_compounds
from renovation_api.problems import (
    FieldProblem,
    ProblemError,
    invalid_data,
    not_found,
    problem_responses,
)
from renovation_api.routes.common import CREATED, ProgrammeCode, engine, reader, require_programme
from renovation_api.routes.compounds import compound_out, compound_path
from renovation_api.sheets import Limits, NotASpreadsheet, OverLimit, rows_of
from renovation_api.storage import imports as held
from renovation_api.storage import register, tables
from renovation_api.storage.audit import utc
from renovation_api.storage.engine import busy
from renovation_core.inventory import Inventory
from renovation_core.text import line_pattern
from renovation_core.validators import MAX_TEXT_LENGTH

log = logging.getLogger(__name__)
ACCEPTED_TYPES = UPLOADS["importCompounds"]
# An import's transaction begins moments after its answer: one still running and unheld after
# this long was abandoned by its worker (see ``storage.imports``).
STARTING = datetime.timedelta(minutes=1)
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


def import_out(row: Any) -> ImportOut:
    return ImportOut(
        id=row.id,
        status=ImportStatus.from_code(row.status),
        mode=ImportMode.from_code(row.mode),
        filename=row.filename,
        size_bytes=row.size_bytes,
        submitted_by=row.submitted_by,
        submitted_at=row.created_at,
        finished_at=row.finished_at,
        report=None if row.report is None else msgspec.convert(row.report, ImportReport),
        failure=row.failure,
    )


def imports_path(programme: str) -> str:
    return f"/v1/programmes/{programme}/imports"


async def _receive(request: Request[Any, Any, Any], limit: int) -> tuple[IO[bytes], int]:
    """The request body in a temporary file, never more than ``limit`` bytes of it. The file
    has no name on disk: closed, or its process ended however it ends, it is gone."""
    size = 0
    file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by whoever ends the import)
    try:
        async for chunk in request.stream():
            size += len(chunk)
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
    return file, size


def _check_header(programme: core.Programme, file: IO[bytes], limits: Limits) -> None:
    """Refuse at once a file that is not a spreadsheet (or not one that can be read safely),
    exceeds a limit the workbook's structure shows, is empty or lacks a required column."""
    try:
        Inventory(programme).open(rows_of(file, limits))
    except OverLimit as error:
        raise ProblemError(
            422, "spreadsheet-too-large", "The spreadsheet exceeds a limit", str(error)
        ) from None
    except NotASpreadsheet as error:
        raise ProblemError(422, "not-a-spreadsheet", "Not a spreadsheet", str(error)) from None
    except core.DataError as error:
        raise invalid_data(
            [FieldProblem(path="$", message=f"{e.path}: {e.message}") for e in error.errors]
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
        response_headers=CREATED,
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
        async with reader(request).connect() as conn:
            programme_row, found = await require_programme(request, conn, programme)
        file, size = await _receive(request, request.app.state.import_max_bytes)
        limits = request.app.state.import_limits
        try:
            if not size:
                raise invalid_data([FieldProblem(path="$", message="the file is empty")])
            await anyio.to_thread.run_sync(_check_header, found, file, limits)
            async with engine(request).begin() as conn:
                import_id = await conn.scalar(
                    tables.imports.insert()
                    .values(
                        programme_id=programme_row.id,
                        status=ImportStatus.RUNNING.code,
                        mode=mode.code,
                        filename=filename,
                        size_bytes=size,
                        submitted_by=principal(request).actor,
                    )
                    .returning(tables.imports.c.id)
                )
                row = await held.find(conn, import_id)
        except BaseException:
            file.close()
            raise
        run = BackgroundTask(
            _run, request, programme, programme_row.id, found, row.id, file, mode, limits
        )
        return Response(
            import_out(row),
            status_code=202,
            headers={"Location": f"{imports_path(programme)}/{row.id}"},
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
        caller = principal(request)
        async with reader(request).connect() as conn:
            programme_row, _ = await require_programme(request, conn, programme)
            row = await held.find(conn, number)
        if (
            row is None
            or row.programme_id != programme_row.id
            or not (caller.city_wide or row.submitted_by == caller.actor)
        ):
            raise not_found(f"import {number}")
        if (
            row.status == ImportStatus.RUNNING.code
            and utc(row.created_at) < datetime.datetime.now(datetime.UTC) - STARTING
            and await held.abandon(request.app.state.database, row.id)
        ):
            async with reader(request).connect() as conn:
                row = await held.find(conn, number)
        return import_out(row)


def scope_of(caller: core.Principal) -> Callable[[str, str], str | None]:
    """Why a compound in a district and street is outside ``caller``'s scope, if it is: in the
    same words whether the row puts it there or it is on record there, so that a row never
    learns where a compound outside the scope is."""

    def allowed(district: str, street: str) -> str | None:
        return None if caller.covers(district, street) else "the compound is outside your scope"

    return allowed


def audited(programme: str, written: list[Written]) -> list[tuple[Action, str, Any, Any]]:
    """An import's writes as audit events: each compound created or replaced, as the API
    shows it, and each plan added."""
    events: list[tuple[Action, str, Any, Any]] = []
    for w in written:
        path = compound_path(programme, w.code)
        if isinstance(w.after, core.RenovationPlan):
            events.append(("create", f"{path}/plan", None, core.converter.unstructure(w.after)))
        else:
            before = None if w.before is None else compound_out(w.before)
            events.append((w.action, path, before, compound_out(w.after)))
    return events


async def _run(
    request: Request[Any, Any, Any],
    programme: str,
    programme_id: int,
    found: core.Programme,
    import_id: int,
    file: IO[bytes],
    mode: ImportMode,
    limits: Limits,
) -> None:
    """Run the import and record how it ended (with its rows, when it wrote them); the
    temporary file goes either way."""
    caller = principal(request)
    location = f"{imports_path(programme)}/{import_id}"
    request_id = headers.request_id(request.scope)

    async def record(conn: AsyncConnection, written: list[Written]) -> None:
        await auditing.record_many_as(conn, caller, request_id, audited(programme, written))

    async def close(
        conn: AsyncConnection, report: ImportReport | None, failure: str | None
    ) -> None:
        await conn.execute(
            tables.imports.update()
            .where(tables.imports.c.id == import_id)
            .values(
                status=(ImportStatus.FAILED if failure else ImportStatus.DONE).code,
                report=None if report is None else msgspec.to_builtins(report),
                failure=failure,
                finished_at=sa.func.now(),
            )
        )
        await auditing.record(
            conn, request, "import", location, after=report or {"failure": failure}
        )

    report: ImportReport | None = None
    failure: str | None = None
    try:
        report = await import_compounds(
            engine(request),
            programme_id,
            found,
            file,
            mode,
            limits,
            allowed=scope_of(caller),
            claim=lambda conn: held.hold(conn, import_id),
            record=record,
            finish=lambda conn, report: close(conn, report, None),
        )
    except held.Abandoned:
        return  # already reported failed, and nothing written
    except (NotASpreadsheet, core.DataError, register.Changed) as error:
        failure = f"nothing was imported: {error}"
    except sa.exc.IntegrityError as error:
        log.warning(
            "import %s of programme %s met a constraint: %s", import_id, programme, error.orig
        )
        failure = (
            "nothing was imported: another import or request wrote some of the same compounds "
            "first; send the file again"
        )
    except Exception as error:
        if isinstance(error, sa.exc.OperationalError) and busy(error):
            failure = (
                "nothing was imported: the database was busy with another write; send it again"
            )
        else:
            log.exception("import %s of programme %s failed", import_id, programme)
            failure = "nothing was imported: the server could not complete the import"
    finally:
        file.close()
    if report is None:  # an import that ran was closed in its own transaction
        async with engine(request).begin() as conn:
            await close(conn, None, failure)
