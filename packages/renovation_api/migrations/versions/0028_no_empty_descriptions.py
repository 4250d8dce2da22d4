"""a webhook subscription's description is never empty: one given as "" before a note had to
hold something is no description (null), as the contract now says of every note

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-05 19:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE webhook_subscriptions SET description = NULL WHERE description = ''")


def downgrade() -> None:
    """Null stays null: an empty description said nothing either."""
