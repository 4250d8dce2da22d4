"""The hand-written Python SDK layer (renovation_sdk) drives a real server through one story,
behind a proxy that throttles once and loses one answer, as networks do; and its README runs."""

import asyncio
import contextlib
import datetime
import io
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from renovation_client.api.compounds import (
    create_compound,
    get_compound,
    list_compounds,
    replace_compound,
)
from renovation_client.api.programmes import list_districts
from renovation_client.api.projects import advance_project, create_project
from renovation_client.models import (
    CompoundFields,
    CompoundIn,
    ConditionIn,
    ProjectIn,
    PropertyType,
    Severity,
    Stage,
    TransitionIn,
)
from renovation_sdk import AsyncRenovationClient, RenovationClient, RenovationError

from tests.api.delivery_steps import CODE, NEW_PROJECT
from tests.conftest import Databases
from tests.live_server import live_server

WUHAI = "wuhai-2022-2024"
COMPOUNDS = f"/v1/programmes/{WUHAI}/compounds"
HOP_BY_HOP = {"connection", "content-length", "content-encoding", "transfer-encoding", "host"}


class FlakyProxy:
    """A loopback proxy to ``upstream`` that misbehaves once where told: ``throttle`` answers
    429 with Retry-After: 1 and forwards nothing; ``lose`` forwards, then answers 503 with
    Retry-After: 0 instead (a gateway whose upstream answered too late)."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.faults: dict[tuple[str, str], str] = {}
        self.seen: list[tuple[str, str, str | None]] = []  # method, path, Idempotency-Key
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Relay(BaseHTTPRequestHandler):
            def relay(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                path = urlsplit(self.path).path
                proxy.seen.append((self.command, path, self.headers.get("Idempotency-Key")))
                fault = proxy.faults.pop((self.command, path), None)
                if fault == "throttle":
                    self.answer(429, [("Retry-After", "1")], b"")
                    return
                headers = [(k, v) for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP]
                answer = httpx.request(
                    self.command, proxy.upstream + self.path, headers=headers, content=body
                )
                if fault == "lose":
                    self.answer(503, [("Retry-After", "0")], b"")
                    return
                kept = [(k, v) for k, v in answer.headers.multi_items() if k not in HOP_BY_HOP]
                self.answer(answer.status_code, kept, answer.content)

            def answer(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = relay

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the test's output is the story."""

        return Relay

    def once(self, method: str, path: str, fault: str) -> None:
        self.faults[(method, path)] = fault


