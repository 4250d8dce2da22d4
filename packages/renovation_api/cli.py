"""The ``renovation`` command: serve the API, migrate, load programmes, export the contract."""

import argparse
import asyncio
import contextlib
import datetime
import getpass
import hashlib
import json
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec
import sqlalchemy as sa

import renovation_core as core
from renovation_api import migrate
from renovation_api.settings import ENVIRONMENT, Settings, SettingsError
from renovation_core.errors import FieldValueError
from renovation_core.reference import inner_mongolia, wuhai
from renovation_core.text import visible
from renovation_core.validators import MAX_TEXT_LENGTH

if TYPE_CHECKING:
    from renovation_api.keys import IssuedKey

DEFAULT_KEY_DAYS = 90
DEFAULTS = argparse.ArgumentDefaultsHelpFormatter  # every option's help shows its default
MAX_KEY_DAYS = 3650


def _read_dataset(path: Path) -> core.Dataset:
    text = path.read_text("utf-8")
    if path.suffix.lower() == ".toml":
        return core.dataset_from_toml(text)
    return core.dataset_from_json(text)


def operator() -> core.Principal:
    """Whoever runs the command: a city administrator (they hold the database itself),
    named by their account in the audit log."""
    try:
        account = getpass.getuser()
    except (OSError, KeyError):
        account = "unknown"
    return core.Principal(actor=f"cli:{account}", role=core.Role.CITY_ADMIN)


@contextlib.asynccontextmanager
async def _writing(settings: Settings) -> AsyncIterator[Any]:
    """One transaction on the database."""
    from renovation_api.storage.engine import open_database  # noqa: PLC0415 (loads the app)

    database = open_database(settings)
    try:
        async with database.writer.begin() as conn:
            yield conn
    finally:
        await database.dispose()


async def _store(
    settings: Settings,
    dataset: core.Dataset,
    *,
    only_if_empty: bool,
    province: core.Region | None = None,
) -> bool:
    """Load ``dataset`` (and the ``province`` above it) in one transaction."""
    from renovation_api import views  # noqa: PLC0415
    from renovation_api.clock import today  # noqa: PLC0415
    from renovation_api.services import regions, register  # noqa: PLC0415
    from renovation_api.shapes import regions as shown_regions  # noqa: PLC0415, F401 (views)
    from renovation_api.shapes import register as shown  # noqa: PLC0415, F401 (its views)
    from renovation_api.storage import programmes  # noqa: PLC0415
    from renovation_api.storage.unit_of_work import SqlUnitOfWork  # noqa: PLC0415
    from renovation_core.errors import RuleViolation  # noqa: PLC0415

    async with _writing(settings) as conn:
        if only_if_empty and await programmes.has_programmes(conn):
            return False  # another process may have loaded it first: that is as good
        uow = SqlUnitOfWork(
            conn,
            by=operator(),
            today=today(),
            request_id=None,
            show=views.show,
            programmes=programmes.ProgrammeCache(),
        )
        try:
            await register.load_programme(register.LoadProgramme(dataset=dataset), uow)
            if province is not None:
                await regions.add_province(regions.AddProvince(province=province), uow)
        except RuleViolation:
            raise SystemExit(
                f"error: programme {dataset.programme.code!r} is already loaded"
            ) from None
    return True


async def _count_rows(settings: Settings) -> None:
    from renovation_api.storage.engine import count_rows  # noqa: PLC0415

    async with _writing(settings) as conn:
        await count_rows(conn)


def _import(args: argparse.Namespace, settings: Settings) -> None:
    from renovation_api.imports import ImportMode  # noqa: PLC0415
    from renovation_api.sheets import NotASpreadsheet  # noqa: PLC0415

    path = Path(args.file)
    mode = ImportMode.VALID_ROWS if args.valid_rows else ImportMode.ALL_OR_NOTHING
    migrate.upgrade(settings.database_url)
    try:
        report = asyncio.run(_run_import(settings, args.programme, path, mode))
    except OSError as error:
        raise SystemExit(f"error: cannot read {path}: {error.strerror}") from None
    except NotASpreadsheet as error:
        raise SystemExit(f"error: {path}: {error}") from None
    except core.DataError as error:
        lines = "\n".join(f"  {path}: column {e.path}: {e.message}" for e in error.errors)
        raise SystemExit(f"error: {path} cannot be imported:\n{lines}") from None
    for problem in report.problems:  # the file's own text, shown so a terminal cannot run it
        where = f"row {problem.row}" + (
            f", column {visible(problem.column)}" if problem.column else ""
        )
        print(f"  {path}: {where}: {visible(problem.message)}", file=sys.stderr)
    if report.rejected > len(report.problems):
        print(f"  … {report.rejected - len(report.problems)} more rows rejected", file=sys.stderr)
    if report.written:
        print(
            f"imported: {report.rows} rows read, {report.inserted} inserted, "
            f"{report.updated} updated, {report.unchanged} unchanged, "
            f"{report.plans_added} plans added, {report.rejected} rejected"
        )
    else:
        print(
            f"nothing imported: {report.rows} rows read, {report.rejected} rejected "
            "(all or nothing; --valid-rows imports the others)"
        )
    if report.ignored_columns:
        print(f"  columns ignored: {visible(', '.join(report.ignored_columns))}")
    if report.rejected and not report.written:
        raise SystemExit(1)


async def _run_import(settings: Settings, programme: str, path: Path, mode: Any) -> Any:
    """Import the file as the API does: recorded as an import of its own (``GET
    …/imports/{n}``), with its hash, its one audit event and its changes row by row."""
    from renovation_api.import_jobs import closed  # noqa: PLC0415
    from renovation_api.imports import import_compounds  # noqa: PLC0415
    from renovation_api.sheets import Limits  # noqa: PLC0415
    from renovation_api.storage import imports, programmes  # noqa: PLC0415
    from renovation_api.storage.engine import open_database  # noqa: PLC0415

    database = open_database(settings)
    by = operator()
    try:
        async with database.reader.connect() as conn:
            found = await programmes.load_programme(conn, programme)
        if found is None:
            raise SystemExit(f"error: there is no programme {programme!r}")
        row, loaded = found
        with path.open("rb") as file:
            sha256 = hashlib.file_digest(file, "sha256").hexdigest()
            size = file.tell()
            file.seek(0)
            import_id = 0

            async def claim(conn: Any) -> None:
                nonlocal import_id
                import_id = await imports.insert(
                    conn,
                    programme_id=row.id,
                    mode=mode.code,
                    filename=visible(path.name)[:MAX_TEXT_LENGTH],
                    size=size,
                    sha256=sha256,
                    actor=by.actor,
                )

            async def record(conn: Any, written: list[Any]) -> None:
                await imports.record_changes(conn, import_id, written)

            async def finish(conn: Any, report: Any) -> None:
                await closed(conn, by, None, programme, import_id, sha256, report, None)

            return await import_compounds(
                database.writer,
                row.id,
                loaded,
                file,
                mode,
                Limits(rows=settings.import_max_rows),
                claim=claim,
                record=record,
                finish=finish,
            )
    finally:
        await database.dispose()


async def _first_key(settings: Settings) -> "IssuedKey | None":
    """A city administrator's key when the database has no key at all (its first start)."""
    from renovation_api.keys import issue_key  # noqa: PLC0415
    from renovation_api.storage import keys  # noqa: PLC0415

    async with _writing(settings) as conn:
        if await keys.has_keys(conn):
            return None
        return await issue_key(
            conn,
            name="first city administrator (created by renovation serve)",
            role=core.Role.CITY_ADMIN,
            by=operator(),
            expires_at=_days_from_now(DEFAULT_KEY_DAYS),
        )


def _days_from_now(days: int) -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0) + datetime.timedelta(
        days=days
    )


