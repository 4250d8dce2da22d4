"""the feed of domain events

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("txid", sa.BigInteger(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("programme", sa.String(length=64), nullable=True),
        sa.Column("region", sa.String(length=6), nullable=True),
        sa.Column("district", sa.String(length=6), nullable=True),
        sa.Column("street", sa.String(length=32), nullable=True),
        sa.Column("operator", sa.String(length=200), nullable=True),
        sa.Column("resource", sa.String(length=512), nullable=False),
        sa.Column("etag", sa.String(length=34), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("events") as batch:
        batch.create_index("ix_events_txid", ["txid", "id"], unique=False)
        batch.create_index("ix_events_occurred_at", ["occurred_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_occurred_at")
        batch.drop_index("ix_events_txid")
    op.drop_table("events")
