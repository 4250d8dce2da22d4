from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_closure_body import EventClosureBody
from ...models.problem import Problem
from ...models.project_out import ProjectOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme: str,
    code: str,
    year: int,
    number: int,
    *,
    body: EventClosureBody,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/programmes/{programme}/compounds/{code}/projects/{year}/major-events/{number}/closure".format(
            programme=quote(str(programme), safe=""),
            code=quote(str(code), safe=""),
            year=quote(str(year), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ProjectOut | None:
    if response.status_code == 200:
        response_200 = ProjectOut.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[Problem | ProjectOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme: str,
    code: str,
    year: int,
    number: int,
    *,
    client: AuthenticatedClient,
    body: EventClosureBody,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | ProjectOut]:
    """Close a major event

     Records what was done about a major event and when, which takes it off the programme's warnings.
    Answers with the whole project; honours If-Match and Idempotency-Key.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        year (int): The project's programme year.
        number (int): The major event's number.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (EventClosureBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProjectOut]
    """

    kwargs = _get_kwargs(
        programme=programme,
        code=code,
        year=year,
        number=number,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    code: str,
    year: int,
    number: int,
    *,
    client: AuthenticatedClient,
    body: EventClosureBody,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | ProjectOut | None:
    """Close a major event

     Records what was done about a major event and when, which takes it off the programme's warnings.
    Answers with the whole project; honours If-Match and Idempotency-Key.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        year (int): The project's programme year.
        number (int): The major event's number.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (EventClosureBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProjectOut
    """

    return sync_detailed(
        programme=programme,
        code=code,
        year=year,
        number=number,
        client=client,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    programme: str,
    code: str,
    year: int,
    number: int,
    *,
    client: AuthenticatedClient,
    body: EventClosureBody,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | ProjectOut]:
    """Close a major event

     Records what was done about a major event and when, which takes it off the programme's warnings.
    Answers with the whole project; honours If-Match and Idempotency-Key.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        year (int): The project's programme year.
        number (int): The major event's number.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (EventClosureBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProjectOut]
    """

    kwargs = _get_kwargs(
        programme=programme,
        code=code,
        year=year,
        number=number,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    code: str,
    year: int,
    number: int,
    *,
    client: AuthenticatedClient,
    body: EventClosureBody,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | ProjectOut | None:
    """Close a major event

     Records what was done about a major event and when, which takes it off the programme's warnings.
    Answers with the whole project; honours If-Match and Idempotency-Key.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        year (int): The project's programme year.
        number (int): The major event's number.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (EventClosureBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProjectOut
    """

    return (
        await asyncio_detailed(
            programme=programme,
            code=code,
            year=year,
            number=number,
            client=client,
            body=body,
            if_match=if_match,
            idempotency_key=idempotency_key,
        )
    ).parsed
