"""Rate limits per caller, and on failed authentication per address.

A caller is a credential, or the client's address when it sends none; the address is the one
the server trusts (:func:`client_address`): the peer's, or, behind a proxy the deployment names,
the one that proxy forwarded. Counts are kept in fixed one-minute windows. With Redis configured
(``RENOVATION_REDIS_URL``) every worker counts in the same place, so N workers admit a caller
its limit, not N times it; without it (the embedded default), each worker counts in its memory,
and a worker that cannot reach Redis counts in its memory until it can again.

Every guarded response says where the caller stands (``RateLimit-Limit``, ``-Remaining``,
``-Reset``, IETF draft); a refused request gets 429 with ``Retry-After``. An address that has
failed authentication more than its limit in a minute is refused any credential (429) until the
minute ends, before anything looks the credential up: a flood of made-up keys costs nothing.
"""

import ipaddress
import logging
import time
from collections.abc import Callable, Iterable
from typing import Protocol

import attrs
import redis.asyncio as redis
from litestar.types import Message, Scope

from renovation_api.problems import ProblemError

WINDOW_SECONDS = 60
_STATE_KEY = "quota"
log = logging.getLogger(__name__)
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def client_address(scope: Scope, trusted: Iterable[Network]) -> str:
    """The client's address: the peer's, unless the peer is a proxy in ``trusted``; then the
    nearest address in ``X-Forwarded-For`` that is not a trusted proxy (each proxy appends the
    address it was reached from, so the addresses nearer the client are the client's to
    invent, and only the last untrusted one is known)."""
    client = scope.get("client")
    peer = client[0] if client else "unknown"
    networks = tuple(trusted)
    if not networks or not _within(peer, networks):
        return peer
    forwarded = b",".join(v for k, v in scope["headers"] if k == b"x-forwarded-for")
    hops = [hop.strip() for hop in forwarded.decode("latin-1").split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _within(hop, networks):
            return hop
    return hops[0] if hops else peer


def _within(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        found = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(found in network for network in networks)


class Counts(Protocol):
    """Counters that start afresh each window: ``add`` counts (one, or ``amount``) and says how
    many now, ``get`` says how many without counting."""

    async def add(self, key: str, window: int, amount: int = 1) -> int: ...

    async def get(self, key: str, window: int) -> int: ...

    async def close(self) -> None: ...


class LocalCounts:
    """Counts in this worker's memory: the current window's only."""

    def __init__(self) -> None:
        self._window = -1
        self._counts: dict[str, int] = {}

    def _current(self, window: int) -> dict[str, int]:
        if window != self._window:
            self._window, self._counts = window, {}
        return self._counts

    async def add(self, key: str, window: int, amount: int = 1) -> int:
        counts = self._current(window)
        counts[key] = counts.get(key, 0) + amount
        return counts[key]

    async def get(self, key: str, window: int) -> int:
        return self._current(window).get(key, 0)

    async def close(self) -> None:
        return None


class RedisCounts:
    """Counts shared by every worker, in Redis: a key per caller and window, gone two windows
    later. While Redis cannot be reached, the worker counts in its memory (and says so in its
    log) rather than refusing or admitting everyone."""

    def __init__(self, url: str, prefix: str = "renovation") -> None:
        self._redis = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self._prefix = prefix
        self._fallback = LocalCounts()

    async def add(self, key: str, window: int, amount: int = 1) -> int:
        name = f"{self._prefix}:{window}:{key}"
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.incrby(name, amount)
                pipe.expire(name, 2 * WINDOW_SECONDS)
                count, _ = await pipe.execute()
        except redis.RedisError as error:
            log.warning("rate limits counted per worker: Redis: %s", error)
            return await self._fallback.add(key, window, amount)
        return int(count)

    async def get(self, key: str, window: int) -> int:
        try:
            found = await self._redis.get(f"{self._prefix}:{window}:{key}")
        except redis.RedisError as error:
            log.warning("rate limits counted per worker: Redis: %s", error)
            return await self._fallback.get(key, window)
        return int(found or 0)

    async def close(self) -> None:
        await self._redis.aclose()


@attrs.frozen
class Quota:
    limit: int
    remaining: int
    reset: int  # seconds until the window ends

    def headers(self) -> list[tuple[bytes, bytes]]:
        return [
            (b"ratelimit-limit", str(self.limit).encode()),
            (b"ratelimit-remaining", str(self.remaining).encode()),
            (b"ratelimit-reset", str(self.reset).encode()),
        ]


class RateLimiter:
    """``per_minute`` requests a minute per caller; ``failures_per_minute`` failed
    authentications a minute per address."""

    def __init__(
        self,
        per_minute: int,
        failures_per_minute: int,
        counts: Counts,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.per_minute = per_minute
        self.failures_per_minute = failures_per_minute
        self.counts = counts
        self.clock = clock

    def _window(self) -> tuple[int, int]:
        """The current window, and the seconds until it ends."""
        now = self.clock()
        window = int(now // WINDOW_SECONDS)
        return window, (window + 1) * WINDOW_SECONDS - int(now)

    async def admit(self, scope: Scope, caller: str) -> None:
        """Count one request of ``caller``; 429 once it is over the limit for this window."""
        window, reset = self._window()
        count = await self.counts.add(f"caller:{caller}", window)
        quota = Quota(limit=self.per_minute, remaining=max(self.per_minute - count, 0), reset=reset)
        scope.setdefault("state", {})[_STATE_KEY] = quota
        if count > self.per_minute:
            raise _limited(
                f"at most {self.per_minute} requests a minute per caller; retry in {reset} s", reset
            )

    async def check_failures(self, address: str) -> None:
        """429 for a credential from an address over its limit of failed authentications."""
        window, reset = self._window()
        if await self.counts.get(f"failed:{address}", window) >= self.failures_per_minute:
            raise self._out_of_failures(reset)

    def _out_of_failures(self, reset: int) -> ProblemError:
        return _limited(
            f"more than {self.failures_per_minute} failed authentications a minute from this "
            f"address; retry in {reset} s",
            reset,
        )

    async def failed(self, address: str) -> None:
        """Count a failed authentication from ``address``."""
        window, _ = self._window()
        await self.counts.add(f"failed:{address}", window)

    async def reserve_failure(self, address: str) -> int:
        """Count a failure of ``address`` ahead of a check that may fail (429 if it has none
        left), so that checks running at once cannot all start; the window, to return it in."""
        window, reset = self._window()
        if await self.counts.add(f"failed:{address}", window) > self.failures_per_minute:
            raise self._out_of_failures(reset)
        return window

    async def release_failure(self, address: str, window: int) -> None:
        """Return a reserved failure: the check passed."""
        await self.counts.add(f"failed:{address}", window, -1)


def _limited(detail: str, reset: int) -> ProblemError:
    return ProblemError(
        429, "rate-limited", "Too many requests", detail, headers={"Retry-After": str(reset)}
    )


async def add_quota_headers(message: Message, scope: Scope) -> None:
    """``before_send`` hook: the quota this request was counted against, if it was."""
    quota: Quota | None = scope.get("state", {}).get(_STATE_KEY)
    if quota and message["type"] == "http.response.start":
        message["headers"] = [*message.get("headers", ()), *quota.headers()]
