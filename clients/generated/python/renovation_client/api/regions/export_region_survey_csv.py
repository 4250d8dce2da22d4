from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.span import Span
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    code: str,
    *,
    month: str,
    span: Span | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["month"] = month

    json_span: str | Unset = UNSET
    if not isinstance(span, Unset):
        json_span = span.value

    params["span"] = json_span

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/regions/{code}/survey.csv".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.text))

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
    code: str,
    *,
    client: AuthenticatedClient,
    month: str,
    span: Span | Unset = UNSET,
) -> Response[File | Problem]:
    """Export the survey's figures of a region in the national table's layout as CSV

     The national table's layout: a sheet for the region with a row per region under it (a city's
    districts, a province's cities, the nation's provinces) and its total (合计), and at national level a
    sheet per province with a row per city. Columns: 地区, 数据来源, 小区个数 planned / started / start rate (%),
    户数 in 万户 to two places planned / started / start rate (%). A region that did not report has its row
    with no figures. Where a region's own figures are not the sum of the regions under it, a last sheet
    (核对) sets them beside that sum. Sheet titles are the regions' names, with what a sheet title may not
    hold ([]:*?/\\) replaced by _.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM: its year to date, or it alone.
        span (Span | Unset): year_to_date (本年累计, the national table's) or month (本月) alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        month=month,
        span=span,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    month: str,
    span: Span | Unset = UNSET,
) -> File | Problem | None:
    """Export the survey's figures of a region in the national table's layout as CSV

     The national table's layout: a sheet for the region with a row per region under it (a city's
    districts, a province's cities, the nation's provinces) and its total (合计), and at national level a
    sheet per province with a row per city. Columns: 地区, 数据来源, 小区个数 planned / started / start rate (%),
    户数 in 万户 to two places planned / started / start rate (%). A region that did not report has its row
    with no figures. Where a region's own figures are not the sum of the regions under it, a last sheet
    (核对) sets them beside that sum. Sheet titles are the regions' names, with what a sheet title may not
    hold ([]:*?/\\) replaced by _.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM: its year to date, or it alone.
        span (Span | Unset): year_to_date (本年累计, the national table's) or month (本月) alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        code=code,
        client=client,
        month=month,
        span=span,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    month: str,
    span: Span | Unset = UNSET,
) -> Response[File | Problem]:
    """Export the survey's figures of a region in the national table's layout as CSV

     The national table's layout: a sheet for the region with a row per region under it (a city's
    districts, a province's cities, the nation's provinces) and its total (合计), and at national level a
    sheet per province with a row per city. Columns: 地区, 数据来源, 小区个数 planned / started / start rate (%),
    户数 in 万户 to two places planned / started / start rate (%). A region that did not report has its row
    with no figures. Where a region's own figures are not the sum of the regions under it, a last sheet
    (核对) sets them beside that sum. Sheet titles are the regions' names, with what a sheet title may not
    hold ([]:*?/\\) replaced by _.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM: its year to date, or it alone.
        span (Span | Unset): year_to_date (本年累计, the national table's) or month (本月) alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        month=month,
        span=span,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    month: str,
    span: Span | Unset = UNSET,
) -> File | Problem | None:
    """Export the survey's figures of a region in the national table's layout as CSV

     The national table's layout: a sheet for the region with a row per region under it (a city's
    districts, a province's cities, the nation's provinces) and its total (合计), and at national level a
    sheet per province with a row per city. Columns: 地区, 数据来源, 小区个数 planned / started / start rate (%),
    户数 in 万户 to two places planned / started / start rate (%). A region that did not report has its row
    with no figures. Where a region's own figures are not the sum of the regions under it, a last sheet
    (核对) sets them beside that sum. Sheet titles are the regions' names, with what a sheet title may not
    hold ([]:*?/\\) replaced by _.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM: its year to date, or it alone.
        span (Span | Unset): year_to_date (本年累计, the national table's) or month (本月) alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            month=month,
            span=span,
        )
    ).parsed
