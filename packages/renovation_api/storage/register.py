"""The compound register and the compounds' plans."""

import datetime
import functools
import secrets
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa

import renovation_core as core
from renovation_api.services.unit_of_work import Kept, Place, Planned, Registered, Seen, Stored
from renovation_api.storage import bulk, mapping, tables
from renovation_api.storage.connection import Connection
from renovation_core.delivery import Stage

c = tables.compounds.c
# A programme's row id by its code (``SqlProgrammes.id_of``), for the repositories' queries.
ProgrammeIds = Callable[[str], Awaitable[int | None]]


def _filters(where: Any) -> dict[str, Any]:
    """The values a ``services.register.CompoundFilter`` asks for, by condition (``None``, which
    means any, asks for nothing)."""
    values = {
        "district": where.district,
        "street": where.street,
        "community": where.community,
        "eligible": where.eligible,
        "priority": where.priority.code if where.priority else None,
        "built_year_min": where.built_year_min,
        "built_year_max": where.built_year_max,
    }
    return {name: value for name, value in values.items() if value is not None}


# Each filter's condition, its value a parameter of the same name.
_FILTERS: dict[str, sa.ColumnElement[bool]] = {
    "district": c.district_code == sa.bindparam("district"),
    "street": c.street_code == sa.bindparam("street"),
    "community": c.community_code == sa.bindparam("community"),
    "eligible": c.eligible == sa.bindparam("eligible"),
    "priority": c.priority_level == sa.bindparam("priority"),
    "built_year_min": c.built_year >= sa.bindparam("built_year_min"),
    "built_year_max": c.built_year <= sa.bindparam("built_year_max"),
}


def _order(by_priority: bool) -> list[sa.ColumnElement[Any]]:
    """The renovation order (``core.rank_key``) by the stored urgency, or the codes'."""
    return [c.urgency, c.built_year, c.code] if by_priority else [c.code]


def _places(principal: core.Principal) -> dict[str, list[str]] | None:
    """The codes of the places ``principal.covers``, by column; ``None`` when it covers every
    compound (an empty dict: none)."""
    if principal.city_wide:
        return None
    chosen = (("district_code", principal.districts), ("street_code", principal.streets))
    return {column: sorted(codes) for column, codes in chosen if codes}


def within(principal: core.Principal) -> list[sa.ColumnElement[bool]]:
    """The compounds ``principal.covers``, as conditions (none when it covers them all): in
    its region, if one bounds it, and in its places, unless it is city-wide."""
    places = _places(principal)
    return [
        *_in_region(principal.region),
        *([] if places is None else [_in_places(places)]),
    ]


def _in_region(region: str | None) -> list[sa.ColumnElement[bool]]:
    return [] if region is None else [tables.in_region(c.district_code, region)]


def narrowed(seen: Seen | None) -> list[sa.ColumnElement[bool]]:
    """The compounds ``seen`` (all of them where None), as a condition."""
    if seen is None:
        return []
    return [
        *within(seen.by),
        *([] if seen.district is None else [c.district_code == seen.district]),
    ]


def _in_places(places: dict[str, Any]) -> sa.ColumnElement[bool]:
    """In any of ``places``: each column's codes, given or a parameter (none: in no place)."""
    scope = [c[column].in_(codes) for column, codes in places.items()]
    return sa.or_(*scope) if scope else sa.false()


async def list_compounds(
    conn: Connection,
    programme_id: int,
    where: dict[str, Any],
    seen_by: core.Principal,
    by_priority: bool,
    after: Sequence[Any] | None,
    limit: int,
) -> Sequence[sa.Row[Any]]:
    """A page of the compounds ``seen_by`` may see, filtered by ``where`` (``_filters``), in a
    total order, starting after the keyset position ``after``."""
    places = _places(seen_by)
    query = _page(
        tuple(where),
        None if places is None else tuple(places),
        seen_by.region,
        by_priority,
        after is not None,
    )
    positions = {f"after_{n}": value for n, value in enumerate(after or ())}
    parameters = {"programme_id": programme_id, "limit": limit, **where, **(places or {})}
    rows: Sequence[sa.Row[Any]] = (await conn.execute(query, {**parameters, **positions})).all()
    return rows


