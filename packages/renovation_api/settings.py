"""Settings, read once from the environment (``RENOVATION_*``) so every worker agrees."""

import os
import re
from collections.abc import Mapping
from pathlib import Path

import attrs

DEFAULT_DATABASE_FILE = "renovation.sqlite3"
_ORIGIN = re.compile(r"^https?://[^/\s]+$")


class SettingsError(ValueError):
    """A ``RENOVATION_*`` variable the service cannot run with; the message names it."""


def _positive(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None:
        return default
    digits = raw.strip()
    if not (digits.isascii() and digits.isdigit()) or int(digits) < 1:
        raise SettingsError(f"{name} must be a positive whole number, got {raw!r}")
    return int(digits)


def _origins(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    origins = tuple(o.strip() for o in env.get(name, "").split(",") if o.strip())
    for origin in origins:
        if not _ORIGIN.match(origin):
            raise SettingsError(
                f"{name}: {origin!r} is not a web origin like https://gis.example.gov.cn"
            )
    return origins


@attrs.frozen(kw_only=True)
class Settings:
    """What an instance needs to run.

    ``database_url`` is an SQLAlchemy async URL: ``sqlite+aiosqlite:///path`` for the embedded
    default, ``postgresql+asyncpg://user@host/db`` to scale out. ``pool_size`` is fixed (no
    overflow): a pool sized to the expected concurrency is markedly faster than a churning one.
    ``cors_origins``: the web origins whose pages may call the API from a browser; none by
    default, so a browser page elsewhere cannot read its answers.
    """

    database_url: str
    pool_size: int = 10
    max_body_bytes: int = 8 * 1024 * 1024
    cors_origins: tuple[str, ...] = ()
    debug: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        default_url = f"sqlite+aiosqlite:///{Path.cwd() / DEFAULT_DATABASE_FILE}"
        return cls(
            database_url=env.get("RENOVATION_DATABASE_URL", default_url),
            pool_size=_positive(env, "RENOVATION_DB_POOL_SIZE", 10),
            max_body_bytes=_positive(env, "RENOVATION_MAX_BODY_BYTES", 8 * 1024 * 1024),
            cors_origins=_origins(env, "RENOVATION_CORS_ORIGINS"),
            debug=env.get("RENOVATION_DEBUG", "") == "1",
        )
