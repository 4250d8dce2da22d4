"""plan proposals numbered once: a withdrawn one's number is never given again (SQLite's
AUTOINCREMENT; PostgreSQL's sequence never gave one twice)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 02:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table(
            "plan_proposals", recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("plan_proposals", recreate="always"):
            pass
