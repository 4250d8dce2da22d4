"""the days projects' major events happened, beside their records, so that a month's report
reads only the projects with an event in the month

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-05 12:00:00
"""

import datetime
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from renovation_core.calendar import day_in_china

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    events = op.create_table(
        "major_events",
        sa.Column(
            "project_id",
            sa.Integer,
            sa.ForeignKey("projects.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("number", sa.Integer, primary_key=True),
        sa.Column("occurred_on", sa.Date, nullable=False),
    )
    op.create_index("ix_major_events_occurred_on", "major_events", ["occurred_on"])
    conn = op.get_bind()
    projects = sa.table("projects", sa.column("id", sa.Integer), sa.column("record", sa.JSON))
    rows = []
    for row in conn.execute(sa.select(projects.c.id, projects.c.record)):
        record = json.loads(row.record) if isinstance(row.record, str) else row.record
        rows += [
            {
                "project_id": row.id,
                "number": event["number"],
                "occurred_on": day_in_china(datetime.datetime.fromisoformat(event["occurred_at"])),
            }
            for event in record.get("major_events", [])
        ]
    if rows:
        op.bulk_insert(events, rows)


def downgrade() -> None:
    op.drop_table("major_events")
