"""what the database needs to find the compounds a supervision flag is raised on: each
funding's count of the flags its money raises and its approved total, each project's budget
and the day its works were let

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-05 12:30:00
"""

import datetime
import json
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

from renovation_core.converter import structure
from renovation_core.funding import Entry, Funding, FundingSource, Ledger, money_flags

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def upgrade() -> None:
    with op.batch_alter_table("fundings") as batch:
        batch.add_column(sa.Column("money_flags", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("approved_fen", sa.BigInteger, nullable=False, server_default="0")
        )
    op.create_index(
        "ix_fundings_flagged",
        "fundings",
        ["programme_id"],
        sqlite_where=sa.text("money_flags > 0"),
        postgresql_where=sa.text("money_flags > 0"),
    )
    with op.batch_alter_table("projects") as batch:
        batch.add_column(sa.Column("let_on", sa.Date))
        batch.add_column(sa.Column("budget_fen", sa.BigInteger))
    conn = op.get_bind()
    _fundings(conn)
    projects = sa.table(
        "projects",
        sa.column("id", sa.Integer),
        sa.column("record", sa.JSON),
        sa.column("let_on", sa.Date),
        sa.column("budget_fen", sa.BigInteger),
    )
    copied = []
    for row in conn.execute(sa.select(projects.c.id, projects.c.record)).all():
        record = _record(row.record)
        let = next((t["on"] for t in record["history"] if t["to"] == "tendered"), None)
        copied.append(
            {
                "row": row.id,
                "let_on": None if let is None else datetime.date.fromisoformat(let),
                "budget_fen": int(Decimal(record["budget_yuan"]).scaleb(2)),
            }
        )
    if copied:  # one executemany: a national register holds some 200,000 projects
        conn.execute(projects.update().where(projects.c.id == sa.bindparam("row")), copied)
    with op.batch_alter_table("projects") as batch:
        batch.alter_column("budget_fen", existing_type=sa.BigInteger, nullable=False)
    op.create_index("ix_fundings_approved", "fundings", ["compound_id", "approved_fen"])
    let = "let_on IS NOT NULL AND stage != 'cancelled'"
    op.create_index(
        "ix_projects_let",
        "projects",
        ["programme_id", "compound_id", "budget_fen"],
        sqlite_where=sa.text(let),
        postgresql_where=sa.text(let),
    )


def _fundings(conn: sa.Connection) -> None:
    """Each funding's approved total, and the flags of each with a ledger (one without has
    none), as every write keeps them from here on."""
    fundings = sa.table(
        "fundings",
        sa.column("id", sa.Integer),
        sa.column("record", sa.JSON),
        sa.column("money_flags", sa.Integer),
        sa.column("approved_fen", sa.BigInteger),
    )
    entries = sa.table(
        "ledger_entries",
        *(sa.column(name) for name in ("funding_id", "number", "line", "source", "paid_on")),
        *(sa.column(name) for name in ("payee", "amount_fen", "purpose", "document")),
        *(sa.column(name) for name in ("recorded_on", "recorded_by", "reverses", "reason")),
    )
    ledgers: dict[int, list[Entry]] = defaultdict(list)
    for row in conn.execute(sa.select(entries).order_by(entries.c.funding_id, entries.c.number)):
        ledgers[row.funding_id].append(
            Entry(
                number=row.number,
                line=row.line,
                source=FundingSource.from_code(row.source),
                paid_on=_day(row.paid_on),
                payee=row.payee,
                amount_yuan=Decimal(row.amount_fen).scaleb(-2),
                purpose=row.purpose,
                document=row.document,
                recorded_on=_day(row.recorded_on),
                recorded_by=row.recorded_by,
                reverses=row.reverses,
                reason=row.reason,
            )
        )
    counted = []
    for row in conn.execute(sa.select(fundings.c.id, fundings.c.record)).all():
        record = _record(row.record)
        approved = (record.get("approved") or {}).get("lines", [])
        fen = sum(int(Decimal(line["amount_yuan"]).scaleb(2)) for line in approved)
        flags = (
            money_flags(structure(record, Funding), Ledger(tuple(ledgers[row.id])))
            if row.id in ledgers
            else 0
        )
        if fen or flags:
            counted.append({"row": row.id, "money_flags": flags, "approved_fen": fen})
    if counted:
        conn.execute(fundings.update().where(fundings.c.id == sa.bindparam("row")), counted)


def _day(value: Any) -> datetime.date:
    """A date as the driver gives it back from an untyped column (SQLite: its text)."""
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def downgrade() -> None:
    op.drop_index("ix_projects_let", "projects")
    op.drop_index("ix_fundings_approved", "fundings")
    op.drop_index("ix_fundings_flagged", "fundings")
    with op.batch_alter_table("projects") as batch:
        batch.drop_column("budget_fen")
        batch.drop_column("let_on")
    with op.batch_alter_table("fundings") as batch:
        batch.drop_column("approved_fen")
        batch.drop_column("money_flags")
