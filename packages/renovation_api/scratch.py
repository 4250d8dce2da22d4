"""Each server process's scratch directory, and the removal of those whose process is gone.

The API's own scratch files have no name on disk (an upload, a workbook being sent), so they go
with their process however it ends. Libraries name theirs (openpyxl writes each sheet of a
workbook to a named file until it is saved), and a worker killed mid-export would leave them
behind for good. So a server process keeps its temporary files in a directory of its own,
locked for as long as it lives; at start, a process removes every directory whose lock nobody
holds, since its process has ended. Several workers, and several deployments, share the root.
"""

import atexit
import contextlib
import os
import shutil
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows, where a file still open cannot be removed: nothing to claim
    fcntl = None  # type: ignore[assignment]

ROOT = "renovation-scratch"
_LOCK = ".lock"


def claim(root: Path | None = None) -> Path | None:
    """Remove the scratch directories of ended processes under ``root`` (``renovation-scratch``
    in the system's temporary directory), make this process's own and send its temporary files
    there (``tempfile.tempdir``); it is removed when the process exits."""
    if fcntl is None:
        return None
    root = root or Path(tempfile.gettempdir()) / ROOT
    root.mkdir(mode=0o700, exist_ok=True)
    for found in root.glob("worker-*"):
        _remove_if_ended(found)
    starting = Path(tempfile.mkdtemp(prefix="starting-", dir=root))
    lock = os.open(starting / _LOCK, os.O_CREAT | os.O_RDWR, 0o600)
    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held until the process ends
    mine = starting.with_name(starting.name.replace("starting-", "worker-", 1))
    starting.rename(mine)  # locked before others may see it
    tempfile.tempdir = str(mine)
    atexit.register(shutil.rmtree, mine, ignore_errors=True)
    return mine


def _remove_if_ended(directory: Path) -> None:
    try:
        lock = os.open(directory / _LOCK, os.O_RDWR)
    except OSError:
        return  # not one of ours, or removed meanwhile
    try:
        with contextlib.suppress(BlockingIOError):
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            shutil.rmtree(directory, ignore_errors=True)
    finally:
        os.close(lock)
