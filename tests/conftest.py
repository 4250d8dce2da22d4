"""Databases for the API and integration tests: SQLite always, PostgreSQL when configured.

PostgreSQL tests read the server's URL from ``RENOVATION_TEST_POSTGRES_URL`` (``.ci/run`` sets
it and fails if the server is down); without it they skip and say why. Each test gets its own
database copied from a template that is migrated and loaded with the Wuhai data once per run:
a file copy for SQLite, ``CREATE DATABASE … TEMPLATE`` for PostgreSQL.
"""

import asyncio
import datetime
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

POSTGRES_ENV = "RENOVATION_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


def _postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_ENV} (e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test)"
        )
    return url


async def _admin(url: str, *statements: str) -> None:
    import asyncpg  # noqa: PLC0415

    parsed = sa.make_url(url)
    connection = await asyncpg.connect(
        host=parsed.host,
        port=parsed.port or 5432,
        user=parsed.username,
        password=parsed.password,
        database=parsed.database,
    )
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


# The callers the tests act as: name → (role, scope). Haibowan is 150302, Wuda 150304;
# 150302002000 is Haibowan's Xinhua street (新华街道).
PERSONAS: dict[str, tuple[str, dict[str, Any]]] = {
    "city_admin": ("city_admin", {}),
    "haibowan_officer": ("district_officer", {"districts": frozenset({"150302"})}),
    "xinhua_officer": ("street_officer", {"streets": frozenset({"150302002000"})}),
    "haibowan_finance": ("finance_officer", {"districts": frozenset({"150302"})}),
    "water_company": ("utility_operator", {"organisation": "乌海市水务公司"}),
    "auditor": ("auditor", {}),
    "nei_mongol_officer": ("province_officer", {"region": "150000"}),
    "beijing_officer": ("province_officer", {"region": "110000"}),
    "national_viewer": ("national_viewer", {}),
    # A household representative of 150302-0002 (Haibowan).
    "resident": ("resident", {"compound": "wuhai-2022-2024/150302-0002"}),
    "expired": ("city_admin", {}),
    "revoked": ("city_admin", {}),
}


async def _load_wuhai(url: str) -> dict[str, str]:
    """Load Wuhai and issue a key per persona (the expired one expired, the revoked one
    revoked); returns the keys."""
    import renovation_core as core  # noqa: PLC0415
    from renovation_api.keys import issue_key, revoke_key  # noqa: PLC0415
    from renovation_api.settings import Settings  # noqa: PLC0415
    from renovation_api.storage.engine import open_database  # noqa: PLC0415
    from renovation_api.storage.programmes import store_dataset  # noqa: PLC0415
    from renovation_core.reference import wuhai  # noqa: PLC0415

    setup = core.Principal(actor="cli:tests", role=core.Role.CITY_ADMIN)
    now = datetime.datetime.now(datetime.UTC)
    database = open_database(Settings(database_url=url))
    keys = {}
    async with database.writer.begin() as conn:
        await store_dataset(conn, wuhai())
        for name, (role, scope) in PERSONAS.items():
            given: dict[str, Any] = dict(scope)
            if "compound" in given:
                given["compound"] = core.CompoundRef.parse(given["compound"])
            issued = await issue_key(
                conn,
                name=name,
                role=core.Role.from_code(role),
                by=setup,
                expires_at=now + datetime.timedelta(days=-1 if name == "expired" else 30),
                **given,
            )
            keys[name] = issued.key
        await revoke_key(conn, keys["revoked"].split("_")[1], setup)
    await database.dispose()
    return keys


def _migrated(url: str, with_wuhai: bool) -> dict[str, str]:
    from renovation_api.migrate import upgrade  # noqa: PLC0415

    upgrade(url)
    return asyncio.run(_load_wuhai(url)) if with_wuhai else {}


