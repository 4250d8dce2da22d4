from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compound_fields import CompoundFields
from ...models.compound_out import CompoundOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme: str,
    code: str,
    *,
    body: CompoundFields,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/programmes/{programme}/compounds/{code}".format(
            programme=quote(str(programme), safe=""),
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CompoundOut | Problem | None:
    if response.status_code == 200:
        response_200 = CompoundOut.from_dict(response.json())

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
) -> Response[CompoundOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme: str,
    code: str,
    *,
    client: AuthenticatedClient,
    body: CompoundFields,
    if_match: None | str | Unset = UNSET,
) -> Response[CompoundOut | Problem]:
    """Update a compound

     Replaces the compound's facts (its code stays). Send If-Match with the ETag you read to be sure
    nobody changed it in between. Its district or street may be corrected only while no project,
    funding, residents' decision or leader's pairing rests on it there (409 placed).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        body (CompoundFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompoundOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        code=code,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    code: str,
    *,
    client: AuthenticatedClient,
    body: CompoundFields,
    if_match: None | str | Unset = UNSET,
) -> CompoundOut | Problem | None:
    """Update a compound

     Replaces the compound's facts (its code stays). Send If-Match with the ETag you read to be sure
    nobody changed it in between. Its district or street may be corrected only while no project,
    funding, residents' decision or leader's pairing rests on it there (409 placed).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        body (CompoundFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompoundOut | Problem
    """

    return sync_detailed(
        programme=programme,
        code=code,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    programme: str,
    code: str,
    *,
    client: AuthenticatedClient,
    body: CompoundFields,
    if_match: None | str | Unset = UNSET,
) -> Response[CompoundOut | Problem]:
    """Update a compound

     Replaces the compound's facts (its code stays). Send If-Match with the ETag you read to be sure
    nobody changed it in between. Its district or street may be corrected only while no project,
    funding, residents' decision or leader's pairing rests on it there (409 placed).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        body (CompoundFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompoundOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        code=code,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    code: str,
    *,
    client: AuthenticatedClient,
    body: CompoundFields,
    if_match: None | str | Unset = UNSET,
) -> CompoundOut | Problem | None:
    """Update a compound

     Replaces the compound's facts (its code stays). Send If-Match with the ETag you read to be sure
    nobody changed it in between. Its district or street may be corrected only while no project,
    funding, residents' decision or leader's pairing rests on it there (409 placed).

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        body (CompoundFields):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompoundOut | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            code=code,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
