"""Issuing and revoking API keys (the ``renovation keys`` command). Each is recorded in the
audit log with who did it; the log keeps a key's role and scope, never its secret."""

import datetime
import secrets
from typing import Any

import attrs
from sqlalchemy.ext.asyncio import AsyncConnection

import renovation_core as core
from renovation_api.auditing import record_as
from renovation_api.credentials import sha256
from renovation_api.storage import keys


@attrs.frozen(kw_only=True)
class IssuedKey:
    key: str  # shown once, to the one who asked for it
    key_id: str
    expires_at: datetime.datetime


def key_resource(key_id: str) -> str:
    return f"api-keys/{key_id}"


def summary(name: str, principal: core.Principal, expires_at: datetime.datetime) -> Any:
    return {
        "name": name,
        "role": principal.role.code,
        "districts": sorted(principal.districts),
        "streets": sorted(principal.streets),
        "organisation": principal.organisation,
        "compound": str(principal.compound) if principal.compound else None,
        "region": principal.region,
        "expires_at": expires_at.isoformat(),
    }


async def issue_key(
    conn: AsyncConnection,
    *,
    name: str,
    role: core.Role,
    districts: frozenset[str] = frozenset(),
    streets: frozenset[str] = frozenset(),
    organisation: str | None = None,
    compound: core.CompoundRef | None = None,
    region: str | None = None,
    by: core.Principal,
    expires_at: datetime.datetime,
) -> IssuedKey:
    """Store a new key with this role and scope, in the caller's transaction. An impossible
    scope raises the core's ``FieldValueError``."""
    key_id, secret = secrets.token_hex(8), secrets.token_urlsafe(32)
    principal = core.Principal(
        actor=f"key:{key_id}",
        role=role,
        districts=districts,
        streets=streets,
        organisation=organisation,
        compound=compound,
        region=region,
    )
    await keys.insert_key(
        conn,
        key_id=key_id,
        secret_sha256=sha256(secret),
        name=name,
        principal=principal,
        created_by=by.actor,
        expires_at=expires_at,
    )
    await record_as(
        conn, by, None, "create", key_resource(key_id), after=summary(name, principal, expires_at)
    )
    return IssuedKey(key=f"rnv_{key_id}_{secret}", key_id=key_id, expires_at=expires_at)


async def revoke_key(conn: AsyncConnection, key_id: str, by: core.Principal) -> bool:
    """Revoke the key; ``False`` when there is no such key, or it is revoked already."""
    row = await keys.find_key(conn, key_id)
    now = datetime.datetime.now(datetime.UTC)
    if row is None or not await keys.revoke_key(conn, key_id, now):
        return False
    await record_as(
        conn,
        by,
        None,
        "revoke",
        key_resource(key_id),
        before={"revoked_at": None},
        after={"revoked_at": now.isoformat()},
    )
    return True
