"""A plan proposal as a job: stated and checked before the answer (a bad pin or group is a 422
at once), solved after it in a thread of its own, outside any transaction, and its result read
back by any worker. One proposal runs at a time in a programme: the solver takes the CPU it is
given for as long as its time limit allows."""

import datetime
import functools
import logging
from typing import Any

import anyio
import anyio.to_thread
import msgspec

import renovation_core as core
from renovation_api import auditing
from renovation_api.services import planning, resources, scope
from renovation_api.services.errors import NotFound, NotPermitted
from renovation_api.shapes.proposals import ProposalIn, ResultOut, result_out
from renovation_api.storage import proposals
from renovation_api.storage.audit import utc
from renovation_api.storage.engine import Database
from renovation_planner import HighsSolver, Stop

log = logging.getLogger(__name__)
# The solves running in this worker, by proposal: a withdrawal, or the worker's end, stops one.
_SOLVING: dict[int, Stop] = {}
STOPPED = "the proposal stopped before it finished (its server was ending); ask again"
# Past its time limit and this grace, a proposal still running was abandoned by its worker.
GRACE = datetime.timedelta(minutes=2)
# How often a solving worker looks for its proposal's row: one withdrawn in another worker is
# gone, and the solve stops within this.
WATCH_SECONDS = 1.0
SOLVER = HighsSolver()


class Busy(Exception):
    """Another proposal of the programme is running."""


# A programme as the routes hold it: its row id and itself (``import_jobs.programme_of``).
Held = tuple[int, core.Programme]


def proposals_path(programme: str) -> str:
    return f"{resources.programme(programme)}/plan-proposals"


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


async def submit(
    database: Database,
    programme: str,
    programme_id: int,
    body: ProposalIn,
    seconds: int,
    by: core.Principal,
    request_id: str | None,
) -> Any:
    """Record a new proposal, running for up to ``seconds``, unless one of the programme
    runs; its row."""
    now = _now()
    async with database.writer.begin() as conn:
        running = await proposals.running(conn, programme_id, now)
        if running is not None:
            raise Busy(f"proposal {running.id} of programme {programme!r} is running")
        deadline = now + datetime.timedelta(seconds=seconds) * 2 + GRACE
        inputs = msgspec.to_builtins(body)
        row = await proposals.insert(conn, programme_id, inputs, by.actor, deadline)
        location = f"{proposals_path(programme)}/{row.id}"
        await auditing.record_as(conn, by, request_id, "create", location, after=inputs)
    return row


async def run(
    database: Database, context: planning.Context, proposal_id: int, time_limit: int
) -> None:
    """Solve the proposal's problem and record what was found (nothing, if it was withdrawn
    or found abandoned meanwhile)."""
    stop = _SOLVING[proposal_id] = Stop()
    try:
        async with anyio.create_task_group() as watching:
            watching.start_soon(_watch, database, proposal_id, stop)
            result = await anyio.to_thread.run_sync(
                functools.partial(_solved, context, time_limit, stop)
            )
            watching.cancel_scope.cancel()
        async with database.writer.begin() as conn:
            if stop.stopped:  # withdrawn (its row is gone), or its server is ending
                await proposals.finish(conn, proposal_id, proposals.FAILED, failure=STOPPED)
            else:
                await proposals.finish(conn, proposal_id, proposals.DONE, result=result)
    except Exception:
        log.exception("plan proposal %s failed", proposal_id)
        async with database.writer.begin() as conn:
            await proposals.finish(
                conn,
                proposal_id,
                proposals.FAILED,
                failure="the server could not complete the proposal; ask again",
            )
    finally:
        _SOLVING.pop(proposal_id, None)


async def _watch(database: Database, proposal_id: int, stop: Stop) -> None:
    """Stop the solve once the proposal's row is gone: withdrawn, in whichever worker."""
    while not stop.stopped:
        await anyio.sleep(WATCH_SECONDS)
        async with database.reader.connect() as conn:
            if await proposals.find(conn, proposal_id) is None:
                stop()


def _solved(context: planning.Context, time_limit: int, stop: Stop) -> Any:
    """The proposal's result, solved and judged, as it is stored (in the worker's thread: the
    event loop stays free), checked against its schema before it is."""
    solution = SOLVER.solve(
        context.problem, time_limit_seconds=time_limit, start=context.current, stop=stop
    )
    codes = [c.code for c in context.problem.candidates]
    result = msgspec.to_builtins(result_out(planning.judged(context, solution), codes))
    msgspec.convert(result, ResultOut)
    return result


async def status(database: Database, programme: Held, number: int, caller: core.Principal) -> Any:
    """The proposal's row (the city's: a city-wide caller's, answering for every district of
    the programme); one past its deadline is found out here and reported failed."""
    programme_id, found = programme
    if not caller.city_wide:
        raise NotPermitted(f"the city {planning.DRAWS}")
    scope.every_district(caller, found)
    async with database.reader.connect() as conn:
        row = await proposals.find(conn, number)
    if row is None or row.programme_id != programme_id:
        raise NotFound(f"plan proposal {number}")
    if row.status == proposals.RUNNING and utc(row.deadline) <= _now():
        async with database.writer.begin() as conn:
            await proposals.abandon_overdue(conn, number, _now())
            row = await proposals.find(conn, number)
    return row


async def withdraw(
    database: Database, programme: Held, number: int, by: core.Principal, request_id: str | None
) -> None:
    """Delete the proposal: one still running is cancelled, and what its solver finds is
    never recorded."""
    await status(database, programme, number, by)
    async with database.writer.begin() as conn:
        if not await proposals.remove(conn, number):
            raise NotFound(f"plan proposal {number}")
        location = f"{proposals_path(programme[1].code)}/{number}"
        await auditing.record_as(conn, by, request_id, "delete", location)
    if (solving := _SOLVING.get(number)) is not None:
        solving()  # solved in this worker: stop it now (another worker's sees the row gone)


def stop_all() -> None:
    """Stop every solve of this worker, as it ends: their proposals are reported failed."""
    for stop in list(_SOLVING.values()):
        stop()


def result_of(row: Any) -> ResultOut | None:
    return None if row.result is None else msgspec.convert(row.result, ResultOut)