def _key_days(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_KEY_DAYS:
        raise argparse.ArgumentTypeError(f"must be a whole number of days from 1 to {MAX_KEY_DAYS}")
    return int(text)


def _serve(args: argparse.Namespace, settings: Settings) -> None:
    _free(args.host, args.port)
    migrate.upgrade(settings.database_url)
    if asyncio.run(_store(settings, wuhai(), only_if_empty=True, province=inner_mongolia())):
        print(
            "empty database: loaded the Wuhai reference programme (wuhai-2022-2024) and its "
            "province (150000 内蒙古自治区)"
        )
    if sa.make_url(settings.database_url).get_backend_name() == "sqlite":
        asyncio.run(_count_rows(settings))  # PostgreSQL's autovacuum counts them
    if first := asyncio.run(_first_key(settings)):
        from renovation_api.credentials import KEY_HEADER  # noqa: PLC0415

        print(
            f"first start: created a city administrator API key (id {first.key_id}, expires "
            f"{first.expires_at:%Y-%m-%d}). Send it as {KEY_HEADER}; it is shown only now:\n"
            f"  {first.key}"
        )
    os.environ["RENOVATION_DATABASE_URL"] = settings.database_url
    print(f"serving on http://{args.host}:{args.port} (API docs at /docs)", flush=True)
    if args.server == "granian":
        from granian import Granian  # noqa: PLC0415
        from granian.constants import Interfaces  # noqa: PLC0415

        Granian(
            "renovation_api.app:app_from_env",
            address=args.host,
            port=args.port,
            workers=args.workers,
            interface=Interfaces.ASGI,
            factory=True,
        ).serve()
    else:
        import uvicorn  # noqa: PLC0415

        uvicorn.run(
            "renovation_api.app:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="warning",
            access_log=False,  # at "warning" it logs nothing, but formats every request's line
            # The app reads X-Forwarded-For itself, from RENOVATION_TRUSTED_PROXIES only;
            # uvicorn's own default trusts it from 127.0.0.1, so any local caller could spoof.
            proxy_headers=False,
        )


def _deliver(_args: argparse.Namespace, settings: Settings) -> None:
    """Run the delivery worker until SIGINT or SIGTERM; a delivery under way when it stops is
    sent again by the next worker once its lease runs out."""
    from renovation_api.storage.engine import open_database  # noqa: PLC0415
    from renovation_api.webhooks.delivery import Worker  # noqa: PLC0415

    migrate.upgrade(settings.database_url)

    async def run() -> None:
        halt = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signal_number in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signal_number, halt.set)
        database = open_database(settings)
        try:
            await Worker(database, settings).run(halt)
        finally:
            await database.dispose()

    print("delivering webhooks (stop with Ctrl-C)", flush=True)
    asyncio.run(run())


