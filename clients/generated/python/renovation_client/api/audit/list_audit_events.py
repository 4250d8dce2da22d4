import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_event_page import AuditEventPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    resource: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource: None | str | Unset
    if isinstance(resource, Unset):
        json_resource = UNSET
    else:
        json_resource = resource
    params["resource"] = json_resource

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

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
        "url": "/v1/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditEventPage | Problem | None:
    if response.status_code == 200:
        response_200 = AuditEventPage.from_dict(response.json())

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
) -> Response[AuditEventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    resource: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AuditEventPage | Problem]:
    """List audit events

     Every write, oldest first, for the auditor and the city administrator; one bounded to a region reads
    the writes to the programmes and regions within it. since (inclusive) and until (exclusive) bound
    the time. The log cannot be changed through the API.

    Args:
        resource (None | str | Unset): A resource's path: its events and those of everything under
            it.
        actor (None | str | Unset): Who: key:<key id>, user:<subject> or cli:<account>.
        since (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        until (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | Problem]
    """

    kwargs = _get_kwargs(
        resource=resource,
        actor=actor,
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
    client: AuthenticatedClient,
    resource: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AuditEventPage | Problem | None:
    """List audit events

     Every write, oldest first, for the auditor and the city administrator; one bounded to a region reads
    the writes to the programmes and regions within it. since (inclusive) and until (exclusive) bound
    the time. The log cannot be changed through the API.

    Args:
        resource (None | str | Unset): A resource's path: its events and those of everything under
            it.
        actor (None | str | Unset): Who: key:<key id>, user:<subject> or cli:<account>.
        since (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        until (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventPage | Problem
    """

    return sync_detailed(
        client=client,
        resource=resource,
        actor=actor,
        since=since,
        until=until,
        page_size=page_size,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    resource: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[AuditEventPage | Problem]:
    """List audit events

     Every write, oldest first, for the auditor and the city administrator; one bounded to a region reads
    the writes to the programmes and regions within it. since (inclusive) and until (exclusive) bound
    the time. The log cannot be changed through the API.

    Args:
        resource (None | str | Unset): A resource's path: its events and those of everything under
            it.
        actor (None | str | Unset): Who: key:<key id>, user:<subject> or cli:<account>.
        since (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        until (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | Problem]
    """

    kwargs = _get_kwargs(
        resource=resource,
        actor=actor,
        since=since,
        until=until,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    resource: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> AuditEventPage | Problem | None:
    """List audit events

     Every write, oldest first, for the auditor and the city administrator; one bounded to a region reads
    the writes to the programmes and regions within it. since (inclusive) and until (exclusive) bound
    the time. The log cannot be changed through the API.

    Args:
        resource (None | str | Unset): A resource's path: its events and those of everything under
            it.
        actor (None | str | Unset): Who: key:<key id>, user:<subject> or cli:<account>.
        since (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        until (datetime.datetime | None | Unset): An RFC 3339 date-time with its offset, e.g.
            2026-11-28T09:30:00+08:00.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            resource=resource,
            actor=actor,
            since=since,
            until=until,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed
