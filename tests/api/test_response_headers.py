"""Every response carries a request id and the hardening headers; CORS is closed by default;
bodies over the limit are refused before they are read; a bad setting stops the start."""

import os
import re
import subprocess
import sys
from typing import Any

import pytest
from litestar.testing import TestClient

from renovation_api.app import create_app
from renovation_api.contract import contract_json
from renovation_api.settings import Settings, SettingsError
from tests.api.conftest import WUHAI, problem
from tests.api.test_compounds import COMPOUNDS

HARDENING = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
}


def test_every_response_has_a_request_id_and_hardening_headers(client: Any) -> None:
    responses = [
        client.get(f"{WUHAI}/districts"),
        client.get(f"{WUHAI}/compounds/nope"),  # a problem
        client.get("/v1/nowhere"),  # no route
        client.post(COMPOUNDS, json={"code": "A"}),  # refused body
    ]
    ids = [r.headers["x-request-id"] for r in responses]
    assert all(len(i) == 32 for i in ids)
    assert len(set(ids)) == len(ids)
    for response in responses:
        assert {k: response.headers[k] for k in HARDENING} == HARDENING


def test_what_a_credential_was_shown_is_kept_from_shared_caches(client: Any) -> None:
    shown = client.get(f"{WUHAI}/compounds/150302-0001")  # the client sends the admin's key
    assert shown.status_code == 200
    assert shown.headers["cache-control"] == "private, no-cache"
    assert "X-API-Key" in shown.headers["vary"]
    request = client.build_request("GET", f"{WUHAI}/districts")
    del request.headers["X-API-Key"]
    public = client.send(request)
    assert public.status_code == 200
    assert "cache-control" not in public.headers
    assert "Authorization" in public.headers["vary"]


def test_a_callers_request_id_is_kept_and_a_malformed_one_replaced(client: Any) -> None:
    kept = client.get(f"{WUHAI}/districts", headers={"X-Request-Id": "finance-7f3a.2026:11"})
    assert kept.headers["x-request-id"] == "finance-7f3a.2026:11"
    replaced = client.get(f"{WUHAI}/districts", headers={"X-Request-Id": "bad id\twith spaces"})
    assert len(replaced.headers["x-request-id"]) == 32


def test_the_docs_page_may_run_its_own_script(client: Any) -> None:
    policy = client.get("/docs").headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy


def test_cors_is_closed_by_default(client: Any) -> None:
    response = client.get(f"{WUHAI}/districts", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers


def test_cors_opens_to_the_configured_origins_only(database_url: str) -> None:
    settings = Settings(database_url=database_url, cors_origins=("https://gis.wuhai.gov.cn",))
    with TestClient(create_app(settings)) as client:
        allowed = client.options(
            f"{WUHAI}/compounds",
            headers={
                "Origin": "https://gis.wuhai.gov.cn",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type, idempotency-key",
            },
        )
        assert allowed.status_code == 204
        assert allowed.headers["access-control-allow-origin"] == "https://gis.wuhai.gov.cn"
        read = client.get(f"{WUHAI}/districts", headers={"Origin": "https://gis.wuhai.gov.cn"})
        assert read.headers["access-control-allow-origin"] == "https://gis.wuhai.gov.cn"
        assert "ETag" in read.headers["access-control-expose-headers"]
        other = client.get(f"{WUHAI}/districts", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_a_body_over_the_limit_is_refused(database_url: str, keys: dict[str, str]) -> None:
    settings = Settings(database_url=database_url, max_body_bytes=1024)
    with TestClient(create_app(settings)) as client:
        body = b'{"code": "' + b"x" * 2048 + b'"}'
        response = client.post(
            COMPOUNDS,
            content=body,
            headers={"content-type": "application/json", "X-API-Key": keys["city_admin"]},
        )
        problem(response, 413, "request-too-large")
        # The contract says so of every operation that takes a body.
        document = contract_json(client.app)
        taking = {
            (path, method): operation["responses"]
            for path, operations in document["paths"].items()
            for method, operation in operations.items()
            if "requestBody" in operation
        }
        assert len(taking) > 60
        assert [at for at, answers in taking.items() if "413" not in answers] == []


def test_limits_and_origins_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "RENOVATION_MAX_BODY_BYTES": "4096",
            "RENOVATION_CORS_ORIGINS": "https://a.gov.cn, https://b.gov.cn",
        }
    )
    assert settings.max_body_bytes == 4096
    assert settings.cors_origins == ("https://a.gov.cn", "https://b.gov.cn")


