"""One exception for every refusal: the server's RFC 9457 problem, or what is known without one."""

from dataclasses import dataclass
from typing import TypeVar

import httpx
from renovation_client.models import Problem
from renovation_client.types import Unset

T = TypeVar("T")


@dataclass(frozen=True)
class FieldError:
    """One field the server refused (a Problem's ``errors`` item): a JSON path and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class RenovationError(Exception):
    """An answer that was not a 2xx. ``type`` is the problem's URN (``about:blank`` when the
    body was not a problem, e.g. a proxy's 502); ``errors`` and ``allowed`` are empty when the
    problem has none; ``headers`` are the response's (``Retry-After``, ``X-Request-Id``)."""

    def __init__(
        self,
        *,
        status: int,
        title: str,
        type: str = "about:blank",
        detail: str | None = None,
        instance: str | None = None,
        errors: list[FieldError] | None = None,
        allowed: list[str] | None = None,
        headers: httpx.Headers | None = None,
    ) -> None:
        self.status = status
        self.title = title
        self.type = type
        self.detail = detail
        self.instance = instance
        self.errors = errors or []
        self.allowed = allowed or []
        self.headers = headers or httpx.Headers()
        super().__init__(str(self))

    @classmethod
    def from_response(cls, response: httpx.Response) -> "RenovationError":
        """The problem in ``response`` (read already), or its status and a glimpse of its body."""
        try:
            problem = Problem.from_dict(response.json())
            return cls(
                status=problem.status,
                title=problem.title,
                type=problem.type_,
                detail=_known(problem.detail),
                instance=_known(problem.instance),
                errors=[FieldError(e.path, e.message) for e in _known(problem.errors) or []],
                allowed=_known(problem.allowed),
                headers=response.headers,
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return cls(
                status=response.status_code,
                title=response.reason_phrase or "HTTP error",
                detail=response.text[:500] or None,
                headers=response.headers,
            )

    def __str__(self) -> str:
        text = f"{self.status} {self.title}"
        if self.detail:
            text += f": {self.detail}"
        if self.errors:
            text += " [" + "; ".join(map(str, self.errors)) + "]"
        if self.allowed:
            text += f" (allowed: {', '.join(self.allowed)})"
        return text

    def __repr__(self) -> str:
        shown = {
            "status": self.status,
            "type": self.type,
            "title": self.title,
            "detail": self.detail,
            "errors": self.errors,
            "allowed": self.allowed,
        }
        fields = ", ".join(f"{name}={value!r}" for name, value in shown.items() if value)
        return f"RenovationError({fields})"


def _known(value: T | Unset) -> T | None:
    """The generated models' UNSET as None, so nothing prints as ``<Unset object …>``."""
    return None if isinstance(value, Unset) else value


def raise_for_status(response: httpx.Response) -> None:
    """httpx response hook: any answer but a 2xx becomes a RenovationError before the generated
    code parses it (which would fail on a body that is not a problem)."""
    if not response.is_success:
        response.read()
        raise RenovationError.from_response(response)


async def araise_for_status(response: httpx.Response) -> None:
    """``raise_for_status`` for the async client."""
    if not response.is_success:
        await response.aread()
        raise RenovationError.from_response(response)
