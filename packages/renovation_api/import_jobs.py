"""An import as a job: submitted (its row recorded), run after the answer in one transaction
of its own, and its status read back, by any worker. What the route needs of imports, over the
database; the rows themselves are judged and written by ``imports.import_compounds``."""

import datetime
import logging
from collections.abc import Callable
from typing import IO, Any

import msgspec
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api import auditing
from renovation_api.imports import ImportMode, ImportReport, ImportStatus, Written, import_compounds
from renovation_api.services import resources
from renovation_api.services.errors import NotFound
from renovation_api.sheets import Limits, NotASpreadsheet
from renovation_api.storage import imports as held
from renovation_api.storage import register
from renovation_api.storage.audit import utc
from renovation_api.storage.engine import Database, busy
from renovation_api.storage.programmes import ProgrammeCache

log = logging.getLogger(__name__)
# An import's transaction begins moments after its answer: one still running and unheld after
# this long was abandoned by its worker (see ``storage.imports``).
STARTING = datetime.timedelta(minutes=1)


def imports_path(programme: str) -> str:
    return f"{resources.programme(programme)}/imports"


async def programme_of(
    database: Database, programmes: ProgrammeCache, code: str, caller: core.Principal
) -> tuple[int, core.Programme]:
    """The programme's row id and itself; ``NotFound`` if it is not held, or lies outside the
    caller's region (as ``services.scope.programme`` answers)."""
    async with database.reader.connect() as conn:
        found = await programmes.get(conn, code)
    if found is None or not caller.reaches(found[1].city.code):
        raise NotFound(f"programme {code!r}")
    return found[0].id, found[1]


async def submit(
    database: Database,
    programme_id: int,
    mode: ImportMode,
    filename: str | None,
    size: int,
    sha256: str,
    by: core.Principal,
) -> Any:
    """Record a new import, running; its row."""
    async with database.writer.begin() as conn:
        import_id = await held.insert(
            conn,
            programme_id=programme_id,
            mode=mode.code,
            filename=filename,
            size=size,
            sha256=sha256,
            actor=by.actor,
        )
        return await held.find(conn, import_id)


async def status(database: Database, programme_id: int, number: int, caller: core.Principal) -> Any:
    """The import's row, if the caller sent it or is city-wide; one whose server ended before
    it finished is found out here and reported failed."""
    async with database.reader.connect() as conn:
        row = await held.find(conn, number)
    if (
        row is None
        or row.programme_id != programme_id
        or not (caller.city_wide or row.submitted_by == caller.actor)
    ):
        raise NotFound(f"import {number}")
    if (
        row.status == ImportStatus.RUNNING.code
        and utc(row.created_at) < datetime.datetime.now(datetime.UTC) - STARTING
        and await held.abandon(database, row.id)
    ):
        async with database.reader.connect() as conn:
            row = await held.find(conn, number)
    return row


def scope_of(caller: core.Principal) -> Callable[[str, str], str | None]:
    """Why a compound in a district and street is outside ``caller``'s scope, if it is: in the
    same words whether the row puts it there or it is on record there, so that a row never
    learns where a compound outside the scope is."""

    def allowed(district: str, street: str) -> str | None:
        return None if caller.covers(district, street) else "the compound is outside your scope"

    return allowed


async def closed(
    conn: AsyncConnection,
    by: core.Principal,
    request_id: str | None,
    programme: str,
    import_id: int,
    sha256: str,
    report: ImportReport | None,
    failure: str | None,
) -> None:
    """Record how the import ended, on its row and as its one audit event: who, the file's
    hash and the counts (what it wrote, row by row, is its change list)."""
    await held.close(conn, import_id, report, failure)
    after = {"sha256": sha256, **(msgspec.to_builtins(report) if report else {"failure": failure})}
    location = f"{imports_path(programme)}/{import_id}"
    await auditing.record_as(conn, by, request_id, "import", location, after=after)


async def run(
    database: Database,
    caller: core.Principal,
    request_id: str | None,
    programme: str,
    programme_id: int,
    found: core.Programme,
    import_id: int,
    sha256: str,
    file: IO[bytes],
    mode: ImportMode,
    limits: Limits,
) -> None:
    """Run the import and record how it ended (with its rows, when it wrote them); the
    temporary file goes either way."""

    async def record(conn: AsyncConnection, written: list[Written]) -> None:
        await held.record_changes(conn, import_id, written)

    async def close(
        conn: AsyncConnection, report: ImportReport | None, failure: str | None
    ) -> None:
        await closed(conn, caller, request_id, programme, import_id, sha256, report, failure)

    report: ImportReport | None = None
    failure: str | None = None
    try:
        report = await import_compounds(
            database.writer,
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
        async with database.writer.begin() as conn:
            await close(conn, None, failure)


async def changes(
    database: Database,
    programme_id: int,
    *,
    import_id: int | None,
    compound: str | None,
    after: int | None,
    limit: int,
) -> list[Any]:
    """What the programme's imports wrote, row by row (see ``storage.imports.changes``)."""
    async with database.reader.connect() as conn:
        return await held.changes(
            conn, programme_id, import_id=import_id, compound=compound, after=after, limit=limit
        )
