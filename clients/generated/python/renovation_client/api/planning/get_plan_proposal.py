from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.proposal_out import ProposalOut
from ...types import Response


def _get_kwargs(
    programme: str,
    number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/programmes/{programme}/plan-proposals/{number}".format(
            programme=quote(str(programme), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ProposalOut | None:
    if response.status_code == 200:
        response_200 = ProposalOut.from_dict(response.json())

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
) -> Response[Problem | ProposalOut]:
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
) -> Response[Problem | ProposalOut]:
    """Get a plan proposal

     While it runs, what it was asked; once done, what the solver found: its status and gap, the
    objective's parts (the urgency-weighted lateness, the streets' years of works) and the 先急后缓 findings
    before and after, each compound's proposed year, each one moved with the reason, each one left after
    less urgent compounds with the constraints that force it, and every budget and target beside what is
    planned against it; for an infeasible problem, the constraints that conflict, in words. City-wide
    callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProposalOut]
    """

    kwargs = _get_kwargs(
        programme=programme,
        number=number,
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
) -> Problem | ProposalOut | None:
    """Get a plan proposal

     While it runs, what it was asked; once done, what the solver found: its status and gap, the
    objective's parts (the urgency-weighted lateness, the streets' years of works) and the 先急后缓 findings
    before and after, each compound's proposed year, each one moved with the reason, each one left after
    less urgent compounds with the constraints that force it, and every budget and target beside what is
    planned against it; for an infeasible problem, the constraints that conflict, in words. City-wide
    callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProposalOut
    """

    return sync_detailed(
        programme=programme,
        number=number,
        client=client,
    ).parsed


async def asyncio_detailed(
    programme: str,
    number: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ProposalOut]:
    """Get a plan proposal

     While it runs, what it was asked; once done, what the solver found: its status and gap, the
    objective's parts (the urgency-weighted lateness, the streets' years of works) and the 先急后缓 findings
    before and after, each compound's proposed year, each one moved with the reason, each one left after
    less urgent compounds with the constraints that force it, and every budget and target beside what is
    planned against it; for an infeasible problem, the constraints that conflict, in words. City-wide
    callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProposalOut]
    """

    kwargs = _get_kwargs(
        programme=programme,
        number=number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    number: int,
    *,
    client: AuthenticatedClient,
) -> Problem | ProposalOut | None:
    """Get a plan proposal

     While it runs, what it was asked; once done, what the solver found: its status and gap, the
    objective's parts (the urgency-weighted lateness, the streets' years of works) and the 先急后缓 findings
    before and after, each compound's proposed year, each one moved with the reason, each one left after
    less urgent compounds with the constraints that force it, and every budget and target beside what is
    planned against it; for an infeasible problem, the constraints that conflict, in words. City-wide
    callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        number (int): The proposal's number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProposalOut
    """

    return (
        await asyncio_detailed(
            programme=programme,
            number=number,
            client=client,
        )
    ).parsed
