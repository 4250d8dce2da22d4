"""an import's changes, row by row, beside its one audit event; the file's hash

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 01:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("imports") as batch:
        batch.add_column(sa.Column("sha256", sa.String(64), nullable=True))
    op.create_table(
        "import_changes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column(
            "import_id",
            sa.Integer,
            sa.ForeignKey("imports.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("row", sa.Integer, nullable=False),
        sa.Column("compound", sa.String(length=64), nullable=False),
        sa.Column("record", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=False),
    )
    with op.batch_alter_table("import_changes") as batch:
        batch.create_index("ix_import_changes_import", ["import_id", "id"], unique=False)
        batch.create_index("ix_import_changes_compound", ["compound", "id"], unique=False)


def downgrade() -> None:
    op.drop_table("import_changes")
    with op.batch_alter_table("imports") as batch:
        batch.drop_column("sha256")
