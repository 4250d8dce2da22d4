"""Many rows into one table at once, the fastest way each database takes them.

SQLAlchemy's executemany builds the parameters of every row through the compiled statement,
which costs more than the database's own work when a register of hundreds of thousands of
rows is imported. Here, from ``COPY_FROM`` rows, PostgreSQL (asyncpg) takes the rows by binary
``COPY`` and SQLite by one prepared ``executemany``; both in the caller's transaction. Each
value first goes through its column type's bind processing for the dialect, so it is stored
exactly as SQLAlchemy would store it; and a constraint the rows break is raised as SQLAlchemy's
``IntegrityError``, as from any other write (a 409 over the API).
"""

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from renovation_api.storage.connection import Connection

COPY_FROM = 100  # fewer rows go through SQLAlchemy, which costs nothing to speak of then


async def insert(conn: Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (each with the same columns) into ``table``."""
    if len(rows) < COPY_FROM:
        if rows:
            await conn.execute(table.insert(), list(rows))
        return
    dialect = conn.dialect
    names = list(rows[0])
    # Column by column: each column's bind processing is one map over its values.
    columns = [[row[name] for row in rows] for name in names]
    for n, name in enumerate(names):
        if process := table.c[name].type.dialect_impl(dialect).bind_processor(dialect):
            columns[n] = list(map(process, columns[n]))
    records = list(zip(*columns, strict=True))
    if dialect.driver == "asyncpg" and isinstance(conn, AsyncConnection):
        await _copy(conn, table, names, records)
        return
    marks = ", ".join("?" if dialect.paramstyle == "qmark" else "%s" for _ in names)
    quote = dialect.identifier_preparer
    listed = ", ".join(quote.quote(name) for name in names)
    await conn.exec_driver_sql(
        f"INSERT INTO {quote.format_table(table)} ({listed}) VALUES ({marks})", records
    )


async def new_ids(conn: Connection, table: sa.Table, count: int) -> list[int]:
    """``count`` new keys of ``table``'s integer ``id``, for rows inserted with them: so the
    rows that refer to them can be written without reading them back. PostgreSQL takes them
    from the column's sequence; SQLite, whose one writer holds the database from the start of
    its transaction (``BEGIN IMMEDIATE``), as it would itself: after the largest key in use."""
    if count == 0:
        return []
    if conn.dialect.name == "postgresql":
        sequence = sa.select(sa.func.pg_get_serial_sequence(table.name, "id").label("name")).cte()
        found = await conn.scalars(
            sa.select(sa.func.nextval(sequence.c.name)).select_from(
                sequence, sa.func.generate_series(1, count)
            )
        )
        return list(found)
    if table.dialect_options["sqlite"]["autoincrement"]:
        raise ValueError(f"{table.name} keeps its keys in sqlite_sequence")
    largest = await conn.scalar(sa.select(sa.func.max(table.c.id)))
    start = (largest or 0) + 1
    return list(range(start, start + count))


async def _copy(
    conn: AsyncConnection, table: sa.Table, names: list[str], records: list[tuple[Any, ...]]
) -> None:
    import asyncpg  # noqa: PLC0415  (only where the driver is asyncpg)

    driver: Any = (await conn.get_raw_connection()).driver_connection
    if not driver.is_in_transaction():  # the driver begins SQLAlchemy's lazily
        await conn.execute(sa.select(1))
    if not driver.is_in_transaction():
        raise RuntimeError("a bulk insert must run in a transaction")
    try:
        await driver.copy_records_to_table(table.name, records=records, columns=names)
    except asyncpg.IntegrityConstraintViolationError as error:
        raise sa.exc.IntegrityError(f"COPY {table.name}", None, error) from error
