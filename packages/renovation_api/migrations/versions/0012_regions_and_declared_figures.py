"""regions, declared figures, the projects' milestone days, partial and optional targets

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 12:40:00
"""

import datetime
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _created_at() -> sa.Column[object]:
    return sa.Column(
        "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "provinces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provinces")),
        sa.UniqueConstraint("code", name=op.f("uq_provinces_code")),
    )
    op.create_table(
        "declarations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declarations")),
        sa.UniqueConstraint(
            "region_code", "month", "version", name=op.f("uq_declarations_region_code")
        ),
    )
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("region", sa.String(length=6), nullable=True))
    with op.batch_alter_table("projects") as batch:
        for column in MILESTONES:
            batch.add_column(sa.Column(column, sa.Date(), nullable=True))
    _backfill()
    with op.batch_alter_table("programmes") as batch:
        batch.add_column(
            sa.Column(
                "partial_annual_rows", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )
        batch.add_column(sa.Column("total_buildings", sa.Integer(), nullable=True))
    with op.batch_alter_table("annual_targets") as batch:
        batch.add_column(sa.Column("buildings", sa.Integer(), nullable=True))
        for column, kind in FIGURES.items():
            batch.alter_column(column, existing_type=kind, nullable=True)


# A published table may leave any of its figures out.
FIGURES = {
    "compounds": sa.Integer(),
    "households": sa.Integer(),
    "floor_area_centi": sa.BigInteger(),
    "investment_fen": sa.BigInteger(),
}

# The stage whose first entry each column copies from a project's history.
MILESTONES = {
    "started_on": "under_construction",
    "completed_on": "completed",
    "accepted_on": "accepted",
}


def _backfill() -> None:
    """Copy each stored project's milestone days from its record's history."""
    projects = sa.table(
        "projects",
        sa.column("id", sa.Integer),
        sa.column("record", sa.JSON),
        *(sa.column(name, sa.Date) for name in MILESTONES),
    )
    connection = op.get_bind()
    for row_id, record in connection.execute(sa.select(projects.c.id, projects.c.record)).all():
        history: list[dict[str, Any]] = (json.loads(record) if isinstance(record, str) else record)[
            "history"
        ]
        days = {
            column: next(
                (datetime.date.fromisoformat(t["on"]) for t in history if t["to"] == stage), None
            )
            for column, stage in MILESTONES.items()
        }
        connection.execute(projects.update().where(projects.c.id == row_id).values(**days))


def downgrade() -> None:
    with op.batch_alter_table("annual_targets") as batch:
        batch.drop_column("buildings")
    with op.batch_alter_table("programmes") as batch:
        batch.drop_column("total_buildings")
        batch.drop_column("partial_annual_rows")
    with op.batch_alter_table("projects") as batch:
        for column in MILESTONES:
            batch.drop_column(column)
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("region")
    op.drop_table("declarations")
    op.drop_table("provinces")
