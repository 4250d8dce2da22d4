"""Residents' records: each stored whole, as the core's converter writes it.

A compound's household register, committee and menu are one row each (``records``), replaced
as one under the row's revision (so a menu's orders, like a vote's ballots, never overwrite
each other); each consent vote is one row, and each survey response its own row under a unique
key, since a city-wide survey gathers many thousands.
"""

import datetime
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from renovation_api.storage import tables
from renovation_api.storage.register import new_revision
from renovation_core.converter import structure, unstructure
from renovation_core.participation import ConsentVote, Response, Survey

v = tables.consent_votes
s = tables.surveys
r = tables.survey_responses
c = tables.compounds


async def kept_records(conn: AsyncConnection, compound_id: int) -> list[str]:
    """The residents' decisions kept as records of the compound: votes, a menu, responses."""
    found = []
    for table, what in (
        (v, "owners' consent votes"),
        (tables.menus, "a menu with its orders"),
        (r, "survey responses"),
    ):
        query = sa.select(sa.literal(1)).where(table.c.compound_id == compound_id).limit(1)
        if await conn.scalar(query) is not None:
            found.append(what)
    return found


async def get_vote(
    conn: AsyncConnection, compound_id: int, number: int, *, lock: bool = False
) -> sa.Row[Any] | None:
    query = sa.select(v).where(v.c.compound_id == compound_id, v.c.number == number)
    return (await conn.execute(query.with_for_update() if lock else query)).first()


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


async def get_survey(
    conn: AsyncConnection, programme_id: int, code: str, *, share: bool = False
) -> sa.Row[Any] | None:
    """The survey's row; ``share`` keeps it from changing (being published) until the
    transaction ends, so a response and the publication cannot cross."""
    query = sa.select(s).where(s.c.programme_id == programme_id, s.c.code == code)
    return (await conn.execute(query.with_for_update(read=True) if share else query)).first()


async def list_surveys(conn: AsyncConnection, programme_id: int) -> Sequence[sa.Row[Any]]:
    query = sa.select(s).where(s.c.programme_id == programme_id).order_by(s.c.code)
    return (await conn.execute(query)).all()


async def insert_survey(conn: AsyncConnection, programme_id: int, survey: Survey) -> str:
    revision = new_revision()
    await conn.execute(
        s.insert().values(
            programme_id=programme_id,
            code=survey.code,
            record=unstructure(survey),
            revision=revision,
        )
    )
    return revision


async def get_response(
    conn: AsyncConnection, survey_id: int, compound_id: int, household: str
) -> Response | None:
    query = sa.select(r.c.record).where(
        r.c.survey_id == survey_id, r.c.compound_id == compound_id, r.c.household == household
    )
    record = await conn.scalar(query)
    return None if record is None else structure(record, Response)


async def insert_response(
    conn: AsyncConnection, survey_id: int, compound_id: int, response: Response
) -> None:
    await conn.execute(
        r.insert().values(
            survey_id=survey_id,
            compound_id=compound_id,
            household=response.household,
            answered_on=response.answered_on,
            record=unstructure(response),
        )
    )


async def last_answered(conn: AsyncConnection, survey_id: int) -> datetime.date | None:
    query = sa.select(sa.func.max(r.c.answered_on)).where(r.c.survey_id == survey_id)
    last: datetime.date | None = await conn.scalar(query)
    return last


async def responses(conn: AsyncConnection, survey_id: int) -> list[tuple[str, str, Response]]:
    """The survey's responses, each with its compound's district and street, so results can be
    cut by place and scope."""
    query = (
        sa.select(r.c.record, c.c.district_code, c.c.street_code)
        .join(c, c.c.id == r.c.compound_id)
        .where(r.c.survey_id == survey_id)
        .order_by(r.c.id)
    )
    rows = (await conn.execute(query)).all()
    return [(row.district_code, row.street_code, structure(row.record, Response)) for row in rows]
