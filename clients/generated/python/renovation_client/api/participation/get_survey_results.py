from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.results_out import ResultsOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme: str,
    survey: str,
    *,
    district: None | str | Unset = UNSET,
    compound: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_district: None | str | Unset
    if isinstance(district, Unset):
        json_district = UNSET
    else:
        json_district = district
    params["district"] = json_district

    json_compound: None | str | Unset
    if isinstance(compound, Unset):
        json_compound = UNSET
    else:
        json_compound = compound
    params["compound"] = json_compound

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/programmes/{programme}/surveys/{survey}/results".format(
            programme=quote(str(programme), safe=""),
            survey=quote(str(survey), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ResultsOut | None:
    if response.status_code == 200:
        response_200 = ResultsOut.from_dict(response.json())

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
) -> Response[Problem | ResultsOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    programme: str,
    survey: str,
    *,
    client: AuthenticatedClient | Client,
    district: None | str | Unset = UNSET,
    compound: None | str | Unset = UNSET,
) -> Response[Problem | ResultsOut]:
    """Get a survey's results

     Aggregates of the responses from the caller's scope (all of them once published, to anyone), or one
    district's or compound's, with each compound's respondents and satisfaction score. No individual
    answer is ever returned; to anyone but staff, an aggregate of too few respondents shows only its
    count.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        survey (str): The survey's code.
        district (None | str | Unset):
        compound (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResultsOut]
    """

    kwargs = _get_kwargs(
        programme=programme,
        survey=survey,
        district=district,
        compound=compound,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    survey: str,
    *,
    client: AuthenticatedClient | Client,
    district: None | str | Unset = UNSET,
    compound: None | str | Unset = UNSET,
) -> Problem | ResultsOut | None:
    """Get a survey's results

     Aggregates of the responses from the caller's scope (all of them once published, to anyone), or one
    district's or compound's, with each compound's respondents and satisfaction score. No individual
    answer is ever returned; to anyone but staff, an aggregate of too few respondents shows only its
    count.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        survey (str): The survey's code.
        district (None | str | Unset):
        compound (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResultsOut
    """

    return sync_detailed(
        programme=programme,
        survey=survey,
        client=client,
        district=district,
        compound=compound,
    ).parsed


async def asyncio_detailed(
    programme: str,
    survey: str,
    *,
    client: AuthenticatedClient | Client,
    district: None | str | Unset = UNSET,
    compound: None | str | Unset = UNSET,
) -> Response[Problem | ResultsOut]:
    """Get a survey's results

     Aggregates of the responses from the caller's scope (all of them once published, to anyone), or one
    district's or compound's, with each compound's respondents and satisfaction score. No individual
    answer is ever returned; to anyone but staff, an aggregate of too few respondents shows only its
    count.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        survey (str): The survey's code.
        district (None | str | Unset):
        compound (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResultsOut]
    """

    kwargs = _get_kwargs(
        programme=programme,
        survey=survey,
        district=district,
        compound=compound,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    survey: str,
    *,
    client: AuthenticatedClient | Client,
    district: None | str | Unset = UNSET,
    compound: None | str | Unset = UNSET,
) -> Problem | ResultsOut | None:
    """Get a survey's results

     Aggregates of the responses from the caller's scope (all of them once published, to anyone), or one
    district's or compound's, with each compound's respondents and satisfaction score. No individual
    answer is ever returned; to anyone but staff, an aggregate of too few respondents shows only its
    count.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        survey (str): The survey's code.
        district (None | str | Unset):
        compound (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResultsOut
    """

    return (
        await asyncio_detailed(
            programme=programme,
            survey=survey,
            client=client,
            district=district,
            compound=compound,
        )
    ).parsed
