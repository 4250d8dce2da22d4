import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.warning_kind import WarningKind
from ...models.warning_page import WarningPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme: str,
    *,
    district: None | str | Unset = UNSET,
    kind: None | Unset | WarningKind = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_district: None | str | Unset
    if isinstance(district, Unset):
        json_district = UNSET
    else:
        json_district = district
    params["district"] = json_district

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, WarningKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

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
        "url": "/v1/programmes/{programme}/warnings".format(
            programme=quote(str(programme), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WarningPage | None:
    if response.status_code == 200:
        response_200 = WarningPage.from_dict(response.json())

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
) -> Response[Problem | WarningPage]:
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
    district: None | str | Unset = UNSET,
    kind: None | Unset | WarningKind = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | WarningPage]:
    """Schedule warnings

     Deadlines missed on the day asked, derived from the plans and projects within the caller's scope
    (never stored): tender not finished by 31 December of the year before, construction not started by
    the spring day (RENOVATION_CONSTRUCTION_START_BY), works not finished within the year, hazards past
    their rectification deadline. A planned compound with no project yet counts as planned. Beside them,
    the plan's duties broken where the programme's policy checks them (each with its detail): design
    before the residents' menu, units below grade or not engaged, a direct award above the limit,
    inspections overdue, long-term management without the elevators' mode or a maintenance fund, follow-
    up surveys not held. For the city, ask without a district; for a district, name it.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        kind (None | Unset | WarningKind):
        as_of (datetime.date | None | Unset): The day to judge the schedule on (default: today in
            China).
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WarningPage]
    """

    kwargs = _get_kwargs(
        programme=programme,
        district=district,
        kind=kind,
        as_of=as_of,
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
    kind: None | Unset | WarningKind = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | WarningPage | None:
    """Schedule warnings

     Deadlines missed on the day asked, derived from the plans and projects within the caller's scope
    (never stored): tender not finished by 31 December of the year before, construction not started by
    the spring day (RENOVATION_CONSTRUCTION_START_BY), works not finished within the year, hazards past
    their rectification deadline. A planned compound with no project yet counts as planned. Beside them,
    the plan's duties broken where the programme's policy checks them (each with its detail): design
    before the residents' menu, units below grade or not engaged, a direct award above the limit,
    inspections overdue, long-term management without the elevators' mode or a maintenance fund, follow-
    up surveys not held. For the city, ask without a district; for a district, name it.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        kind (None | Unset | WarningKind):
        as_of (datetime.date | None | Unset): The day to judge the schedule on (default: today in
            China).
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WarningPage
    """

    return sync_detailed(
        programme=programme,
        client=client,
        district=district,
        kind=kind,
        as_of=as_of,
        page_size=page_size,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    programme: str,
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
    kind: None | Unset | WarningKind = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | WarningPage]:
    """Schedule warnings

     Deadlines missed on the day asked, derived from the plans and projects within the caller's scope
    (never stored): tender not finished by 31 December of the year before, construction not started by
    the spring day (RENOVATION_CONSTRUCTION_START_BY), works not finished within the year, hazards past
    their rectification deadline. A planned compound with no project yet counts as planned. Beside them,
    the plan's duties broken where the programme's policy checks them (each with its detail): design
    before the residents' menu, units below grade or not engaged, a direct award above the limit,
    inspections overdue, long-term management without the elevators' mode or a maintenance fund, follow-
    up surveys not held. For the city, ask without a district; for a district, name it.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        kind (None | Unset | WarningKind):
        as_of (datetime.date | None | Unset): The day to judge the schedule on (default: today in
            China).
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WarningPage]
    """

    kwargs = _get_kwargs(
        programme=programme,
        district=district,
        kind=kind,
        as_of=as_of,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
    kind: None | Unset | WarningKind = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Problem | WarningPage | None:
    """Schedule warnings

     Deadlines missed on the day asked, derived from the plans and projects within the caller's scope
    (never stored): tender not finished by 31 December of the year before, construction not started by
    the spring day (RENOVATION_CONSTRUCTION_START_BY), works not finished within the year, hazards past
    their rectification deadline. A planned compound with no project yet counts as planned. Beside them,
    the plan's duties broken where the programme's policy checks them (each with its detail): design
    before the residents' menu, units below grade or not engaged, a direct award above the limit,
    inspections overdue, long-term management without the elevators' mode or a maintenance fund, follow-
    up surveys not held. For the city, ask without a district; for a district, name it.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        kind (None | Unset | WarningKind):
        as_of (datetime.date | None | Unset): The day to judge the schedule on (default: today in
            China).
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WarningPage
    """

    return (
        await asyncio_detailed(
            programme=programme,
            client=client,
            district=district,
            kind=kind,
            as_of=as_of,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed
