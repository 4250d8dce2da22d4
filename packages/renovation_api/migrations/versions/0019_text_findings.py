"""each compound's count of names the text rule refuses (core.text_findings), for the summary

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 01:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from renovation_core.text import problem

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("compounds") as batch:
        batch.add_column(
            sa.Column("text_findings", sa.SmallInteger, nullable=False, server_default="0")
        )
    # A compound recorded before the text rule was kept may hold what it refuses: count it now,
    # as every write counts from here on.
    conn = op.get_bind()
    compounds = sa.table(
        "compounds",
        sa.column("id", sa.Integer),
        sa.column("name", sa.Text),
        sa.column("original_property_unit", sa.Text),
        sa.column("text_findings", sa.SmallInteger),
    )
    rows = conn.execute(
        sa.select(compounds.c.id, compounds.c.name, compounds.c.original_property_unit)
    )
    found = [
        (row.id, count)
        for row in rows
        if (
            count := sum(
                1 for text in (row.name, row.original_property_unit) if text and problem(text)
            )
        )
    ]
    for compound, count in found:
        conn.execute(
            compounds.update().where(compounds.c.id == compound).values(text_findings=count)
        )


def downgrade() -> None:
    with op.batch_alter_table("compounds") as batch:
        batch.drop_column("text_findings")
