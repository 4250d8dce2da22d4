"""A real ``renovation serve`` process on a free loopback port, for contract and end-to-end tests."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def live_server(
    database_url: str, workdir: Path, env: Mapping[str, str] | None = None, workers: int = 1
) -> Iterator[str]:
    """Serve the app on ``database_url`` (with more ``env``ironment, by ``workers`` processes);
    yields the base URL and stops the server after."""
    port = free_port()
    log = (workdir / f"server-{port}.log").open("w")
    command = ["serve", "--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(
        [sys.executable, "-m", "renovation_api.cli", *command],
        # Tests send far more than a caller's usual minute.
        env={
            **os.environ,
            "RENOVATION_DATABASE_URL": database_url,
            "RENOVATION_RATE_LIMIT_PER_MINUTE": "1000000",
            "RENOVATION_AUTH_FAILURES_PER_MINUTE": "1000000",  # contract tools send bad keys
            # Contract tools subscribe any URL they make up: nothing is sent from a test's server
            # unless the test asks for the worker (tests/api/test_webhooks.py does).
            "RENOVATION_WEBHOOK_WORKER": "off",
            # Contract tools ask for proposals of any length: each takes a core while it runs.
            "RENOVATION_PROPOSAL_MAX_SECONDS": "2",
            **(env or {}),
        },
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=workdir,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited: {(workdir / log.name).read_text()}")
            try:
                if httpx.get(f"{base_url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start within 60 s")
            time.sleep(0.1)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
