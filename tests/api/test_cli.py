"""The ``renovation`` command: loading programme files, migrating, exporting the contract."""

import asyncio
import hashlib
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from renovation_api.storage import tables
from tests.api.test_imports import HEADER, csv_bytes, row
from tests.conftest import Databases
from tests.unit.test_second_city import SECOND_CITY

SPEC = Path(__file__).parents[2] / "specs" / "openapi.json"


def renovation(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "renovation_api.cli", *args],
        env={**os.environ, "RENOVATION_DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_load_a_programme_file_and_refuse_it_twice(databases: Databases, tmp_path: Path) -> None:
    url = databases.new(with_wuhai=False)
    path = tmp_path / "qinghe.toml"
    path.write_text(SECOND_CITY, "utf-8")
    loaded = renovation(url, "load-programme", str(path))
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.startswith("loaded qinghe-2025-2026: 5 compounds, 4 plans")
    again = renovation(url, "load-programme", str(path))
    assert again.returncode != 0
    assert "programme 'qinghe-2025-2026' is already loaded" in again.stderr


def test_a_bad_file_names_the_file_and_each_field(databases: Databases, tmp_path: Path) -> None:
    url = databases.new(with_wuhai=False)
    path = tmp_path / "bad.toml"
    path.write_text(
        SECOND_CITY.replace("households = 120", "households = -120").replace(
            'category = "enhancement"\ndistrict = "990101"',
            'category = "luxury"\ndistrict = "990101"',
        ),
        "utf-8",
    )
    result = renovation(url, "load-programme", str(path))
    assert result.returncode != 0
    assert f"{path} is not a valid programme file" in result.stderr
    assert (
        f"{path}: $.programme.coverage_targets[0].category: unknown category 'luxury'"
        in result.stderr
    )
    assert (
        f"{path}: $.compounds[0].households: must be between 1 and 1000000, got -120"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_a_missing_file(databases: Databases, tmp_path: Path) -> None:
    result = renovation(
        databases.new(with_wuhai=False), "load-programme", str(tmp_path / "none.json")
    )
    assert result.returncode != 0
    assert "cannot read" in result.stderr
    assert "Traceback" not in result.stderr


def test_upgrade_and_export(databases: Databases) -> None:
    url = databases.new(with_wuhai=False)
    assert renovation(url, "db", "upgrade").returncode == 0
    exported = renovation(url, "export-openapi", "--output", "-")
    assert exported.returncode == 0
    assert exported.stdout == SPEC.read_text("utf-8")


def test_a_file_that_is_not_utf8(databases: Databases, tmp_path: Path) -> None:
    path = tmp_path / "gbk.toml"
    path.write_bytes(SECOND_CITY.encode("gbk"))
    result = renovation(databases.new(with_wuhai=False), "load-programme", str(path))
    assert result.returncode != 0
    assert "is not UTF-8 text" in result.stderr
    assert "Traceback" not in result.stderr


def test_import_an_inventory_all_or_nothing_then_the_valid_rows(
    databases: Databases, tmp_path: Path
) -> None:
    url = databases.new()
    path = tmp_path / "台账.csv"
    path.write_bytes(csv_bytes([HEADER, row(1), row(2, 楼栋数="六"), row(3)], encoding="gb18030"))
    refused = renovation(url, "import-compounds", "wuhai-2022-2024", str(path))
    assert refused.returncode == 1
    assert f"{path}: row 3, column 楼栋数: a whole number, not '六'" in refused.stderr
    assert refused.stdout.startswith("nothing imported: 3 rows read, 1 rejected")
    partial = renovation(url, "import-compounds", "wuhai-2022-2024", str(path), "--valid-rows")
    assert partial.returncode == 0, partial.stderr
    assert partial.stdout.startswith(
        "imported: 3 rows read, 2 inserted, 0 updated, 0 unchanged, 2 plans added, 1 rejected"
    )
    assert "columns ignored: 备注" in partial.stdout
    again = renovation(url, "import-compounds", "wuhai-2022-2024", str(path), "--valid-rows")
    assert "0 inserted, 0 updated, 2 unchanged" in again.stdout
    # Each import is recorded as over the API: its row, one audit event with the file's hash,
    # and what it wrote, row by row.
    imports, events, changes = _trail(url)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    assert [(i.status, i.submitted_by.startswith("cli:"), i.sha256) for i in imports] == [
        ("done", True, sha256)
    ] * 3
    assert [(e.resource, e.after["sha256"]) for e in events] == [
        (f"/v1/programmes/wuhai-2022-2024/imports/{i.id}", sha256) for i in imports
    ]
    assert [(c.import_id, c.row, c.record) for c in changes] == [
        (imports[1].id, 2, "compound"),
        (imports[1].id, 2, "plan"),
        (imports[1].id, 4, "compound"),
        (imports[1].id, 4, "plan"),
    ]


def _trail(url: str) -> tuple[list[Any], list[Any], list[Any]]:
    """The imports, their audit events and their changes, in the order written."""

    async def read() -> tuple[list[Any], list[Any], list[Any]]:
        engine = create_async_engine(url)
        try:
            async with engine.connect() as conn:
                found = []
                for query in (
                    sa.select(tables.imports).order_by(tables.imports.c.id),
                    sa.select(tables.audit_events)
                    .where(tables.audit_events.c.action == "import")
                    .order_by(tables.audit_events.c.id),
                    sa.select(tables.import_changes).order_by(tables.import_changes.c.id),
                ):
                    found.append(list(await conn.execute(query)))
                return found[0], found[1], found[2]
        finally:
            await engine.dispose()

    return asyncio.run(read())


def test_import_refuses_what_is_not_an_inventory(databases: Databases, tmp_path: Path) -> None:
    url = databases.new()
    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = renovation(url, "import-compounds", "wuhai-2022-2024", str(picture))
    assert result.returncode != 0
    assert f"error: {picture}: the file is neither CSV text nor an XLSX workbook" in result.stderr
    headless = tmp_path / "headless.csv"
    headless.write_text("名称,户数\n团结小区,12\n", "utf-8")
    result = renovation(url, "import-compounds", "wuhai-2022-2024", str(headless))
    assert "column code: required column missing: code (小区编码)" in result.stderr
    result = renovation(url, "import-compounds", "nowhere-2022", str(headless))
    assert "error: there is no programme 'nowhere-2022'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_explains_itself() -> None:
    """--version, every option's default, and the environment it reads, in its help."""
    version = renovation("sqlite+aiosqlite://", "--version")
    assert version.stdout.startswith("renovation ")
    top = renovation("sqlite+aiosqlite://", "--help").stdout
    assert "RENOVATION_DATABASE_URL" in top
    assert "RENOVATION_REDIS_URL" in top
    serve = renovation("sqlite+aiosqlite://", "serve", "--help").stdout
    assert "(default: 8000)" in serve
    assert "(default: 127.0.0.1)" in serve


def test_a_bad_database_setting_is_one_line_naming_the_variable_and_the_fix() -> None:
    for url, says in (
        ("postgresql://postgres@127.0.0.1/test", "begin the URL with postgresql+asyncpg://"),
        ("mysql+aiomysql://x@y/z", "runs on SQLite or PostgreSQL, not 'mysql'"),
        ("%%%", "must be a database URL"),
        ("postgresql+asyncpg://postgres:secret@127.0.0.1:1/test", "cannot use the database"),
    ):
        result = renovation(url, "db", "upgrade")
        assert result.returncode != 0
        last = result.stderr.strip().splitlines()[-1]
        assert says in last, result.stderr
        assert "RENOVATION_DATABASE_URL" in last
        assert "Traceback" not in result.stderr
        assert "secret" not in result.stderr


def test_a_busy_port_is_reported_before_anything_claims_to_serve(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as held:
        port = held.getsockname()[1]
        result = renovation(
            f"sqlite+aiosqlite:///{tmp_path / 'busy.sqlite3'}", "serve", "--port", str(port)
        )
    assert result.returncode != 0
    assert f"cannot serve on 127.0.0.1:{port}: Address already in use" in result.stderr
    assert "serving on" not in result.stdout
