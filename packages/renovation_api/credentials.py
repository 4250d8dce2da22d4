"""Who is calling: API keys for integrating systems, bearer tokens (JWT) for people.

An API key is ``rnv_<key id>_<secret>``. The key id finds the stored key; the secret is checked
against its SHA-256 in constant time. A bearer token is a JWT from the city's identity provider,
verified against the provider's public keys with a fixed list of asymmetric algorithms, and must
name this service as its audience and the provider as its issuer; its claims give the role and
scope (``role``, ``districts``, ``streets``, ``organisation``, ``region``, and a resident's
``compound`` as ``<programme>/<compound>``). A request with neither is the
public. A credential that is present but not good is refused, never downgraded to the public.
"""

import asyncio
import datetime
import hashlib
import hmac
import math
import re
import time
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import jwt

import renovation_core as core
from renovation_api.headers import CREDENTIAL_HEADERS
from renovation_api.limits import RateLimiter
from renovation_api.problems import ProblemError
from renovation_api.settings import BearerSettings
from renovation_api.storage import audit, keys
from renovation_api.storage.connection import Reader

KEY_HEADER = CREDENTIAL_HEADERS[0]
KEY_PATTERN = r"^rnv_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$"
MAX_TOKEN_LENGTH = 8192
MAX_UNKNOWN = 10_000  # key ids found unknown and remembered, per worker
_KEY = re.compile(KEY_PATTERN)
_KEY_NAME = KEY_HEADER.lower().encode()
_LEEWAY_SECONDS = 30
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="renovation", ApiKey realm="renovation"'}


def unauthenticated(detail: str) -> ProblemError:
    return ProblemError(401, "unauthenticated", "Not authenticated", detail, headers=CHALLENGE)


def sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@attrs.frozen(kw_only=True)
class _KnownKey:
    secret_sha256: str
    principal: core.Principal
    expires_at: datetime.datetime
    revoked: bool
    fetched: float


class _Counted(ProblemError):
    """A refusal already counted against the address: its lookup reserved a failure."""


