"""Households and consent votes: each stored whole, as the core's converter writes it.

A compound's household register is one row, replaced as one; each consent vote is one row
whose every ballot rewrites it under its revision, so two ballots can never both count an owner.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from renovation_api.storage import tables
from renovation_api.storage.register import new_revision
from renovation_core.converter import structure, unstructure
from renovation_core.participation import ConsentVote, HouseholdRegister

h = tables.household_registers
v = tables.consent_votes


def register_of(row: Any) -> HouseholdRegister:
    return structure(row.record, HouseholdRegister)


def vote_of(row: Any) -> ConsentVote:
    return structure(row.record, ConsentVote)


async def get_register(conn: AsyncConnection, compound_id: int) -> sa.Row[Any] | None:
    return (await conn.execute(sa.select(h).where(h.c.compound_id == compound_id))).first()


async def put_register(
    conn: AsyncConnection, compound_id: int, row: Any, households: HouseholdRegister
) -> str | None:
    """Store the register, replacing ``row`` (if any) only if it is still at its revision."""
    revision = new_revision()
    values = {"record": unstructure(households), "revision": revision}
    if row is None:
        await conn.execute(h.insert().values(compound_id=compound_id, **values))
        return revision
    result = await conn.execute(
        h.update().where(h.c.id == row.id, h.c.revision == row.revision).values(**values)
    )
    return revision if result.rowcount == 1 else None


async def get_vote(conn: AsyncConnection, compound_id: int, number: int) -> sa.Row[Any] | None:
    query = sa.select(v).where(v.c.compound_id == compound_id, v.c.number == number)
    return (await conn.execute(query)).first()


async def list_votes(conn: AsyncConnection, compound_id: int) -> Sequence[sa.Row[Any]]:
    query = sa.select(v).where(v.c.compound_id == compound_id).order_by(v.c.number)
    return (await conn.execute(query)).all()


async def insert_vote(
    conn: AsyncConnection, compound_id: int, vote: ConsentVote
) -> tuple[int, str]:
    """Store a new vote under the compound's next number (the unique constraint settles a
    race between two openings)."""
    number = 1 + (
        await conn.scalar(sa.select(sa.func.max(v.c.number)).where(v.c.compound_id == compound_id))
        or 0
    )
    revision = new_revision()
    await conn.execute(
        v.insert().values(
            compound_id=compound_id, number=number, record=unstructure(vote), revision=revision
        )
    )
    return number, revision


async def save_vote(conn: AsyncConnection, row: Any, vote: ConsentVote) -> str | None:
    revision = new_revision()
    result = await conn.execute(
        v.update()
        .where(v.c.id == row.id, v.c.revision == row.revision)
        .values(record=unstructure(vote), revision=revision)
    )
    return revision if result.rowcount == 1 else None
