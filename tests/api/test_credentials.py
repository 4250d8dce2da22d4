"""Credentials: API keys and bearer tokens, each way they can be bad, and the rate limit."""

import base64
import datetime
import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from litestar.testing import TestClient

from renovation_api.app import create_app
from renovation_api.settings import BearerSettings
from tests.api.conftest import WUHAI, problem, settings
from tests.api.test_access import COMPOUNDS

ISSUER = "https://id.wuhai.gov.cn"
AUDIENCE = "renovation"
SIGNER = rsa.generate_private_key(public_exponent=65537, key_size=2048)
STRANGER = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _jwks() -> str:
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(SIGNER.public_key()))
    return json.dumps({"keys": [jwk | {"kid": "wuhai-1", "alg": "RS256", "use": "sig"}]})


def token(key: Any = SIGNER, algorithm: str = "RS256", **changes: Any) -> str:
    now = datetime.datetime.now(datetime.UTC)
    claims = {
        "sub": "zhang.wei",
        "iss": ISSUER,
        "aud": AUDIENCE,
        "exp": now + datetime.timedelta(minutes=10),
        "iat": now,
        "role": "district_officer",
        "districts": ["150302"],
    } | changes
    return jwt.encode(
        {k: v for k, v in claims.items() if v is not None},
        key,
        algorithm=algorithm,
        headers={"kid": "wuhai-1"},
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def hs256_with_the_public_key() -> str:
    """The classic algorithm confusion: HMAC 'signed' with the verifier's public key."""
    public = SIGNER.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "wuhai-1"}).encode())
    body = json.loads(base64.urlsafe_b64decode(token().split(".")[1] + "=="))
    payload = _b64(json.dumps(body).encode())
    signature = hmac.new(public, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(signature)}"


def unsigned() -> str:
    header = _b64(json.dumps({"alg": "none", "typ": "JWT", "kid": "wuhai-1"}).encode())
    payload = token().split(".")[1]
    return f"{header}.{payload}."


@pytest.fixture
def bearer_client(database_url: str) -> Iterator[TestClient[Any]]:
    bearer = BearerSettings(jwks=_jwks(), issuer=ISSUER, audience=AUDIENCE)
    with TestClient(create_app(settings(database_url, bearer=bearer))) as client:
        yield client


def test_a_good_token_acts_with_its_claims(bearer_client: TestClient[Any]) -> None:
    response = bearer_client.get(
        COMPOUNDS, params={"page_size": 500}, headers={"Authorization": f"Bearer {token()}"}
    )
    assert response.status_code == 200, response.text
    assert {c["district"] for c in response.json()["items"]} == {"150302"}


def test_a_residents_token_reads_its_compounds_brief(bearer_client: TestClient[Any]) -> None:
    own = token(role="resident", districts=None, compound="wuhai-2022-2024/150302-0002")
    headers = {"Authorization": f"Bearer {own}"}
    brief = bearer_client.get(f"{WUHAI}/compounds/150302-0002/brief", headers=headers)
    assert brief.status_code == 200, brief.text
    other = bearer_client.get(f"{WUHAI}/compounds/150302-0001/brief", headers=headers)
    assert other.status_code == 404


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        (lambda: token(key=STRANGER), "Signature verification failed"),
        (lambda: token(iss="https://elsewhere.example"), "issuer"),
        (lambda: token(aud="another-service"), "Audience"),
        (lambda: token(exp=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)), "expired"),
        (lambda: token(exp=None), "exp"),
        (lambda: token(sub=None), "sub"),
        (hs256_with_the_public_key, "alg value is not allowed"),
        (unsigned, "alg value is not allowed"),
        (lambda: token(role=None), "grant no role"),
        (lambda: token(role="public"), "grant no role"),
        (lambda: token(role="emperor"), "grant no role"),
        (lambda: token(districts=None), "needs at least one"),
        (lambda: token(role="auditor"), "takes none"),
        (lambda: token(districts="150302"), "not one string"),
        (lambda: token(role="resident", districts=None), "needs its compound"),
        (lambda: token(role="resident", districts=None, compound=7), "grant no role"),
        (lambda: token(role="resident", districts=None, compound="x"), "not <programme>/"),
        (lambda: "not.a.token", "not valid"),
    ],
)
def test_a_bad_token_is_refused(bearer_client: TestClient[Any], bad: Any, why: str) -> None:
    response = bearer_client.get(f"{WUHAI}/districts", headers={"Authorization": f"Bearer {bad()}"})
    body = problem(response, 401, "unauthenticated")
    assert why in body["detail"]
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_tokens_are_refused_where_no_identity_provider_is_configured(
    client: TestClient[Any],
) -> None:
    request = client.build_request("GET", f"{WUHAI}/districts")
    del request.headers["X-API-Key"]
    request.headers["Authorization"] = f"Bearer {token()}"
    body = problem(client.send(request), 401, "unauthenticated")
    assert "API keys only" in body["detail"]


