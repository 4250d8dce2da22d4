import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.survey_report_out import SurveyReportOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme: str,
    *,
    year: int,
    as_of: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["year"] = year

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
        "url": "/v1/programmes/{programme}/reports/survey".format(
            programme=quote(str(programme), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SurveyReportOut | None:
    if response.status_code == 200:
        response_200 = SurveyReportOut.from_dict(response.json())

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
) -> Response[Problem | SurveyReportOut]:
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
    year: int,
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[Problem | SurveyReportOut]:
    """Get the survey's figures for a year to date

     Planned, started (开工) and completed (完工) by compounds, buildings, households and floor area, the
    investment planned and completed, and the start and completion rates, from the compounds' works:
    by_period counts a start or a completion in the period it happened in, whatever its plan's year (a
    compound of next year's plan started early counts now, so started may exceed planned), by_plan the
    year's plan as it stood on the last day. Each district the caller answers for, then the city for a
    city-wide caller. A period that has not begun yet is refused (422).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        year (int): The calendar year.
        as_of (datetime.date | None | Unset): The period's last day (today by default; the year's
            last at most).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SurveyReportOut]
    """

    kwargs = _get_kwargs(
        programme=programme,
        year=year,
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
    year: int,
    as_of: datetime.date | None | Unset = UNSET,
) -> Problem | SurveyReportOut | None:
    """Get the survey's figures for a year to date

     Planned, started (开工) and completed (完工) by compounds, buildings, households and floor area, the
    investment planned and completed, and the start and completion rates, from the compounds' works:
    by_period counts a start or a completion in the period it happened in, whatever its plan's year (a
    compound of next year's plan started early counts now, so started may exceed planned), by_plan the
    year's plan as it stood on the last day. Each district the caller answers for, then the city for a
    city-wide caller. A period that has not begun yet is refused (422).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        year (int): The calendar year.
        as_of (datetime.date | None | Unset): The period's last day (today by default; the year's
            last at most).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SurveyReportOut
    """

    return sync_detailed(
        programme=programme,
        client=client,
        year=year,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    programme: str,
    *,
    client: AuthenticatedClient,
    year: int,
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[Problem | SurveyReportOut]:
    """Get the survey's figures for a year to date

     Planned, started (开工) and completed (完工) by compounds, buildings, households and floor area, the
    investment planned and completed, and the start and completion rates, from the compounds' works:
    by_period counts a start or a completion in the period it happened in, whatever its plan's year (a
    compound of next year's plan started early counts now, so started may exceed planned), by_plan the
    year's plan as it stood on the last day. Each district the caller answers for, then the city for a
    city-wide caller. A period that has not begun yet is refused (422).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        year (int): The calendar year.
        as_of (datetime.date | None | Unset): The period's last day (today by default; the year's
            last at most).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SurveyReportOut]
    """

    kwargs = _get_kwargs(
        programme=programme,
        year=year,
        as_of=as_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    *,
    client: AuthenticatedClient,
    year: int,
    as_of: datetime.date | None | Unset = UNSET,
) -> Problem | SurveyReportOut | None:
    """Get the survey's figures for a year to date

     Planned, started (开工) and completed (完工) by compounds, buildings, households and floor area, the
    investment planned and completed, and the start and completion rates, from the compounds' works:
    by_period counts a start or a completion in the period it happened in, whatever its plan's year (a
    compound of next year's plan started early counts now, so started may exceed planned), by_plan the
    year's plan as it stood on the last day. Each district the caller answers for, then the city for a
    city-wide caller. A period that has not begun yet is refused (422).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        year (int): The calendar year.
        as_of (datetime.date | None | Unset): The period's last day (today by default; the year's
            last at most).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SurveyReportOut
    """

    return (
        await asyncio_detailed(
            programme=programme,
            client=client,
            year=year,
            as_of=as_of,
        )
    ).parsed
