from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.adopted_out import AdoptedOut
from ...models.adoption_in import AdoptionIn
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme: str,
    number: int,
    *,
    body: AdoptionIn,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/programmes/{programme}/plan-proposals/{number}/adoption".format(
            programme=quote(str(programme), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AdoptedOut | Problem | None:
    if response.status_code == 200:
        response_200 = AdoptedOut.from_dict(response.json())

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
) -> Response[AdoptedOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme: str,
    number: int,
    *,
    client: AuthenticatedClient,
    body: AdoptionIn,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[AdoptedOut | Problem]:
    """Adopt a plan proposal

     The proposal's years become the plans' years, for the compounds named or (none named) every compound
    the proposal moves, in one transaction, through the same guards as a plan changed by hand: a
    compound with works under way keeps its year, a funding gone for review keeps its plan's; one
    refused, none moves (409). A compound the proposal leaves out, or does not move, is refused (422); a
    proposal with no schedule has nothing to adopt (409 `proposal-not-done`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (AdoptionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdoptedOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        number=number,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    number: int,
    *,
    client: AuthenticatedClient,
    body: AdoptionIn,
    idempotency_key: None | str | Unset = UNSET,
) -> AdoptedOut | Problem | None:
    """Adopt a plan proposal

     The proposal's years become the plans' years, for the compounds named or (none named) every compound
    the proposal moves, in one transaction, through the same guards as a plan changed by hand: a
    compound with works under way keeps its year, a funding gone for review keeps its plan's; one
    refused, none moves (409). A compound the proposal leaves out, or does not move, is refused (422); a
    proposal with no schedule has nothing to adopt (409 `proposal-not-done`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (AdoptionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdoptedOut | Problem
    """

    return sync_detailed(
        programme=programme,
        number=number,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    programme: str,
    number: int,
    *,
    client: AuthenticatedClient,
    body: AdoptionIn,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[AdoptedOut | Problem]:
    """Adopt a plan proposal

     The proposal's years become the plans' years, for the compounds named or (none named) every compound
    the proposal moves, in one transaction, through the same guards as a plan changed by hand: a
    compound with works under way keeps its year, a funding gone for review keeps its plan's; one
    refused, none moves (409). A compound the proposal leaves out, or does not move, is refused (422); a
    proposal with no schedule has nothing to adopt (409 `proposal-not-done`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (AdoptionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdoptedOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        number=number,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    number: int,
    *,
    client: AuthenticatedClient,
    body: AdoptionIn,
    idempotency_key: None | str | Unset = UNSET,
) -> AdoptedOut | Problem | None:
    """Adopt a plan proposal

     The proposal's years become the plans' years, for the compounds named or (none named) every compound
    the proposal moves, in one transaction, through the same guards as a plan changed by hand: a
    compound with works under way keeps its year, a funding gone for review keeps its plan's; one
    refused, none moves (409). A compound the proposal leaves out, or does not move, is refused (422); a
    proposal with no schedule has nothing to adopt (409 `proposal-not-done`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (AdoptionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdoptedOut | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            number=number,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