@pytest.fixture(scope="module")
def server(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with live_server(databases.new(), tmp_path_factory.mktemp("sdk-layer")) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def proxy(server: str) -> Iterator[FlakyProxy]:
    flaky = FlakyProxy(server)
    thread = threading.Thread(target=flaky.server.serve_forever, daemon=True)
    thread.start()
    yield flaky
    flaky.server.shutdown()
    flaky.server.server_close()
    thread.join()


@pytest.fixture(scope="module")
def sdk(proxy: FlakyProxy, databases: Databases) -> Iterator[RenovationClient]:
    with RenovationClient(proxy.url, api_key=databases.keys["city_admin"]) as client:
        yield client


FACTS: dict[str, Any] = {
    "name": "SDK层测试小区",
    "district": "150302",
    "street": "150302002000",
    "built_year": 1999,
    "buildings": 4,
    "households": 160,
    "floor_area_m2": "14400.50",
    "property_type": PropertyType.REFORMED,
    "condition": ConditionIn(
        infrastructure=Severity.POOR, management=Severity.FAIR, safety=Severity.POOR
    ),
}


def test_an_integration_story(sdk: RenovationClient, proxy: FlakyProxy) -> None:
    with RenovationClient(proxy.url) as public:
        districts = [d.name for d in public.paginate(list_districts, programme=WUHAI, page_size=1)]
        assert districts == ["海勃湾区", "乌达区", "海南区"]
        with pytest.raises(RenovationError) as locked:
            public.call(list_compounds, programme=WUHAI)
    assert locked.value.status == 401
    assert locked.value.type == "urn:renovation:problem:unauthenticated"

    # Throttled once: the first page waits out Retry-After, then every page is walked.
    proxy.once("GET", COMPOUNDS, "throttle")
    started, sent = time.monotonic(), len(proxy.seen)
    codes = [c.code for c in sdk.paginate(list_compounds, programme=WUHAI, page_size=50)]
    assert time.monotonic() - started >= 1
    assert len(proxy.seen) - sent == 1 + -(-len(codes) // 50) >= 5  # the 429, then 4 pages
    assert codes == [c.code for c in sdk.call(list_compounds, programme=WUHAI, page_size=500).items]

    # A create whose answer is lost: retried with the same automatic key, replayed, not doubled.
    proxy.once("POST", COMPOUNDS, "lose")
    created = sdk.resource(create_compound, programme=WUHAI, body=CompoundIn(code="L-1", **FACTS))
    posts = [key for method, path, key in proxy.seen[-2:] if (method, path) == ("POST", COMPOUNDS)]
    assert len(posts) == 2
    assert posts[0] == posts[1]
    assert re.fullmatch(r"[0-9a-f-]{36}", posts[0] or "")
    assert created.replayed
    assert created.value.eligibility.first_year_required
    register = list(sdk.paginate(list_compounds, programme=WUHAI, page_size=500))
    assert len(register) == len(codes) + 1

    # Refused: a district Wuhai does not have.
    with pytest.raises(RenovationError) as refused:
        sdk.call(
            create_compound,
            programme=WUHAI,
            body=CompoundIn(code="L-2", **{**FACTS, "district": "150399"}),
        )
    assert refused.value.status == 422
    assert refused.value.errors[0].path == "$.district"

    # Read with its ETag, update with If-Match; the stale ETag is refused.
    read = sdk.resource(get_compound, programme=WUHAI, code="L-1")
    assert read.etag == created.etag
    body = CompoundFields(**{**FACTS, "households": 170})
    updated = sdk.update(replace_compound, read, programme=WUHAI, code="L-1", body=body)
    assert updated.value.households == 170
    assert updated.etag not in (None, read.etag)
    with pytest.raises(RenovationError) as stale:
        sdk.update(replace_compound, read, programme=WUHAI, code="L-1", body=body)
    assert stale.value.status == 412
    assert stale.value.type == "urn:renovation:problem:precondition-failed"
    assert "Unset" not in repr(stale.value)


def test_a_refused_stage_says_what_is_allowed(sdk: RenovationClient) -> None:
    project = sdk.call(
        create_project, programme=WUHAI, code=CODE, body=ProjectIn.from_dict(NEW_PROJECT)
    )
    assert project.stage == Stage.PLANNED
    with pytest.raises(RenovationError) as early:
        sdk.call(
            advance_project,
            programme=WUHAI,
            code=CODE,
            year=2022,
            body=TransitionIn(to=Stage.UNDER_CONSTRUCTION, on=datetime.date(2021, 12, 1)),
        )
    assert (early.value.status, early.value.type) == (
        409,
        "urn:renovation:problem:illegal-transition",
    )
    assert early.value.allowed == ["consulting", "suspended", "cancelled"]
    assert "allowed: consulting, suspended, cancelled" in str(early.value)


def test_the_async_client(proxy: FlakyProxy, databases: Databases) -> None:
    async def story() -> tuple[list[str], str | None]:
        async with AsyncRenovationClient(proxy.url, api_key=databases.keys["city_admin"]) as sdk:
            proxy.once("GET", f"/v1/programmes/{WUHAI}/districts", "throttle")
            names = [d.name async for d in sdk.paginate(list_districts, programme=WUHAI)]
            read = await sdk.resource(get_compound, programme=WUHAI, code="150302-0001")
            return names, read.etag

    started = time.monotonic()
    names, etag = asyncio.run(story())
    assert time.monotonic() - started >= 1
    assert names == ["海勃湾区", "乌达区", "海南区"]
    assert etag


def test_the_readme_runs(server: str, databases: Databases) -> None:
    """clients/python/README.md's examples, one program, against the server with a real key."""
    readme = Path(__file__).parents[2] / "clients" / "python" / "README.md"
    blocks = re.findall(r"```python\n(.*?)```", readme.read_text("utf-8"), re.S)
    code = "\n".join(blocks).replace("http://127.0.0.1:8000", server)
    code = code.replace('"rnv_…"', repr(databases.keys["city_admin"]))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("海勃湾区 47")
    assert re.fullmatch(r"150[0-9]{3}-[0-9]{4} (urgent|high|normal)", lines[1]), lines[1]
    assert lines[2:5] == ["150302 海勃湾区", "150304 乌达区", "150303 海南区"]
    assert re.fullmatch(r"[0-9]+ compounds", lines[5]), lines[5]
    assert lines[6].startswith("422 $.district: unknown district '150399'"), lines[6]
    assert lines[7:] == [
        "True",
        "412 urn:renovation:problem:precondition-failed",
        "海勃湾区",
        "401",
        "200 True",
        "['海勃湾区', '乌达区', '海南区']",
    ]