class Authenticator:
    """Turns a request's credential into a principal, counting each failure against the
    address it came from. Keys looked up are kept for ``cache_seconds`` (so most requests cost
    no query), and so are key ids found unknown (so a key sent again and again costs one); a
    key is looked up once however many requests ask for it at the same moment, and each lookup
    first reserves a failure of its address (returned if the key is found), so that an address
    out of failures starts none, however many requests it sends at once. Expiry is checked on
    every request."""

    def __init__(
        self,
        engine: Reader,
        bearer: BearerSettings | None,
        cache_seconds: int,
        limiter: RateLimiter,
    ) -> None:
        self._engine = engine
        self._bearer = bearer
        self._jwks = jwt.PyJWKSet.from_json(bearer.jwks) if bearer else None
        self._cache_seconds = cache_seconds
        self._limiter = limiter
        self._keys: dict[str, _KnownKey] = {}
        self._unknown: dict[str, float] = {}  # key id → when it was found unknown, oldest first
        self._lookups: dict[str, asyncio.Future[_KnownKey | None]] = {}

    async def principal(
        self, headers: Iterable[tuple[bytes, bytes]], address: str
    ) -> core.Principal:
        """The principal for a request's raw ASGI headers (read directly: no header object
        is built for a request that needs none), sent from ``address``."""
        try:
            return await self._principal(headers, address)
        except ProblemError as refused:
            if refused.status == 401 and not isinstance(refused, _Counted):
                await self._limiter.failed(address)
            raise

    async def _principal(
        self, headers: Iterable[tuple[bytes, bytes]], address: str
    ) -> core.Principal:
        # Every credential sent is read: one a proxy added beside the caller's own (or the
        # same header twice) would otherwise decide the request by its order.
        sent = [(name, value) for name, value in headers if name in (_KEY_NAME, b"authorization")]
        if len(sent) > 1:
            raise unauthenticated(
                f"send one credential: one {KEY_HEADER} or one Authorization header"
            )
        if not sent:
            return core.PUBLIC
        name, value = sent[0]
        if name == _KEY_NAME:
            return await self._from_key(value.decode("latin-1"), address)
        scheme, _, token = value.decode("latin-1").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthenticated("Authorization must be 'Bearer <token>'")
        return self._from_token(token.strip())

    async def _from_key(self, text: str, address: str) -> core.Principal:
        if not _KEY.match(text):
            raise unauthenticated(f"{KEY_HEADER} is not an API key of this service")
        _, key_id, secret = text.split("_", 2)
        known = self._keys.get(key_id)
        now = time.monotonic()
        if known is None or now - known.fetched >= self._cache_seconds:
            if now - self._unknown.get(key_id, -math.inf) < self._cache_seconds:
                raise unauthenticated("unknown API key")
            known = await self._stored(key_id, address)
        if not hmac.compare_digest(known.secret_sha256, sha256(secret)):
            raise unauthenticated("unknown API key")
        if known.revoked:
            raise unauthenticated("the API key has been revoked")
        if known.expires_at <= datetime.datetime.now(datetime.UTC):
            raise unauthenticated("the API key has expired")
        return known.principal

    async def _stored(self, key_id: str, address: str) -> _KnownKey:
        """The key as stored, looked up once for every request that asks at the same moment;
        the request that starts the lookup reserves a failure of its address."""
        pending = self._lookups.get(key_id)
        if pending is not None:
            found = await asyncio.shield(pending)
        else:
            window = await self._limiter.reserve_failure(address)
            pending = self._lookups[key_id] = asyncio.ensure_future(self._fetch(key_id))
            pending.add_done_callback(lambda _: self._lookups.pop(key_id, None))
            found = await asyncio.shield(pending)
            if found is not None:
                await self._limiter.release_failure(address, window)
        if found is None:
            raise _Counted(
                401, "unauthenticated", "Not authenticated", "unknown API key", headers=CHALLENGE
            )
        return found

    async def _fetch(self, key_id: str) -> _KnownKey | None:
        async with self._engine.connect() as conn:
            row = await keys.find_key(conn, key_id)
        now = time.monotonic()
        if row is None:
            self._remember_unknown(key_id, now)
            return None
        self._keys[key_id] = known = _KnownKey(
            secret_sha256=row.secret_sha256,
            principal=keys.principal_from_row(row),
            expires_at=audit.utc(row.expires_at),
            revoked=row.revoked_at is not None,
            fetched=now,
        )
        return known

    def _remember_unknown(self, key_id: str, now: float) -> None:
        """Keep the id found unknown, within ``MAX_UNKNOWN`` ids (the oldest goes first)."""
        self._unknown.pop(key_id, None)
        self._unknown[key_id] = now
        if len(self._unknown) > MAX_UNKNOWN:
            del self._unknown[next(iter(self._unknown))]

    def _from_token(self, token: str) -> core.Principal:
        if self._bearer is None or self._jwks is None:
            raise unauthenticated("this deployment accepts API keys only, not bearer tokens")
        if len(token) > MAX_TOKEN_LENGTH:
            raise unauthenticated("the bearer token is too long")
        try:
            kid = jwt.get_unverified_header(token).get("kid")
            candidates = [k for k in self._jwks.keys if kid is None or k.key_id == kid]
            if len(candidates) != 1:
                raise unauthenticated("the bearer token names no key of the identity provider")
            claims = jwt.decode(
                token,
                key=candidates[0].key,
                algorithms=list(self._bearer.algorithms),
                audience=self._bearer.audience,
                issuer=self._bearer.issuer,
                leeway=_LEEWAY_SECONDS,
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.ExpiredSignatureError:
            raise unauthenticated("the bearer token has expired") from None
        except jwt.InvalidTokenError as error:
            raise unauthenticated(f"the bearer token is not valid: {error}") from None
        return _principal_from_claims(claims)


def _principal_from_claims(claims: Mapping[str, Any]) -> core.Principal:
    try:
        role = core.Role.from_code(claims.get("role"))  # type: ignore[arg-type]
        if role is core.Role.PUBLIC:
            raise ValueError("a token cannot act as the public")
        compound = claims.get("compound")
        return core.Principal(
            actor=f"user:{claims['sub']}",
            role=role,
            districts=claims.get("districts", ()),
            streets=claims.get("streets", ()),
            organisation=claims.get("organisation"),
            compound=None if compound is None else core.CompoundRef.parse(compound),
            region=claims.get("region"),
        )
    except (ValueError, TypeError, AttributeError) as error:
        raise unauthenticated(f"the bearer token's claims grant no role: {error}") from None
