import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_page import EventPage
from ...models.event_type import EventType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: list[EventType] | None | Unset = UNSET,
    programme: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: list[str] | None | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, list):
        json_type_ = []
        for type_type_0_item_data in type_:
            type_type_0_item = type_type_0_item_data.value
            json_type_.append(type_type_0_item)

    else:
        json_type_ = type_
    params["type"] = json_type_

    json_programme: None | str | Unset
    if isinstance(programme, Unset):
        json_programme = UNSET
    else:
        json_programme = programme
    params["programme"] = json_programme

    json_district: None | str | Unset
    if isinstance(district, Unset):
        json_district = UNSET
    else:
        json_district = district
    params["district"] = json_district

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

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
        "url": "/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventPage | Problem | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

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

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: list[EventType] | None | Unset = UNSET,
    programme: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[EventPage | Problem]:
    """Follow the feed of domain events

     What every committed write did, as named events, in feed order: poll with the last next_cursor to
    get each event exactly once, never skipping one (on PostgreSQL too, where events are served only
    once no earlier write can still commit). Each caller sees the events of what it may read: a district
    officer its districts', a utility operator the networks handed to it, the public the published
    programmes'. The types, and what each tells, are listed in the vocabularies (event_types). Events
    are kept for the deployment's retention; a cursor older than that is refused with 410.

    Args:
        type_ (list[EventType] | None | Unset): Only events of these types (repeat the parameter
            for several).
        programme (None | str | Unset): Only the events of this programme, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        since (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        until (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        page_size (int | Unset): Items per page (at most 500). Default: 100.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        programme=programme,
        district=district,
        since=since,
        until=until,
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: list[EventType] | None | Unset = UNSET,
    programme: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> EventPage | Problem | None:
    """Follow the feed of domain events

     What every committed write did, as named events, in feed order: poll with the last next_cursor to
    get each event exactly once, never skipping one (on PostgreSQL too, where events are served only
    once no earlier write can still commit). Each caller sees the events of what it may read: a district
    officer its districts', a utility operator the networks handed to it, the public the published
    programmes'. The types, and what each tells, are listed in the vocabularies (event_types). Events
    are kept for the deployment's retention; a cursor older than that is refused with 410.

    Args:
        type_ (list[EventType] | None | Unset): Only events of these types (repeat the parameter
            for several).
        programme (None | str | Unset): Only the events of this programme, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        since (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        until (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        page_size (int | Unset): Items per page (at most 500). Default: 100.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return sync_detailed(
        client=client,
        type_=type_,
        programme=programme,
        district=district,
        since=since,
        until=until,
        page_size=page_size,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: list[EventType] | None | Unset = UNSET,
    programme: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[EventPage | Problem]:
    """Follow the feed of domain events

     What every committed write did, as named events, in feed order: poll with the last next_cursor to
    get each event exactly once, never skipping one (on PostgreSQL too, where events are served only
    once no earlier write can still commit). Each caller sees the events of what it may read: a district
    officer its districts', a utility operator the networks handed to it, the public the published
    programmes'. The types, and what each tells, are listed in the vocabularies (event_types). Events
    are kept for the deployment's retention; a cursor older than that is refused with 410.

    Args:
        type_ (list[EventType] | None | Unset): Only events of these types (repeat the parameter
            for several).
        programme (None | str | Unset): Only the events of this programme, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        since (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        until (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        page_size (int | Unset): Items per page (at most 500). Default: 100.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        type_=type_,
        programme=programme,
        district=district,
        since=since,
        until=until,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: list[EventType] | None | Unset = UNSET,
    programme: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> EventPage | Problem | None:
    """Follow the feed of domain events

     What every committed write did, as named events, in feed order: poll with the last next_cursor to
    get each event exactly once, never skipping one (on PostgreSQL too, where events are served only
    once no earlier write can still commit). Each caller sees the events of what it may read: a district
    officer its districts', a utility operator the networks handed to it, the public the published
    programmes'. The types, and what each tells, are listed in the vocabularies (event_types). Events
    are kept for the deployment's retention; a cursor older than that is refused with 410.

    Args:
        type_ (list[EventType] | None | Unset): Only events of these types (repeat the parameter
            for several).
        programme (None | str | Unset): Only the events of this programme, e.g. wuhai-2022-2024.
        district (None | str | Unset):
        since (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        until (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        page_size (int | Unset): Items per page (at most 500). Default: 100.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            programme=programme,
            district=district,
            since=since,
            until=until,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed
