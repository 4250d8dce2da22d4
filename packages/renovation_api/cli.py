"""The ``renovation`` command: serve the API, migrate, load programmes, export the contract."""

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import msgspec

import renovation_core as core
from renovation_api import migrate
from renovation_api.settings import Settings, SettingsError
from renovation_core.reference import wuhai


def _read_dataset(path: Path) -> core.Dataset:
    text = path.read_text("utf-8")
    if path.suffix.lower() == ".toml":
        return core.dataset_from_toml(text)
    return core.dataset_from_json(text)


async def _store(settings: Settings, dataset: core.Dataset, *, only_if_empty: bool) -> bool:
    from renovation_api.routes.programmes import store_dataset  # noqa: PLC0415 (loads the app)
    from renovation_api.storage import programmes  # noqa: PLC0415
    from renovation_api.storage.engine import open_database  # noqa: PLC0415

    database = open_database(settings)
    try:
        async with database.writer.begin() as conn:
            if only_if_empty and await programmes.has_programmes(conn):
                return False  # another process may have loaded it first: that is as good
            if await programmes.programme_id(conn, dataset.programme.code) is not None:
                raise SystemExit(f"error: programme {dataset.programme.code!r} is already loaded")
            await store_dataset(conn, dataset)
        return True
    finally:
        await database.dispose()


def _serve(args: argparse.Namespace, settings: Settings) -> None:
    migrate.upgrade(settings.database_url)
    if asyncio.run(_store(settings, wuhai(), only_if_empty=True)):
        print("empty database: loaded the Wuhai reference programme (wuhai-2022-2024)")
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
        )


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


def export_openapi() -> str:
    """The OpenAPI document, as committed in specs/openapi.json."""
    from renovation_api.app import create_app  # noqa: PLC0415

    app = create_app(Settings(database_url="sqlite+aiosqlite://"))
    schema = json.loads(msgspec.json.encode(app.openapi_schema.to_schema()))
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _export(args: argparse.Namespace, _settings: Settings) -> None:
    text = export_openapi()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, "utf-8")
        print(f"wrote {args.output}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="renovation", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="migrate, load Wuhai if empty, and serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--server", choices=("uvicorn", "granian"), default="uvicorn")
    serve.set_defaults(run=_serve)

    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="migrate to the latest schema").set_defaults(
        run=lambda _args, settings: migrate.upgrade(settings.database_url)
    )

    load = commands.add_parser("load-programme", help="load a programme file (JSON or TOML)")
    load.add_argument("file")
    load.set_defaults(run=_load)

    export = commands.add_parser("export-openapi", help="write the OpenAPI document")
    export.add_argument("--output", default="specs/openapi.json", help="a path, or - for stdout")
    export.set_defaults(run=_export)

    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        parser.error(str(error))
    args.run(args, settings)


if __name__ == "__main__":
    main()
