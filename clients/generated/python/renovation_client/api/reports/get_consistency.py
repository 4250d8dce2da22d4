from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consistency_report import ConsistencyReport
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    programme: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/programmes/{programme}/reports/consistency".format(
            programme=quote(str(programme), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsistencyReport | Problem | None:
    if response.status_code == 200:
        response_200 = ConsistencyReport.from_dict(response.json())

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
) -> Response[ConsistencyReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConsistencyReport | Problem]:
    """Consistency findings

     Targets that do not add up, coverage counts that do not match their published rates, register
    entries that break the programme's rules, compounds planned after less urgent ones of their district
    (schedule, 先急后缓); and, apart (explained), differences the programme itself accounts for: a year
    whose table publishes some districts' rows only (partial_annual_rows) is explained, not flagged,
    where its rows stay within its total.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsistencyReport | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    *,
    client: AuthenticatedClient,
) -> ConsistencyReport | Problem | None:
    """Consistency findings

     Targets that do not add up, coverage counts that do not match their published rates, register
    entries that break the programme's rules, compounds planned after less urgent ones of their district
    (schedule, 先急后缓); and, apart (explained), differences the programme itself accounts for: a year
    whose table publishes some districts' rows only (partial_annual_rows) is explained, not flagged,
    where its rows stay within its total.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsistencyReport | Problem
    """

    return sync_detailed(
        programme=programme,
        client=client,
    ).parsed


async def asyncio_detailed(
    programme: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConsistencyReport | Problem]:
    """Consistency findings

     Targets that do not add up, coverage counts that do not match their published rates, register
    entries that break the programme's rules, compounds planned after less urgent ones of their district
    (schedule, 先急后缓); and, apart (explained), differences the programme itself accounts for: a year
    whose table publishes some districts' rows only (partial_annual_rows) is explained, not flagged,
    where its rows stay within its total.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsistencyReport | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    *,
    client: AuthenticatedClient,
) -> ConsistencyReport | Problem | None:
    """Consistency findings

     Targets that do not add up, coverage counts that do not match their published rates, register
    entries that break the programme's rules, compounds planned after less urgent ones of their district
    (schedule, 先急后缓); and, apart (explained), differences the programme itself accounts for: a year
    whose table publishes some districts' rows only (partial_annual_rows) is explained, not flagged,
    where its rows stay within its total.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsistencyReport | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            client=client,
        )
    ).parsed
