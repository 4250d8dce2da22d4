"""The feed of domain events: appended in the write's transaction, read in an order no
concurrent commit can break.

A reader resumes after a position and must never skip an event nor see one twice. Ids alone
cannot promise that on PostgreSQL: a sequence value is drawn when a row is inserted, not when
its transaction commits, so event 7 may become visible after a reader has passed event 8. Each
event therefore carries its transaction's id (``pg_current_xact_id()``), the feed is ordered by
(transaction id, id), and a read returns only events of transactions older than the oldest one
still running (``pg_snapshot_xmin`` of the read's own snapshot). Every one of those has ended,
so its events are all visible now or never will be; any later event belongs to a transaction
still running or not yet begun, whose id is at least that horizon, so it sorts after every
position already served. A long transaction delays the feed; it never reorders it. SQLite
writes one transaction at a time, so there the order is the id's (every ``txid`` is 0).
"""

import datetime
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

import renovation_core as core
from renovation_api.services.events import published
from renovation_api.services.unit_of_work import Draft, FeedEvent, FeedFilter, FeedPage
from renovation_api.storage import tables
from renovation_api.storage.audit import utc
from renovation_api.storage.connection import Connection
from renovation_core.register.regions import NATION

e = tables.events.c
_BIG = sa.BigInteger
_kept = tables.instance_settings
# The most events one read of the feed scans for those a caller asked for (a dense read stops
# at the page; a narrow one reads stretches, each twice the last).
SCAN = 5_000
PRUNED = "events_pruned_through"


def _txid(conn: Connection) -> Any:
    if conn.dialect.name == "postgresql":
        return sa.cast(sa.cast(sa.func.pg_current_xact_id(), sa.Text), _BIG)
    return 0


def _horizon(conn: Connection) -> sa.ColumnElement[bool] | None:
    """Only transactions older than every one still running: see the module's docstring."""
    if conn.dialect.name != "postgresql":
        return None
    xmin = sa.func.pg_snapshot_xmin(sa.func.pg_current_snapshot())
    return e.txid < sa.cast(sa.cast(xmin, sa.Text), _BIG)


def _city(programme: str) -> Any:
    p = tables.programmes.c
    return sa.select(p.city_code).where(p.code == programme).scalar_subquery()


def _shared(column: str, programme: str, codes: tuple[str, ...]) -> Any:
    """The place (district or street) the compounds share, if they share one."""
    c, p = tables.compounds.c, tables.programmes.c
    place = c[column]
    return (
        sa.select(sa.case((sa.func.count(sa.distinct(place)) == 1, sa.func.min(place))))
        .join_from(tables.compounds, tables.programmes, c.programme_id == p.id)
        .where(p.code == programme, c.code.in_(codes))
        .scalar_subquery()
    )


def _spanned(programme: str, codes: tuple[str, ...]) -> Any:
    """The programme's city where the compounds lie in one district; otherwise the smallest
    region holding their districts (GB/T 2260: the city's four digits, the province's two, or
    the nation), so that a caller bounded to one city does not see the event of compounds
    beyond it."""
    c, p = tables.compounds.c, tables.programmes.c
    low, high = sa.func.min(c.district_code), sa.func.max(c.district_code)

    def within(digits: int) -> Any:
        same = sa.func.substr(low, 1, digits) == sa.func.substr(high, 1, digits)
        return same, sa.func.substr(low, 1, digits).concat("0" * (6 - digits))

    return (
        sa.select(
            sa.case((low == high, sa.func.min(p.city_code)), within(4), within(2), else_=NATION)
        )
        .join_from(tables.compounds, tables.programmes, c.programme_id == p.id)
        .where(p.code == programme, c.code.in_(codes))
        .scalar_subquery()
    )


def _row(conn: Connection, d: Draft, etag: str | None, now: datetime.datetime) -> Any:
    """A draft's row: where the draft does not say, its region is its programme's city (that
    its compounds span, for several) and its place its compound's, looked up in the same
    statement."""
    district: Any = d.district
    street: Any = d.street
    region: Any = d.region or (_city(d.programme) if d.programme else None)
    if d.programme is not None and (d.compound is not None or d.compounds):
        codes = (d.compound,) if d.compound is not None else d.compounds
        if district is None:
            district = _shared("district_code", d.programme, codes)
        if street is None:
            street = _shared("street_code", d.programme, codes)
        if d.region is None and d.compound is None:
            region = _spanned(d.programme, codes)
    return {
        "txid": _txid(conn),
        "type": d.type,
        "occurred_at": now,
        "programme": d.programme,
        "region": region,
        "district": district,
        "street": street,
        "operator": d.operator,
        "resource": d.resource,
        "etag": etag,
        "data": d.data,
    }


async def append(conn: Connection, drafts: Sequence[Draft], etag: str | None) -> None:
    """Append a write's events, in its transaction."""
    if drafts:
        now = datetime.datetime.now(datetime.UTC)
        rows = [_row(conn, d, etag, now) for d in drafts]
        await conn.execute(tables.events.insert().values(rows))