@functools.lru_cache(maxsize=256)
def _page(
    filters: tuple[str, ...],
    places: tuple[str, ...] | None,
    region: str | None,
    by_priority: bool,
    after: bool,
) -> sa.Select[Any]:
    """A page's statement for one shape of request (its filters, the columns the caller's scope
    is in and the region bounding it, its order, whether it starts after a position), the
    values left as parameters:
    built once, where building and cache-keying a select of every column on every request
    cost a page more than a tenth of its time."""
    order = _order(by_priority)
    conditions = [c.programme_id == sa.bindparam("programme_id")]
    conditions += [_FILTERS[name] for name in filters] + _in_region(region)
    if places is not None:
        conditions.append(_in_places({p: sa.bindparam(p, expanding=True) for p in places}))
    if after:
        position = [sa.bindparam(f"after_{n}", type_=column.type) for n, column in enumerate(order)]
        conditions.append(sa.tuple_(*order) > sa.tuple_(*position))
    limit = sa.bindparam("limit", type_=sa.Integer)
    return _SELECT_SHOWN.where(*conditions).order_by(*order).limit(limit)


# The hottest reads, built once: constructing and cache-keying the expression on every request
# cost more than executing it (a page adds its conditions to the select of every column).
# Only what a response shows (no created_at to decode).
_SHOWN = [col for col in tables.compounds.c if col.name not in {"programme_id", "created_at"}]
_SELECT_SHOWN = sa.select(*_SHOWN)
_ONE_COMPOUND = _SELECT_SHOWN.where(
    c.programme_id == sa.bindparam("programme_id"), c.code == sa.bindparam("code")
)


async def get_compound(conn: Connection, programme_id: int, code: str) -> sa.Row[Any] | None:
    result = await conn.execute(_ONE_COMPOUND, {"programme_id": programme_id, "code": code})
    return result.first()


def new_revision() -> str:
    return secrets.token_hex(16)


async def insert_compounds(
    conn: Connection, programme_id: int, values: Iterable[dict[str, Any]]
) -> dict[str, int]:
    """Insert compounds given as column values (see ``mapping.compound_values``); the id of
    each, by code."""
    values = list(values)
    ids = await bulk.new_ids(conn, tables.compounds, len(values))
    rows = [
        {"id": i, "programme_id": programme_id, **v, "revision": new_revision()}
        for i, v in zip(ids, values, strict=True)
    ]
    await bulk.insert(conn, tables.compounds, rows)
    return {row["code"]: row["id"] for row in rows}


async def update_compound(
    conn: Connection, row_id: int, revision: str, values: dict[str, Any]
) -> str | None:
    """Write ``values`` if the row is still at ``revision``; the new revision, or ``None`` if
    someone changed it first."""
    new = new_revision()
    result = await conn.execute(
        tables.compounds.update()
        .where(c.id == row_id, c.revision == revision)
        .values(**values, revision=new)
    )
    return new if result.rowcount == 1 else None


async def delete_compound(conn: Connection, row_id: int, revision: str) -> bool:
    result = await conn.execute(
        tables.compounds.delete().where(c.id == row_id, c.revision == revision)
    )
    return result.rowcount == 1


async def get_plan(conn: Connection, compound_id: int) -> tuple[sa.Row[Any], list[str]] | None:
    plan = (
        await conn.execute(sa.select(tables.plans).where(tables.plans.c.compound_id == compound_id))
    ).first()
    if plan is None:
        return None
    items = await conn.scalars(
        sa.select(tables.plan_items.c.item_code)
        .where(tables.plan_items.c.plan_id == plan.id)
        .order_by(tables.plan_items.c.position)
    )
    return plan, list(items)


async def insert_plan(
    conn: Connection, compound_id: int, plan: core.RenovationPlan
) -> tuple[int, str]:
    """Insert a plan and its items; returns its row id and revision."""
    revision = new_revision()
    result = await conn.execute(
        tables.plans.insert().values(
            compound_id=compound_id,
            year=plan.year,
            investment_fen=mapping.to_hundredths(plan.investment_yuan),
            revision=revision,
        )
    )
    plan_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    await _insert_items(conn, plan_id, plan.items)
    return plan_id, revision


