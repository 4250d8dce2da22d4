"""Rate limits per caller: a credential, or the client address when there is none.

Fixed one-minute windows, counted in each worker's memory: no shared store to wait on, so a
deployment of N workers admits at most N times the limit per caller. Every guarded response says
where the caller stands (``RateLimit-Limit``, ``-Remaining``, ``-Reset``, IETF draft); a refused
request gets 429 with ``Retry-After``.
"""

import time
from collections.abc import Callable

import attrs
from litestar.types import Message, Scope

from renovation_api.problems import ProblemError

WINDOW_SECONDS = 60
_STATE_KEY = "quota"


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
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.time) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._window = -1
        self._counts: dict[str, int] = {}

    def admit(self, scope: Scope, caller: str) -> None:
        """Count one request of ``caller``; 429 once it is over the limit for this window."""
        now = self._clock()
        window = int(now // WINDOW_SECONDS)
        if window != self._window:
            self._window, self._counts = window, {}
        count = self._counts.get(caller, 0) + 1
        self._counts[caller] = count
        quota = Quota(
            limit=self.per_minute,
            remaining=max(self.per_minute - count, 0),
            reset=(window + 1) * WINDOW_SECONDS - int(now),
        )
        scope.setdefault("state", {})[_STATE_KEY] = quota
        if count > self.per_minute:
            raise ProblemError(
                429,
                "rate-limited",
                "Too many requests",
                f"at most {self.per_minute} requests a minute per caller; retry in {quota.reset} s",
                headers={"Retry-After": str(quota.reset)},
            )


async def add_quota_headers(message: Message, scope: Scope) -> None:
    """``before_send`` hook: the quota this request was counted against, if it was."""
    quota: Quota | None = scope.get("state", {}).get(_STATE_KEY)
    if quota and message["type"] == "http.response.start":
        message["headers"] = [*message.get("headers", ()), *quota.headers()]