def _with_key(client: TestClient[Any], key: str, url: str = COMPOUNDS) -> Any:
    return client.get(url, headers={"X-API-Key": key})


def test_bad_keys_are_refused_even_on_public_routes(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    good = keys["city_admin"]
    _, key_id, secret = good.split("_", 2)
    for bad, why in (
        (f"rnv_{'0' * 16}_{secret}", "unknown API key"),
        (f"rnv_{key_id}_{'A' * 43}", "unknown API key"),
        ("hunter2", "not an API key"),
        (keys["revoked"], "revoked"),
        (keys["expired"], "expired"),
    ):
        for url in (COMPOUNDS, f"{WUHAI}/districts"):
            body = problem(_with_key(client, bad, url), 401, "unauthenticated")
            assert why in body["detail"], body
    both = client.get(COMPOUNDS, headers={"Authorization": f"Bearer {token()}"})
    assert "one credential" in problem(both, 401, "unauthenticated")["detail"]
    # A second key (a proxy's beside the caller's, say) does not decide by its order. Sent
    # to the app as a server passes them: the test client would join the two into one.
    for first, second in ((keys["xinhua_officer"], good), (good, keys["xinhua_officer"])):
        status, body = client.blocking_portal.call(_sent_twice, client.app, first, second)
        assert status == 401, body
        assert "one credential" in body["detail"]


async def _sent_twice(app: Any, first: str, second: str) -> tuple[int, Any]:
    """The status and body of a GET of the compounds carrying two X-API-Key headers."""
    headers = [
        (b"host", b"testserver"),
        (b"x-api-key", first.encode()),
        (b"x-api-key", second.encode()),
    ]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": COMPOUNDS,
        "raw_path": COMPOUNDS.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return sent[0]["status"], json.loads(body)


def test_a_revoked_key_stops_working(database_url: str, keys: dict[str, str]) -> None:
    import asyncio  # noqa: PLC0415

    import renovation_core as core  # noqa: PLC0415
    from renovation_api.keys import revoke_key  # noqa: PLC0415
    from renovation_api.storage.engine import open_database  # noqa: PLC0415

    async def revoke(key_id: str) -> None:
        database = open_database(settings(database_url))
        async with database.writer.begin() as conn:
            by = core.Principal(actor="cli:tests", role=core.Role.CITY_ADMIN)
            assert await revoke_key(conn, key_id, by)
        await database.dispose()

    key = keys["haibowan_officer"]
    with TestClient(create_app(settings(database_url, key_cache_seconds=0))) as client:
        assert _with_key(client, key).status_code == 200
        asyncio.run(revoke(key.split("_")[1]))
        problem(_with_key(client, key), 401, "unauthenticated")


def test_each_caller_has_its_own_rate_limit(database_url: str, keys: dict[str, str]) -> None:
    with TestClient(create_app(settings(database_url, rate_limit_per_minute=3))) as client:
        client.app.state.limiter.clock = lambda: 1_000_000.0  # 20 s to go
        answers = [_with_key(client, keys["auditor"]) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 200]
        assert [a.headers["ratelimit-remaining"] for a in answers] == ["2", "1", "0"]
        assert all(a.headers["ratelimit-limit"] == "3" for a in answers)
        refused = _with_key(client, keys["auditor"])
        problem(refused, 429, "rate-limited")
        assert refused.headers["retry-after"] == refused.headers["ratelimit-reset"] == "20"
        # Another credential, and the public, count on their own.
        assert _with_key(client, keys["city_admin"]).status_code == 200
        assert client.get(f"{WUHAI}/districts").status_code == 200


def test_a_person_subscribes_to_webhooks_with_an_api_key_not_a_token(
    bearer_client: TestClient[Any],
) -> None:
    """A subscription lives on after a request: a token's rights end when it does, a key's
    when it is revoked, which ends its subscriptions too."""
    refused = bearer_client.post(
        "/v1/webhook-subscriptions",
        json={"url": "https://hooks.wuhai.example/x"},
        headers={"Authorization": f"Bearer {token()}"},
    )
    assert problem(refused, 403, "api-key-needed")["detail"] == (
        "a webhook subscription is made with an API key"
    )