async def replace_plan(
    conn: Connection, plan_id: int, revision: str, plan: core.RenovationPlan
) -> str | None:
    """Replace a plan's year, estimate and items if it is still at ``revision``; the new
    revision, or ``None`` if someone changed it first."""
    new = new_revision()
    result = await conn.execute(
        tables.plans.update()
        .where(tables.plans.c.id == plan_id, tables.plans.c.revision == revision)
        .values(
            year=plan.year,
            investment_fen=mapping.to_hundredths(plan.investment_yuan),
            revision=new,
        )
    )
    if result.rowcount != 1:
        return None
    await conn.execute(tables.plan_items.delete().where(tables.plan_items.c.plan_id == plan_id))
    await _insert_items(conn, plan_id, plan.items)
    return new


async def claim_plan(conn: Connection, plan_id: int, revision: str) -> str | None:
    """Give the plan a new revision if it is still at ``revision``: a write that rests on the
    plan as read (a project entered in its year) makes a concurrent change of it fail, and
    fails itself if the plan changed first. The new revision, or ``None``."""
    new = new_revision()
    result = await conn.execute(
        tables.plans.update()
        .where(tables.plans.c.id == plan_id, tables.plans.c.revision == revision)
        .values(revision=new)
    )
    return new if result.rowcount == 1 else None


async def delete_plan(conn: Connection, plan_id: int, revision: str) -> bool:
    result = await conn.execute(
        tables.plans.delete().where(
            tables.plans.c.id == plan_id, tables.plans.c.revision == revision
        )
    )
    return result.rowcount == 1


async def _insert_items(conn: Connection, plan_id: int, items: Sequence[str]) -> None:
    await conn.execute(
        tables.plan_items.insert(),
        [{"plan_id": plan_id, "item_code": code, "position": i} for i, code in enumerate(items)],
    )


async def compounds_from(
    conn: Connection,
    programme_id: int,
    seen_by: core.Principal,
    district: str | None,
    after: str | None,
    limit: int,
) -> list[tuple[core.Compound, core.RenovationPlan | None]]:
    """The next ``limit`` compounds ``seen_by`` may see (of one district), by code after
    ``after``, each with its plan: a page of an export."""
    query = _SELECT_SHOWN.where(c.programme_id == programme_id, *within(seen_by))
    if district is not None:
        query = query.where(c.district_code == district)
    if after is not None:
        query = query.where(c.code > after)
    rows = (await conn.execute(query.order_by(c.code).limit(limit))).all()
    plans = await plans_of(conn, [row.id for row in rows])
    return [(mapping.compound_from_row(row._mapping), plans.get(row.id)) for row in rows]


async def planned_figures(
    conn: Connection, programme_id: int
) -> dict[tuple[int, str], core.Figures]:
    """``core.planned_figures`` of the programme's register, summed by the database in one
    GROUP BY: each planned compound once, its households and floor area, its plan's
    investment."""
    p = tables.plans
    query = (
        sa.select(
            p.c.year,
            c.district_code,
            sa.func.count(),
            sa.func.sum(c.buildings),
            sa.func.sum(c.households),
            sa.func.sum(c.floor_area_centi),
            sa.func.sum(p.c.investment_fen),
        )
        .join(tables.compounds, c.id == p.c.compound_id)
        .where(c.programme_id == programme_id)
        .group_by(p.c.year, c.district_code)
    )
    return {
        (year, district): core.Figures(
            compounds=count,
            buildings=int(buildings),
            households=int(households),
            floor_area_m2=mapping.from_hundredths(int(area)),
            investment_yuan=mapping.from_hundredths(int(investment)),
        )
        for year, district, count, buildings, households, area, investment in await conn.execute(
            query
        )
    }


def count_where(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[int]:
    """How many rows of a GROUP BY meet ``condition`` (0 for none)."""
    return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)


def _register_findings(start_year: int) -> tuple[sa.ColumnElement[bool], ...]:
    """When a compound (outer-joined to its plan) has each of ``core.check_register``'s
    findings, by the verdicts stored with it: a plan while out of scope; the first year's
    compound not planned in it; a name the text rule refuses."""
    p = tables.plans
    return (
        sa.and_(p.c.id.is_not(None), sa.not_(c.eligible)),
        sa.and_(c.first_year_required, sa.or_(p.c.id.is_(None), p.c.year != start_year)),
        c.text_findings > 0,
    )


