"""Reports as files: a report's tables, defined once, served as XLSX and as CSV.

A report route says how its figures lay out as sheets (:class:`Tables`, from the very figures
its JSON returns); :func:`downloads` makes the two GET handlers ``{kind}.xlsx`` and
``{kind}.csv`` of it, so neither file can disagree with the other or with the JSON.

The CSV holds the workbook's sheets in turn: a line with the sheet's title, one header line (a
caption's group joined to its columns, "实际·户数"), the rows, and a blank line before the next
sheet; UTF-8 with a byte-order mark, as Excel opens it. Decimals are written exactly; text that
a spreadsheet would take for a formula starts with an apostrophe (the OWASP advice for CSV).
"""

import csv
import datetime
import inspect
import io
from collections.abc import Awaitable, Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any

import anyio.to_thread
import attrs
from litestar import Response, get
from litestar.handlers import HTTPRouteHandler
from litestar.openapi.datastructures import ResponseSpec
from litestar.response import Stream

import renovation_core as core
from renovation_api.csv_cells import escaped
from renovation_api.guards import needs
from renovation_api.problems import problem_responses
from renovation_api.workbook import XLSX, XLSX_FILE, Sheet, sheet_title, workbook
from renovation_core.text import visible

CSV = "text/csv"
CSV_FILE = ResponseSpec(
    data_container=str,
    media_type=CSV,
    description="CSV in UTF-8 with a byte-order mark (as Excel opens it).",
    generate_examples=False,
)
FEN = Decimal("0.01")


@attrs.frozen(kw_only=True)
class Tables:
    """A report as sheets, and the name of its file without the suffix."""

    sheets: Sequence[Sheet]
    name: str


async def xlsx(tables: Tables) -> Response[bytes]:
    content = await anyio.to_thread.run_sync(workbook, tables.sheets)  # not on the event loop
    return Response(content, media_type=XLSX, headers=attachment(f"{tables.name}.xlsx"))


async def csv_stream(tables: Tables) -> Stream:
    return Stream(
        csv_lines(tables.sheets),
        media_type=f"{CSV}; charset=utf-8",
        headers=attachment(f"{tables.name}.csv"),
    )


def attachment(filename: str) -> dict[str, str]:
    """The headers of a download named ``filename``."""
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


def csv_lines(sheets: Sequence[Sheet]) -> Iterator[str]:
    """The sheets as CSV text, in pieces of about 64 KiB."""
    out = io.StringIO()
    write = csv.writer(out).writerow
    out.write("\ufeff")
    taken: set[str] = set()
    for n, sheet in enumerate(sheets):
        if n:
            write([])
        write([csv_cell(sheet_title(sheet.title, taken))])
        write([csv_cell(header) for header in _header(sheet)])
        for row in sheet.rows:
            write([csv_cell(value) for value in row])
            if out.tell() > 64 * 1024:
                yield _drain(out)
    yield _drain(out)


def _drain(out: io.StringIO) -> str:
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text


def _header(sheet: Sheet) -> list[str]:
    """The caption's groups (each runs over the columns until the next, or the caption's end)
    joined to the headers."""
    group, line = None, []
    for n, header in enumerate(sheet.headers):
        if n >= len(sheet.caption):
            group = None
        elif sheet.caption[n] is not None:
            group = sheet.caption[n]
        line.append("·".join(part for part in (group, header) if part is not None))
    return line


def csv_cell(value: object) -> object:
    """A value as CSV text: a decimal exactly, and at least to the fen as the XLSX shows it;
    a date in ISO form; text a spreadsheet would run as a formula after an apostrophe, and any
    character the rule for text refuses shown visibly, as in the XLSX."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        return format(
            value.quantize(FEN) if isinstance(exponent, int) and exponent > -2 else value, "f"
        )
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        value = visible(value)
        return escaped(value)
    return value


def downloads(
    kind: str,
    *,
    operation_id: str,
    what: str,
    description: str,
    permission: core.Permission,
    problems: tuple[int, ...] = (400, 404),
) -> Callable[[Callable[..., Awaitable[Tables]]], tuple[HTTPRouteHandler, HTTPRouteHandler]]:
    """The XLSX and CSV handlers (for a controller) of ``tables``, a function of the request
    and the query that gives the report's :class:`Tables`. The CSV's operation id is the
    XLSX's with "Csv" appended."""

    def handlers(
        tables: Callable[..., Awaitable[Tables]],
    ) -> tuple[HTTPRouteHandler, HTTPRouteHandler]:
        def handler(
            suffix: str,
            render: Callable[[Tables], Awaitable[Response[Any]]],
            spec: ResponseSpec,
            op: str,
        ) -> HTTPRouteHandler:
            async def serve(_controller: object, *args: Any, **kwargs: Any) -> Response[Any]:
                return await render(await tables(*args, **kwargs))

            # Litestar reads the query from the handler's signature: that of ``tables``.
            signature = inspect.signature(tables)
            returns = inspect.signature(render).return_annotation
            serve.__signature__ = signature.replace(  # type: ignore[attr-defined]
                parameters=[
                    inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY),
                    *signature.parameters.values(),
                ],
                return_annotation=returns,
            )
            serve.__annotations__ = {**tables.__annotations__, "return": returns}
            serve.__name__ = serve.__qualname__ = f"{tables.__name__}_{suffix}"
            serve.__module__ = tables.__module__
            return get(
                f"/{kind}.{suffix}",
                operation_id=op,
                opt=needs(permission),
                summary=f"Export {what} as {suffix.upper()}",
                description=description,
                responses={200: spec, **problem_responses(*problems)},
                media_type=spec.media_type,
            )(serve)

        return (
            handler("xlsx", xlsx, XLSX_FILE, operation_id),
            handler("csv", csv_stream, CSV_FILE, operation_id + "Csv"),
        )

    return handlers
