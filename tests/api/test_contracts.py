"""Responsibility contracts over the API: drawn by the city from the published plan, signed
once by both parties, tracked against what was delivered; bad input changes nothing."""

from typing import Any

from litestar.testing import TestClient

from tests.api.conftest import WUHAI, problem
from tests.api.delivery_steps import ok, walk_to
from tests.api.test_access import call

CONTRACTS = f"{WUHAI}/contracts"
HAIBOWAN_2022 = f"{CONTRACTS}/2022/150302"
SIGNED: dict[str, Any] = {
    "on": "2022-02-15",
    "signatories": [
        {"party": "city", "name": "张市长", "title": "乌海市人民政府市长"},
        {"party": "district", "name": "李区长", "title": "海勃湾区人民政府区长"},
    ],
}


def test_a_contract_is_drawn_signed_and_tracked(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    walk_to(client, "under_construction")  # one of Haibowan's 47 compounds of 2022 started
    drawn = ok(client.post(CONTRACTS, json={"district": "150302", "year": 2022}), 201)
    assert (drawn["targets"]["compounds"], drawn["targets"]["investment_yi_yuan"]) == (
        47,
        "2.194",
    )
    assert drawn["tracking"]["compounds_started"] == "0.021277"  # 1/47
    assert drawn["signed_on"] is None
    problem(
        client.post(CONTRACTS, json={"district": "150302", "year": 2022}), 409, "contract-exists"
    )
    signed = ok(client.post(f"{HAIBOWAN_2022}/signature", json=SIGNED))
    assert (signed["signed_on"], len(signed["signatories"])) == ("2022-02-15", 2)
    problem(client.post(f"{HAIBOWAN_2022}/signature", json=SIGNED), 409, "contract-signed")
    own = ok(call(client, keys, "haibowan_officer", "GET", CONTRACTS))
    assert [c["district"] for c in own["items"]] == ["150302"]
    assert ok(call(client, keys, "haibowan_officer", "GET", HAIBOWAN_2022)) == signed


def test_bad_contracts_are_refused(client: TestClient[Any], keys: dict[str, str]) -> None:
    no_row = problem(
        client.post(CONTRACTS, json={"district": "150399", "year": 2022}), 422, "invalid-data"
    )
    assert no_row["errors"][0]["path"] == "$.district"
    body = {"district": "150302", "year": 2022}
    problem(call(client, keys, "haibowan_officer", "POST", CONTRACTS, json=body), 403, "forbidden")
    ok(client.post(CONTRACTS, json=body), 201)
    city = SIGNED["signatories"][0]
    one_party = SIGNED | {"signatories": [city, city]}
    refused = problem(
        client.post(f"{HAIBOWAN_2022}/signature", json=one_party), 422, "invalid-data"
    )
    assert refused["errors"][0]["path"] == "$.signatories"
    assert ok(client.get(HAIBOWAN_2022))["signed_on"] is None
    problem(call(client, keys, "xinhua_officer", "GET", HAIBOWAN_2022), 404, "not-found")
