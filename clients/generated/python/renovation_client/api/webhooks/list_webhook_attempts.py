from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attempt_page import AttemptPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    number: int,
    *,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/webhook-subscriptions/{number}/attempts".format(
            number=quote(str(number), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AttemptPage | Problem | None:
    if response.status_code == 200:
        response_200 = AttemptPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttemptPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AttemptPage | Problem]:
    """The delivery log

     Every attempt to deliver to the subscription, newest first: the event, the answer's status code,
    latency and a short excerpt, or why it failed.

    Args:
        number (int): The subscription's number, as its creation answered.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttemptPage | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: int,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AttemptPage | Problem | None:
    """The delivery log

     Every attempt to deliver to the subscription, newest first: the event, the answer's status code,
    latency and a short excerpt, or why it failed.

    Args:
        number (int): The subscription's number, as its creation answered.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttemptPage | Problem
    """

    return sync_detailed(
        number=number,
        client=client,
        page_size=page_size,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AttemptPage | Problem]:
    """The delivery log

     Every attempt to deliver to the subscription, newest first: the event, the answer's status code,
    latency and a short excerpt, or why it failed.

    Args:
        number (int): The subscription's number, as its creation answered.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttemptPage | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AttemptPage | Problem | None:
    """The delivery log

     Every attempt to deliver to the subscription, newest first: the event, the answer's status code,
    latency and a short excerpt, or why it failed.

    Args:
        number (int): The subscription's number, as its creation answered.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttemptPage | Problem
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed
