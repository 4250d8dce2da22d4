"""pairings and webhook subscriptions numbered once: a deleted one's number is never given
again, so the audit log's records of a number are of one resource (SQLite's AUTOINCREMENT,
counting on from the highest number the audit log has seen; PostgreSQL's sequence never gave
one twice)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-05 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each table, and the pattern of the audit log's resources it numbers.
NUMBERED = {
    "pairings": "/v1/programmes/%/pairings/%",
    "webhook_subscriptions": "/v1/webhook-subscriptions/%",
}


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    for table, pattern in NUMBERED.items():
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
        # A number deleted before this upgrade, above those left, is known from the audit log.
        resources = conn.execute(
            sa.text("SELECT DISTINCT resource FROM audit_events WHERE resource LIKE :p"),
            {"p": pattern},
        ).scalars()
        given = [int(r.rsplit("/", 1)[1]) for r in resources if r.rsplit("/", 1)[1].isdigit()]
        if given:
            conn.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": table})
            conn.execute(
                sa.text(
                    "INSERT INTO sqlite_sequence (name, seq)"
                    " SELECT :t, max(:n, coalesce(max(id), 0)) FROM " + table
                ),
                {"t": table, "n": max(given)},
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in NUMBERED:
            with op.batch_alter_table(table, recreate="always"):
                pass
