"""The import's figures beside their floors, measured in one run (part of ``nox -s bench``).

The national-size inventory (``national.py``) is written as CSV at 22,000 and 220,000 rows and
imported with ``renovation import-compounds`` into a fresh database of each backend, each run
in a process of its own so that its peak memory is its own. The floor is the same file loaded
raw: PostgreSQL's COPY into a table of text columns; on SQLite, the csv module feeding one
executemany. The ratio is the import's rows per second over the floor's.
"""

import asyncio
import csv
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from renovation_core.inventory import COLUMNS
from tests.bench.national import PROGRAMME_CODE, programme, write_csv
from tests.conftest import _admin

SIZES = (22_000, 220_000)
POSTGRES_ADMIN = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
DATABASE = "renovation_bench_import"
STAGING = f"CREATE TABLE staging ({', '.join(f'{c.name} text' for c in COLUMNS)})"


def _run(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.bench.imports", *args],
        env={**os.environ, "RENOVATION_DATABASE_URL": url},
        capture_output=True,
        text=True,
        check=True,
    )


def _fresh(backend: str, workdir: Path, size: int) -> str:
    if backend == "SQLite":
        path = workdir / f"import-{size}.sqlite3"
        path.unlink(missing_ok=True)
        return f"sqlite+aiosqlite:///{path}"
    asyncio.run(
        _admin(
            POSTGRES_ADMIN,
            f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)",
            f"CREATE DATABASE {DATABASE}",
        )
    )
    return POSTGRES_ADMIN.rsplit("/", 1)[0] + f"/{DATABASE}"


def _floor(backend: str, url: str, path: Path) -> float:
    """Seconds to load the file raw."""
    if backend == "SQLite":
        database = sqlite3.connect(url.split("///", 1)[1])
        database.execute(STAGING)
        started = time.perf_counter()
        with path.open(encoding="utf-8", newline="") as file:
            rows = csv.reader(file)
            next(rows)
            marks = ", ".join("?" * len(COLUMNS))
            database.executemany(f"INSERT INTO staging VALUES ({marks})", rows)
        database.commit()
        seconds = time.perf_counter() - started
        database.close()
        return seconds
    return asyncio.run(_copy(url, path))


async def _copy(url: str, path: Path) -> float:
    import asyncpg  # noqa: PLC0415

    parsed = sa.make_url(url)
    connection = await asyncpg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, database=parsed.database
    )
    try:
        await connection.execute(STAGING)
        started = time.perf_counter()
        await connection.copy_to_table("staging", source=path, format="csv", header=True)
        return time.perf_counter() - started
    finally:
        await connection.close()


def measure(
    workdir: Path, backends: list[str], sizes: tuple[int, ...] = SIZES
) -> list[tuple[str, int, float, float, int]]:
    """(backend, rows, import rows/s, floor rows/s, peak memory in MiB) for each size."""
    programme_file = workdir / "national.json"
    programme_file.write_text(json.dumps(programme(), ensure_ascii=False), "utf-8")
    results = []
    for size in sizes:
        inventory = write_csv(workdir / f"national-{size}.csv", size)
        for backend in backends:
            url = _fresh(backend, workdir, size)
            _run(url, "load", str(programme_file))
            figures = json.loads(_run(url, "import", str(inventory)).stdout.splitlines()[-1])
            floor_url = _fresh(backend, workdir, size)
            floor = _floor(backend, floor_url, inventory)
            results.append(
                (backend, size, size / figures["seconds"], size / floor, figures["peak_mib"])
            )
    if "PostgreSQL" in backends:
        asyncio.run(_admin(POSTGRES_ADMIN, f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))
    return results


def _child(command: str, path: str) -> None:
    """In a process of its own: load the programme, or import the inventory and print the
    seconds and this process's peak memory."""
    from renovation_api.cli import main  # noqa: PLC0415

    if command == "load":
        main(["db", "upgrade"])
        main(["load-programme", path])
        return
    started = time.perf_counter()
    main(["import-compounds", PROGRAMME_CODE, path])
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mib": peak_kib // 1024}))


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
