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

from renovation_api.services.unit_of_work import Place, Seen, Stored
from renovation_api.storage import records, tables
from renovation_api.storage.connection import Connection
from renovation_api.storage.register import ProgrammeIds, get_compound, narrowed, new_revision
from renovation_core.converter import structure, unstructure
from renovation_core.participation import ConsentVote, Response, Survey

v = tables.consent_votes
s = tables.surveys
r = tables.survey_responses
c = tables.compounds


async def get_vote(
    conn: Connection, compound_id: int, number: int, *, lock: bool = False
) -> sa.Row[Any] | None:
    query = sa.select(v).where(v.c.compound_id == compound_id, v.c.number == number)
    return (await conn.execute(query.with_for_update() if lock else query)).first()


async def list_votes(conn: Connection, compound_id: int) -> Sequence[sa.Row[Any]]:
    query = sa.select(v).where(v.c.compound_id == compound_id).order_by(v.c.number)
    return (await conn.execute(query)).all()


async def insert_vote(conn: Connection, compound_id: int, vote: ConsentVote) -> tuple[int, str]:
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
    conn: Connection, programme_id: int, code: str, *, share: bool = False
) -> sa.Row[Any] | None:
    """The survey's row; ``share`` keeps it from changing (being published) until the
    transaction ends, so a response and the publication cannot cross."""
    query = sa.select(s).where(s.c.programme_id == programme_id, s.c.code == code)
    return (await conn.execute(query.with_for_update(read=True) if share else query)).first()


async def list_surveys(conn: Connection, programme_id: int) -> Sequence[sa.Row[Any]]:
    query = sa.select(s).where(s.c.programme_id == programme_id).order_by(s.c.code)
    return (await conn.execute(query)).all()


async def insert_survey(conn: Connection, programme_id: int, survey: Survey) -> str:
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
    conn: Connection, survey_id: int, compound_id: int, household: str
) -> Response | None:
    query = sa.select(r.c.record).where(
        r.c.survey_id == survey_id, r.c.compound_id == compound_id, r.c.household == household
    )
    record = await conn.scalar(query)
    return None if record is None else structure(record, Response)


