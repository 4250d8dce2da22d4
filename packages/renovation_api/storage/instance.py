"""Per-instance secrets kept in the database, so every worker of an instance shares them."""

import secrets

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from renovation_api.storage import tables

t = tables.instance_settings


async def secret(engine: AsyncEngine, name: str) -> str:
    """The secret called ``name``, created on first use; concurrent first uses agree."""
    async with engine.connect() as conn:
        value = await conn.scalar(sa.select(t.c.value).where(t.c.name == name))
    if value is not None:
        return str(value)
    try:
        async with engine.begin() as conn:
            await conn.execute(t.insert().values(name=name, value=secrets.token_hex(32)))
    except IntegrityError:
        pass  # another worker created it first
    async with engine.connect() as conn:
        stored = await conn.scalar(sa.select(t.c.value).where(t.c.name == name))
    assert stored is not None
    return str(stored)
