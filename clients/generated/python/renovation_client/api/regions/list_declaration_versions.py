from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.declaration_versions_out import DeclarationVersionsOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    code: str,
    month: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/regions/{code}/declarations/{month}".format(
            code=quote(str(code), safe=""),
            month=quote(str(month), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeclarationVersionsOut | Problem | None:
    if response.status_code == 200:
        response_200 = DeclarationVersionsOut.from_dict(response.json())

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
) -> Response[DeclarationVersionsOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    month: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeclarationVersionsOut | Problem]:
    """List the versions of a region's declaration for a month

     Every version of the region's declared figures for the month, first to last; the last is the one
    roll-ups read.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclarationVersionsOut | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        month=month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    month: str,
    *,
    client: AuthenticatedClient,
) -> DeclarationVersionsOut | Problem | None:
    """List the versions of a region's declaration for a month

     Every version of the region's declared figures for the month, first to last; the last is the one
    roll-ups read.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclarationVersionsOut | Problem
    """

    return sync_detailed(
        code=code,
        month=month,
        client=client,
    ).parsed


async def asyncio_detailed(
    code: str,
    month: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeclarationVersionsOut | Problem]:
    """List the versions of a region's declaration for a month

     Every version of the region's declared figures for the month, first to last; the last is the one
    roll-ups read.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclarationVersionsOut | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        month=month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    month: str,
    *,
    client: AuthenticatedClient,
) -> DeclarationVersionsOut | Problem | None:
    """List the versions of a region's declaration for a month

     Every version of the region's declared figures for the month, first to last; the last is the one
    roll-ups read.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclarationVersionsOut | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            month=month,
            client=client,
        )
    ).parsed
