"""The migrations build exactly the schema the code declares, on SQLite and PostgreSQL."""

import asyncio
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.ext.asyncio import create_async_engine

from renovation_api.migrate import alembic_config, upgrade
from renovation_api.storage.tables import metadata
from tests.conftest import Databases


def _differences(url: str) -> list[Any]:
    async def compare() -> list[Any]:
        engine = create_async_engine(url)
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), metadata)
            )
        await engine.dispose()
        return list(diff)

    return asyncio.run(compare())


def test_upgrade_builds_the_declared_schema(databases: Databases) -> None:
    url = databases.new(with_wuhai=False)
    assert _differences(url) == []


def test_downgrade_and_upgrade_again(databases: Databases) -> None:
    url = databases.new(with_wuhai=False)
    command.downgrade(alembic_config(url), "base")
    assert _differences(url)  # the tables are gone
    upgrade(url)
    assert _differences(url) == []


def test_upgrade_is_idempotent(databases: Databases) -> None:
    url = databases.new(with_wuhai=True)
    upgrade(url)
    assert _differences(url) == []