def _seen_by(by: core.Principal, published: frozenset[str]) -> list[sa.ColumnElement[bool]]:
    """The caller's scope over events: its region, and unless city-wide its districts or
    streets (published figures' events anywhere in the region; an operator its handovers)."""
    clauses: list[sa.ColumnElement[bool]] = []
    if by.region is not None:  # the event's city, and its district where it has one
        clauses.append(tables.in_region(e.region, by.region))
        clauses.append(sa.or_(e.district.is_(None), tables.in_region(e.district, by.region)))
    if not by.city_wide:
        place: list[sa.ColumnElement[bool]] = [e.type.in_(sorted(published))]
        if by.districts:
            place.append(e.district.in_(sorted(by.districts)))
        if by.streets:
            place.append(e.street.in_(sorted(by.streets)))
        if by.organisation is not None:
            place.append(e.operator == by.organisation)
        clauses.append(sa.or_(*place))
    return clauses


def _narrowed(where: FeedFilter) -> list[sa.ColumnElement[bool]]:
    clauses: list[sa.ColumnElement[bool]] = []
    if where.types is not None:
        clauses.append(e.type.in_(sorted(where.types)))
    if where.programme is not None:
        clauses.append(e.programme == where.programme)
    if where.district is not None:
        clauses.append(e.district == where.district)
    if where.since is not None:
        clauses.append(e.occurred_at >= where.since)
    if where.until is not None:
        clauses.append(e.occurred_at < where.until)
    if where.event is not None:
        clauses.append(e.id == where.event)
    return clauses


def event_of(row: Any) -> FeedEvent:
    return FeedEvent(
        id=row.id,
        position=(row.txid, row.id),
        type=row.type,
        occurred_at=utc(row.occurred_at),
        programme=row.programme,
        district=row.district,
        resource=row.resource,
        etag=row.etag,
        data=row.data,
    )


class SqlFeed:
    """The feed over one connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def append(self, drafts: Sequence[Draft], etag: str | None) -> None:
        await append(self._conn, drafts, etag)

    async def page(
        self,
        where: FeedFilter,
        seen_by: core.Principal,
        types: frozenset[str],
        after: tuple[int, int] | None,
        limit: int,
    ) -> FeedPage:
        """Read the feed after ``after`` a stretch at a time, each stretch in one statement
        that marks the events the caller may see and asked for, until ``limit`` are found or
        ``SCAN`` events are read; resume after the last event read, served or not. Each
        statement serves only below its own horizon, so stretches read one after another
        leave no gap between them, as successive polls do not."""
        matches = sa.and_(
            e.type.in_(sorted(types)), *_seen_by(seen_by, published()), *_narrowed(where)
        )
        horizon = _horizon(self._conn)
        served: list[FeedEvent] = []
        position, scanned = after, 0
        while len(served) < limit and scanned < SCAN:
            stretch = max(limit - len(served), min(SCAN - scanned, scanned or limit))
            query = (
                sa.select(tables.events, matches.label("matches"))
                .order_by(e.txid, e.id)
                .limit(stretch)
            )
            if horizon is not None:
                query = query.where(horizon)
            if position is not None:
                query = query.where(sa.tuple_(e.txid, e.id) > sa.tuple_(*position))
            rows = (await self._conn.execute(query)).all()
            for row in rows:
                if len(served) == limit:
                    return FeedPage(events=served, position=position, more=True)
                position, scanned = (row.txid, row.id), scanned + 1
                if row.matches:
                    served.append(event_of(row))
            if len(rows) < stretch:
                return FeedPage(events=served, position=position, more=False)
        return FeedPage(events=served, position=position, more=True)

    async def pruned_through(self) -> tuple[int, int] | None:
        value = await self._conn.scalar(sa.select(_kept.c.value).where(_kept.c.name == PRUNED))
        if value is None:
            return None
        txid, number = str(value).split(":")
        return int(txid), int(number)


async def head(conn: Connection) -> tuple[int, int]:
    """The position of the last event a reader may be served now ((0, 0) if none): where a
    follower that wants only what happens from now on starts."""
    query = sa.select(e.txid, e.id).order_by(e.txid.desc(), e.id.desc()).limit(1)
    horizon = _horizon(conn)
    if horizon is not None:
        query = query.where(horizon)
    found = (await conn.execute(query)).first()
    return (found.txid, found.id) if found else (0, 0)


async def prune(conn: Connection, before: datetime.datetime) -> int:
    """Remove the events that occurred before ``before`` (the feed's retention), and keep the
    last position removed: a cursor before it may have lost events after it (410)."""
    last = (
        await conn.execute(
            sa.select(e.txid, e.id)
            .where(e.occurred_at < before)
            .order_by(e.txid.desc(), e.id.desc())
            .limit(1)
        )
    ).first()
    if last is None:
        return 0
    through = await SqlFeed(conn).pruned_through()
    if through is None or (last.txid, last.id) > through:
        value = f"{last.txid}:{last.id}"
        kept = _kept.update().where(_kept.c.name == PRUNED).values(value=value)
        if not (await conn.execute(kept)).rowcount:
            await conn.execute(_kept.insert().values(name=PRUNED, value=value))
    result = await conn.execute(tables.events.delete().where(e.occurred_at < before))
    return result.rowcount
