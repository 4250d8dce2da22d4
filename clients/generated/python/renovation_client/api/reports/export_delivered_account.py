import datetime
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


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
        "url": "/v1/programmes/{programme}/reports/delivered.xlsx".format(
            programme=quote(str(programme), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
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
) -> Response[File | Problem]:
    """Export what was delivered beside the targets as XLSX

     One sheet, 交账: a row per published row of the annual plans (each year's total last), then the
    programme's (年度 全部); the published target (数量, 户数, 万平方米, 亿元) under 改造计划, the works delivered (数量,
    楼栋数, 户数, 万平方米) under 已交付, the money paid in 亿元 and the delivered share of the target's compounds in
    percent.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        as_of (datetime.date | None | Unset): The day delivered by (today by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
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
) -> File | Problem | None:
    """Export what was delivered beside the targets as XLSX

     One sheet, 交账: a row per published row of the annual plans (each year's total last), then the
    programme's (年度 全部); the published target (数量, 户数, 万平方米, 亿元) under 改造计划, the works delivered (数量,
    楼栋数, 户数, 万平方米) under 已交付, the money paid in 亿元 and the delivered share of the target's compounds in
    percent.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        as_of (datetime.date | None | Unset): The day delivered by (today by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
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
) -> Response[File | Problem]:
    """Export what was delivered beside the targets as XLSX

     One sheet, 交账: a row per published row of the annual plans (each year's total last), then the
    programme's (年度 全部); the published target (数量, 户数, 万平方米, 亿元) under 改造计划, the works delivered (数量,
    楼栋数, 户数, 万平方米) under 已交付, the money paid in 亿元 and the delivered share of the target's compounds in
    percent.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        as_of (datetime.date | None | Unset): The day delivered by (today by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
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
) -> File | Problem | None:
    """Export what was delivered beside the targets as XLSX

     One sheet, 交账: a row per published row of the annual plans (each year's total last), then the
    programme's (年度 全部); the published target (数量, 户数, 万平方米, 亿元) under 改造计划, the works delivered (数量,
    楼栋数, 户数, 万平方米) under 已交付, the money paid in 亿元 and the delivered share of the target's compounds in
    percent.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        as_of (datetime.date | None | Unset): The day delivered by (today by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            client=client,
            as_of=as_of,
        )
    ).parsed
