"""the days a compound's aftercare first had a management mode and a maintenance fund,
beside its record, so that management coverage is counted in SQL

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 01:45:00
"""

import datetime
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("aftercare") as batch:
        batch.add_column(sa.Column("managed_from", sa.Date, nullable=True))
        batch.add_column(sa.Column("funded_from", sa.Date, nullable=True))
    # Each record as stored: its modes in order (the first's ``since``) and its fund.
    conn = op.get_bind()
    aftercare = sa.table(
        "aftercare",
        sa.column("id", sa.Integer),
        sa.column("record", sa.JSON),
        sa.column("managed_from", sa.Date),
        sa.column("funded_from", sa.Date),
    )
    for row in list(conn.execute(sa.select(aftercare.c.id, aftercare.c.record))):
        record = json.loads(row.record) if isinstance(row.record, str) else row.record
        modes, fund = record.get("management") or [], record.get("fund")
        conn.execute(
            aftercare.update()
            .where(aftercare.c.id == row.id)
            .values(
                managed_from=datetime.date.fromisoformat(modes[0]["since"]) if modes else None,
                funded_from=datetime.date.fromisoformat(fund["created_on"]) if fund else None,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("aftercare") as batch:
        batch.drop_column("funded_from")
        batch.drop_column("managed_from")
