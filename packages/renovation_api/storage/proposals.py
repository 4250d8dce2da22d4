"""Plan proposals' own records. A proposal runs outside any transaction (the solver may take
minutes), so one whose worker ended is told by its deadline: still running after it, it was
abandoned, and any worker that reads it marks it failed."""

import datetime
from typing import Any

import sqlalchemy as sa

from renovation_api.storage import tables
from renovation_api.storage.connection import Connection
from renovation_api.storage.register import ProgrammeIds

p = tables.plan_proposals.c
RUNNING, DONE, FAILED = "running", "done", "failed"
ABANDONED = "the proposal stopped before it finished (the server running it ended); ask again"


async def insert(
    conn: Connection,
    programme_id: int,
    inputs: Any,
    by: str,
    deadline: datetime.datetime,
) -> Any:
    """Record a new proposal, running; its row."""
    proposal_id = await conn.scalar(
        tables.plan_proposals.insert()
        .values(
            programme_id=programme_id,
            status=RUNNING,
            inputs=inputs,
            submitted_by=by,
            deadline=deadline,
        )
        .returning(p.id)
    )
    return await find(conn, proposal_id)


async def find(conn: Connection, proposal_id: int) -> Any:
    return (await conn.execute(sa.select(tables.plan_proposals).where(p.id == proposal_id))).first()


async def running(conn: Connection, programme_id: int, now: datetime.datetime) -> Any:
    """The programme's proposal running now (before its deadline), if one is. The programme's
    row is held for the rest of the transaction (on SQLite, its write lock already holds
    everything), so that two proposals asked at once cannot both find none."""
    await conn.execute(
        sa.select(tables.programmes.c.id)
        .where(tables.programmes.c.id == programme_id)
        .with_for_update(key_share=True)
    )
    query = sa.select(tables.plan_proposals).where(
        p.programme_id == programme_id, p.status == RUNNING, p.deadline > now
    )
    return (await conn.execute(query.order_by(p.id).limit(1))).first()


async def finish(
    conn: Connection,
    proposal_id: int,
    status: str,
    *,
    result: Any = None,
    failure: str | None = None,
) -> bool:
    """Close a running proposal as ``status``; False if it was closed already (withdrawn, or
    found abandoned), which a late answer never overwrites."""
    done = await conn.execute(
        tables.plan_proposals.update()
        .where(p.id == proposal_id, p.status == RUNNING)
        .values(status=status, result=result, failure=failure, finished_at=sa.func.now())
    )
    return done.rowcount == 1


async def remove(conn: Connection, proposal_id: int) -> bool:
    """Delete the proposal, running or not; False if it was gone already."""
    done = await conn.execute(tables.plan_proposals.delete().where(p.id == proposal_id))
    return done.rowcount == 1


async def abandon_overdue(conn: Connection, proposal_id: int, now: datetime.datetime) -> None:
    """Mark the proposal failed if it is still running past its deadline."""
    await conn.execute(
        tables.plan_proposals.update()
        .where(p.id == proposal_id, p.status == RUNNING, p.deadline <= now)
        .values(status=FAILED, failure=ABANDONED, finished_at=sa.func.now())
    )


class SqlProposals:
    """Plan proposals as a write reads them: one to adopt, held from its withdrawal."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def hold(self, programme: str, number: int) -> bool:
        programme_id = await self._programme_id(programme)
        query = (
            sa.select(p.id).where(p.id == number, p.programme_id == programme_id).with_for_update()
        )
        return (await self._conn.scalar(query)) is not None
