from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comparison_out import ComparisonOut
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    programme: str,
    number: int,
    *,
    other: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["other"] = other

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/programmes/{programme}/plan-proposals/{number}/comparison".format(
            programme=quote(str(programme), safe=""),
            number=quote(str(number), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComparisonOut | Problem | None:
    if response.status_code == 200:
        response_200 = ComparisonOut.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[ComparisonOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme: str,
    number: int,
    *,
    client: AuthenticatedClient,
    other: int,
) -> Response[ComparisonOut | Problem]:
    """Compare two plan proposals

     The proposal beside another (`other`: a what-if asked with a budget cut, a new target or a pin):
    what each was asked and found, and each compound they place differently. A proposal with no schedule
    has nothing to compare (409 `proposal-not-done`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.
        other (int): The other proposal's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComparisonOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        number=number,
        other=other,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    number: int,
    *,
    client: AuthenticatedClient,
    other: int,
) -> ComparisonOut | Problem | None:
    """Compare two plan proposals

     The proposal beside another (`other`: a what-if asked with a budget cut, a new target or a pin):
    what each was asked and found, and each compound they place differently. A proposal with no schedule
    has nothing to compare (409 `proposal-not-done`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.
        other (int): The other proposal's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComparisonOut | Problem
    """

    return sync_detailed(
        programme=programme,
        number=number,
        client=client,
        other=other,
    ).parsed


async def asyncio_detailed(
    programme: str,
    number: int,
    *,
    client: AuthenticatedClient,
    other: int,
) -> Response[ComparisonOut | Problem]:
    """Compare two plan proposals

     The proposal beside another (`other`: a what-if asked with a budget cut, a new target or a pin):
    what each was asked and found, and each compound they place differently. A proposal with no schedule
    has nothing to compare (409 `proposal-not-done`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.
        other (int): The other proposal's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComparisonOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        number=number,
        other=other,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    number: int,
    *,
    client: AuthenticatedClient,
    other: int,
) -> ComparisonOut | Problem | None:
    """Compare two plan proposals

     The proposal beside another (`other`: a what-if asked with a budget cut, a new target or a pin):
    what each was asked and found, and each compound they place differently. A proposal with no schedule
    has nothing to compare (409 `proposal-not-done`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.
        other (int): The other proposal's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComparisonOut | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            number=number,
            client=client,
            other=other,
        )
    ).parsed
