from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.proposal_in import ProposalIn
from ...models.proposal_out import ProposalOut
from ...types import Response


def _get_kwargs(
    programme: str,
    *,
    body: ProposalIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/programmes/{programme}/plan-proposals".format(
            programme=quote(str(programme), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ProposalOut | None:
    if response.status_code == 202:
        response_202 = ProposalOut.from_dict(response.json())

        return response_202

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
) -> Response[Problem | ProposalOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme: str,
    *,
    client: AuthenticatedClient,
    body: ProposalIn,
) -> Response[Problem | ProposalOut]:
    """Ask for the plan drawn up again

     The city's plan drawn up again by a solver (HiGHS): each eligible compound with a plan in one year,
    or left out; the first-year rule and the pins fixing years; each year's published investment, by
    district and city, a ceiling, and its other published figures floors, met as printed; groups done
    together; urgency first (the urgency-weighted lateness, least), then, where `weights.street_year`
    prices them, each street's years of works (连片改造). Answers 202 with the proposal's status resource;
    the solver starts from the plan as it stands and runs up to the time limit (at most the deployment's
    RENOVATION_PROPOSAL_MAX_SECONDS, 300 by default). A pin or group naming a compound that cannot be
    placed is refused at once (422). One proposal runs at a time in a programme (409 `proposal-
    running`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        body (ProposalIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProposalOut]
    """

    kwargs = _get_kwargs(
        programme=programme,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    *,
    client: AuthenticatedClient,
    body: ProposalIn,
) -> Problem | ProposalOut | None:
    """Ask for the plan drawn up again

     The city's plan drawn up again by a solver (HiGHS): each eligible compound with a plan in one year,
    or left out; the first-year rule and the pins fixing years; each year's published investment, by
    district and city, a ceiling, and its other published figures floors, met as printed; groups done
    together; urgency first (the urgency-weighted lateness, least), then, where `weights.street_year`
    prices them, each street's years of works (连片改造). Answers 202 with the proposal's status resource;
    the solver starts from the plan as it stands and runs up to the time limit (at most the deployment's
    RENOVATION_PROPOSAL_MAX_SECONDS, 300 by default). A pin or group naming a compound that cannot be
    placed is refused at once (422). One proposal runs at a time in a programme (409 `proposal-
    running`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        body (ProposalIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProposalOut
    """

    return sync_detailed(
        programme=programme,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    programme: str,
    *,
    client: AuthenticatedClient,
    body: ProposalIn,
) -> Response[Problem | ProposalOut]:
    """Ask for the plan drawn up again

     The city's plan drawn up again by a solver (HiGHS): each eligible compound with a plan in one year,
    or left out; the first-year rule and the pins fixing years; each year's published investment, by
    district and city, a ceiling, and its other published figures floors, met as printed; groups done
    together; urgency first (the urgency-weighted lateness, least), then, where `weights.street_year`
    prices them, each street's years of works (连片改造). Answers 202 with the proposal's status resource;
    the solver starts from the plan as it stands and runs up to the time limit (at most the deployment's
    RENOVATION_PROPOSAL_MAX_SECONDS, 300 by default). A pin or group naming a compound that cannot be
    placed is refused at once (422). One proposal runs at a time in a programme (409 `proposal-
    running`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        body (ProposalIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProposalOut]
    """

    kwargs = _get_kwargs(
        programme=programme,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    *,
    client: AuthenticatedClient,
    body: ProposalIn,
) -> Problem | ProposalOut | None:
    """Ask for the plan drawn up again

     The city's plan drawn up again by a solver (HiGHS): each eligible compound with a plan in one year,
    or left out; the first-year rule and the pins fixing years; each year's published investment, by
    district and city, a ceiling, and its other published figures floors, met as printed; groups done
    together; urgency first (the urgency-weighted lateness, least), then, where `weights.street_year`
    prices them, each street's years of works (连片改造). Answers 202 with the proposal's status resource;
    the solver starts from the plan as it stands and runs up to the time limit (at most the deployment's
    RENOVATION_PROPOSAL_MAX_SECONDS, 300 by default). A pin or group naming a compound that cannot be
    placed is refused at once (422). One proposal runs at a time in a programme (409 `proposal-
    running`). City-wide callers only.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        body (ProposalIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProposalOut
    """

    return (
        await asyncio_detailed(
            programme=programme,
            client=client,
            body=body,
        )
    ).parsed
