from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.brief_out import BriefOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    programme: str,
    code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/programmes/{programme}/compounds/{code}/brief".format(
            programme=quote(str(programme), safe=""),
            code=quote(str(code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BriefOut | Problem | None:
    if response.status_code == 200:
        response_200 = BriefOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BriefOut | Problem]:
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
    client: AuthenticatedClient | Client,
) -> Response[BriefOut | Problem]:
    """Get a compound's brief to its residents

     What the compound's residents are told of their renovation (知情权、监督权): its plan, budget, the approved
    funding by source with what each has paid, the project's stage, and each published survey's results
    for the compound (withheld where too few households responded). Nothing of any one household is in
    it. It is read with a resident's key for the compound, by staff whose scope covers it, or by anyone
    where the programme's policy has `public_briefs`; to anyone else the compound is not found.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BriefOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        code=code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> BriefOut | Problem | None:
    """Get a compound's brief to its residents

     What the compound's residents are told of their renovation (知情权、监督权): its plan, budget, the approved
    funding by source with what each has paid, the project's stage, and each published survey's results
    for the compound (withheld where too few households responded). Nothing of any one household is in
    it. It is read with a resident's key for the compound, by staff whose scope covers it, or by anyone
    where the programme's policy has `public_briefs`; to anyone else the compound is not found.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BriefOut | Problem
    """

    return sync_detailed(
        programme=programme,
        code=code,
        client=client,
    ).parsed


async def asyncio_detailed(
    programme: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BriefOut | Problem]:
    """Get a compound's brief to its residents

     What the compound's residents are told of their renovation (知情权、监督权): its plan, budget, the approved
    funding by source with what each has paid, the project's stage, and each published survey's results
    for the compound (withheld where too few households responded). Nothing of any one household is in
    it. It is read with a resident's key for the compound, by staff whose scope covers it, or by anyone
    where the programme's policy has `public_briefs`; to anyone else the compound is not found.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BriefOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        code=code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    code: str,
    *,
    client: AuthenticatedClient | Client,
) -> BriefOut | Problem | None:
    """Get a compound's brief to its residents

     What the compound's residents are told of their renovation (知情权、监督权): its plan, budget, the approved
    funding by source with what each has paid, the project's stage, and each published survey's results
    for the compound (withheld where too few households responded). Nothing of any one household is in
    it. It is read with a resident's key for the compound, by staff whose scope covers it, or by anyone
    where the programme's policy has `public_briefs`; to anyone else the compound is not found.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BriefOut | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            code=code,
            client=client,
        )
    ).parsed