def _load(args: argparse.Namespace, settings: Settings) -> None:
    path = Path(args.file)
    try:
        dataset = _read_dataset(path)
    except OSError as error:
        raise SystemExit(f"error: cannot read {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise SystemExit(f"error: {path} is not UTF-8 text") from None
    except core.DataError as error:
        lines = "\n".join(f"  {path}: {e.path}: {e.message}" for e in error.errors)
        raise SystemExit(f"error: {path} is not a valid programme file:\n{lines}") from None
    migrate.upgrade(settings.database_url)
    asyncio.run(_store(settings, dataset, only_if_empty=False))
    print(
        f"loaded {dataset.programme.code}: {len(dataset.compounds)} compounds, "
        f"{len(dataset.plans)} plans"
    )
    for finding in core.check_targets(dataset.programme):
        print(f"  finding {finding.code} at {finding.location}: {finding.message}")


def _create_key(args: argparse.Namespace, settings: Settings) -> None:
    from renovation_api.keys import issue_key  # noqa: PLC0415

    migrate.upgrade(settings.database_url)

    async def create() -> "IssuedKey":
        async with _writing(settings) as conn:
            _check_places(await _places(conn), args.district, args.street)
            if compound is not None:
                await _check_compound(conn, compound)
            return await issue_key(
                conn,
                name=args.name,
                role=core.Role.from_code(args.role),
                districts=frozenset(args.district),
                streets=frozenset(args.street),
                organisation=args.organisation,
                compound=compound,
                region=args.region,
                by=operator(),
                expires_at=_days_from_now(args.expires_in_days),
            )

    from renovation_api.credentials import KEY_HEADER  # noqa: PLC0415

    try:
        compound = core.CompoundRef.parse(args.compound) if args.compound else None
        issued = asyncio.run(create())
    except FieldValueError as error:
        raise SystemExit(f"error: --{error.field.rstrip('s')}: {error.message}") from None
    print(
        f"API key {issued.key_id} ({args.role}) for {args.name}, expires "
        f"{issued.expires_at:%Y-%m-%d}. Send it as {KEY_HEADER}; it is shown only now:\n"
        f"  {issued.key}"
    )


async def _places(conn: Any) -> tuple[set[str], set[str]]:
    """The district and street codes of every stored programme."""
    from renovation_api.storage import programmes  # noqa: PLC0415

    districts: set[str] = set()
    streets: set[str] = set()
    for code in await programmes.programme_codes(conn):
        found = await programmes.load_programme(conn, code)
        assert found is not None
        for district in found[1].districts:
            districts.add(district.code)
            streets.update(s.code for s in district.streets)
    return districts, streets


async def _check_compound(conn: Any, compound: core.CompoundRef) -> None:
    from renovation_api.storage import programmes, register  # noqa: PLC0415

    programme_id = await programmes.programme_id(conn, compound.programme)
    if (
        programme_id is None
        or await register.get_compound(conn, programme_id, compound.code) is None
    ):
        raise SystemExit(f"error: --compound {compound}: no stored programme has this compound")


def _check_places(
    known: tuple[set[str], set[str]], districts: list[str], streets: list[str]
) -> None:
    for flag, given, stored in (("district", districts, known[0]), ("street", streets, known[1])):
        for code in given:
            if code not in stored:
                raise SystemExit(f"error: --{flag} {code}: no stored programme has this {flag}")


def _list_keys(_args: argparse.Namespace, settings: Settings) -> None:
    from renovation_api.storage import audit, keys  # noqa: PLC0415

    migrate.upgrade(settings.database_url)

    async def rows() -> Any:
        async with _writing(settings) as conn:
            return await keys.list_keys(conn)

    now = datetime.datetime.now(datetime.UTC)
    print(f"{'id':<16}  {'role':<16}  {'scope':<24}  {'expires':<10}  {'status':<7}  name")
    for row in asyncio.run(rows()):
        principal = keys.principal_from_row(row)
        scope = ",".join(sorted(principal.districts | principal.streets)) or (
            principal.organisation
            or (str(principal.compound) if principal.compound else None)
            or principal.region
            or "deployment"
        )
        status = (
            "revoked"
            if row.revoked_at
            else "expired"
            if audit.utc(row.expires_at) <= now
            else "active"
        )
        print(
            f"{row.key_id:<16}  {row.role:<16}  {scope:<24}  "
            f"{audit.utc(row.expires_at):%Y-%m-%d}  {status:<7}  {row.name}"
        )


def _revoke_key(args: argparse.Namespace, settings: Settings) -> None:
    from renovation_api.keys import revoke_key  # noqa: PLC0415

    migrate.upgrade(settings.database_url)

    async def revoke() -> bool:
        async with _writing(settings) as conn:
            return await revoke_key(conn, args.key_id, operator())

    if not asyncio.run(revoke()):
        raise SystemExit(f"error: there is no unrevoked key {args.key_id!r}")
    print(f"revoked API key {args.key_id}")


def export_openapi() -> str:
    """The OpenAPI document, as committed in specs/openapi.json."""
    from renovation_api.app import create_app  # noqa: PLC0415
    from renovation_api.contract import contract_json  # noqa: PLC0415

    app = create_app(Settings(database_url="sqlite+aiosqlite://"))
    schema = json.loads(msgspec.json.encode(contract_json(app)))
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _export(args: argparse.Namespace, _settings: Settings) -> None:
    text = export_openapi()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, "utf-8")
        print(f"wrote {args.output}")


def _free(host: str, port: int) -> None:
    """Refuse a port another process holds before anything claims to serve on it."""
    try:
        socket.create_server((host, port)).close()
    except OSError as error:
        raise SystemExit(
            f"error: cannot serve on {host}:{port}: "
            f"{os.strerror(error.errno) if error.errno else error} "
            "(another server may hold it; choose another with --port)"
        ) from None


def _epilog() -> str:
    lines = [f"  {name:<56} {meaning}" for name, meaning in ENVIRONMENT.items()]
    return "environment variables:\n" + "\n".join(lines)


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, got {text!r}")
    return int(text)


