from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_mode import ImportMode
from ...models.import_out import ImportOut
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    programme: str,
    *,
    body: File | File | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    json_filename: None | str | Unset
    if isinstance(filename, Unset):
        json_filename = UNSET
    else:
        json_filename = filename
    params["filename"] = json_filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/programmes/{programme}/imports".format(
            programme=quote(str(programme), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportOut | Problem | None:
    if response.status_code == 202:
        response_202 = ImportOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImportOut | Problem]:
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
    body: File | File | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Response[ImportOut | Problem]:
    """Import a compound inventory

     The body is the file, CSV (UTF-8 or GB18030) or XLSX, its first row the headers in Chinese or
    English (小区编码/code, 小区名称/name, 区县代码/district, 街道代码/street, 建成年份/built_year, 楼栋数/buildings,
    户数/households, 建筑面积/floor_area_m2, 产权性质/property_type; optionally the community, condition and the
    plan: 改造年度/plan_year, 改造内容/items, 预计投资/investment_yuan). Answers 202 with the import's status
    resource; the import runs in one transaction, by compound code (a re-import changes nothing). A file
    over the import limit is refused with 413; one that is not a spreadsheet that can be read safely (an
    XML document type, a ZIP that unpacks past its limits) or whose workbook exceeds a limit (parts,
    shared strings, cell length) with 422 at once; rows, columns and cells past their limits, found as
    the sheet is read, end the import failed, naming the limit. Idempotency-Key is not needed: importing
    a file again changes nothing.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        mode (ImportMode | Unset): all_or_nothing (the default): one bad row, nothing imported;
            valid_rows: import the valid rows and report the rest.
        filename (None | str | Unset): The file's name, to show beside the import: one line, no
            folders.
        body (File): The file (RENOVATION_IMPORT_MAX_BYTES sets the limit).
        body (File): The file (RENOVATION_IMPORT_MAX_BYTES sets the limit).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        body=body,
        mode=mode,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    programme: str,
    *,
    client: AuthenticatedClient,
    body: File | File | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> ImportOut | Problem | None:
    """Import a compound inventory

     The body is the file, CSV (UTF-8 or GB18030) or XLSX, its first row the headers in Chinese or
    English (小区编码/code, 小区名称/name, 区县代码/district, 街道代码/street, 建成年份/built_year, 楼栋数/buildings,
    户数/households, 建筑面积/floor_area_m2, 产权性质/property_type; optionally the community, condition and the
    plan: 改造年度/plan_year, 改造内容/items, 预计投资/investment_yuan). Answers 202 with the import's status
    resource; the import runs in one transaction, by compound code (a re-import changes nothing). A file
    over the import limit is refused with 413; one that is not a spreadsheet that can be read safely (an
    XML document type, a ZIP that unpacks past its limits) or whose workbook exceeds a limit (parts,
    shared strings, cell length) with 422 at once; rows, columns and cells past their limits, found as
    the sheet is read, end the import failed, naming the limit. Idempotency-Key is not needed: importing
    a file again changes nothing.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        mode (ImportMode | Unset): all_or_nothing (the default): one bad row, nothing imported;
            valid_rows: import the valid rows and report the rest.
        filename (None | str | Unset): The file's name, to show beside the import: one line, no
            folders.
        body (File): The file (RENOVATION_IMPORT_MAX_BYTES sets the limit).
        body (File): The file (RENOVATION_IMPORT_MAX_BYTES sets the limit).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportOut | Problem
    """

    return sync_detailed(
        programme=programme,
        client=client,
        body=body,
        mode=mode,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    programme: str,
    *,
    client: AuthenticatedClient,
    body: File | File | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Response[ImportOut | Problem]:
    """Import a compound inventory

     The body is the file, CSV (UTF-8 or GB18030) or XLSX, its first row the headers in Chinese or
    English (小区编码/code, 小区名称/name, 区县代码/district, 街道代码/street, 建成年份/built_year, 楼栋数/buildings,
    户数/households, 建筑面积/floor_area_m2, 产权性质/property_type; optionally the community, condition and the
    plan: 改造年度/plan_year, 改造内容/items, 预计投资/investment_yuan). Answers 202 with the import's status
    resource; the import runs in one transaction, by compound code (a re-import changes nothing). A file
    over the import limit is refused with 413; one that is not a spreadsheet that can be read safely (an
    XML document type, a ZIP that unpacks past its limits) or whose workbook exceeds a limit (parts,
    shared strings, cell length) with 422 at once; rows, columns and cells past their limits, found as
    the sheet is read, end the import failed, naming the limit. Idempotency-Key is not needed: importing
    a file again changes nothing.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        mode (ImportMode | Unset): all_or_nothing (the default): one bad row, nothing imported;
            valid_rows: import the valid rows and report the rest.
        filename (None | str | Unset): The file's name, to show beside the import: one line, no
            folders.
        body (File): The file (RENOVATION_IMPORT_MAX_BYTES sets the limit).
        body (File): The file (RENOVATION_IMPORT_MAX_BYTES sets the limit).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportOut | Problem]
    """

    kwargs = _get_kwargs(
        programme=programme,
        body=body,
        mode=mode,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    programme: str,
    *,
    client: AuthenticatedClient,
    body: File | File | Unset = UNSET,
    mode: ImportMode | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> ImportOut | Problem | None:
    """Import a compound inventory

     The body is the file, CSV (UTF-8 or GB18030) or XLSX, its first row the headers in Chinese or
    English (小区编码/code, 小区名称/name, 区县代码/district, 街道代码/street, 建成年份/built_year, 楼栋数/buildings,
    户数/households, 建筑面积/floor_area_m2, 产权性质/property_type; optionally the community, condition and the
    plan: 改造年度/plan_year, 改造内容/items, 预计投资/investment_yuan). Answers 202 with the import's status
    resource; the import runs in one transaction, by compound code (a re-import changes nothing). A file
    over the import limit is refused with 413; one that is not a spreadsheet that can be read safely (an
    XML document type, a ZIP that unpacks past its limits) or whose workbook exceeds a limit (parts,
    shared strings, cell length) with 422 at once; rows, columns and cells past their limits, found as
    the sheet is read, end the import failed, naming the limit. Idempotency-Key is not needed: importing
    a file again changes nothing.

    Args:
        programme (str): The programme's code, e.g. wuhai-2022-2024.
        mode (ImportMode | Unset): all_or_nothing (the default): one bad row, nothing imported;
            valid_rows: import the valid rows and report the rest.
        filename (None | str | Unset): The file's name, to show beside the import: one line, no
            folders.
        body (File): The file (RENOVATION_IMPORT_MAX_BYTES sets the limit).
        body (File): The file (RENOVATION_IMPORT_MAX_BYTES sets the limit).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportOut | Problem
    """

    return (
        await asyncio_detailed(
            programme=programme,
            client=client,
            body=body,
            mode=mode,
            filename=filename,
        )
    ).parsed
