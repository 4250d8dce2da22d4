"""Retries below the generated client, as httpx transports: a request the server could not take
yet (429, 503) or that never arrived is sent again, but only when sending it twice is safe."""

import asyncio
import datetime
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx

RETRIED_STATUSES = frozenset({429, 503})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Failures where the request may never have reached the server, or its answer never came back.
TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """How hard to try: at most ``max_attempts`` sends, ``max_total_wait`` seconds of waiting
    in all, and no single wait longer than ``max_wait`` (a Retry-After asking for more ends the
    retries: the caller gets the 429 or 503). Without Retry-After the wait doubles from
    ``backoff`` seconds, with jitter so that many clients do not come back at once."""

    max_attempts: int = 4
    max_total_wait: float = 30.0
    max_wait: float = 10.0
    backoff: float = 0.5

    def wait(self, attempt: int, waited: float, response: httpx.Response | None) -> float | None:
        """Seconds to wait after send number ``attempt`` (from 1) before the next, or None."""
        if attempt >= self.max_attempts:
            return None
        asked = retry_after(response.headers.get("Retry-After")) if response else None
        if asked is None:
            delay = min(self.max_wait, self.backoff * 2 ** (attempt - 1)) * random.uniform(0.5, 1)
        elif asked > self.max_wait:
            return None
        else:
            delay = asked
        return delay if waited + delay <= self.max_total_wait else None


def retry_after(value: str | None) -> float | None:
    """A Retry-After header in seconds: delta-seconds or an HTTP date; None if absent or bad."""
    if value is None:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())


def retryable(request: httpx.Request) -> bool:
    """Safe to send twice: an idempotent method, or a POST carrying an Idempotency-Key."""
    return request.method in IDEMPOTENT_METHODS or (
        request.method == "POST" and "Idempotency-Key" in request.headers
    )


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport (by default httpx's own) with ``policy``; ``sleep`` is time.sleep."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not retryable(request):
            return self.inner.handle_request(request)
        attempt, waited = 1, 0.0
        while True:
            try:
                response = self.inner.handle_request(request)
            except TRANSIENT_ERRORS:
                delay = self.policy.wait(attempt, waited, None)
                if delay is None:
                    raise
            else:
                if response.status_code not in RETRIED_STATUSES:
                    return response
                delay = self.policy.wait(attempt, waited, response)
                if delay is None:
                    return response
                response.close()
            self.sleep(delay)
            attempt, waited = attempt + 1, waited + delay

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """``RetryTransport`` for httpx.AsyncClient; ``sleep`` is asyncio.sleep."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()
        self.policy = policy or RetryPolicy()
        self.sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not retryable(request):
            return await self.inner.handle_async_request(request)
        attempt, waited = 1, 0.0
        while True:
            try:
                response = await self.inner.handle_async_request(request)
            except TRANSIENT_ERRORS:
                delay = self.policy.wait(attempt, waited, None)
                if delay is None:
                    raise
            else:
                if response.status_code not in RETRIED_STATUSES:
                    return response
                delay = self.policy.wait(attempt, waited, response)
                if delay is None:
                    return response
                await response.aclose()
            await self.sleep(delay)
            attempt, waited = attempt + 1, waited + delay

    async def aclose(self) -> None:
        await self.inner.aclose()
