"""The clients: one credential, one error type, ETags, idempotent retries and paging, over the
generated ``renovation_client`` whose every operation stays reachable (``.generated``)."""

from collections.abc import AsyncIterator, Iterator
from typing import Any, Self, TypeVar

import httpx
from renovation_client import AuthenticatedClient, Client
from renovation_client.models import Problem

from renovation_sdk.errors import araise_for_status, raise_for_status
from renovation_sdk.operations import (
    AsyncOperation,
    Paged,
    Resource,
    SyncOperation,
    if_match,
    next_cursor,
    resource,
    with_idempotency_key,
)
from renovation_sdk.retries import AsyncRetryTransport, RetryPolicy, RetryTransport

T = TypeVar("T")
Item = TypeVar("Item")


class RenovationClient:
    """Calls generated operation modules: ``client.call(list_compounds, programme=…)``.

    Without a credential it reads what is published; ``api_key`` (from ``renovation keys
    create``, sent as X-API-Key) or ``token`` (a bearer token) reads and writes the register.
    ``transport`` replaces httpx's own under the retries (a test's httpx.MockTransport)."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.generated = _generated(
            base_url,
            api_key,
            token,
            timeout,
            transport=RetryTransport(transport, retry),
            event_hooks={"response": [raise_for_status]},
        )

    def call(self, operation: SyncOperation[T | Problem], /, **kwargs: Any) -> T:
        """The operation's model; a refusal raises RenovationError."""
        return self.resource(operation, **kwargs).value

    def resource(self, operation: SyncOperation[T | Problem], /, **kwargs: Any) -> Resource[T]:
        """The operation's model with its ETag and headers; a POST gets an Idempotency-Key."""
        kwargs = with_idempotency_key(operation.sync_detailed, kwargs)
        return resource(operation.sync_detailed(client=self.generated, **kwargs))

    def update(
        self, operation: SyncOperation[T | Problem], current: Resource[Any], /, **kwargs: Any
    ) -> Resource[T]:
        """The operation sent with If-Match: ``current``'s ETag (412 if it changed since)."""
        return self.resource(operation, if_match=if_match(current), **kwargs)

    def paginate(
        self, operation: SyncOperation[Paged[Item] | Problem], /, **kwargs: Any
    ) -> Iterator[Item]:
        """Every item of a paged list, page after page."""
        cursor = kwargs.pop("cursor", None)
        while True:
            page = self.call(operation, cursor=cursor, **kwargs)
            yield from page.items
            if (cursor := next_cursor(page)) is None:
                return

    def close(self) -> None:
        self.generated.get_httpx_client().close()

    def __enter__(self) -> Self:
        self.generated.__enter__()
        return self

    def __exit__(self, *args: object) -> None:
        self.generated.__exit__(*args)


class AsyncRenovationClient:
    """``RenovationClient`` for asyncio: the same methods, awaited (``paginate`` with
    ``async for``)."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.generated = _generated(
            base_url,
            api_key,
            token,
            timeout,
            transport=AsyncRetryTransport(transport, retry),
            event_hooks={"response": [araise_for_status]},
        )

    async def call(self, operation: AsyncOperation[T | Problem], /, **kwargs: Any) -> T:
        return (await self.resource(operation, **kwargs)).value

    async def resource(
        self, operation: AsyncOperation[T | Problem], /, **kwargs: Any
    ) -> Resource[T]:
        kwargs = with_idempotency_key(operation.asyncio_detailed, kwargs)
        return resource(await operation.asyncio_detailed(client=self.generated, **kwargs))

    async def update(
        self, operation: AsyncOperation[T | Problem], current: Resource[Any], /, **kwargs: Any
    ) -> Resource[T]:
        return await self.resource(operation, if_match=if_match(current), **kwargs)

    async def paginate(
        self, operation: AsyncOperation[Paged[Item] | Problem], /, **kwargs: Any
    ) -> AsyncIterator[Item]:
        cursor = kwargs.pop("cursor", None)
        while True:
            page = await self.call(operation, cursor=cursor, **kwargs)
            for item in page.items:
                yield item
            if (cursor := next_cursor(page)) is None:
                return

    async def aclose(self) -> None:
        await self.generated.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        await self.generated.__aenter__()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.generated.__aexit__(*args)


def _generated(
    base_url: str, api_key: str | None, token: str | None, timeout: float, **httpx_args: Any
) -> Client | AuthenticatedClient:
    """The generated client for one credential or none; the server refuses two (401)."""
    common: dict[str, Any] = {
        "base_url": base_url,
        "timeout": httpx.Timeout(timeout),
        "httpx_args": httpx_args,
    }
    if api_key is not None and token is not None:
        raise ValueError("give api_key or token, not both: the server refuses two credentials")
    if api_key is not None:
        return AuthenticatedClient(token=api_key, auth_header_name="X-API-Key", prefix="", **common)
    if token is not None:
        return AuthenticatedClient(token=token, **common)
    return Client(**common)
