"""No scratch file outlives its use: a workbook's sheets whatever ends the writing, a download
however it ends, and a killed worker's files at the next start."""

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

from renovation_api.workbook import write_only
from tests.api.conftest import WUHAI
from tests.api.test_import_limits import leftovers

HOLDER = """
import sys, tempfile, time
from pathlib import Path
from renovation_api import scratch
mine = scratch.claim(Path(sys.argv[1]))
tempfile.NamedTemporaryFile(prefix="openpyxl.", delete=False).close()  # as openpyxl names them
print(mine, flush=True)
if sys.argv[2] == "stay":
    time.sleep(120)
"""


def claimed(root: Path, stay: bool) -> tuple[subprocess.Popen[str], Path]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root), "stay" if stay else "go"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def test_a_killed_workers_scratch_is_removed_when_another_starts(tmp_path: Path) -> None:
    live, kept = claimed(tmp_path, stay=True)
    killed, left = claimed(tmp_path, stay=True)
    ended, own = None, None
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        assert any(left.iterdir()), "the killed worker left its files"
        ended, own = claimed(tmp_path, stay=False)
        ended.wait()
        assert not left.exists(), "the next start removed them"
        assert not own.exists(), "a worker that exits removes its own"
        assert any(p.name.startswith("openpyxl.") for p in kept.iterdir()), "a live one keeps its"
    finally:
        live.kill()
        live.wait()
        for process in (live, killed, ended):
            if process is not None and process.stdout is not None:
                process.stdout.close()


def abandon_a_workbook_midway() -> Path:
    """Write a sheet's first row, then fail: the sheet's scratch file, which existed."""
    with write_only() as book:
        sheet = book.create_sheet("台账")
        sheet.append(["小区编码"])
        written = Path(sheet._writer.out)
        assert written.exists()
        raise RuntimeError(written)


def test_a_workbook_abandoned_midway_leaves_no_sheet_file() -> None:
    before = leftovers()
    with pytest.raises(RuntimeError) as raised:
        abandon_a_workbook_midway()
    assert not Path(str(raised.value)).exists()
    assert leftovers() <= before


def unlinked_open_files() -> int:
    """Files this process holds open that have no name on disk any more."""
    fds = Path("/proc/self/fd")
    return sum(1 for fd in fds.iterdir() if os.path.realpath(fd).endswith("(deleted)"))


def test_an_export_read_halfway_leaves_nothing(client: TestClient[Any]) -> None:
    before, held = leftovers(), unlinked_open_files()
    with client.stream("GET", f"{WUHAI}/exports/compounds.xlsx") as response:
        assert response.status_code == 200
        assert int(response.headers["content-length"]) > 1000
        next(response.iter_bytes(512))
    assert leftovers() <= before
    assert unlinked_open_files() == held
