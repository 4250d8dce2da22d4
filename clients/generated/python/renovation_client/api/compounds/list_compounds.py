from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compound_page import CompoundPage
from ...models.list_compounds_sort import ListCompoundsSort
from ...models.priority_level import PriorityLevel
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme: str,
    *,
    district: None | str | Unset = UNSET,
    street: None | str | Unset = UNSET,
    community: None | str | Unset = UNSET,
    built_year_min: int | None | Unset = UNSET,
    built_year_max: int | None | Unset = UNSET,
    eligible: bool | None | Unset = UNSET,
    priority: None | PriorityLevel | Unset = UNSET,
    sort: ListCompoundsSort | Unset = ListCompoundsSort.CODE,
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

    json_street: None | str | Unset
    if isinstance(street, Unset):
        json_street = UNSET
    else:
        json_street = street
    params["street"] = json_street

    json_community: None | str | Unset
    if isinstance(community, Unset):
        json_community = UNSET
    else:
        json_community = community
    params["community"] = json_community

    json_built_year_min: int | None | Unset
    if isinstance(built_year_min, Unset):
        json_built_year_min = UNSET
    else:
        json_built_year_min = built_year_min
    params["built_year_min"] = json_built_year_min

    json_built_year_max: int | None | Unset
    if isinstance(built_year_max, Unset):
        json_built_year_max = UNSET
    else:
        json_built_year_max = built_year_max
    params["built_year_max"] = json_built_year_max

    json_eligible: bool | None | Unset
    if isinstance(eligible, Unset):
        json_eligible = UNSET
    else:
        json_eligible = eligible
    params["eligible"] = json_eligible

    json_priority: None | str | Unset
    if isinstance(priority, Unset):
        json_priority = UNSET
    elif isinstance(priority, PriorityLevel):
        json_priority = priority.value
    else:
        json_priority = priority
    params["priority"] = json_priority

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

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
        "url": "/v1/programmes/{programme}/compounds".format(
            programme=quote(str(programme), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CompoundPage | Problem | None:
    if response.status_code == 200:
        response_200 = CompoundPage.from_dict(response.json())

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
) -> Response[CompoundPage | Problem]:
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
    street: None | str | Unset = UNSET,
    community: None | str | Unset = UNSET,
    built_year_min: int | None | Unset = UNSET,
    built_year_max: int | None | Unset = UNSET,
    eligible: bool | None | Unset = UNSET,
    priority: None | PriorityLevel | Unset = UNSET,
    sort: ListCompoundsSort | Unset = ListCompoundsSort.CODE,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[CompoundPage | Problem]:
    """List compounds

     The register, filtered and sorted by code or by priority (先急后缓: most urgent first, then oldest).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        street (None | str | Unset):
        community (None | str | Unset):
        built_year_min (int | None | Unset):
        built_year_max (int | None | Unset):
        eligible (bool | None | Unset):
        priority (None | PriorityLevel | Unset):
        sort (ListCompoundsSort | Unset): Order of the list. Default: ListCompoundsSort.CODE.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompoundPage | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        district=district,
        street=street,
        community=community,
        built_year_min=built_year_min,
        built_year_max=built_year_max,
        eligible=eligible,
        priority=priority,
        sort=sort,
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
    street: None | str | Unset = UNSET,
    community: None | str | Unset = UNSET,
    built_year_min: int | None | Unset = UNSET,
    built_year_max: int | None | Unset = UNSET,
    eligible: bool | None | Unset = UNSET,
    priority: None | PriorityLevel | Unset = UNSET,
    sort: ListCompoundsSort | Unset = ListCompoundsSort.CODE,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> CompoundPage | Problem | None:
    """List compounds

     The register, filtered and sorted by code or by priority (先急后缓: most urgent first, then oldest).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        street (None | str | Unset):
        community (None | str | Unset):
        built_year_min (int | None | Unset):
        built_year_max (int | None | Unset):
        eligible (bool | None | Unset):
        priority (None | PriorityLevel | Unset):
        sort (ListCompoundsSort | Unset): Order of the list. Default: ListCompoundsSort.CODE.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompoundPage | Problem
    """

    return sync_detailed(
        programme=programme,
        client=client,
        district=district,
        street=street,
        community=community,
        built_year_min=built_year_min,
        built_year_max=built_year_max,
        eligible=eligible,
        priority=priority,
        sort=sort,
        page_size=page_size,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    programme: str,
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
    street: None | str | Unset = UNSET,
    community: None | str | Unset = UNSET,
    built_year_min: int | None | Unset = UNSET,
    built_year_max: int | None | Unset = UNSET,
    eligible: bool | None | Unset = UNSET,
    priority: None | PriorityLevel | Unset = UNSET,
    sort: ListCompoundsSort | Unset = ListCompoundsSort.CODE,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[CompoundPage | Problem]:
    """List compounds

     The register, filtered and sorted by code or by priority (先急后缓: most urgent first, then oldest).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        street (None | str | Unset):
        community (None | str | Unset):
        built_year_min (int | None | Unset):
        built_year_max (int | None | Unset):
        eligible (bool | None | Unset):
        priority (None | PriorityLevel | Unset):
        sort (ListCompoundsSort | Unset): Order of the list. Default: ListCompoundsSort.CODE.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompoundPage | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        district=district,
        street=street,
        community=community,
        built_year_min=built_year_min,
        built_year_max=built_year_max,
        eligible=eligible,
        priority=priority,
        sort=sort,
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
    street: None | str | Unset = UNSET,
    community: None | str | Unset = UNSET,
    built_year_min: int | None | Unset = UNSET,
    built_year_max: int | None | Unset = UNSET,
    eligible: bool | None | Unset = UNSET,
    priority: None | PriorityLevel | Unset = UNSET,
    sort: ListCompoundsSort | Unset = ListCompoundsSort.CODE,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> CompoundPage | Problem | None:
    """List compounds

     The register, filtered and sorted by code or by priority (先急后缓: most urgent first, then oldest).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        street (None | str | Unset):
        community (None | str | Unset):
        built_year_min (int | None | Unset):
        built_year_max (int | None | Unset):
        eligible (bool | None | Unset):
        priority (None | PriorityLevel | Unset):
        sort (ListCompoundsSort | Unset): Order of the list. Default: ListCompoundsSort.CODE.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompoundPage | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            client=client,
            district=district,
            street=street,
            community=community,
            built_year_min=built_year_min,
            built_year_max=built_year_max,
            eligible=eligible,
            priority=priority,
            sort=sort,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed
