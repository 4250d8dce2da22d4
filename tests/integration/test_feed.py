"""The feed's promises under concurrency: an event for each committed write and none for a
rolled-back one, and a reader polling ``GET /v1/events`` while writers commit out of order gets
every committed event exactly once (on PostgreSQL, where sequence values commit out of
order)."""

import asyncio
import datetime
import random
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import sqlalchemy as sa

import renovation_api.shapes.register  # noqa: F401  (the view that shows a compound)
import renovation_core as core
from renovation_api import views
from renovation_api.services import register
from renovation_api.services.unit_of_work import Draft, FeedEvent, FeedFilter
from renovation_api.settings import Settings
from renovation_api.storage import events, tables
from renovation_api.storage.engine import Database, open_database
from renovation_api.storage.programmes import ProgrammeCache
from renovation_api.storage.unit_of_work import SqlUnitOfWork
from renovation_core.reference import wuhai
from tests.api.conftest import caught_up
from tests.conftest import Databases
from tests.live_server import live_server

ADMIN = core.Principal(actor="cli:tests", role=core.Role.CITY_ADMIN)
PROGRAMME = "wuhai-2022-2024"
TEMPLATE = wuhai().compounds[0]
CREATED = frozenset({"compound.created"})


def _uow(conn: Any, cache: ProgrammeCache) -> SqlUnitOfWork:
    return SqlUnitOfWork(
        conn,
        by=ADMIN,
        today=datetime.date(2022, 1, 1),
        request_id=None,
        show=views.show,
        programmes=cache,
    )


class Rollback(Exception):
    pass


async def _register(database: Database, cache: ProgrammeCache, code: str, keep: bool) -> None:
    """Register a compound in a transaction that lingers before it commits (or rolls back)."""
    compound = attrs.evolve(TEMPLATE, code=code)
    try:
        async with database.writer.begin() as conn:
            command = register.RegisterCompound(programme=PROGRAMME, compound=compound)
            await register.register_compound(command, _uow(conn, cache))
            await asyncio.sleep(random.uniform(0, 0.03))
            if not keep:
                raise Rollback
    except Rollback:
        pass


async def _poll(database: Database, cache: ProgrammeCache, after: Any) -> list[FeedEvent]:
    async with database.reader.connect() as conn:
        uow = _uow(conn, cache)
        page = await uow.events.page(FeedFilter(types=CREATED), ADMIN, CREATED, after, 50)
        return page.events


def _code(n: int) -> str:
    return f"150302-{9000 + n:04d}"


async def _race(
    url: str, writers: int, each: int, base_url: str, key: str
) -> tuple[list[str], list[str]]:
    """``writers`` writers register ``each`` compounds apiece (one in five rolled back) while
    a reader polls ``GET /v1/events`` of the server at ``base_url``; the codes committed, in
    commit order, and the codes the reader was told, in its order."""
    database = open_database(Settings(database_url=url, pool_size=writers + 2))
    cache = ProgrammeCache()
    committed: list[str] = []
    told: list[dict[str, Any]] = []
    done = asyncio.Event()

    async def writer(w: int) -> None:
        for n in range(each):
            code, keep = _code(w * each + n), random.random() > 0.2
            await _register(database, cache, code, keep)
            if keep:
                committed.append(code)

    async def reader() -> None:
        """Poll until the writers are done and every write they committed has been told (the
        feed holds events back while any older transaction on the server runs), or a minute
        has passed: then whatever was missed is missing."""
        params: dict[str, Any] = {"type": "compound.created", "page_size": 50}
        deadline = asyncio.get_running_loop().time() + 60
        async with httpx.AsyncClient(base_url=base_url, headers={"X-API-Key": key}) as http:
            while asyncio.get_running_loop().time() < deadline:
                finished = done.is_set()
                page = (await http.get("/v1/events", params=params)).raise_for_status().json()
                told.extend(page["items"])
                if page["next_cursor"]:
                    params["cursor"] = page["next_cursor"]
                if not page["items"] and finished and len(told) >= len(committed):
                    return
                await asyncio.sleep(0.001)

    try:
        polling = asyncio.create_task(reader())
        await asyncio.gather(*(writer(w) for w in range(writers)))
        done.set()
        await polling
    finally:
        await database.dispose()
    return committed, [e["data"]["code"] for e in told]


def test_a_poller_gets_every_committed_write_exactly_once_while_eight_writers_commit(
    databases: Databases, tmp_path: Path
) -> None:
    if databases.backend != "postgresql":
        pytest.skip("SQLite has one writer: its commits cannot interleave")
    url = databases.new()
    key = databases.keys["city_admin"]
    try:
        with live_server(url, tmp_path) as base_url:
            committed, told = asyncio.run(_race(url, 8, 25, base_url, key))
    finally:
        databases.drop(url)
    assert len(told) == len(set(told)), "no event twice"
    assert sorted(told) == sorted(committed), "every committed write, and no rolled-back one"
    # The race was real: writes committed in another order than the one they began in.
    assert told != committed


def test_a_rolled_back_write_has_no_event_and_a_committed_one_has_one(
    databases: Databases,
) -> None:
    url = databases.new()

    async def run(step: Any) -> Any:
        database, cache = open_database(Settings(database_url=url)), ProgrammeCache()
        try:
            return await step(database, cache)
        finally:
            await database.dispose()

    async def write(database: Database, cache: ProgrammeCache) -> None:
        await _register(database, cache, _code(1), keep=False)
        await _register(database, cache, _code(2), keep=True)

    try:
        asyncio.run(run(write))
        caught_up(url)
        told = asyncio.run(run(lambda database, cache: _poll(database, cache, None)))
    finally:
        databases.drop(url)
    assert [(e.type, e.data["code"], e.district) for e in told] == [
        ("compound.created", _code(2), TEMPLATE.district)
    ]
    assert told[0].resource == f"/v1/programmes/{PROGRAMME}/compounds/{_code(2)}"
    assert told[0].etag is not None


def test_an_event_about_several_compounds_belongs_to_the_place_they_share(
    databases: Databases,
) -> None:
    """A tender package of one district is that district's (and of one street, that street's);
    one spanning districts is the city's, as reading the package is."""
    url = databases.new()
    packages = {
        "one-street": ("150302-0001", "150302-0002"),
        "one-district": ("150302-0001", "150302-0003"),
        "two-districts": ("150302-0001", "150304-0001"),
    }

    async def run() -> dict[str, tuple[str | None, str | None]]:
        database = open_database(Settings(database_url=url))
        e = tables.events.c
        try:
            async with database.writer.begin() as conn:
                drafts = [
                    Draft(
                        type="tender_package.created",
                        resource=f"/v1/programmes/{PROGRAMME}/tender-packages/{name}",
                        programme=PROGRAMME,
                        compounds=codes,
                    )
                    for name, codes in packages.items()
                ]
                await events.append(conn, drafts, None)
                rows = await conn.execute(sa.select(e.resource, e.district, e.street))
                return {r.resource.rsplit("/", 1)[1]: (r.district, r.street) for r in rows}
        finally:
            await database.dispose()

    try:
        places = asyncio.run(run())
    finally:
        databases.drop(url)
    assert places == {
        "one-street": ("150302", "150302001000"),
        "one-district": ("150302", None),
        "two-districts": (None, None),
    }


def test_a_narrow_read_scans_a_bounded_stretch_and_resumes_past_it(
    databases: Databases, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(events, "SCAN", 100)
    url = databases.new()
    noise = [
        Draft(type="plan.changed", resource=f"/v1/x/{n}", programme=PROGRAMME, district="150302")
        for n in range(250)
    ]
    rare = Draft(type="ledger.paid", resource="/v1/x/paid", programme=PROGRAMME)

    async def write() -> None:
        database = open_database(Settings(database_url=url))
        try:
            async with database.writer.begin() as conn:
                await events.append(conn, [*noise, rare], None)
        finally:
            await database.dispose()

    async def read() -> list[tuple[list[str], bool]]:
        database = open_database(Settings(database_url=url))
        reads, position = [], None
        try:
            async with database.reader.connect() as conn:
                while True:
                    page = await events.SqlFeed(conn).page(
                        FeedFilter(), ADMIN, frozenset({"ledger.paid"}), position, 10
                    )
                    reads.append(([e.resource for e in page.events], page.more))
                    position = page.position
                    if not page.more:
                        return reads
        finally:
            await database.dispose()

    try:
        asyncio.run(write())
        caught_up(url)
        reads = asyncio.run(read())
    finally:
        databases.drop(url)
    assert reads == [([], True), ([], True), (["/v1/x/paid"], False)]