def test_proxies_redis_and_import_rows_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "RENOVATION_TRUSTED_PROXIES": "10.0.0.5, 192.168.0.0/16, ::1",
            "RENOVATION_REDIS_URL": "redis://127.0.0.1:6379/2",
            "RENOVATION_AUTH_FAILURES_PER_MINUTE": "12",
            "RENOVATION_IMPORT_MAX_ROWS": "5000",
        }
    )
    assert [str(n) for n in settings.trusted_proxies] == [
        "10.0.0.5/32",
        "192.168.0.0/16",
        "::1/128",
    ]
    assert (settings.redis_url, settings.redis_prefix) == ("redis://127.0.0.1:6379/2", "renovation")
    assert (settings.auth_failures_per_minute, settings.import_max_rows) == (12, 5000)
    defaults = Settings.from_env({})
    assert (defaults.trusted_proxies, defaults.redis_url) == ((), None)
    with pytest.raises(
        SettingsError, match=re.escape("RENOVATION_TRUSTED_PROXIES: 'proxy.local' is not")
    ):
        Settings.from_env({"RENOVATION_TRUSTED_PROXIES": "10.0.0.1,proxy.local"})
    with pytest.raises(SettingsError, match="RENOVATION_REDIS_URL must be a redis://"):
        Settings.from_env({"RENOVATION_REDIS_URL": "127.0.0.1:6379"})


def test_a_bad_setting_is_named_and_nothing_starts() -> None:
    with pytest.raises(SettingsError, match="RENOVATION_MAX_BODY_BYTES must be a positive"):
        Settings.from_env({"RENOVATION_MAX_BODY_BYTES": "8MB"})
    with pytest.raises(SettingsError, match="RENOVATION_DB_POOL_SIZE must be a positive"):
        Settings.from_env({"RENOVATION_DB_POOL_SIZE": "0"})
    with pytest.raises(SettingsError, match=re.escape("'gis.wuhai.gov.cn/' is not a web origin")):
        Settings.from_env({"RENOVATION_CORS_ORIGINS": "https://a.gov.cn,gis.wuhai.gov.cn/"})
    for day in ("02-30", "02-29", "spring", "13-01"):
        with pytest.raises(SettingsError, match="RENOVATION_CONSTRUCTION_START_BY must be a day"):
            Settings.from_env({"RENOVATION_CONSTRUCTION_START_BY": day})
    start_by = Settings.from_env(
        {"RENOVATION_CONSTRUCTION_START_BY": "05-15"}
    ).construction_start_by
    assert (start_by.month, start_by.day) == (5, 15)
    result = subprocess.run(
        [sys.executable, "-m", "renovation_api.cli", "db", "upgrade"],
        env={**os.environ, "RENOVATION_MAX_BODY_BYTES": "lots"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "RENOVATION_MAX_BODY_BYTES must be a positive whole number, got 'lots'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_docs_are_compressed_and_the_api_answers_are_not(client: Any) -> None:
    page = client.get("/docs", headers={"Accept-Encoding": "gzip"})
    assert (page.status_code, page.headers.get("content-encoding")) == (200, "gzip")
    contract = client.get("/docs/openapi.json", headers={"Accept-Encoding": "gzip"})
    assert contract.headers.get("content-encoding") == "gzip"
    assert contract.num_bytes_downloaded * 5 < len(contract.content)
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        assert client.get(asset, headers={"Accept-Encoding": "gzip"}).status_code == 200, asset
    answer = client.get("/v1/vocabularies", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in answer.headers