async def register_counts(
    conn: Connection, programme_id: int, start_year: int, seen: Seen | None = None
) -> core.RegisterCounts:
    """``core.register_counts`` by the database, in one pass over the compounds and their
    plans, from the verdicts stored with each compound: those in scope, those the first year
    must take, the plans of compounds out of scope, first-year compounds not planned in the
    first year, and the names the text rule refuses (``core.check_register``'s findings)."""
    p = tables.plans
    outside, missed, _ = _register_findings(start_year)
    query = (
        sa.select(
            sa.func.count(),
            count_where(c.eligible),
            sa.func.count(p.c.id),
            count_where(c.first_year_required),
            count_where(outside),
            count_where(missed),
            sa.func.coalesce(sa.func.sum(c.text_findings), 0),
        )
        .select_from(tables.compounds)
        .outerjoin(p, p.c.compound_id == c.id)
        .where(c.programme_id == programme_id, *narrowed(seen))
    )
    registered, in_scope, planned, first_year, outside, missed, text = (
        await conn.execute(query)
    ).one()
    return core.RegisterCounts(
        registered=registered,
        in_scope=int(in_scope),
        planned=planned,
        first_year_required=int(first_year),
        findings=int(outside) + int(missed) + int(text),
    )


async def coverage_counts(
    conn: Connection,
    programme_id: int,
    catalogue: core.Catalogue,
    accepted_by: datetime.date | None = None,
    seen: Seen | None = None,
) -> tuple[dict[str, int], dict[tuple[core.Category, str], int]]:
    """The counts ``core.coverage_cells`` takes, by the database: the compounds in scope per
    district (the eligibility stored with each compound), and per category and district those
    whose plan holds an item of the category (the catalogue's categories as a CASE); with
    ``accepted_by``, only those whose works passed joint acceptance by then (the day the
    projects' column copies from their records: ``statistics.delivered_coverage``); of the
    compounds ``seen``, where given."""
    chosen = [c.programme_id == programme_id, c.eligible, *narrowed(seen)]
    found = await conn.execute(
        sa.select(c.district_code, sa.func.count()).where(*chosen).group_by(c.district_code)
    )
    scope: dict[str, int] = {district: count for district, count in found}  # noqa: C416
    if not catalogue.items:
        return scope, {}  # nothing can cover a compound (and CASE needs a WHEN)
    i, p = tables.plan_items, tables.plans
    category = sa.case({item.code: item.category.code for item in catalogue}, value=i.c.item_code)
    j = tables.projects
    delivered = (
        [
            c.id.in_(
                sa.select(j.c.compound_id).where(
                    j.c.programme_id == programme_id, j.c.accepted_on <= accepted_by
                )
            )
        ]
        if accepted_by is not None
        else []
    )
    covered = await conn.execute(
        sa.select(category, c.district_code, sa.func.count(sa.distinct(c.id)))
        .select_from(
            i.join(p, p.c.id == i.c.plan_id).join(tables.compounds, c.id == p.c.compound_id)
        )
        .where(*chosen, *delivered)
        .group_by(category, c.district_code)
    )
    return (
        scope,
        {
            (core.Category.from_code(code), district): count
            for code, district, count in covered
            if code is not None
        },
    )


class Changed(Exception):
    """A compound changed under a bulk write that read it in the same transaction."""


async def plans_of(conn: Connection, compound_ids: Sequence[int]) -> dict[int, core.RenovationPlan]:
    """The plans on record of ``compound_ids``, by compound id."""
    if not compound_ids:
        return {}
    p = tables.plans
    rows = (
        await conn.execute(
            sa.select(p.c.id, p.c.compound_id, p.c.year, p.c.investment_fen, c.code)
            .join(tables.compounds, c.id == p.c.compound_id)
            .where(p.c.compound_id.in_(compound_ids))
        )
    ).all()
    items = await _items_of(conn, [row.id for row in rows])
    return {
        row.compound_id: mapping.plan_from_row(row.code, row._mapping, items[row.id])
        for row in rows
    }


