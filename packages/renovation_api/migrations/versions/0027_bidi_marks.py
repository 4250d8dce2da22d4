"""each compound's count of names the text rule refuses, counted again now that the rule
refuses the bidirectional marks (U+061C, U+200E, U+200F) beside the other bidirectional
controls: a name recorded with one is a finding of the summary, as every write counts it from
here on

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-05 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from renovation_core.text import problem

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MARKS = ("\u061c", "\u200e", "\u200f")


def upgrade() -> None:
    conn = op.get_bind()
    compounds = sa.table(
        "compounds",
        sa.column("id", sa.Integer),
        sa.column("name", sa.Text),
        sa.column("original_property_unit", sa.Text),
        sa.column("text_findings", sa.SmallInteger),
    )
    holding = sa.or_(
        *(
            column.contains(mark, autoescape=True)
            for column in (compounds.c.name, compounds.c.original_property_unit)
            for mark in _MARKS
        )
    )
    rows = conn.execute(
        sa.select(compounds.c.id, compounds.c.name, compounds.c.original_property_unit).where(
            holding
        )
    ).all()
    for row in rows:
        texts = (row.name, row.original_property_unit)
        count = sum(1 for text in texts if text and problem(text))
        conn.execute(compounds.update().where(compounds.c.id == row.id).values(text_findings=count))


def downgrade() -> None:
    """The count stays: a mark is a finding under either rule's reading of it."""
