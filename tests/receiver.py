"""A webhook receiver on a loopback port, as an integrating system would run one: it records
every delivery (headers and body as they arrived) and answers as a test tells it to."""

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs


@attrs.frozen
class Delivery:
    headers: dict[str, str]
    body: bytes


@attrs.define
class Receiver:
    """``status`` to answer with, ``delay`` seconds to wait first, ``location`` to redirect
    to; ``hold`` blocks every answer until it is set."""

    url: str = ""
    status: int = 204
    delay: float = 0.0
    location: str | None = None
    body: bytes = b""
    hold: threading.Event | None = None
    got: list[Delivery] = attrs.field(factory=list)
    lock: threading.Lock = attrs.field(factory=threading.Lock)

    def ids(self) -> list[str]:
        with self.lock:
            return [d.headers["webhook-id"] for d in self.got]

    def wait_for(self, count: int, seconds: float = 30) -> list[Delivery]:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.got) >= count:
                    return list(self.got)
            time.sleep(0.02)
        with self.lock:
            return list(self.got)


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with receiver.lock:
                receiver.got.append(Delivery(headers=dict(self.headers.items()), body=body))
            if receiver.hold is not None:
                receiver.hold.wait()
            time.sleep(receiver.delay)
            with contextlib.suppress(OSError):  # the sender gave up waiting
                self.send_response(receiver.status)
                if receiver.location:
                    self.send_header("Location", receiver.location)
                self.send_header("Content-Length", str(len(receiver.body)))
                self.end_headers()
                self.wfile.write(receiver.body)

        def log_message(self, *_args: Any) -> None:
            return

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the senders' concurrency, and more: no connection refused


@contextlib.contextmanager
def receiving(**answer: Any) -> Iterator[Receiver]:
    """A receiver listening on 127.0.0.1 until the block ends."""
    receiver = Receiver(**answer)
    server = _Server(("127.0.0.1", 0), _handler(receiver))
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        if receiver.hold is not None:
            receiver.hold.set()
        server.shutdown()
        server.server_close()