async def insert_plans(conn: Connection, plans: Sequence[tuple[int, core.RenovationPlan]]) -> int:
    """Insert the plans of compounds (by id) that have none, with their items; how many."""
    ids = await bulk.new_ids(conn, tables.plans, len(plans))
    await bulk.insert(
        conn,
        tables.plans,
        [
            {
                "id": plan_id,
                "compound_id": compound_id,
                "year": p.year,
                "investment_fen": mapping.to_hundredths(p.investment_yuan),
                "revision": new_revision(),
            }
            for plan_id, (compound_id, p) in zip(ids, plans, strict=True)
        ],
    )
    await bulk.insert(
        conn,
        tables.plan_items,
        [
            {"plan_id": plan_id, "item_code": code, "position": i}
            for plan_id, (_, p) in zip(ids, plans, strict=True)
            for i, code in enumerate(p.items)
        ],
    )
    return len(plans)


async def load_register(
    conn: Connection, programme_id: int
) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
    """Every compound of the programme and every plan, as domain objects, for the reports."""
    p, i = tables.plans, tables.plan_items
    chosen = c.programme_id == programme_id
    compound_rows = (
        await conn.execute(sa.select(tables.compounds).where(chosen).order_by(c.code))
    ).all()
    plan_rows = (
        await conn.execute(
            sa.select(p).join(tables.compounds, c.id == p.c.compound_id).where(chosen)
        )
    ).all()
    item_rows = (
        await conn.execute(
            sa.select(i.c.plan_id, i.c.item_code)
            .join(p, p.c.id == i.c.plan_id)
            .join(tables.compounds, c.id == p.c.compound_id)
            .where(chosen)
            .order_by(i.c.plan_id, i.c.position)
        )
    ).all()
    code_of = {row.id: row.code for row in compound_rows}
    items: dict[int, list[str]] = {}
    for plan_id, code in item_rows:
        items.setdefault(plan_id, []).append(code)
    return (
        [mapping.compound_from_row(row._mapping) for row in compound_rows],
        # Each statement sees what was committed when it began (PostgreSQL's read committed):
        # a plan of a compound added after the first is left out with its compound.
        [
            mapping.plan_from_row(code_of[row.compound_id], row._mapping, items.get(row.id, ()))
            for row in plan_rows
            if row.compound_id in code_of
        ],
    )


async def load_chosen(
    conn: Connection, programme_id: int, where: sa.ColumnElement[bool], first: int | None = None
) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
    """The compounds of the programme that meet ``where`` (over a compound outer-joined to its
    plan; the ``first`` of them by code), and their plans: chosen once, read with their plans
    in the same statement."""
    p = tables.plans
    query = (
        sa.select(tables.compounds, p.c.id.label("plan_id"), p.c.year, p.c.investment_fen)
        .select_from(tables.compounds.outerjoin(p, p.c.compound_id == c.id))
        .where(c.programme_id == programme_id, where)
    )
    # Ordered by the database only to find the first: asked for every one, SQLite would walk
    # the programme's compounds by code to find a few (300 ms for none at 220,000; 25 scanning).
    if first is None:
        rows = sorted((await conn.execute(query)).all(), key=lambda row: row.code)
    else:
        rows = list((await conn.execute(query.order_by(c.code).limit(first))).all())
    items = await _items_of(conn, [row.plan_id for row in rows if row.plan_id is not None])
    return (
        [mapping.compound_from_row(row._mapping) for row in rows],
        [
            mapping.plan_from_row(row.code, row._mapping, items[row.plan_id])
            for row in rows
            if row.plan_id is not None
        ],
    )


async def _items_of(conn: Connection, plan_ids: Sequence[int]) -> dict[int, list[str]]:
    """Each plan's items in order, by plan id, ``_CHUNK`` plans a statement."""
    i = tables.plan_items
    items: dict[int, list[str]] = {plan_id: [] for plan_id in plan_ids}
    for chosen in chunked(i.c.plan_id, plan_ids):
        found = await conn.execute(
            sa.select(i.c.plan_id, i.c.item_code).where(*chosen).order_by(i.c.plan_id, i.c.position)
        )
        for plan_id, code in found:
            items[plan_id].append(code)
    return items


_CHUNK = 5000  # ids in one IN list, well within SQLite's limit on parameters


