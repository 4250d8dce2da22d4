"""``renovation keys`` and the first key ``renovation serve`` prints: what a new city office
does on its first day."""

import re
from pathlib import Path

import httpx

from tests.api.test_cli import renovation
from tests.conftest import Databases
from tests.live_server import live_server

KEY = re.compile(r"rnv_[0-9a-f]{16}_[A-Za-z0-9_-]{43}")
COMPOUNDS = "/v1/programmes/wuhai-2022-2024/compounds"


def test_serve_prints_a_city_admin_key_at_first_start_only(
    databases: Databases, tmp_path: Path
) -> None:
    url = databases.new(with_wuhai=False)
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    with live_server(url, tmp_path / "first") as base:
        log = next((tmp_path / "first").glob("server-*.log")).read_text("utf-8")
        assert "first start: created a city administrator API key" in log
        [key] = KEY.findall(log)
        admin = {"X-API-Key": key}
        assert httpx.get(base + "/v1/audit-events", headers=admin).status_code == 200
        assert httpx.get(base + COMPOUNDS, headers=admin).status_code == 200
    with live_server(url, tmp_path / "second"):
        log = next((tmp_path / "second").glob("server-*.log")).read_text("utf-8")
        assert not KEY.search(log)


def test_create_list_use_and_revoke_a_key(databases: Databases, tmp_path: Path) -> None:
    url = databases.new()
    created = renovation(
        url,
        "keys",
        "create",
        "--name",
        "海勃湾区住建局",
        "--role",
        "district_officer",
        "--district",
        "150302",
        "--expires-in-days",
        "30",
    )
    assert created.returncode == 0, created.stderr
    [key] = KEY.findall(created.stdout)
    key_id = key.split("_")[1]
    listed = renovation(url, "keys", "list")
    assert listed.returncode == 0, listed.stderr
    [line] = [line for line in listed.stdout.splitlines() if line.startswith(key_id)]
    assert line.split()[1:5] == ["district_officer", "150302", line.split()[3], "active"]
    assert key.split("_", 2)[2] not in listed.stdout  # the secret is never shown again

    with live_server(url, tmp_path) as base:
        page = httpx.get(base + COMPOUNDS, params={"page_size": 500}, headers={"X-API-Key": key})
        assert page.status_code == 200
        assert {c["district"] for c in page.json()["items"]} == {"150302"}
        revoked = renovation(url, "keys", "revoke", key_id)
        assert revoked.returncode == 0, revoked.stderr
    with live_server(url, tmp_path) as base:  # any worker, once its cache has turned over
        refused = httpx.get(base + COMPOUNDS, headers={"X-API-Key": key})
        assert refused.status_code == 401
    assert "revoked" in renovation(url, "keys", "list").stdout
    again = renovation(url, "keys", "revoke", key_id)
    assert again.returncode == 1
    assert f"there is no unrevoked key '{key_id}'" in again.stderr


def test_impossible_keys_are_refused_with_the_reason(databases: Databases) -> None:
    url = databases.new()
    for args, message in (
        (
            ["--role", "district_officer"],
            "--district: the role district_officer needs at least one",
        ),
        (["--role", "auditor", "--district", "150302"], "--district: the role auditor takes none"),
        (
            ["--role", "district_officer", "--district", "150399"],
            "--district 150399: no stored programme has this district",
        ),
        (
            ["--role", "street_officer", "--street", "150302099000"],
            "--street 150302099000: no stored programme has this street",
        ),
        (
            ["--role", "utility_operator"],
            "--organisation: the role utility_operator needs at least one",
        ),
        (["--role", "resident"], "--compound: the role resident needs its compound"),
        (["--role", "resident", "--compound", "150302-0002"], "is not <programme>/<compound>"),
        (
            ["--role", "resident", "--compound", "wuhai-2022-2024/150302-9999"],
            "--compound wuhai-2022-2024/150302-9999: no stored programme has this compound",
        ),
        (
            ["--role", "auditor", "--compound", "wuhai-2022-2024/150302-0002"],
            "--compound: the role auditor takes none",
        ),
        (["--role", "public"], "invalid choice: 'public'"),
        (["--role", "city_admin", "--expires-in-days", "0"], "from 1 to 3650"),
    ):
        result = renovation(url, "keys", "create", "--name", "x", *args)
        assert result.returncode != 0, args
        assert message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert not KEY.search(renovation(url, "keys", "list").stdout)


def test_a_residents_key_is_issued_for_one_compound_and_reads_its_brief_alone(
    databases: Databases, tmp_path: Path
) -> None:
    url = databases.new()
    own = "wuhai-2022-2024/150302-0002"
    created = renovation(
        url, "keys", "create", "--name", "3号楼居民代表", "--role", "resident", "--compound", own
    )
    assert created.returncode == 0, created.stderr
    [key] = KEY.findall(created.stdout)
    [line] = [x for x in renovation(url, "keys", "list").stdout.splitlines() if "居民代表" in x]
    assert line.split()[1:3] == ["resident", own]
    with live_server(url, tmp_path) as base:
        brief = f"{base}/v1/programmes/{own.replace('/', '/compounds/')}/brief"
        assert httpx.get(brief, headers={"X-API-Key": key}).status_code == 200
        other = brief.replace("150302-0002", "150302-0001")
        assert httpx.get(other, headers={"X-API-Key": key}).status_code == 404
