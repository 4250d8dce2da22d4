"""Hostile spreadsheets against the import's reader: each bomb of ``tests.api.bombs`` read in a
process of its own (its memory before, at its peak and after, and how long until it is
refused), beside openpyxl reading the shared-strings bomb as the import did before; and the
reader's speed on an honest workbook beside openpyxl's read-only mode, measured in one run.

``python -m tests.bench.hostile`` prints the tables; ``nox -s bench`` prints them last.
"""

import io
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

from renovation_api.settings import DEFAULT_IMPORT_MAX_ROWS
from renovation_api.sheets import Limits, NotASpreadsheet, rows_of
from tests.api import bombs
from tests.bench.national import rows

BOMBS: dict[str, Callable[[], bytes]] = {
    "shared strings, 320 MB unpacked": bombs.shared_strings_bomb,
    "3,000,000 one-cell rows": lambda: bombs.many_rows(3_000_000),
    "billion laughs": bombs.billion_laughs,
    "external entity": bombs.external_entity,
    "a 50 MB text in one cell": lambda: bombs.long_text(50_000_000),
    "a 50 MB comment": lambda: bombs.long_comment(50_000_000),
    "300 element names of 1 MB": lambda: bombs.long_names(1_000_000, 300),
    "elements 150,000 deep": lambda: bombs.deep_text(150_000),
    "2,000 ZIP members": lambda: bombs.many_parts(2_000),
    "a number format of 300,000 characters": lambda: bombs.long_format(300_000),
}
HONEST_ROWS = 22_000


def _mib(field: str) -> float:
    """This process's resident memory now (VmRSS) or at its peak (VmHWM), in MiB."""
    lines = Path("/proc/self/status").read_text().splitlines()
    line = next(found for found in lines if found.startswith(field))
    return int(line.split()[1]) / 1024


def _read(path: Path, reader: str) -> None:
    """In the measured process: read the file, print before, peak, after (MiB), seconds."""
    before, started = _mib("VmRSS"), time.perf_counter()
    with path.open("rb") as file:
        try:
            if reader == "openpyxl":
                book = load_workbook(file, read_only=True)
                sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
            else:
                sum(1 for _ in rows_of(file, Limits(rows=DEFAULT_IMPORT_MAX_ROWS)))
        except NotASpreadsheet:
            pass
    seconds = time.perf_counter() - started
    print(before, _mib("VmHWM"), _mib("VmRSS"), seconds)


def measure_bombs(workdir: Path) -> list[tuple[str, float, float, float, float, float]]:
    """(case, KiB, MiB before, at the peak and after, seconds) for each bomb."""
    found = []
    cases = [(name, build, "sheets") for name, build in BOMBS.items()]
    cases.append(("the same shared strings, by openpyxl", bombs.shared_strings_bomb, "openpyxl"))
    for name, build, reader in cases:
        path = workdir / "bomb.xlsx"
        path.write_bytes(build())
        out = subprocess.run(
            [sys.executable, "-m", "tests.bench.hostile", "--read", str(path), reader],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        before, peak, after, seconds = map(float, out)
        found.append((name, path.stat().st_size / 1024, before, peak, after, seconds))
    return found


def honest_rates() -> tuple[float, float]:
    """Rows a second the reader and openpyxl's read-only mode read of an honest workbook of
    the national inventory's rows."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("台账")
    for row in rows(HONEST_ROWS):
        sheet.append(row)
    content = io.BytesIO()
    book.save(content)
    started = time.perf_counter()
    count = sum(1 for _ in rows_of(io.BytesIO(content.getvalue()), Limits(rows=10**6)))
    ours = count / (time.perf_counter() - started)
    started = time.perf_counter()
    loaded = load_workbook(io.BytesIO(content.getvalue()), read_only=True).worksheets[0]
    loaded.reset_dimensions()
    count = sum(1 for _ in loaded.iter_rows(values_only=True))
    return ours, count / (time.perf_counter() - started)


def report() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        measured = measure_bombs(Path(tmp))
    print(
        f"\n{'hostile workbook':<40} {'KiB':>6} {'MiB before':>11} {'peak':>7} {'after':>7} {'s':>7}"
    )
    for name, kib, before, peak, after, seconds in measured:
        print(f"{name:<40} {kib:>6.0f} {before:>11.1f} {peak:>7.1f} {after:>7.1f} {seconds:>7.2f}")
    ours, theirs = honest_rates()
    print(
        f"\n{'an honest workbook of ' + format(HONEST_ROWS, ',') + ' rows':<40} {'rows/s':>9} "
        f"{'openpyxl':>9} {'ratio':>7}\n{'read by renovation_api.sheets':<40} {ours:>9.0f} "
        f"{theirs:>9.0f} {ours / theirs:>7.2f}"
    )
    print(
        "\neach hostile workbook read in a process of its own until it is refused (the 3,000,000 "
        "rows: at the 300,000th); MiB: resident memory; ratio = the reader ÷ openpyxl's "
        "read-only mode, in this run"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--read"]:
        _read(Path(sys.argv[2]), sys.argv[3])
    else:
        report()