def chunked(
    column: sa.ColumnElement[Any], values: Sequence[Any] | None
) -> Iterator[tuple[sa.ColumnElement[bool], ...]]:
    """Conditions choosing ``column``'s ``values``, ``_CHUNK`` of them each; one that chooses
    every row if ``values`` is None."""
    if values is None:
        yield ()
        return
    for start in range(0, len(values), _CHUNK):
        yield (column.in_(values[start : start + _CHUNK]),)


class SqlCompounds:
    """The compounds repository."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def _row(self, programme: str, code: str) -> sa.Row[Any] | None:
        programme_id = await self._programme_id(programme)
        return None if programme_id is None else await get_compound(self._conn, programme_id, code)

    async def get(self, programme: str, code: str) -> Stored[core.Compound] | None:
        row = await self._row(programme, code)
        if row is None:
            return None
        compound = mapping.compound_from_row(row._mapping)
        return Stored(value=compound, revision=row.revision, place=_place(row), ref=row.id)

    async def place(self, programme: str, code: str) -> Place | None:
        row = await self._row(programme, code)
        return None if row is None else _place(row)

    async def entry(self, programme: str, code: str) -> Stored[Registered] | None:
        row = await self._row(programme, code)
        return None if row is None else _registered(row)

    async def page(
        self,
        programme: str,
        where: Any,
        seen_by: core.Principal,
        by_priority: bool,
        after: tuple[Any, ...] | None,
        limit: int,
    ) -> list[Stored[Registered]]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None  # the service found the programme
        rows = await list_compounds(
            self._conn, programme_id, _filters(where), seen_by, by_priority, after, limit
        )
        return [_registered(row) for row in rows]

    async def enter(self, programme: str, entry: Registered) -> Stored[Registered]:
        programme_id = await self._programme_id(programme)
        revision = new_revision()
        values = mapping.registered_values(entry)
        result = await self._conn.execute(
            tables.compounds.insert().values(programme_id=programme_id, **values, revision=revision)
        )
        row_id = result.inserted_primary_key[0]  # type: ignore[index]
        place = Place(district=entry.compound.district, street=entry.compound.street)
        return Stored(value=entry, revision=revision, place=place, ref=row_id)

    async def save(self, stored: Stored[Registered], entry: Registered) -> str | None:
        values = mapping.registered_values(entry)
        return await update_compound(self._conn, stored.ref, stored.revision, values)

    async def delete(self, stored: Stored[Registered]) -> bool:
        return await delete_compound(self._conn, stored.ref, stored.revision)

    async def kept(self, programme: str, code: str) -> frozenset[Kept]:
        row = await self._row(programme, code)
        return frozenset() if row is None else await kept_records(self._conn, row.id)


# Where each kind of record kept of a compound is held, and which of its rows count: a funding
# once it has gone for review (a draft goes with the plan).
_KEPT: tuple[tuple[Kept, sa.Table, sa.ColumnElement[bool]], ...] = (
    ("project", tables.projects, sa.true()),
    ("funding", tables.fundings, tables.fundings.c.status != "draft"),
    ("votes", tables.consent_votes, sa.true()),
    ("menu", tables.menus, sa.true()),
    ("responses", tables.survey_responses, sa.true()),
)


async def kept_records(conn: Connection, compound_id: int) -> frozenset[Kept]:
    """What is kept on record of the compound besides its plan, in one query."""
    found = await conn.execute(
        sa.select(
            *(
                sa.exists().where(table.c.compound_id == compound_id, counted).label(kind)
                for kind, table, counted in _KEPT
            )
        )
    )
    return frozenset(kind for (kind, *_), held in zip(_KEPT, found.one(), strict=True) if held)


def _registered(row: Any) -> Stored[Registered]:
    columns = row._mapping  # made once: each of a row's attributes is a lookup by name
    value = mapping.registered_from_row(columns)
    return Stored(value=value, revision=columns["revision"], place=_place(row), ref=columns["id"])


class SqlPlans:
    """The compounds' plans."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def get(self, programme: str, compound: str) -> Stored[core.RenovationPlan] | None:
        programme_id = await self._programme_id(programme)
        row = (
            None if programme_id is None else await get_compound(self._conn, programme_id, compound)
        )
        stored = None if row is None else await get_plan(self._conn, row.id)
        if stored is None:
            return None
        plan, items = stored
        value = mapping.plan_from_row(compound, plan._mapping, items)
        return Stored(value=value, revision=plan.revision, place=_place(row), ref=plan.id)

    async def claim(self, stored: Stored[core.RenovationPlan]) -> str | None:
        return await claim_plan(self._conn, stored.ref, stored.revision)

    async def add(
        self, programme: str, compound: str, record: core.RenovationPlan
    ) -> Stored[core.RenovationPlan]:
        programme_id = await self._programme_id(programme)
        assert programme_id is not None  # the service found the compound
        row = await get_compound(self._conn, programme_id, compound)
        assert row is not None
        plan_id, revision = await insert_plan(self._conn, row.id, record)
        return Stored(value=record, revision=revision, place=_place(row), ref=plan_id)

    async def save(
        self, stored: Stored[core.RenovationPlan], record: core.RenovationPlan
    ) -> str | None:
        return await replace_plan(self._conn, stored.ref, stored.revision, record)

    async def delete(self, stored: Stored[core.RenovationPlan]) -> bool:
        return await delete_plan(self._conn, stored.ref, stored.revision)


