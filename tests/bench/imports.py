"""The import's and the reports' figures beside their floors, measured in one run (part of
``nox -s bench``).

The national-size inventory (``national.py``) is written as CSV at 22,000 and 220,000 rows and
imported with ``renovation import-compounds`` into a fresh database of each backend, each run
in a process of its own so that its peak memory is its own. The floor is the same file loaded
raw: PostgreSQL's COPY into a table of text columns; on SQLite, the csv module feeding one
executemany. The ratio is the import's rows per second over the floor's.

The core alone reading and judging the same file (no database) is measured too: the ceiling
of an import that validates every row with the core, beside the last backend's floor; and on
PostgreSQL, the rows the import wrote loaded raw into copies of their tables, indexes and
foreign keys included: the database's own share, which no import of these rows can beat.

Over the 220,000 imported compounds, with the works of every planned one delivered
(``works.py``), the programme's reports are then read through the API (the median of seven
reads, after one) beside their bare GROUP BYs run by the raw driver (the median of seven).
"""

import asyncio
import csv
import io
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from renovation_api.clock import today
from renovation_api.settings import DEFAULT_IMPORT_MAX_ROWS
from renovation_api.sheets import Limits, rows_of
from renovation_core.loading import dataset_from_mapping
from renovation_core.register.inventory import COLUMNS, Inventory
from tests.bench import works
from tests.bench.national import PROGRAMME_CODE, programme, write_csv
from tests.bench.processes import serving
from tests.conftest import _admin
from tests.live_server import free_port

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


TARGET_VS_ACTUAL = (
    "SELECT p.year, c.district_code, count(*), sum(c.households), sum(c.floor_area_centi),"
    " sum(p.investment_fen) FROM plans p JOIN compounds c ON c.id = p.compound_id"
    " WHERE c.programme_id = 1 GROUP BY p.year, c.district_code",
)
COVERAGE = (
    "SELECT district_code, count(*) FROM compounds WHERE programme_id = 1 AND eligible"
    " GROUP BY district_code",
    f"SELECT CASE i.item_code {works.CATEGORY} END, c.district_code, count(DISTINCT c.id)"
    " FROM plan_items i JOIN plans p ON p.id = i.plan_id JOIN compounds c ON c.id = p.compound_id"
    " WHERE c.programme_id = 1 AND c.eligible GROUP BY 1, 2",
)
# The summary: the register's counts in one pass (scope, plans, the first year, findings), then
# the plans' sums and the coverage counts.
REGISTER_COUNTS = (
    "SELECT count(*), sum(CASE WHEN c.eligible THEN 1 ELSE 0 END), count(p.id),"
    " sum(CASE WHEN c.first_year_required THEN 1 ELSE 0 END),"
    " sum(CASE WHEN p.id IS NOT NULL AND NOT c.eligible THEN 1 ELSE 0 END),"
    " sum(CASE WHEN c.first_year_required AND (p.id IS NULL OR p.year != 2022) THEN 1 ELSE 0 END),"
    " sum(c.text_findings)"
    " FROM compounds c LEFT JOIN plans p ON p.compound_id = c.id WHERE c.programme_id = 1"
)
SUMMARY = (REGISTER_COUNTS, *TARGET_VS_ACTUAL, *COVERAGE)
# The consistency report: the register's counts, then the first thousand compounds with a
# register finding (by the verdicts stored) and the assessed, planned compounds, with plans.
_REGISTER = "FROM compounds c LEFT JOIN plans p ON p.compound_id = c.id WHERE c.programme_id = 1"
CONSISTENCY = (
    REGISTER_COUNTS,
    f"SELECT c.*, p.* {_REGISTER} AND ((p.id IS NOT NULL AND NOT c.eligible)"
    " OR (c.first_year_required AND (p.id IS NULL OR p.year != 2022)) OR c.text_findings > 0)"
    " ORDER BY c.code LIMIT 1000",
    f"SELECT c.*, p.* {_REGISTER} AND c.infrastructure IS NOT NULL AND p.id IS NOT NULL",
)
REPORTS = (
    ("target-vs-actual", TARGET_VS_ACTUAL),
    ("coverage", COVERAGE),
    ("summary", SUMMARY),
    ("consistency", CONSISTENCY),
)
# The survey rolled up to a province and the nation, beside the survey's own view of the
# programme's districts (what the roll-ups sum).
ROLL_UPS = (
    ("survey, province (YTD)", "/v1/regions/900000/survey?month=2023-12"),
    ("survey, nation (YTD)", "/v1/regions/000000/survey?month=2023-12"),
)
# The city's assessment of 2023 (a write: it reads the year's planned compounds).
ASSESSMENT = {
    "year": 2023,
    "weights": {
        "preparation": "0.25",
        "progress": "0.25",
        "acceptance": "0.25",
        "management": "0.25",
    },
    "pool": {"amount_yuan": "100000000.00"},
    "as_of": "2023-12-31",
}
# The benchmark's province: its programme's hundred districts lie in ten cities.
PROVINCE = {
    "code": "900000",
    "name": "基准省",
    "cities": [{"code": f"90{n:02d}00", "name": f"第{n}市"} for n in range(1, 11)],
}


