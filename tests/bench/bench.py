"""``nox -s bench``: the API's read paths against their floors, measured in one run.

For each backend (SQLite, and PostgreSQL when reachable) the database holds Wuhai and the
national-size inventory (220,000 compounds of another programme, ``national.py``, imported
first). The API is served by one worker pinned to core 0, then by two workers on both cores,
and loaded by ``wrk -t1 -c32`` pinned to core 1; then the floors app (floors.py) is served by
one worker on core 0. Every figure is printed beside its floor as a ratio: absolute numbers
drift between machines, ratios measured in one run do not. Last, a province-size plan is drawn
up (planning.py) beside the greedy baseline. This measures; it asserts nothing.
"""

import argparse
import asyncio
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench import hostile, imports, planning, webhooks
from tests.bench.processes import pinned, serving
from tests.conftest import _admin, _migrated
from tests.live_server import free_port

WUHAI = "/v1/programmes/wuhai-2022-2024"
# (label, API path, floor path): each API read beside the raw-driver read of the same data.
CASES = [
    ("GET one compound", f"{WUHAI}/compounds/150302-0001", "/row/150302-0001"),
    ("GET a page of 100 compounds", f"{WUHAI}/compounds?page_size=100", "/rows"),
    ("GET target-vs-actual report", f"{WUHAI}/reports/target-vs-actual", "/groupby"),
]
FRAMEWORK_FLOOR = "/struct"
WORKERS = ((1, "0"), (2, "0,1"))  # API workers, and the cores they run on
POSTGRES_ADMIN = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