def _place(row: Any) -> Place:
    return Place(district=row.district_code, street=row.street_code)


class SqlRegister:
    """A programme's register as views derived over it read it: whole, or the part they ask
    for (the compounds a caller sees, those with a finding, the planned of a district)."""

    def __init__(self, conn: Connection, programme_id: ProgrammeIds) -> None:
        self._conn, self._programme_id = conn, programme_id

    async def whole(
        self, programme: str, seen: Seen | None = None
    ) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
        where = narrowed(seen)
        if not where:
            return await load_register(self._conn, await self._id(programme))
        return await load_chosen(self._conn, await self._id(programme), sa.and_(*where))

    async def planned(self, programme: str, seen: Seen) -> list[Planned]:
        pl, j = tables.plans, tables.projects
        live = sa.and_(j.c.compound_id == c.id, tables.live(j.c.stage))
        query = (
            sa.select(c.code, c.name, c.district_code, pl.c.year, j.c.stage)
            .select_from(tables.compounds.join(pl, pl.c.compound_id == c.id).outerjoin(j, live))
            .where(c.programme_id == await self._id(programme), *narrowed(seen))
            .order_by(c.code)
        )
        return [
            Planned(
                code=code,
                name=name,
                district=in_district,
                year=year,
                stage=Stage.PLANNED if stage is None else Stage.from_code(stage),
            )
            for code, name, in_district, year, stage in await self._conn.execute(query)
        ]

    async def with_register_findings(
        self, programme: str, start_year: int, first: int | None = None, seen: Seen | None = None
    ) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
        where = sa.and_(sa.or_(*_register_findings(start_year)), *narrowed(seen))
        return await load_chosen(self._conn, await self._id(programme), where, first)

    async def assessed_and_planned(
        self, programme: str, seen: Seen | None = None
    ) -> tuple[list[core.Compound], list[core.RenovationPlan]]:
        assessed = (c.infrastructure.is_not(None), tables.plans.c.id.is_not(None))
        where = sa.and_(*assessed, *narrowed(seen))
        return await load_chosen(self._conn, await self._id(programme), where)

    async def planned_figures(self, programme: str) -> dict[tuple[int, str], core.Figures]:
        return await planned_figures(self._conn, await self._id(programme))

    async def page(
        self,
        programme: str,
        seen_by: core.Principal,
        district: str | None,
        after: str | None,
        limit: int,
    ) -> list[tuple[core.Compound, core.RenovationPlan | None]]:
        programme_id = await self._id(programme)
        return await compounds_from(self._conn, programme_id, seen_by, district, after, limit)

    async def coverage_counts(
        self,
        programme: str,
        catalogue: core.Catalogue,
        accepted_by: datetime.date | None = None,
        seen: Seen | None = None,
    ) -> tuple[dict[str, int], dict[tuple[core.Category, str], int]]:
        programme_id = await self._id(programme)
        return await coverage_counts(self._conn, programme_id, catalogue, accepted_by, seen)

    async def register_counts(
        self, programme: str, start_year: int, seen: Seen | None = None
    ) -> core.RegisterCounts:
        return await register_counts(self._conn, await self._id(programme), start_year, seen)

    async def _id(self, programme: str) -> int:
        found = await self._programme_id(programme)
        assert found is not None  # the service found the programme first
        return found
