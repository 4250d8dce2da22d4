"""Many rows into one table at once, the fastest way each database takes them.

SQLAlchemy's executemany builds the parameters of every row through the compiled statement,
which costs more than the database's own work when a register of hundreds of thousands of
rows is imported. Here PostgreSQL takes the rows by ``COPY`` (asyncpg's binary copy), and
SQLite by one prepared ``executemany``; both in the caller's transaction. The values are first
passed through each column type's own bind processing, so they are stored exactly as
SQLAlchemy would have stored them.
"""

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection


async def insert(conn: AsyncConnection, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (each with the same columns) into ``table``."""
    if not rows:
        return
    names = list(rows[0])
    values = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    records: list[Any] = [values(row) for row in rows]
    for i, name in enumerate(names):
        if process := table.c[name].type.bind_processor(conn.dialect):
            records = [(*r[:i], process(r[i]), *r[i + 1 :]) for r in records]
    if conn.dialect.name == "postgresql":
        driver: Any = (await conn.get_raw_connection()).driver_connection  # asyncpg's
        if not driver.is_in_transaction():  # the driver begins SQLAlchemy's lazily
            await conn.execute(sa.select(1))
        await driver.copy_records_to_table(table.name, records=records, columns=names)
        return
    marks = ", ".join("?" * len(names))
    quoted = ", ".join(conn.dialect.identifier_preparer.quote(name) for name in names)
    await conn.exec_driver_sql(f"INSERT INTO {table.name} ({quoted}) VALUES ({marks})", records)
