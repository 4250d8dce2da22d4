from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_project_oc_4_ids_response_200 import GetProjectOc4IdsResponse200
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    programme: str,
    code: str,
    year: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/programmes/{programme}/compounds/{code}/projects/{year}/oc4ids".format(
            programme=quote(str(programme), safe=""),
            code=quote(str(code), safe=""),
            year=quote(str(year), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetProjectOc4IdsResponse200 | Problem | None:
    if response.status_code == 200:
        response_200 = GetProjectOc4IdsResponse200.from_dict(response.json())

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
) -> Response[GetProjectOc4IdsResponse200 | Problem]:
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
    *,
    client: AuthenticatedClient,
) -> Response[GetProjectOc4IdsResponse200 | Problem]:
    """Export a project as OC4IDS

     The project as an Open Contracting for Infrastructure Data Standard 0.9.5 project record
    (https://standard.open-contracting.org/infrastructure/schema/0__9__5/project-schema.json):
    identification, status, budget, parties, contracting processes and completion. Amounts are JSON
    numbers, as the standard requires.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        year (int): The project's programme year.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectOc4IdsResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        code=code,
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    code: str,
    year: int,
    *,
    client: AuthenticatedClient,
) -> GetProjectOc4IdsResponse200 | Problem | None:
    """Export a project as OC4IDS

     The project as an Open Contracting for Infrastructure Data Standard 0.9.5 project record
    (https://standard.open-contracting.org/infrastructure/schema/0__9__5/project-schema.json):
    identification, status, budget, parties, contracting processes and completion. Amounts are JSON
    numbers, as the standard requires.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        year (int): The project's programme year.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectOc4IdsResponse200 | Problem
    """

    return sync_detailed(
        programme=programme,
        code=code,
        year=year,
        client=client,
    ).parsed


async def asyncio_detailed(
    programme: str,
    code: str,
    year: int,
    *,
    client: AuthenticatedClient,
) -> Response[GetProjectOc4IdsResponse200 | Problem]:
    """Export a project as OC4IDS

     The project as an Open Contracting for Infrastructure Data Standard 0.9.5 project record
    (https://standard.open-contracting.org/infrastructure/schema/0__9__5/project-schema.json):
    identification, status, budget, parties, contracting processes and completion. Amounts are JSON
    numbers, as the standard requires.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        year (int): The project's programme year.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectOc4IdsResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        code=code,
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    code: str,
    year: int,
    *,
    client: AuthenticatedClient,
) -> GetProjectOc4IdsResponse200 | Problem | None:
    """Export a project as OC4IDS

     The project as an Open Contracting for Infrastructure Data Standard 0.9.5 project record
    (https://standard.open-contracting.org/infrastructure/schema/0__9__5/project-schema.json):
    identification, status, budget, parties, contracting processes and completion. Amounts are JSON
    numbers, as the standard requires.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        code (str): The compound's code.
        year (int): The project's programme year.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectOc4IdsResponse200 | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            code=code,
            year=year,
            client=client,
        )
    ).parsed
