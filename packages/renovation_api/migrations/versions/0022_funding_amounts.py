"""what each source funds of a funding, as planned and as approved, beside its record, so
that the funding report is summed in SQL

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05 03:30:00
"""

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _by_source(version: dict[str, Any] | None) -> dict[str, int]:
    """A funding plan as stored (its lines' sources and amounts in yuan), summed in fen."""
    sums: dict[str, int] = {}
    for line in (version or {}).get("lines", []):
        fen = int(Decimal(line["amount_yuan"]).scaleb(2))
        sums[line["source"]] = sums.get(line["source"], 0) + fen
    return sums


def upgrade() -> None:
    amounts = op.create_table(
        "funding_amounts",
        sa.Column(
            "funding_id",
            sa.Integer,
            sa.ForeignKey("fundings.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("source", sa.String(32), primary_key=True),
        sa.Column("planned_fen", sa.BigInteger, nullable=False),
        sa.Column("approved_fen", sa.BigInteger, nullable=False),
    )
    conn = op.get_bind()
    fundings = sa.table("fundings", sa.column("id", sa.Integer), sa.column("record", sa.JSON))
    rows = []
    for row in conn.execute(sa.select(fundings.c.id, fundings.c.record)):
        record = json.loads(row.record) if isinstance(row.record, str) else row.record
        planned, approved = _by_source(record["plan"]), _by_source(record.get("approved"))
        rows += [
            {
                "funding_id": row.id,
                "source": source,
                "planned_fen": planned.get(source, 0),
                "approved_fen": approved.get(source, 0),
            }
            for source in sorted(planned.keys() | approved.keys())
        ]
    if rows:
        op.bulk_insert(amounts, rows)


def downgrade() -> None:
    op.drop_table("funding_amounts")
