"""What the layer needs of a generated operation module, and what it gives back: the model with
the ETag and headers of its response."""

import inspect
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, cast

from renovation_client.models import Problem
from renovation_client.types import Unset

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
Item_co = TypeVar("Item_co", covariant=True)


class Detailed(Protocol[T_co]):
    """A generated ``Response``: the layer only reads it."""

    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def parsed(self) -> T_co | None: ...


class SyncOperation(Protocol[T_co]):
    """A generated operation module, e.g. ``renovation_client.api.compounds.list_compounds``."""

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Detailed[T_co]: ...


class AsyncOperation(Protocol[T_co]):
    """A generated operation module, used through its ``asyncio_detailed``."""

    def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Awaitable[Detailed[T_co]]: ...


class Paged(Protocol[Item_co]):
    """A page of a list: its items, and the cursor of the next page (None on the last)."""

    @property
    def items(self) -> Sequence[Item_co]: ...
    @property
    def next_cursor(self) -> str | Unset | None: ...


@dataclass(frozen=True)
class Resource(Generic[T]):
    """A model with its response's ``etag`` (to send back as If-Match) and ``headers``."""

    value: T
    etag: str | None
    headers: Mapping[str, str]

    @property
    def replayed(self) -> bool:
        """True when the server answered a retried POST from its Idempotency-Key record."""
        return self.headers.get("Idempotent-Replayed") == "true"


def resource(response: Detailed[T | Problem]) -> Resource[T]:
    """A successful response as a Resource (errors raised already, by the response hook)."""
    return Resource(cast(T, response.parsed), response.headers.get("ETag"), response.headers)


def with_idempotency_key(function: Callable[..., Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """``kwargs`` with a fresh Idempotency-Key when the operation takes one and none was given,
    so that the retry transport may send the POST again."""
    if (
        kwargs.get("idempotency_key")
        or "idempotency_key" not in inspect.signature(function).parameters
    ):
        return kwargs
    return {**kwargs, "idempotency_key": str(uuid.uuid4())}


def if_match(current: Resource[Any]) -> str:
    """The ETag to send as If-Match; a resource read without one cannot guard an update."""
    if current.etag is None:
        raise ValueError("this resource was read without an ETag: it cannot guard an update")
    return current.etag


def next_cursor(page: Paged[Any]) -> str | None:
    """The cursor of the page after ``page``, or None when it is the last."""
    return page.next_cursor if isinstance(page.next_cursor, str) else None
