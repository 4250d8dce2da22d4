"""the day each project's design was approved and its first acceptance meeting's day and
outcome, beside its record, so that the city's assessment counts its districts in SQL

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-05 14:00:00
"""

import datetime
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("projects") as batch:
        batch.add_column(sa.Column("approved_on", sa.Date))
        batch.add_column(sa.Column("first_acceptance_on", sa.Date))
        batch.add_column(sa.Column("first_acceptance_passed", sa.Boolean))
    conn = op.get_bind()
    projects = sa.table(
        "projects",
        sa.column("id", sa.Integer),
        sa.column("record", sa.JSON),
        sa.column("approved_on", sa.Date),
        sa.column("first_acceptance_on", sa.Date),
        sa.column("first_acceptance_passed", sa.Boolean),
    )
    copied = []
    for row in conn.execute(sa.select(projects.c.id, projects.c.record)).all():
        record = json.loads(row.record) if isinstance(row.record, str) else row.record
        approved = next((t["on"] for t in record["history"] if t["to"] == "approved"), None)
        # The first meeting by its day, the earliest recorded of those held the same day.
        held = sorted(record.get("acceptances", []), key=lambda a: a["held_on"])
        if approved is None and not held:
            continue  # nothing to copy: the columns stay empty
        copied.append(
            {
                "row": row.id,
                "approved_on": None if approved is None else datetime.date.fromisoformat(approved),
                "first_acceptance_on": (
                    datetime.date.fromisoformat(held[0]["held_on"]) if held else None
                ),
                "first_acceptance_passed": held[0]["passed"] if held else None,
            }
        )
    if copied:  # one executemany: a national register holds some 200,000 projects
        conn.execute(projects.update().where(projects.c.id == sa.bindparam("row")), copied)


def downgrade() -> None:
    with op.batch_alter_table("projects") as batch:
        batch.drop_column("first_acceptance_passed")
        batch.drop_column("first_acceptance_on")
        batch.drop_column("approved_on")
