"""API keys of integrating systems. A key's secret half is stored only as its SHA-256: the
table gives no key away, and a key cannot be shown again once issued."""

import datetime
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

import renovation_core as core
from renovation_api.storage import tables
from renovation_api.storage.connection import Connection

k = tables.api_keys.c


def _joined(codes: frozenset[str]) -> str:
    return ",".join(sorted(codes))


def principal_from_row(row: Any) -> core.Principal:
    return core.Principal(
        actor=f"key:{row.key_id}",
        role=core.Role.from_code(row.role),
        districts=frozenset(c for c in row.districts.split(",") if c),
        streets=frozenset(c for c in row.streets.split(",") if c),
        organisation=row.organisation,
        compound=core.CompoundRef.parse(row.compound) if row.compound else None,
        region=row.region,
    )


async def insert_key(
    conn: Connection,
    *,
    key_id: str,
    secret_sha256: str,
    name: str,
    principal: core.Principal,
    created_by: str,
    expires_at: datetime.datetime,
) -> None:
    await conn.execute(
        tables.api_keys.insert().values(
            key_id=key_id,
            secret_sha256=secret_sha256,
            name=name,
            role=principal.role.code,
            districts=_joined(principal.districts),
            streets=_joined(principal.streets),
            organisation=principal.organisation,
            compound=str(principal.compound) if principal.compound else None,
            region=principal.region,
            created_by=created_by,
            expires_at=expires_at,
        )
    )


async def find_key(conn: Connection, key_id: str) -> sa.Row[Any] | None:
    return (await conn.execute(sa.select(tables.api_keys).where(k.key_id == key_id))).first()


async def list_keys(conn: Connection) -> Sequence[sa.Row[Any]]:
    return (await conn.execute(sa.select(tables.api_keys).order_by(k.id))).all()


async def has_keys(conn: Connection) -> bool:
    return await conn.scalar(sa.select(sa.exists().where(k.id.is_not(None)))) is True


async def revoke_key(conn: Connection, key_id: str, at: datetime.datetime) -> bool:
    """Mark the key revoked; ``False`` when there is no such unrevoked key."""
    result = await conn.execute(
        tables.api_keys.update()
        .where(k.key_id == key_id, k.revoked_at.is_(None))
        .values(revoked_at=at)
    )
    return result.rowcount == 1