def _key_commands(commands: Any) -> None:
    """``renovation keys``: issue, list and revoke API keys."""
    keys = commands.add_parser(
        "keys", help="API keys of integrating systems", formatter_class=DEFAULTS
    )
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    create = key_commands.add_parser(
        "create", help="issue a key and print it (once)", formatter_class=DEFAULTS
    )
    create.add_argument("--name", required=True, help="who or what the key is for")
    create.add_argument(
        "--role",
        required=True,
        choices=[r.code for r in core.Role if r is not core.Role.PUBLIC],
        help="what the key may do",
    )
    create.add_argument("--district", action="append", default=[], help="district code (repeat)")
    create.add_argument("--street", action="append", default=[], help="street code (repeat)")
    create.add_argument("--organisation", help="a utility operator's organisation (its own)")
    create.add_argument(
        "--compound", help="a resident's compound, as PROGRAMME/COMPOUND (the one it speaks for)"
    )
    create.add_argument(
        "--region",
        help="the province a province_officer works for; a city or province bounding a "
        "city_admin or auditor (the whole deployment without it)",
    )
    create.add_argument(
        "--expires-in-days", type=_key_days, default=DEFAULT_KEY_DAYS, help="days it is valid"
    )
    create.set_defaults(run=_create_key)
    key_commands.add_parser("list", help="list keys (never their secrets)").set_defaults(
        run=_list_keys
    )
    revoke = key_commands.add_parser(
        "revoke", help="revoke a key at once", formatter_class=DEFAULTS
    )
    revoke.add_argument("key_id", help="the id `keys list` shows")
    revoke.set_defaults(run=_revoke_key)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="renovation",
        description=__doc__,
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('renovation')}")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser(
        "serve", help="migrate, load Wuhai if empty, and serve the API", formatter_class=DEFAULTS
    )
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on")
    serve.add_argument("--port", type=_positive_int, default=8000, help="the port to listen on")
    serve.add_argument(
        "--workers", type=_positive_int, default=1, help="worker processes (one per core)"
    )
    serve.add_argument(
        "--server", choices=("uvicorn", "granian"), default="uvicorn", help="the ASGI server"
    )
    serve.set_defaults(run=_serve)

    deliver = commands.add_parser(
        "deliver-webhooks",
        help="deliver webhooks until stopped (beside PostgreSQL; SQLite's serve does it too)",
        formatter_class=DEFAULTS,
    )
    deliver.set_defaults(run=_deliver)

    db = commands.add_parser("db", help="database schema", formatter_class=DEFAULTS)
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="migrate to the latest schema").set_defaults(
        run=lambda _args, settings: migrate.upgrade(settings.database_url)
    )

    load = commands.add_parser(
        "load-programme", help="load a programme file (JSON or TOML)", formatter_class=DEFAULTS
    )
    load.add_argument("file", help="the programme file, format renovation.programme/1")
    load.set_defaults(run=_load)

    imports = commands.add_parser(
        "import-compounds",
        help="import a compound inventory (CSV or XLSX, Chinese or English headers)",
        formatter_class=DEFAULTS,
    )
    imports.add_argument("programme", help="the programme's code, e.g. wuhai-2022-2024")
    imports.add_argument("file", help="the inventory, .csv or .xlsx")
    imports.add_argument(
        "--valid-rows",
        action="store_true",
        help="import the valid rows and report the rest (default: all or nothing)",
    )
    imports.set_defaults(run=_import)

    _key_commands(commands)

    export = commands.add_parser(
        "export-openapi", help="write the OpenAPI document", formatter_class=DEFAULTS
    )
    export.add_argument("--output", default="specs/openapi.json", help="a path, or - for stdout")
    export.set_defaults(run=_export)

    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        parser.error(str(error))
    try:
        args.run(args, settings)
    except (OSError, sa.exc.DBAPIError) as error:  # the database cannot be reached or used
        where = sa.make_url(settings.database_url).render_as_string(hide_password=True)
        reason = getattr(error, "orig", None) or error
        parser.exit(
            1,
            f"renovation: error: cannot use the database at RENOVATION_DATABASE_URL ({where}): "
            f"{str(reason).splitlines()[0]}\n",
        )


if __name__ == "__main__":
    main()