# What a PostgreSQL import writes, and the foreign keys among those tables.
WRITTEN = ("compounds", "plans", "plan_items", "import_changes")
WRITTEN_KEYS = (
    "ALTER TABLE written_plans ADD FOREIGN KEY (compound_id) REFERENCES written_compounds(id)",
    "ALTER TABLE written_plan_items ADD FOREIGN KEY (plan_id) REFERENCES written_plans(id)",
    "ALTER TABLE written_import_changes ADD FOREIGN KEY (import_id) REFERENCES imports(id)",
)


async def _written_raw(url: str) -> float:
    """Seconds for PostgreSQL to take the rows an import wrote, binary-COPied into empty copies
    of its tables with their indexes and foreign keys: the database's own share of the import."""
    import asyncpg  # noqa: PLC0415

    parsed = sa.make_url(url)
    connection = await asyncpg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, database=parsed.database
    )
    try:
        dumps = {}
        for table in WRITTEN:
            dumps[table] = io.BytesIO()
            await connection.copy_from_table(table, output=dumps[table], format="binary")
            await connection.execute(f"CREATE TABLE written_{table} (LIKE {table} INCLUDING ALL)")
        for statement in WRITTEN_KEYS:
            await connection.execute(statement)
        started = time.perf_counter()
        for table, dump in dumps.items():
            dump.seek(0)
            await connection.copy_to_table(f"written_{table}", source=dump, format="binary")
        return time.perf_counter() - started
    finally:
        await connection.close()


def _median_ms(run: Callable[[], object], times: int = 7) -> float:
    run()
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _bare(url: str, statements: tuple[str, ...]) -> float:
    """Milliseconds for the raw driver to run ``statements`` (median)."""
    if url.startswith("sqlite"):
        database = sqlite3.connect(url.split("///", 1)[1])
        try:
            return _median_ms(lambda: [database.execute(s).fetchall() for s in statements])
        finally:
            database.close()

    async def run() -> float:
        import asyncpg  # noqa: PLC0415

        parsed = sa.make_url(url)
        connection = await asyncpg.connect(
            host=parsed.host, port=parsed.port, user=parsed.username, database=parsed.database
        )
        try:
            samples = []
            for n in range(8):
                started = time.perf_counter()
                for statement in statements:
                    await connection.fetch(statement)
                if n:
                    samples.append((time.perf_counter() - started) * 1000)
            return statistics.median(samples)
        finally:
            await connection.close()

    return asyncio.run(run())


def reports(url: str) -> list[tuple[str, float, float]]:
    """(report, API ms, bare GROUP BY ms) over the database at ``url``, its planned compounds'
    works delivered (``works.py``): the programme's reports, those over the works (a contract
    drawn for each district, a leader paired with one, and 2023 assessed first: the assessment,
    a write, is a row of its own beside the statements that read what it counts), and the survey rolled up to its
    province and the nation (as the deployment's administrator, the province added from its
    file)."""
    created = _run(url, "key", "")
    key = {"X-API-Key": created.stdout.split()[-1]}
    asyncio.run(works.deliver(url, PROGRAMME_CODE))
    on_works = works.reports(today())
    port = free_port()
    command = [sys.executable, "-m", "renovation_api.cli", "serve", "--port", str(port)]
    with (
        serving(command, {"RENOVATION_DATABASE_URL": url}, port) as base,
        # One client, as an integrator keeps: a new one per read costs ~20 ms of its own.
        httpx.Client(base_url=base, headers=key, timeout=600) as client,
    ):
        client.post("/v1/regions", json=PROVINCE).raise_for_status()
        programme_at = f"/v1/programmes/{PROGRAMME_CODE}"
        for district in dataset_from_mapping(programme()).programme.districts:
            contract = {"district": district.code, "year": 2023}
            client.post(f"{programme_at}/contracts", json=contract).raise_for_status()
        client.post(f"{programme_at}/pairings", json=works.PAIRING).raise_for_status()
        started = time.perf_counter()
        client.post(f"{programme_at}/assessments", json=ASSESSMENT).raise_for_status()
        assessed = (time.perf_counter() - started) * 1000

        def read(path: str) -> Callable[[], object]:
            return lambda: client.get(path).raise_for_status()

        api = {name: _median_ms(read(f"{programme_at}/reports/{name}")) for name, _ in REPORTS}
        api |= {name: _median_ms(read(programme_at + path)) for name, path, _ in on_works}
        api |= {name: _median_ms(read(path)) for name, path in ROLL_UPS}
    survey = _bare(url, works.BY_PERIOD)
    return [
        *((name, api[name], _bare(url, statements)) for name, statements in REPORTS),
        *((name, api[name], _bare(url, statements)) for name, _, statements in on_works),
        *((name, api[name], survey) for name, _ in ROLL_UPS),
        ("assess 2023 (a write)", assessed, _bare(url, works.ASSESSING)),
    ]


def national_files(workdir: Path, size: int) -> tuple[Path, Path]:
    """The national programme's file, and its inventory of ``size`` rows as CSV."""
    programme_file = workdir / "national.json"
    programme_file.write_text(json.dumps(programme(), ensure_ascii=False), "utf-8")
    return programme_file, write_csv(workdir / f"national-{size}.csv", size)


def load_national(url: str, programme_file: Path, inventory: Path) -> dict[str, Any]:
    """Load the national programme into the database at ``url`` and import its inventory, in a
    process of its own: the import's seconds and that process's peak memory."""
    _run(url, "load", str(programme_file))
    return json.loads(_run(url, "import", str(inventory)).stdout.splitlines()[-1])  # type: ignore[no-any-return]


def judged_per_second(inventory: Path) -> float:
    """Rows per second the core alone reads and judges (no database): the ceiling of an import
    that validates every row."""
    reader = Inventory(dataset_from_mapping(programme()).programme, today=today())
    started = time.perf_counter()
    with inventory.open("rb") as file:
        _, outcomes = reader.open(rows_of(file, Limits(rows=DEFAULT_IMPORT_MAX_ROWS)))
        count = sum(1 for _ in outcomes)
    return count / (time.perf_counter() - started)


def measure(
    workdir: Path, backends: list[str], sizes: tuple[int, ...] = SIZES
) -> tuple[list[tuple[str, int, float, float, int]], list[tuple[str, str, float, float]]]:
    """(backend, rows, rows/s, floor rows/s, peak memory in MiB) for each size and backend,
    and for the core alone (floor: PostgreSQL's COPY, or SQLite's); and (backend, report, API
    ms, floor ms) over the largest."""
    results, latencies = [], []
    for size in sizes:
        programme_file, inventory = national_files(workdir, size)
        judged = judged_per_second(inventory)
        for backend in backends:
            url = _fresh(backend, workdir, size)
            figures = load_national(url, programme_file, inventory)
            if size == max(sizes):
                latencies += [(backend, *r) for r in reports(url)]
            written = asyncio.run(_written_raw(url)) if backend == "PostgreSQL" else None
            floor_url = _fresh(backend, workdir, size)
            floor = _floor(backend, floor_url, inventory)
            results.append(
                (backend, size, size / figures["seconds"], size / floor, figures["peak_mib"])
            )
            if written is not None:
                results.append(("written raw", size, size / written, size / floor, 0))
        results.append(("core only", size, judged, results[-1][3], 0))
    if "PostgreSQL" in backends:
        asyncio.run(_admin(POSTGRES_ADMIN, f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))
    return results, latencies


def _child(command: str, path: str) -> None:
    """In a process of its own: load the programme, or import the inventory and print the
    seconds and this process's peak memory."""
    from renovation_api.cli import main  # noqa: PLC0415

    if command == "load":
        main(["db", "upgrade"])
        main(["load-programme", path])
        return
    if command == "key":
        main(["keys", "create", "--name", "bench", "--role", "city_admin"])
        return
    started = time.perf_counter()
    main(["import-compounds", PROGRAMME_CODE, path])
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "peak_mib": _peak_kib() // 1024}))


def _peak_kib() -> int:
    """This process's peak resident memory: Linux's VmHWM, which starts anew with the program;
    ``ru_maxrss`` would carry over the resident set of the process it was forked from (the
    bench, a few hundred MiB after its read benchmarks: measured, 313 MiB reported for a child
    using 13)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
