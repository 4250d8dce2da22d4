"""The hand-written Python SDK layer (clients/python) against httpx.MockTransport: retries and
their limits, idempotency keys, the one error type, ETags and paging; no server."""

import asyncio
import datetime
import json
from collections.abc import Callable
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from renovation_client.api.compounds import create_compound, delete_compound
from renovation_client.api.programmes import list_districts
from renovation_client.models import CompoundIn, DistrictOut, PropertyType
from renovation_sdk import (
    AsyncRenovationClient,
    AsyncRetryTransport,
    FieldError,
    RenovationClient,
    RenovationError,
    RetryPolicy,
    RetryTransport,
)

WUHAI = "wuhai-2022-2024"
Handler = Callable[[httpx.Request], httpx.Response]


def scripted(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering each request with the next of ``responses`` (raising an exception),
    and the requests it saw."""
    seen: list[httpx.Request] = []
    answers = iter(responses)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handle, seen


def send(
    handler: Handler, request: httpx.Request, policy: RetryPolicy | None = None
) -> tuple[httpx.Response, list[float]]:
    """``request`` through a RetryTransport over ``handler``; the response and the waits."""
    waits: list[float] = []
    transport = RetryTransport(httpx.MockTransport(handler), policy, sleep=waits.append)
    with httpx.Client(transport=transport) as client:
        return client.send(request), waits


def busy(status: int = 429, retry_after: str | None = "2") -> httpx.Response:
    return httpx.Response(status, headers={"Retry-After": retry_after} if retry_after else {})


GET = httpx.Request("GET", "http://test/v1/programmes")


def test_a_429_is_retried_after_the_seconds_retry_after_asks() -> None:
    handler, seen = scripted(busy(), httpx.Response(200))
    response, waits = send(handler, GET)
    assert (response.status_code, waits, len(seen)) == (200, [2.0], 2)


def test_retry_after_as_an_http_date() -> None:
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=3)
    handler, _ = scripted(busy(503, format_datetime(when, usegmt=True)), httpx.Response(200))
    response, waits = send(handler, GET)
    assert response.status_code == 200
    assert 1.5 < waits[0] <= 3


def test_without_retry_after_the_wait_doubles_with_jitter_up_to_the_ceiling() -> None:
    handler, seen = scripted(*[busy(503, None)] * 5, httpx.Response(200))
    policy = RetryPolicy(max_attempts=6, backoff=1.0, max_wait=3.0, max_total_wait=60)
    response, waits = send(handler, GET, policy)
    assert response.status_code == 200
    assert len(seen) == 6
    for wait, ceiling in zip(waits, [1, 2, 3, 3, 3], strict=True):
        assert ceiling / 2 <= wait <= ceiling


def test_attempts_are_limited_and_the_last_answer_returned() -> None:
    handler, seen = scripted(*[busy()] * 3)
    response, waits = send(handler, GET, RetryPolicy(max_attempts=3))
    assert (response.status_code, waits, len(seen)) == (429, [2.0, 2.0], 3)


def test_a_retry_after_beyond_the_ceiling_or_the_budget_is_not_waited_for() -> None:
    handler, seen = scripted(busy(retry_after="60"))
    response, waits = send(handler, GET, RetryPolicy(max_wait=10))
    assert (response.status_code, waits, len(seen)) == (429, [], 1)
    handler, seen = scripted(*[busy(retry_after="4")] * 3)
    response, waits = send(handler, GET, RetryPolicy(max_total_wait=10))
    assert (response.status_code, waits, len(seen)) == (429, [4.0, 4.0], 3)


def test_connection_errors_are_retried_then_raised() -> None:
    handler, seen = scripted(httpx.ConnectError("refused"), httpx.Response(200))
    response, waits = send(handler, GET, RetryPolicy(backoff=0.1))
    assert (response.status_code, len(waits), len(seen)) == (200, 1, 2)
    handler, seen = scripted(*[httpx.ReadTimeout("slow")] * 2)
    with pytest.raises(httpx.ReadTimeout):
        send(handler, GET, RetryPolicy(max_attempts=2, backoff=0.1))
    assert len(seen) == 2


def test_a_post_without_an_idempotency_key_is_never_retried() -> None:
    post = httpx.Request("POST", "http://test/v1/programmes", json={})
    handler, seen = scripted(busy(), httpx.Response(200))
    response, waits = send(handler, post)
    assert (response.status_code, waits, len(seen)) == (429, [], 1)
    handler, seen = scripted(httpx.ConnectError("reset"), httpx.Response(200))
    with pytest.raises(httpx.ConnectError):
        send(handler, post)
    assert len(seen) == 1


def test_a_post_with_an_idempotency_key_is_retried_with_the_same_key_and_body() -> None:
    post = httpx.Request(
        "POST", "http://test/v1/programmes", json={"a": 1}, headers={"Idempotency-Key": "k-1"}
    )
    handler, seen = scripted(httpx.RemoteProtocolError("dropped"), busy(), httpx.Response(201))
    response, _ = send(handler, post, RetryPolicy(backoff=0.1))
    assert response.status_code == 201
    assert [(r.headers["Idempotency-Key"], r.content) for r in seen] == [("k-1", b'{"a":1}')] * 3


def test_the_async_transport_retries_too() -> None:
    handler, seen = scripted(busy(retry_after="1"), httpx.Response(200))
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    async def main() -> int:
        transport = AsyncRetryTransport(httpx.MockTransport(handler), sleep=record)
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.get("http://test/v1/programmes")).status_code

    assert (asyncio.run(main()), waits, len(seen)) == (200, [1.0], 2)


COMPOUND = CompoundIn(
    code="T-1",
    name="测试小区",
    district="150302",
    street="150302002000",
    built_year=1999,
    buildings=4,
    households=160,
    floor_area_m2="14400.50",
    property_type=PropertyType.REFORMED,
)


def problem(status: int, **members: Any) -> httpx.Response:
    body = {"type": "urn:renovation:problem:test", "title": "Refused", "status": status, **members}
    headers = {"Content-Type": "application/problem+json", "X-Request-Id": "req-1"}
    return httpx.Response(status, content=json.dumps(body).encode(), headers=headers)


def test_every_post_gets_an_idempotency_key_kept_across_retries() -> None:
    handler, seen = scripted(busy(503, "0"), problem(409), problem(409))
    with RenovationClient(
        "http://test", api_key="k", transport=httpx.MockTransport(handler)
    ) as sdk:
        with pytest.raises(RenovationError):
            sdk.call(create_compound, programme=WUHAI, body=COMPOUND)
        with pytest.raises(RenovationError):
            sdk.call(create_compound, programme=WUHAI, body=COMPOUND, idempotency_key="mine")
    keys = [r.headers["Idempotency-Key"] for r in seen]
    assert keys[0] == keys[1] != "mine"
    assert len(keys[0]) == 36  # a UUID
    assert keys[2] == "mine"


def test_a_refusal_raises_the_problem_with_its_fields_and_headers() -> None:
    errors = [{"path": "$.district", "message": "no such district"}]
    handler, _ = scripted(problem(422, detail="1 field refused", errors=errors))
    with (
        RenovationClient("http://test", token="t", transport=httpx.MockTransport(handler)) as sdk,
        pytest.raises(RenovationError) as raised,
    ):
        sdk.call(create_compound, programme=WUHAI, body=COMPOUND)
    error = raised.value
    assert (error.status, error.type, error.title) == (
        422,
        "urn:renovation:problem:test",
        "Refused",
    )
    assert (error.detail, error.instance, error.allowed) == ("1 field refused", None, [])
    assert error.errors == [FieldError("$.district", "no such district")]
    assert error.headers["x-request-id"] == "req-1"
    assert str(error) == "422 Refused: 1 field refused [$.district: no such district]"
    assert repr(error) == (
        "RenovationError(status=422, type='urn:renovation:problem:test', title='Refused', "
        "detail='1 field refused', errors=[FieldError(path='$.district', "
        "message='no such district')])"
    )


def test_allowed_next_steps_and_a_bare_problem_print_without_placeholders() -> None:
    handler, _ = scripted(problem(409, allowed=["consulting", "cancelled"]))
    with (
        RenovationClient("http://test", transport=httpx.MockTransport(handler)) as sdk,
        pytest.raises(RenovationError) as raised,
    ):
        sdk.call(list_districts, programme=WUHAI)
    assert raised.value.allowed == ["consulting", "cancelled"]
    assert str(raised.value) == "409 Refused (allowed: consulting, cancelled)"
    assert "Unset" not in repr(raised.value)
    assert raised.value.detail is None


def test_a_failure_without_a_problem_body_raises_the_same_error() -> None:
    gateway = httpx.Response(502, text="<html>Bad Gateway</html>")
    handler, _ = scripted(gateway)
    with (
        RenovationClient("http://test", transport=httpx.MockTransport(handler)) as sdk,
        pytest.raises(RenovationError) as raised,
    ):
        sdk.call(list_districts, programme=WUHAI)
    error = raised.value
    assert (error.status, error.type, error.title) == (502, "about:blank", "Bad Gateway")
    assert error.detail == "<html>Bad Gateway</html>"


def test_one_credential_at_most() -> None:
    with pytest.raises(ValueError, match="not both"):
        RenovationClient("http://test", api_key="k", token="t")


@pytest.mark.parametrize(
    ("credential", "header", "value", "other"),
    [
        ({"api_key": "rnv_k"}, "X-API-Key", "rnv_k", "Authorization"),
        ({"token": "jwt"}, "Authorization", "Bearer jwt", "X-API-Key"),
    ],
)
def test_a_credential_goes_in_its_own_header(credential, header, value, other) -> None:
    handler, seen = scripted(problem(404))
    with (
        RenovationClient(
            "http://test", transport=httpx.MockTransport(handler), **credential
        ) as sdk,
        pytest.raises(RenovationError),
    ):
        sdk.call(list_districts, programme=WUHAI)
    assert seen[0].headers[header] == value
    assert other not in seen[0].headers


def district_pages(request: httpx.Request) -> httpx.Response:
    """Five districts, two a page; the cursor is the index of the next one."""
    start = int(request.url.params.get("cursor", "0"))
    names = [f"区{n}" for n in range(5)]
    items = [{"code": f"15030{n}", "name": names[n], "name_en": None} for n in range(5)]
    size = int(request.url.params["page_size"])
    following = str(start + size) if start + size < len(items) else None
    page = {"items": items[start : start + size], "next_cursor": following}
    return httpx.Response(200, json=page)


def test_paginate_walks_every_page() -> None:
    with RenovationClient("http://test", transport=httpx.MockTransport(district_pages)) as sdk:
        codes = [d.code for d in sdk.paginate(list_districts, programme=WUHAI, page_size=2)]
    assert codes == ["150300", "150301", "150302", "150303", "150304"]


def test_async_paginate_walks_every_page() -> None:
    async def main() -> list[DistrictOut]:
        transport = httpx.MockTransport(district_pages)
        async with AsyncRenovationClient("http://test", transport=transport) as sdk:
            return [d async for d in sdk.paginate(list_districts, programme=WUHAI, page_size=2)]

    assert [d.name for d in asyncio.run(main())] == [f"区{n}" for n in range(5)]


def test_a_read_carries_its_etag_and_an_update_sends_it_as_if_match() -> None:
    page = httpx.Response(200, json={"items": [], "next_cursor": None}, headers={"ETag": '"v1"'})
    handler, seen = scripted(page, httpx.Response(204))
    with RenovationClient(
        "http://test", api_key="k", transport=httpx.MockTransport(handler)
    ) as sdk:
        read = sdk.resource(list_districts, programme=WUHAI)
        assert (read.etag, read.value.items, read.replayed) == ('"v1"', [], False)
        sdk.update(delete_compound, read, programme=WUHAI, code="T-1")
    assert seen[1].headers["If-Match"] == '"v1"'