def wrk(url: str, seconds: int, key: str | None = None) -> tuple[float, float]:
    """Requests per second and the 99th-percentile latency in ms."""
    header = ["-H", f"X-API-Key: {key}"] if key else []
    subprocess.run(
        pinned(1, ["wrk", "-t1", "-c32", "-d2s", *header, url]), capture_output=True, check=True
    )
    out = subprocess.run(
        pinned(1, ["wrk", "-t1", "-c32", f"-d{seconds}s", "--latency", *header, url]),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"{url} answered errors under load:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
    return rps, float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def databases(workdir: Path) -> dict[str, tuple[str, dict[str, str]]]:
    """Each backend's database, loaded with Wuhai and the national inventory, and the API
    keys issued in it."""
    found = {"SQLite": f"sqlite+aiosqlite:///{workdir / 'bench.sqlite3'}"}
    try:
        asyncio.run(
            _admin(
                POSTGRES_ADMIN,
                "DROP DATABASE IF EXISTS renovation_bench WITH (FORCE)",
                "CREATE DATABASE renovation_bench",
            )
        )
        found["PostgreSQL"] = POSTGRES_ADMIN.rsplit("/", 1)[0] + "/renovation_bench"
    except OSError as error:
        print(f"PostgreSQL not reachable ({error}); measuring SQLite only")
    inventory = imports.national_files(workdir, max(imports.SIZES))
    loaded = {}
    for backend, url in found.items():
        loaded[backend] = (url, _migrated(url, with_wuhai=True))
        imports.load_national(url, *inventory)
    return loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed (Debian: apt-get install wrk)")
    rows: list[tuple[str, str, tuple[float, float], tuple[float, float] | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend, (url, keys) in databases(Path(tmp)).items():
            env = {
                "RENOVATION_DATABASE_URL": url,
                "RENOVATION_DB_POOL_SIZE": "32",
                "RENOVATION_RATE_LIMIT_PER_MINUTE": "100000000",
            }
            # As Haibowan's district officer: authenticated, and every read scoped.
            key = keys["haibowan_officer"]
            measured = {}
            for workers, cores in WORKERS:
                port = free_port()
                api = [
                    *(sys.executable, "-m", "renovation_api.cli", "serve"),
                    *("--port", str(port), "--workers", str(workers)),
                ]
                with serving(api, env, port, cores) as base:
                    measured[workers] = [
                        wrk(base + path, args.seconds, key) for _, path, _ in CASES
                    ]
            port = free_port()
            floors_app = [
                sys.executable,
                "-m",
                "uvicorn",
                "tests.bench.floors:app",
                "--port",
                str(port),
                "--log-level",
                "warning",
                "--no-access-log",
            ]
            with serving(floors_app, env, port) as base:
                framework = wrk(base + FRAMEWORK_FLOOR, args.seconds)
                floors = [wrk(base + floor, args.seconds) for _, _, floor in CASES]
            rows.append((backend, "bare route, one prebuilt struct", framework, None))
            for n, (label, _, floor_path) in enumerate(CASES):
                rows.append((backend, f"raw driver {floor_path}", floors[n], None))
                for workers, _ in WORKERS:
                    rows.append((backend, f"{label}, {workers}w", measured[workers][n], floors[n]))
        if "PostgreSQL" in {r[0] for r in rows}:
            asyncio.run(
                _admin(POSTGRES_ADMIN, "DROP DATABASE IF EXISTS renovation_bench WITH (FORCE)")
            )
    print()
    print(
        f"{'backend':<11} {'case (with 220,000 compounds)':<38} {'req/s':>9} {'p99 ms':>8} {'req/s ratio':>12} {'p99 ratio':>10}"
    )
    for backend, label, (rps, p99), ref in rows:
        ratios = ("", "") if ref is None else (f"{rps / ref[0]:.2f}", f"{p99 / ref[1]:.2f}")
        print(f"{backend:<11} {label:<38} {rps:>9.0f} {p99:>8.2f} {ratios[0]:>12} {ratios[1]:>10}")
    print(
        "\nratio = API ÷ its raw-driver floor (one worker), measured in this run (req/s: higher "
        "is better, goal ≥ 0.50 for one compound and a page of 100; p99: lower is better); "
        "1w: one API worker on core 0; 2w: two workers on cores 0 and 1, sharing core 1 with "
        "wrk (and the database)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        imported, latencies = imports.measure(Path(tmp), sorted({r[0] for r in rows}, reverse=True))
    print(
        f"\n{'backend':<11} {'import of the national inventory':<34} {'rows/s':>9} {'floor':>9} {'ratio':>7} {'peak MiB':>9}"
    )
    for backend, size, rate, raw, peak in imported:
        print(
            f"{backend:<11} {f'{size:,} rows from CSV':<34} {rate:>9.0f} {raw:>9.0f} {rate / raw:>7.3f} {peak or '':>9}"
        )
    print(
        "\nfloor = the same file loaded raw (PostgreSQL COPY; SQLite one executemany); ratio = "
        "import ÷ floor (goal ≥ 0.25 on PostgreSQL); peak memory of the importing process "
        "(goal: the same at 22,000 and 220,000 rows); written raw = the rows the PostgreSQL "
        "import wrote, binary-COPied into empty copies of its tables with their indexes and "
        "foreign keys (the database's own share of the import); core only = the core reading "
        "and judging the rows with no database (the ceiling of an import that validates every "
        "row), beside the floor of the backend above it"
    )
    print(
        f"\n{'backend':<11} {'report over 220,000 compounds':<34} {'ms':>9} {'floor ms':>9} {'ratio':>7}"
    )
    for backend, report, api_ms, floor_ms in latencies:
        floor, ratio = (f"{floor_ms:.1f}", f"{api_ms / floor_ms:.2f}") if floor_ms else ("", "")
        print(f"{backend:<11} {report:<34} {api_ms:>9.1f} {floor:>9} {ratio:>7}")
    print(
        "\nfloor = the report's bare GROUP BY by the raw driver (over the works: the statements"
        " that read what it needs); ratio = API ÷ floor (goal ≤ 2); the assessment is a write,"
        " beside the statements that read what it counts"
    )
    hostile.report()
    webhooks.report()
    planning.report()


if __name__ == "__main__":
    main()
