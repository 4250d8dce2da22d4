from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.declaration_correction_body import DeclarationCorrectionBody
from ...models.declaration_out import DeclarationOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    month: str,
    *,
    body: DeclarationCorrectionBody,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/regions/{code}/declarations/{month}/corrections".format(
            code=quote(str(code), safe=""),
            month=quote(str(month), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeclarationOut | Problem | None:
    if response.status_code == 201:
        response_201 = DeclarationOut.from_dict(response.json())

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
) -> Response[DeclarationOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    month: str,
    *,
    client: AuthenticatedClient,
    body: DeclarationCorrectionBody,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[DeclarationOut | Problem]:
    """Correct a region's declared figures

     A new version of the region's figures for the month, with its reason; earlier versions are kept. The
    year to date may not fall below the month before's nor rise above the month after's (422 naming the
    figure). Honours Idempotency-Key.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (DeclarationCorrectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclarationOut | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        month=month,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    month: str,
    *,
    client: AuthenticatedClient,
    body: DeclarationCorrectionBody,
    idempotency_key: None | str | Unset = UNSET,
) -> DeclarationOut | Problem | None:
    """Correct a region's declared figures

     A new version of the region's figures for the month, with its reason; earlier versions are kept. The
    year to date may not fall below the month before's nor rise above the month after's (422 naming the
    figure). Honours Idempotency-Key.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (DeclarationCorrectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclarationOut | Problem
    """

    return sync_detailed(
        code=code,
        month=month,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    code: str,
    month: str,
    *,
    client: AuthenticatedClient,
    body: DeclarationCorrectionBody,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[DeclarationOut | Problem]:
    """Correct a region's declared figures

     A new version of the region's figures for the month, with its reason; earlier versions are kept. The
    year to date may not fall below the month before's nor rise above the month after's (422 naming the
    figure). Honours Idempotency-Key.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (DeclarationCorrectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclarationOut | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        month=month,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    month: str,
    *,
    client: AuthenticatedClient,
    body: DeclarationCorrectionBody,
    idempotency_key: None | str | Unset = UNSET,
) -> DeclarationOut | Problem | None:
    """Correct a region's declared figures

     A new version of the region's figures for the month, with its reason; earlier versions are kept. The
    year to date may not fall below the month before's nor rise above the month after's (422 naming the
    figure). Honours Idempotency-Key.

    Args:
        code (str): A GB/T 2260 code (000000: the nation).
        month (str): The month, YYYY-MM.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (DeclarationCorrectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclarationOut | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            month=month,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