class Databases:
    """Hands out fresh databases of one backend, each a copy of a template, and drops each
    when its test is done: on PostgreSQL in a thread of its own, beside the next tests."""

    def __init__(self, backend: str, workdir: Path) -> None:
        self.backend = backend
        self.workdir = workdir
        self.templates: dict[bool, str] = {}
        self.keys: dict[str, str] = {}  # persona → API key, valid in every database with Wuhai
        self.created: list[str] = []  # PostgreSQL databases not yet dropped
        self.dropping: list[Future[None]] = []
        self.dropper = ThreadPoolExecutor(max_workers=1)
        if backend == "postgresql":
            self.server = _postgres_url()
            self.prefix = f"renovation_{uuid.uuid4().hex[:8]}"

    def _url(self, name: str) -> str:
        if self.backend == "sqlite":
            return f"sqlite+aiosqlite:///{self.workdir / name}.sqlite3"
        return sa.make_url(self.server).set(database=name).render_as_string(hide_password=False)

    def _template(self, with_wuhai: bool) -> str:
        if with_wuhai not in self.templates:
            name = f"{'wuhai' if with_wuhai else 'empty'}_template"
            if self.backend == "postgresql":
                name = f"{self.prefix}_{name}"
                asyncio.run(_admin(self.server, f'CREATE DATABASE "{name}"'))
                self.created.append(name)
            self.keys.update(_migrated(self._url(name), with_wuhai))
            self.templates[with_wuhai] = name
        return self.templates[with_wuhai]

    def wuhai_keys(self) -> dict[str, str]:
        """An API key per persona of ``PERSONAS``, valid in every database loaded with Wuhai."""
        self._template(with_wuhai=True)
        return self.keys

    def new(self, with_wuhai: bool = True) -> str:
        """The URL of a new database: migrated, and loaded with Wuhai unless told otherwise."""
        template = self._template(with_wuhai)
        name = f"db_{uuid.uuid4().hex[:12]}"
        if self.backend == "sqlite":
            shutil.copy(self.workdir / f"{template}.sqlite3", self.workdir / f"{name}.sqlite3")
        else:
            name = f"{self.prefix}_{name}"
            asyncio.run(_admin(self.server, f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
            self.created.append(name)
        return self._url(name)

    def drop(self, url: str) -> None:
        """Drop the database at ``url``, which ``new`` gave."""
        name = sa.make_url(url).database or ""
        if self.backend == "sqlite":
            Path(name).unlink()
            return
        self.created.remove(name)
        self.dropping.append(self.dropper.submit(self._drop, name))

    def _drop(self, *names: str) -> None:
        statements = (f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)' for name in names)
        asyncio.run(_admin(self.server, *statements))

    def drop_all(self) -> None:
        """Drop what is left once the drops under way are done: the databases that tests
        did not drop, then the templates."""
        self.dropper.shutdown(wait=True)
        for dropped in self.dropping:
            dropped.result()
        if self.backend == "postgresql":
            self._drop(*reversed(self.created))


# The tests that start server processes, longest first: the contract's run for minutes.
_LONG = ("tests/contract/", "tests/e2e/", "tests/api/test_keys_cli.py", "tests/api/test_cli.py")


def _length(item: pytest.Item) -> int:
    """The rank of the kind of test ``item`` is among the long ones; len(_LONG) if short."""
    return next((n for n, kind in enumerate(_LONG) if item.nodeid.startswith(kind)), len(_LONG))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Long tests first in each half of the run, alternately: pytest-xdist's work stealing
    (``nox -s tests``) hands each of the two workers one half, and a worker that finishes early
    takes from the end of the other's; so the two contract runs go one to each worker, at the
    start, beside the many short tests rather than one after the other at the end."""
    long = sorted((item for item in items if _length(item) < len(_LONG)), key=_length)
    rest = [item for item in items if _length(item) == len(_LONG)]
    first = long[0::2]
    split = max(0, len(items) // 2 - len(first))
    items[:] = first + rest[:split] + long[1::2] + rest[split:]


@pytest.fixture(scope="session", autouse=True)
def own_temporary_directory(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test process, and the servers it starts, its own temporary directory: tests that
    look for scratch files left behind see their own, not another worker's in flight."""
    path = str(tmp_path_factory.mktemp("tmp"))
    os.environ["TMPDIR"] = tempfile.tempdir = path


@pytest.fixture(scope="session", params=BACKENDS)
def databases(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Databases]:
    dbs = Databases(request.param, tmp_path_factory.mktemp(request.param))
    yield dbs
    dbs.drop_all()
