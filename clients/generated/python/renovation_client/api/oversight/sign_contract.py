from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract_out import ContractOut
from ...models.problem import Problem
from ...models.signature_in import SignatureIn
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme: str,
    year: int,
    district: str,
    *,
    body: SignatureIn,
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
        "url": "/v1/programmes/{programme}/contracts/{year}/{district}/signature".format(
            programme=quote(str(programme), safe=""),
            year=quote(str(year), safe=""),
            district=quote(str(district), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContractOut | Problem | None:
    if response.status_code == 200:
        response_200 = ContractOut.from_dict(response.json())

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
) -> Response[ContractOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme: str,
    year: int,
    district: str,
    *,
    client: AuthenticatedClient,
    body: SignatureIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ContractOut | Problem]:
    """Record a contract's signing

     Records the day and who signed for the city and for the district; once. Honours If-Match and
    Idempotency-Key.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        year (int): Year.
        district (str): District.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (SignatureIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        year=year,
        district=district,
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
    year: int,
    district: str,
    *,
    client: AuthenticatedClient,
    body: SignatureIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> ContractOut | Problem | None:
    """Record a contract's signing

     Records the day and who signed for the city and for the district; once. Honours If-Match and
    Idempotency-Key.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        year (int): Year.
        district (str): District.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (SignatureIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractOut | Problem
    """

    return sync_detailed(
        programme=programme,
        year=year,
        district=district,
        client=client,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    programme: str,
    year: int,
    district: str,
    *,
    client: AuthenticatedClient,
    body: SignatureIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ContractOut | Problem]:
    """Record a contract's signing

     Records the day and who signed for the city and for the district; once. Honours If-Match and
    Idempotency-Key.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        year (int): Year.
        district (str): District.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (SignatureIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        year=year,
        district=district,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    year: int,
    district: str,
    *,
    client: AuthenticatedClient,
    body: SignatureIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> ContractOut | Problem | None:
    """Record a contract's signing

     Records the day and who signed for the city and for the district; once. Honours If-Match and
    Idempotency-Key.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        year (int): Year.
        district (str): District.
        if_match (None | str | Unset): The ETag last read; the write is refused with 412 if it has
            changed since.
        idempotency_key (None | str | Unset): Any unique string (a UUID); a retry with the same
            key and body within 24 hours returns the first response and creates nothing.
        body (SignatureIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractOut | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            year=year,
            district=district,
            client=client,
            body=body,
            if_match=if_match,
            idempotency_key=idempotency_key,
        )
    ).parsed