async def insert_response(
    conn: Connection, survey_id: int, compound_id: int, response: Response
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


async def last_answered(conn: Connection, survey_id: int) -> datetime.date | None:
    query = sa.select(sa.func.max(r.c.answered_on)).where(r.c.survey_id == survey_id)
    last: datetime.date | None = await conn.scalar(query)
    return last


async def responses(
    conn: Connection, survey_id: int, compound: str | None, seen: Seen | None = None
) -> list[tuple[str, str, Response]]:
    """The survey's responses (or one compound's; those of the compounds ``seen``, if given),
    each with its compound's district and street, so results can be cut by place and scope."""
    query = (
        sa.select(r.c.record, c.c.district_code, c.c.street_code)
        .join(c, c.c.id == r.c.compound_id)
        .where(
            r.c.survey_id == survey_id,
            *([] if compound is None else [c.c.code == compound]),
            *narrowed(seen),
        )
        .order_by(r.c.id)
    )
    rows = (await conn.execute(query)).all()
    return [(row.district_code, row.street_code, structure(row.record, Response)) for row in rows]


def _place(row: Any) -> Place:
    return Place(district=row.district_code, street=row.street_code)


class SqlConsentVotes:
    """The consent votes: a row each, numbered within the compound."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def _compound(self, programme: str, code: str) -> sa.Row[Any]:
        programme_id = await self._programme_id(programme)
        found = None if programme_id is None else await get_compound(self._conn, programme_id, code)
        assert found is not None  # the service found the compound first
        return found

    async def _one(
        self, programme: str, code: str, number: int, *, lock: bool
    ) -> Stored[ConsentVote] | None:
        compound = await self._compound(programme, code)
        row = await get_vote(self._conn, compound.id, number, lock=lock)
        return None if row is None else _stored_vote(row, _place(compound))

    async def get(self, programme: str, compound: str, number: int) -> Stored[ConsentVote] | None:
        return await self._one(programme, compound, number, lock=False)

    async def hold(self, programme: str, compound: str, number: int) -> Stored[ConsentVote] | None:
        return await self._one(programme, compound, number, lock=True)

    async def numbered(
        self, programme: str, compound: str
    ) -> list[tuple[int, Stored[ConsentVote]]]:
        found = await self._compound(programme, compound)
        place = _place(found)
        return [
            (row.number, _stored_vote(row, place)) for row in await list_votes(self._conn, found.id)
        ]

    async def add(
        self, programme: str, compound: str, vote: ConsentVote
    ) -> tuple[int, Stored[ConsentVote]]:
        found = await self._compound(programme, compound)
        number, revision = await insert_vote(self._conn, found.id, vote)
        row_id = await self._conn.scalar(
            sa.select(v.c.id).where(v.c.compound_id == found.id, v.c.number == number)
        )
        return number, Stored(value=vote, revision=revision, place=_place(found), ref=row_id)

    async def save(self, stored: Stored[ConsentVote], vote: ConsentVote) -> str | None:
        return await records.save_at(self._conn, v, stored.ref, stored.revision, vote)


def _stored_vote(row: Any, place: Place) -> Stored[ConsentVote]:
    return Stored(
        value=structure(row.record, ConsentVote), revision=row.revision, place=place, ref=row.id
    )


class SqlSurveys:
    """The programme's surveys, and their responses each in a row of its own."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def _one(self, programme: str, code: str, *, share: bool) -> Stored[Survey] | None:
        programme_id = await self._programme_id(programme)
        if programme_id is None:
            return None
        row = await get_survey(self._conn, programme_id, code, share=share)
        return None if row is None else _stored_survey(row)

    async def get(self, programme: str, code: str) -> Stored[Survey] | None:
        return await self._one(programme, code, share=False)

    async def hold(self, programme: str, code: str) -> Stored[Survey] | None:
        return await self._one(programme, code, share=True)

    async def every(self, programme: str) -> list[Stored[Survey]]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        return [_stored_survey(row) for row in await list_surveys(self._conn, programme_id)]

    async def add(self, programme: str, survey: Survey) -> Stored[Survey]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None
        revision = await insert_survey(self._conn, programme_id, survey)
        row_id = await self._conn.scalar(
            sa.select(s.c.id).where(s.c.programme_id == programme_id, s.c.code == survey.code)
        )
        return Stored(value=survey, revision=revision, ref=row_id)

    async def save(self, stored: Stored[Survey], survey: Survey) -> str | None:
        return await records.save_at(self._conn, s, stored.ref, stored.revision, survey)

    async def _compound_id(self, stored: Stored[Survey], code: str) -> int:
        """The row of the survey's programme's compound ``code``."""
        found = await self._conn.scalar(
            sa.select(c.c.id)
            .join(s, s.c.programme_id == c.c.programme_id)
            .where(s.c.id == stored.ref, c.c.code == code)
        )
        assert found is not None  # the service found the compound first
        return int(found)

    async def response(
        self, stored: Stored[Survey], compound: str, household: str
    ) -> Response | None:
        compound_id = await self._compound_id(stored, compound)
        return await get_response(self._conn, stored.ref, compound_id, household)

    async def respond(self, stored: Stored[Survey], response: Response) -> None:
        compound_id = await self._compound_id(stored, response.compound)
        await insert_response(self._conn, stored.ref, compound_id, response)

    async def last_answered(self, stored: Stored[Survey]) -> datetime.date | None:
        return await last_answered(self._conn, stored.ref)

    async def responses(
        self, stored: Stored[Survey], compound: str | None = None, seen: Seen | None = None
    ) -> list[tuple[Place, Response]]:
        found = await responses(self._conn, stored.ref, compound, seen)
        return [
            (Place(district=district, street=street), response)
            for district, street, response in found
        ]


def _stored_survey(row: Any) -> Stored[Survey]:
    return Stored(value=structure(row.record, Survey), revision=row.revision, ref=row.id)
