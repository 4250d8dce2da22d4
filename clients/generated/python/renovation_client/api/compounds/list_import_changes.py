from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_change_page import ImportChangePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    programme: str,
    *,
    import_number: int | None | Unset = UNSET,
    compound: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_import_number: int | None | Unset
    if isinstance(import_number, Unset):
        json_import_number = UNSET
    else:
        json_import_number = import_number
    params["import_number"] = json_import_number

    json_compound: None | str | Unset
    if isinstance(compound, Unset):
        json_compound = UNSET
    else:
        json_compound = compound
    params["compound"] = json_compound

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/programmes/{programme}/imports/changes".format(
            programme=quote(str(programme), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportChangePage | Problem | None:
    if response.status_code == 200:
        response_200 = ImportChangePage.from_dict(response.json())

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
) -> Response[ImportChangePage | Problem]:
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
    import_number: int | None | Unset = UNSET,
    compound: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ImportChangePage | Problem]:
    """List what imports wrote, row by row

     An import's audit trail: its one audit event (`import`, on the import's resource: who, the file's
    SHA-256 and the counts) and this list beside it, in the order written: each compound created or
    replaced, with the fields that changed, and each plan added, with the row of the file it came from.
    Filter by `import_number` to read one import's, or by `compound` to find the imports that wrote a
    compound. For the auditor and the city administrator.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        import_number (int | None | Unset): An import's number: its changes only.
        compound (None | str | Unset): A compound's code: the changes imports made to it.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportChangePage | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        import_number=import_number,
        compound=compound,
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    *,
    client: AuthenticatedClient,
    import_number: int | None | Unset = UNSET,
    compound: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ImportChangePage | Problem | None:
    """List what imports wrote, row by row

     An import's audit trail: its one audit event (`import`, on the import's resource: who, the file's
    SHA-256 and the counts) and this list beside it, in the order written: each compound created or
    replaced, with the fields that changed, and each plan added, with the row of the file it came from.
    Filter by `import_number` to read one import's, or by `compound` to find the imports that wrote a
    compound. For the auditor and the city administrator.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        import_number (int | None | Unset): An import's number: its changes only.
        compound (None | str | Unset): A compound's code: the changes imports made to it.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportChangePage | Problem
    """

    return sync_detailed(
        programme=programme,
        client=client,
        import_number=import_number,
        compound=compound,
        page_size=page_size,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    programme: str,
    *,
    client: AuthenticatedClient,
    import_number: int | None | Unset = UNSET,
    compound: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ImportChangePage | Problem]:
    """List what imports wrote, row by row

     An import's audit trail: its one audit event (`import`, on the import's resource: who, the file's
    SHA-256 and the counts) and this list beside it, in the order written: each compound created or
    replaced, with the fields that changed, and each plan added, with the row of the file it came from.
    Filter by `import_number` to read one import's, or by `compound` to find the imports that wrote a
    compound. For the auditor and the city administrator.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        import_number (int | None | Unset): An import's number: its changes only.
        compound (None | str | Unset): A compound's code: the changes imports made to it.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportChangePage | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        import_number=import_number,
        compound=compound,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    *,
    client: AuthenticatedClient,
    import_number: int | None | Unset = UNSET,
    compound: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ImportChangePage | Problem | None:
    """List what imports wrote, row by row

     An import's audit trail: its one audit event (`import`, on the import's resource: who, the file's
    SHA-256 and the counts) and this list beside it, in the order written: each compound created or
    replaced, with the fields that changed, and each plan added, with the row of the file it came from.
    Filter by `import_number` to read one import's, or by `compound` to find the imports that wrote a
    compound. For the auditor and the city administrator.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        import_number (int | None | Unset): An import's number: its changes only.
        compound (None | str | Unset): A compound's code: the changes imports made to it.
        page_size (int | Unset): Items per page (at most 500). Default: 50.
        cursor (None | str | Unset): Opaque: a previous page's next_cursor, passed back unchanged
            with the same filters and sort. The server signs every cursor it issues; one it did not
            issue names no page (404), one issued for other filters is refused (400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportChangePage | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            client=client,
            import_number=import_number,
            compound=compound,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed
