from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.subscription_with_secret import SubscriptionWithSecret
from ...types import UNSET, Response, Unset


def _get_kwargs(
    number: int,
    *,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhook-subscriptions/{number}/secret-rotations".format(
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SubscriptionWithSecret | None:
    if response.status_code == 201:
        response_201 = SubscriptionWithSecret.from_dict(response.json())

        return response_201

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
) -> Response[Problem | SubscriptionWithSecret]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | SubscriptionWithSecret]:
    """Rotate a subscription's signing secret

     A new secret, shown once in this answer. The one it replaces keeps signing beside it (two signatures
    in webhook-signature) for the deployment's overlap (previous_secret_until), so a receiver changes
    over without missing a delivery.

    Args:
        number (int): The subscription's number, as its creation answered.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubscriptionWithSecret]
    """

    kwargs = _get_kwargs(
        number=number,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | SubscriptionWithSecret | None:
    """Rotate a subscription's signing secret

     A new secret, shown once in this answer. The one it replaces keeps signing beside it (two signatures
    in webhook-signature) for the deployment's overlap (previous_secret_until), so a receiver changes
    over without missing a delivery.

    Args:
        number (int): The subscription's number, as its creation answered.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubscriptionWithSecret
    """

    return sync_detailed(
        number=number,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | SubscriptionWithSecret]:
    """Rotate a subscription's signing secret

     A new secret, shown once in this answer. The one it replaces keeps signing beside it (two signatures
    in webhook-signature) for the deployment's overlap (previous_secret_until), so a receiver changes
    over without missing a delivery.

    Args:
        number (int): The subscription's number, as its creation answered.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubscriptionWithSecret]
    """

    kwargs = _get_kwargs(
        number=number,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | SubscriptionWithSecret | None:
    """Rotate a subscription's signing secret

     A new secret, shown once in this answer. The one it replaces keeps signing beside it (two signatures
    in webhook-signature) for the deployment's overlap (previous_secret_until), so a receiver changes
    over without missing a delivery.

    Args:
        number (int): The subscription's number, as its creation answered.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubscriptionWithSecret
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
