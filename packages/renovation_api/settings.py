"""Settings, read once from the environment (``RENOVATION_*``) so every worker agrees."""

import ipaddress
import os
import re
from collections.abc import Mapping
from pathlib import Path

import attrs
import jwt
import sqlalchemy as sa

from renovation_core.delivery import StartBy
from renovation_core.errors import FieldValueError

DEFAULT_DATABASE_FILE = "renovation.sqlite3"
# "Start in spring": the plan sets no day; the end of April suits a northern city's season.
DEFAULT_START_BY = StartBy(month=4, day=30)
_ORIGIN = re.compile(r"^https?://[^/\s]+$")


class SettingsError(ValueError):
    """A ``RENOVATION_*`` variable the service cannot run with; the message names it."""


def _whole(env: Mapping[str, str], name: str, default: int, least: int = 0) -> int:
    raw = env.get(name)
    if raw is None:
        return default
    digits = raw.strip()
    if not (digits.isascii() and digits.isdigit()) or int(digits) < least:
        kind = "positive" if least else "non-negative"
        raise SettingsError(f"{name} must be a {kind} whole number, got {raw!r}")
    return int(digits)


def _positive(env: Mapping[str, str], name: str, default: int) -> int:
    return _whole(env, name, default, least=1)


def _origins(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    origins = tuple(o.strip() for o in env.get(name, "").split(",") if o.strip())
    for origin in origins:
        if not _ORIGIN.match(origin):
            raise SettingsError(
                f"{name}: {origin!r} is not a web origin like https://gis.example.gov.cn"
            )
    return origins


def _networks(
    env: Mapping[str, str], name: str
) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """Addresses or networks (CIDR), comma-separated."""
    networks = []
    for part in (p.strip() for p in env.get(name, "").split(",")):
        if part:
            try:
                networks.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                raise SettingsError(
                    f"{name}: {part!r} is not an address or network like 10.0.0.5 or 10.0.0.0/8"
                ) from None
    return tuple(networks)


def _redis_url(env: Mapping[str, str], name: str) -> str | None:
    url = env.get(name, "").strip()
    if url and not url.startswith(("redis://", "rediss://", "unix://")):
        raise SettingsError(f"{name} must be a redis://, rediss:// or unix:// URL, got {url!r}")
    return url or None


def _month_day(env: Mapping[str, str], name: str, default: StartBy) -> StartBy:
    raw = env.get(name)
    if raw is None:
        return default
    month, _, day = raw.strip().partition("-")
    try:
        return StartBy(month=int(month), day=int(day))
    except (ValueError, FieldValueError):
        raise SettingsError(f"{name} must be a day of the year as MM-DD, got {raw!r}") from None


# Asymmetric only: the service holds the identity provider's public keys, never a shared secret.
SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA")


def _algorithms(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    raw = env.get(name, "RS256,ES256")
    chosen = tuple(a.strip() for a in raw.split(",") if a.strip())
    wrong = [a for a in chosen if a not in SIGNING_ALGORITHMS]
    if wrong or not chosen:
        raise SettingsError(
            f"{name}: {', '.join(wrong) or 'nothing'} is not one of {', '.join(SIGNING_ALGORITHMS)}"
        )
    return chosen


def _jwks(env: Mapping[str, str], name: str) -> str | None:
    """The identity provider's public keys (a JWKS document), inline or from a file."""
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if not raw.startswith("{"):
        try:
            raw = Path(raw).read_text("utf-8")
        except OSError as error:
            raise SettingsError(f"{name}: cannot read {raw}: {error.strerror}") from None
    try:
        if not jwt.PyJWKSet.from_json(raw).keys:
            raise SettingsError(f"{name}: the key set holds no usable key")
    except (jwt.PyJWKSetError, jwt.PyJWKError, ValueError) as error:
        raise SettingsError(f"{name}: not a JSON Web Key Set: {error}") from None
    return raw


@attrs.frozen(kw_only=True)
class BearerSettings:
    """How people's bearer tokens (JWT) from the upstream identity provider are verified."""

    jwks: str
    issuer: str
    audience: str
    algorithms: tuple[str, ...] = ("RS256", "ES256")

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "BearerSettings | None":
        names = ("RENOVATION_JWT_JWKS", "RENOVATION_JWT_ISSUER", "RENOVATION_JWT_AUDIENCE")
        given = [n for n in names if env.get(n, "").strip()]
        if not given:
            return None
        if len(given) < len(names):
            missing = ", ".join(n for n in names if n not in given)
            raise SettingsError(f"bearer tokens need {missing} as well as {', '.join(given)}")
        jwks = _jwks(env, "RENOVATION_JWT_JWKS")
        assert jwks is not None
        return cls(
            jwks=jwks,
            issuer=env["RENOVATION_JWT_ISSUER"].strip(),
            audience=env["RENOVATION_JWT_AUDIENCE"].strip(),
            algorithms=_algorithms(env, "RENOVATION_JWT_ALGORITHMS"),
        )


def _flag(env: Mapping[str, str], name: str) -> bool:
    raw = env.get(name, "").strip()
    if raw not in {"", "0", "1"}:
        raise SettingsError(f"{name} must be 1 or 0, got {raw!r}")
    return raw == "1"


def _seconds(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 < value <= 86_400:
        raise SettingsError(f"{name} must be a number of seconds above 0, got {raw!r}")
    return value


@attrs.frozen(kw_only=True)
class WebhookSettings:
    """How webhooks are delivered.

    Targets are https on public addresses unless ``allow_http`` or ``allow_private`` (for
    tests and closed networks) say otherwise. A delivery waits ``timeout`` seconds for an
    answer and is tried ``max_attempts`` times in all, after ``retry_base`` seconds doubling
    each time up to ``retry_cap``, with jitter; a subscription is disabled after
    ``disable_after`` failed attempts in a row. A rotated secret keeps signing beside the new
    one for ``overlap_hours``. Secrets are encrypted at rest with ``keys`` (Fernet keys: the
    first encrypts, any decrypts, so keys rotate), or else with a key kept in ``key_file`` (by
    default beside an SQLite database, or in the working directory). The delivery worker runs
    inside ``serve`` when ``worker`` is ``embedded`` (``auto``: on SQLite) and looks for work
    every ``poll`` seconds."""

    allow_http: bool = False
    allow_private: bool = False
    timeout: float = 10.0
    max_attempts: int = 15
    retry_base: float = 10.0
    retry_cap: float = 6 * 3600.0
    disable_after: int = 50
    overlap_hours: int = 24
    keys: tuple[str, ...] = ()
    key_file: str = ""
    worker: str = "auto"
    poll: float = 1.0

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "WebhookSettings":
        worker = env.get("RENOVATION_WEBHOOK_WORKER", "auto").strip() or "auto"
        if worker not in {"auto", "embedded", "off"}:
            raise SettingsError(
                f"RENOVATION_WEBHOOK_WORKER must be auto, embedded or off, got {worker!r}"
            )
        keys = tuple(k.strip() for k in env.get("RENOVATION_WEBHOOK_KEYS", "").split(",") if k)
        return cls(
            allow_http=_flag(env, "RENOVATION_WEBHOOK_ALLOW_HTTP"),
            allow_private=_flag(env, "RENOVATION_WEBHOOK_ALLOW_PRIVATE"),
            timeout=_seconds(env, "RENOVATION_WEBHOOK_TIMEOUT_SECONDS", 10.0),
            max_attempts=_positive(env, "RENOVATION_WEBHOOK_MAX_ATTEMPTS", 15),
            retry_base=_seconds(env, "RENOVATION_WEBHOOK_RETRY_BASE_SECONDS", 10.0),
            retry_cap=_seconds(env, "RENOVATION_WEBHOOK_RETRY_CAP_SECONDS", 6 * 3600.0),
            disable_after=_positive(env, "RENOVATION_WEBHOOK_DISABLE_AFTER", 50),
            overlap_hours=_whole(env, "RENOVATION_WEBHOOK_SECRET_OVERLAP_HOURS", 24),
            keys=keys,
            key_file=env.get("RENOVATION_WEBHOOK_KEY_FILE", "").strip(),
            worker=worker,
            poll=_seconds(env, "RENOVATION_WEBHOOK_POLL_SECONDS", 1.0),
        )


DEFAULT_IMPORT_MAX_BYTES = 50 * 1024 * 1024
# Above the national inventory (220,000 compounds), so one file can hold any city or province.
DEFAULT_IMPORT_MAX_ROWS = 300_000


_DRIVERS = {"sqlite": "aiosqlite", "postgresql": "asyncpg"}


def _database_url(env: Mapping[str, str], name: str, default: str) -> str:
    """An SQLAlchemy async URL of a backend the service runs on, with its async driver."""
    raw = env.get(name, default).strip()
    try:
        url = sa.engine.make_url(raw)
    except sa.exc.ArgumentError:
        raise SettingsError(
            f"{name} must be a database URL such as sqlite+aiosqlite:///renovation.sqlite3 or "
            f"postgresql+asyncpg://user@host/db, got {raw!r}"
        ) from None
    backend, driver = url.get_backend_name(), url.get_driver_name()
    if backend not in _DRIVERS:
        raise SettingsError(
            f"{name}: the service runs on SQLite or PostgreSQL, not {backend!r} "
            f"(sqlite+aiosqlite:///PATH or postgresql+asyncpg://USER@HOST/DB)"
        )
    if driver != _DRIVERS[backend]:
        wanted = f"{backend}+{_DRIVERS[backend]}"
        raise SettingsError(
            f"{name}: {backend} needs the async driver: begin the URL with {wanted}:// "
            f"(got {url.drivername}://)"
        )
    return raw


ENVIRONMENT = {
    "RENOVATION_DATABASE_URL": "the database (default sqlite+aiosqlite:///./renovation.sqlite3; "
    "postgresql+asyncpg://user@host/db to scale out)",
    "RENOVATION_DB_POOL_SIZE": "connections per worker (default 10; on PostgreSQL half held "
    "for single-statement reads)",
    "RENOVATION_MAX_BODY_BYTES": "the largest request body (default 8 MiB)",
    "RENOVATION_IMPORT_MAX_BYTES": "the largest inventory file an import takes",
    "RENOVATION_IMPORT_MAX_ROWS": f"the most rows an inventory has ({DEFAULT_IMPORT_MAX_ROWS})",
    "RENOVATION_PROPOSAL_MAX_SECONDS": "the longest a plan proposal's solver runs (default 300)",
    "RENOVATION_CORS_ORIGINS": "web origins allowed to call from a browser (none by default)",
    "RENOVATION_JWT_JWKS / _ISSUER / _AUDIENCE / _ALGORITHMS": "accept people's bearer tokens",
    "RENOVATION_RATE_LIMIT_PER_MINUTE": "requests per caller a minute (default 600)",
    "RENOVATION_AUTH_FAILURES_PER_MINUTE": "failed sign-ins per address a minute (default 30)",
    "RENOVATION_TRUSTED_PROXIES": "proxies whose X-Forwarded-For names the client",
    "RENOVATION_REDIS_URL / _PREFIX": "share rate limits between workers through Redis",
    "RENOVATION_KEY_CACHE_SECONDS": "how long a worker trusts a looked-up API key (default 5)",
    "RENOVATION_CONSTRUCTION_START_BY": "the spring day works must start by, MM-DD",
    "RENOVATION_EVENTS_RETENTION_DAYS": "how long the event feed keeps events (default 90)",
    "RENOVATION_WEBHOOK_WORKER": "auto (embedded on SQLite), embedded, or off: run "
    "`renovation deliver-webhooks` beside the servers",
    "RENOVATION_WEBHOOK_ALLOW_HTTP / _ALLOW_PRIVATE": "1 to allow plain http, or loopback and "
    "private addresses, as webhook targets",
    "RENOVATION_WEBHOOK_TIMEOUT_SECONDS": "how long a delivery waits for its answer (default 10)",
    "RENOVATION_WEBHOOK_MAX_ATTEMPTS": "attempts per delivery before it is given up (default 15)",
    "RENOVATION_WEBHOOK_RETRY_BASE_SECONDS / _CAP_SECONDS": "the first retry's delay, doubling "
    "up to the cap (default 10 s, 6 h), with jitter",
    "RENOVATION_WEBHOOK_DISABLE_AFTER": "failed attempts in a row that disable a subscription "
    "(default 50)",
    "RENOVATION_WEBHOOK_SECRET_OVERLAP_HOURS": "how long a rotated secret still signs (default 24)",
    "RENOVATION_WEBHOOK_KEYS / _KEY_FILE": "Fernet keys that encrypt webhook secrets at rest "
    "(else a key kept in a file beside the SQLite database, or renovation-webhooks.key)",
    "RENOVATION_WEBHOOK_POLL_SECONDS": "how often the delivery worker looks for work (default 1)",
    "RENOVATION_DEBUG": "1 to log tracebacks of server errors",
}


@attrs.frozen(kw_only=True)
class Settings:
    """What an instance needs to run.

    ``database_url`` is an SQLAlchemy async URL: ``sqlite+aiosqlite:///path`` for the embedded
    default, ``postgresql+asyncpg://user@host/db`` to scale out. ``pool_size`` is fixed (no
    overflow): a pool sized to the expected concurrency is markedly faster than a churning one;
    on PostgreSQL half are held for single-statement reads (``storage.connection``).
    ``cors_origins``: the web origins whose pages may call the API from a browser; none by
    default, so a browser page elsewhere cannot read its answers. ``bearer``: how to verify
    people's tokens; none means only API keys are accepted. ``rate_limit_per_minute``: requests
    per caller (credential, or address when anonymous) per minute; ``auth_failures_per_minute``:
    failed authentications per address per minute, past which the address is refused any
    credential until the minute ends; both counted in Redis at ``redis_url`` when it is given
    (under ``redis_prefix``, so deployments may share a server), shared by every worker, or
    else by each worker. ``trusted_proxies``: the proxies (addresses
    or networks) whose ``X-Forwarded-For`` names the client; from anyone else it is ignored.
    ``import_max_bytes``: the largest inventory file an import accepts (other requests are held
    to ``max_body_bytes``); ``import_max_rows``: the most rows its sheet may have.
    ``proposal_max_seconds``: the longest a plan proposal's solver runs, whatever it is asked
    (it takes a core for as long).
    ``key_cache_seconds``: how long a worker trusts an API key it has looked up; a revoked key
    stops working within that time. ``construction_start_by``: the
    spring day by which a year's projects must have started construction (开春即开工), for the
    schedule warnings. ``events_retention_days``: how long the feed keeps events; ``webhooks``:
    how they are delivered.
    """

    database_url: str
    pool_size: int = 10
    max_body_bytes: int = 8 * 1024 * 1024
    import_max_bytes: int = DEFAULT_IMPORT_MAX_BYTES
    import_max_rows: int = DEFAULT_IMPORT_MAX_ROWS
    proposal_max_seconds: int = 300
    cors_origins: tuple[str, ...] = ()
    bearer: BearerSettings | None = None
    rate_limit_per_minute: int = 600
    auth_failures_per_minute: int = 30
    trusted_proxies: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()
    redis_url: str | None = None
    redis_prefix: str = "renovation"
    key_cache_seconds: int = 5
    construction_start_by: StartBy = DEFAULT_START_BY
    events_retention_days: int = 90
    webhooks: WebhookSettings = WebhookSettings()
    debug: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        default_url = f"sqlite+aiosqlite:///{Path.cwd() / DEFAULT_DATABASE_FILE}"
        return cls(
            database_url=_database_url(env, "RENOVATION_DATABASE_URL", default_url),
            pool_size=_positive(env, "RENOVATION_DB_POOL_SIZE", 10),
            max_body_bytes=_positive(env, "RENOVATION_MAX_BODY_BYTES", 8 * 1024 * 1024),
            import_max_bytes=_positive(
                env, "RENOVATION_IMPORT_MAX_BYTES", DEFAULT_IMPORT_MAX_BYTES
            ),
            import_max_rows=_positive(env, "RENOVATION_IMPORT_MAX_ROWS", DEFAULT_IMPORT_MAX_ROWS),
            proposal_max_seconds=_positive(env, "RENOVATION_PROPOSAL_MAX_SECONDS", 300),
            cors_origins=_origins(env, "RENOVATION_CORS_ORIGINS"),
            bearer=BearerSettings.from_env(env),
            rate_limit_per_minute=_positive(env, "RENOVATION_RATE_LIMIT_PER_MINUTE", 600),
            auth_failures_per_minute=_positive(env, "RENOVATION_AUTH_FAILURES_PER_MINUTE", 30),
            trusted_proxies=_networks(env, "RENOVATION_TRUSTED_PROXIES"),
            redis_url=_redis_url(env, "RENOVATION_REDIS_URL"),
            redis_prefix=env.get("RENOVATION_REDIS_PREFIX", "renovation").strip() or "renovation",
            key_cache_seconds=_whole(env, "RENOVATION_KEY_CACHE_SECONDS", 5),
            construction_start_by=_month_day(
                env, "RENOVATION_CONSTRUCTION_START_BY", DEFAULT_START_BY
            ),
            events_retention_days=_positive(env, "RENOVATION_EVENTS_RETENTION_DAYS", 90),
            webhooks=WebhookSettings.from_env(env),
            debug=env.get("RENOVATION_DEBUG", "") == "1",
        )
