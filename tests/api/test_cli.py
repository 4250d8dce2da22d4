"""The ``renovation`` command: loading programme files, migrating, exporting the contract."""

import os
import subprocess
import sys
from pathlib import Path

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
