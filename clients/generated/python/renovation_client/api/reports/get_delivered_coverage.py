import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coverage_report import CoverageReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme: str,
    *,
    as_of: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/programmes/{programme}/reports/coverage-delivered".format(
            programme=quote(str(programme), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoverageReport | Problem | None:
    if response.status_code == 200:
        response_200 = CoverageReport.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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
) -> Response[CoverageReport | Problem]:
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
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[CoverageReport | Problem]:
    """Coverage on delivered works

     Coverage (覆盖率) of each category counted on works delivered (passed joint acceptance) by the day,
    beside the published targets: the same table as the coverage on plans (getCoverage), so the two read
    side by side. The districts the caller answers for; the city for city-wide callers. A day after
    today is refused (422).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        as_of (datetime.date | None | Unset): The day delivered by (today by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoverageReport | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        as_of=as_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> CoverageReport | Problem | None:
    """Coverage on delivered works

     Coverage (覆盖率) of each category counted on works delivered (passed joint acceptance) by the day,
    beside the published targets: the same table as the coverage on plans (getCoverage), so the two read
    side by side. The districts the caller answers for; the city for city-wide callers. A day after
    today is refused (422).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        as_of (datetime.date | None | Unset): The day delivered by (today by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoverageReport | Problem
    """

    return sync_detailed(
        programme=programme,
        client=client,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    programme: str,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[CoverageReport | Problem]:
    """Coverage on delivered works

     Coverage (覆盖率) of each category counted on works delivered (passed joint acceptance) by the day,
    beside the published targets: the same table as the coverage on plans (getCoverage), so the two read
    side by side. The districts the caller answers for; the city for city-wide callers. A day after
    today is refused (422).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        as_of (datetime.date | None | Unset): The day delivered by (today by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoverageReport | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        as_of=as_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> CoverageReport | Problem | None:
    """Coverage on delivered works

     Coverage (覆盖率) of each category counted on works delivered (passed joint acceptance) by the day,
    beside the published targets: the same table as the coverage on plans (getCoverage), so the two read
    side by side. The districts the caller answers for; the city for city-wide callers. A day after
    today is refused (422).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        as_of (datetime.date | None | Unset): The day delivered by (today by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoverageReport | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            client=client,
            as_of=as_of,
        )
    ).parsed
