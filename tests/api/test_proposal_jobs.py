"""A plan proposal's job across workers: one withdrawn in another worker (its row deleted there)
stops solving here within a moment, not at its time limit, and nothing of it is recorded."""

import asyncio
import datetime
import time

import anyio
import sqlalchemy as sa

from renovation_api import proposal_jobs
from renovation_api.services import planning
from renovation_api.settings import Settings
from renovation_api.storage import proposals
from renovation_api.storage.engine import open_database
from renovation_core.reference import wuhai
from tests.bench import planning as province


def test_a_proposal_withdrawn_in_another_worker_stops_here(database_url: str) -> None:
    large = province.province(compounds=3_000)  # not solved in the moment it runs
    context = planning.Context(
        programme=wuhai().programme, compounds=(), plans=(), problem=large, current={}
    )

    async def scenario() -> float:
        database = open_database(Settings(database_url=database_url))
        try:
            deadline = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5)
            async with database.writer.begin() as conn:
                programme_id = await conn.scalar(
                    sa.text("SELECT id FROM programmes WHERE code = 'wuhai-2022-2024'")
                )
                row = await proposals.insert(conn, programme_id, {}, "key:city", deadline)
            began = time.monotonic()
            async with anyio.create_task_group() as group:
                group.start_soon(proposal_jobs.run, database, context, row.id, 120)
                await anyio.sleep(0.5)
                async with database.writer.begin() as conn:  # as another worker withdraws it
                    assert await proposals.remove(conn, row.id)
            took = time.monotonic() - began
            async with database.reader.connect() as conn:
                assert await proposals.find(conn, row.id) is None
            return took
        finally:
            await database.dispose()

    assert asyncio.run(scenario()) < 10  # a watch of a second, and HiGHS's interrupt
