"""The floors the API is measured against, in one bare Litestar app (no storage layer, no core).

``/struct`` returns one prebuilt compound struct (the framework's floor); ``/row/{code}`` and
``/rows`` read the same rows the API reads with the raw driver (asyncpg, or aiosqlite for
SQLite) and turn them into the same structs with the API's own mapping and view, so the
difference measured is the API's stack (SQLAlchemy, routing, handler) and nothing else; ``/groupby`` runs the bare GROUP BY behind the
target-vs-actual report. Run with ``uvicorn tests.bench.floors:app`` and
``RENOVATION_DATABASE_URL`` set.
"""

import gc
import os
import sqlite3
from decimal import Decimal
from typing import Any

import msgspec
import sqlalchemy as sa
from litestar import Litestar, get
from litestar.datastructures import State

from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.register import CompoundOut, show_compound
from renovation_api.storage.mapping import registered_from_row

URL = sa.make_url(os.environ["RENOVATION_DATABASE_URL"])
POSTGRES = URL.get_backend_name() == "postgresql"
ONE = "SELECT * FROM compounds WHERE programme_id = 1 AND code = $1"
PAGE = "SELECT * FROM compounds WHERE programme_id = 1 ORDER BY code LIMIT 100"
GROUP_BY = (
    "SELECT p.year, c.district_code, count(*), sum(c.households), sum(c.floor_area_centi),"
    " sum(p.investment_fen) FROM plans p JOIN compounds c ON c.id = p.compound_id"
    " WHERE c.programme_id = 1 GROUP BY p.year, c.district_code ORDER BY 1, 2"
)


def compound_out(row: Any) -> CompoundOut:
    shown: CompoundOut = show_compound(Stored(value=registered_from_row(row), revision=""))
    return shown


class Cell(msgspec.Struct):
    year: int
    district: str
    compounds: int
    households: int
    floor_area_m2: str
    investment_yuan: str


async def connect(app: Litestar) -> None:
    if POSTGRES:
        import asyncpg  # noqa: PLC0415

        app.state.pool = await asyncpg.create_pool(
            host=URL.host,
            port=URL.port or 5432,
            user=URL.username,
            database=URL.database,
            min_size=32,
            max_size=32,
        )
    else:
        import aiosqlite  # noqa: PLC0415

        app.state.db = await aiosqlite.connect(URL.database or "")
        app.state.db.row_factory = sqlite3.Row
    async with _fetch_context(app.state) as fetch:
        app.state.prebuilt = compound_out((await fetch(ONE, "150302-0001"))[0])
    gc.collect()
    gc.freeze()


class _fetch_context:
    """``fetch(sql, *args)`` on a pooled asyncpg connection or the aiosqlite connection."""

    def __init__(self, state: State) -> None:
        self.state = state

    async def __aenter__(self) -> Any:
        if POSTGRES:
            self.conn = await self.state.pool.acquire()
            return self.conn.fetch

        async def fetch(sql: str, *args: Any) -> list[Any]:
            cursor = await self.state.db.execute(sql.replace("$1", "?"), args)
            return list(await cursor.fetchall())

        return fetch

    async def __aexit__(self, *exc: object) -> None:
        if POSTGRES:
            await self.state.pool.release(self.conn)


@get("/struct", sync_to_thread=False)
def one_struct(state: State) -> CompoundOut:
    return state.prebuilt  # type: ignore[no-any-return]


@get("/row/{code:str}")
async def one_row(state: State, code: str) -> CompoundOut:
    async with _fetch_context(state) as fetch:
        return compound_out((await fetch(ONE, code))[0])


@get("/rows")
async def rows(state: State) -> list[CompoundOut]:
    async with _fetch_context(state) as fetch:
        return [compound_out(row) for row in await fetch(PAGE)]


@get("/groupby")
async def group_by(state: State) -> list[Cell]:
    async with _fetch_context(state) as fetch:
        return [
            Cell(
                year=r[0],
                district=r[1],
                compounds=r[2],
                households=r[3],
                floor_area_m2=format(Decimal(r[4]).scaleb(-2), "f"),
                investment_yuan=format(Decimal(r[5]).scaleb(-2), "f"),
            )
            for r in await fetch(GROUP_BY)
        ]


app = Litestar([one_struct, one_row, rows, group_by], on_startup=[connect])
