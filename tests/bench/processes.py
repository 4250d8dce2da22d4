"""Processes the benchmarks run: each pinned to a core of its own, where taskset exists."""

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx


def pinned(cores: int | str, command: list[str]) -> list[str]:
    """``command`` on ``cores`` (a core, or a list such as "0,1")."""
    return ["taskset", "-c", str(cores), *command] if shutil.which("taskset") else command


@contextmanager
def serving(
    command: list[str], env: dict[str, str], port: int, cores: int | str = 0
) -> Iterator[str]:
    process = subprocess.Popen(
        pinned(cores, command),
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
