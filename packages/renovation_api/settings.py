"""Settings, read once from the environment (``RENOVATION_*``) so every worker agrees."""

import os
from pathlib import Path

import attrs

DEFAULT_DATABASE_FILE = "renovation.sqlite3"


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
    def from_env(cls, environ: dict[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        default_url = f"sqlite+aiosqlite:///{Path.cwd() / DEFAULT_DATABASE_FILE}"
        return cls(
            database_url=env.get("RENOVATION_DATABASE_URL", default_url),
            pool_size=int(env.get("RENOVATION_DB_POOL_SIZE", "10")),
            max_body_bytes=int(env.get("RENOVATION_MAX_BODY_BYTES", str(8 * 1024 * 1024))),
            cors_origins=tuple(
                o.strip() for o in env.get("RENOVATION_CORS_ORIGINS", "").split(",") if o.strip()
            ),
            debug=env.get("RENOVATION_DEBUG", "") == "1",
        )
