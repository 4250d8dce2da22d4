from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.region_survey_out import RegionSurveyOut
from ...models.span import Span
from ...types import UNSET, Response, Unset


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
        "url": "/v1/regions/{code}/survey".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegionSurveyOut | None:
    if response.status_code == 200:
        response_200 = RegionSurveyOut.from_dict(response.json())

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
) -> Response[Problem | RegionSurveyOut]:
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
) -> Response[Problem | RegionSurveyOut]:
    """Get the survey's figures rolled up for a region

     The survey's figures (planned, started, completed by compounds, buildings, households and floor
    area; investment; exact rates) for the month alone or the year to date at its end (today, within
    it): the region, then each region under it and the regions under those. Each line says where its
    figures come from: computed from the compounds' works where the city's programme is kept here,
    declared by the region, summed from the regions under it, or missing. A region whose own figures
    differ from the sum of its parts that reported is a finding. The month alone of a declared region
    needs the month before's declaration too. Regions outside the caller's are not found (404); a month
    that has not begun is refused (422).

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM: its year to date, or it alone.
        span (Span | Unset): year_to_date (本年累计, the national table's) or month (本月) alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegionSurveyOut]
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
) -> Problem | RegionSurveyOut | None:
    """Get the survey's figures rolled up for a region

     The survey's figures (planned, started, completed by compounds, buildings, households and floor
    area; investment; exact rates) for the month alone or the year to date at its end (today, within
    it): the region, then each region under it and the regions under those. Each line says where its
    figures come from: computed from the compounds' works where the city's programme is kept here,
    declared by the region, summed from the regions under it, or missing. A region whose own figures
    differ from the sum of its parts that reported is a finding. The month alone of a declared region
    needs the month before's declaration too. Regions outside the caller's are not found (404); a month
    that has not begun is refused (422).

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM: its year to date, or it alone.
        span (Span | Unset): year_to_date (本年累计, the national table's) or month (本月) alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegionSurveyOut
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
) -> Response[Problem | RegionSurveyOut]:
    """Get the survey's figures rolled up for a region

     The survey's figures (planned, started, completed by compounds, buildings, households and floor
    area; investment; exact rates) for the month alone or the year to date at its end (today, within
    it): the region, then each region under it and the regions under those. Each line says where its
    figures come from: computed from the compounds' works where the city's programme is kept here,
    declared by the region, summed from the regions under it, or missing. A region whose own figures
    differ from the sum of its parts that reported is a finding. The month alone of a declared region
    needs the month before's declaration too. Regions outside the caller's are not found (404); a month
    that has not begun is refused (422).

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM: its year to date, or it alone.
        span (Span | Unset): year_to_date (本年累计, the national table's) or month (本月) alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegionSurveyOut]
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
) -> Problem | RegionSurveyOut | None:
    """Get the survey's figures rolled up for a region

     The survey's figures (planned, started, completed by compounds, buildings, households and floor
    area; investment; exact rates) for the month alone or the year to date at its end (today, within
    it): the region, then each region under it and the regions under those. Each line says where its
    figures come from: computed from the compounds' works where the city's programme is kept here,
    declared by the region, summed from the regions under it, or missing. A region whose own figures
    differ from the sum of its parts that reported is a finding. The month alone of a declared region
    needs the month before's declaration too. Regions outside the caller's are not found (404); a month
    that has not begun is refused (422).

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM: its year to date, or it alone.
        span (Span | Unset): year_to_date (本年累计, the national table's) or month (本月) alone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegionSurveyOut
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            month=month,
            span=span,
        )
    ).parsed
