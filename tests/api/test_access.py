"""Who may do what: every write route × every role × a compound inside and outside the caller's
districts, with the exact status and proof that a refused write changed nothing; then the reads
each role gets, and the scope filter the database applies checked against the core's rule."""

import json
from typing import Any

import pytest
from litestar.testing import TestClient

import renovation_core as core
from renovation_core.reference import wuhai
from tests.api.conftest import WUHAI, audit_events, problem
from tests.api.delivery_steps import NEW_PROJECT
from tests.conftest import PERSONAS

COMPOUNDS = f"{WUHAI}/compounds"
# 150302-0003 is in Haibowan's Xinhua street: inside the district officer's and the street
# officer's scope. 150304-0001 is in Wuda: outside both. Both have plans.
PLACES = {"own": "150302-0003", "other": "150304-0001"}
STREETS = {"own": ("150302", "150302002000"), "other": ("150304", "150304002000")}
ROLES = [
    "city_admin",
    "haibowan_officer",
    "xinhua_officer",
    "water_company",
    "auditor",
    "nei_mongol_officer",
    "beijing_officer",
    "national_viewer",
    "resident",
    "public",
]
# Province officers and the national viewer read; none of them writes a city's register.
READERS = {"auditor", "nei_mongol_officer", "beijing_officer", "national_viewer"}
PLAN = {"year": 2023, "items": ["water_supply", "heating"], "investment_yuan": "1200000.00"}


def call(
    client: TestClient[Any], keys: dict[str, str], persona: str, method: str, url: str, **kw: Any
) -> Any:
    """A request as ``persona`` (``public``: with no credential at all)."""
    request = client.build_request(method, url, **kw)
    del request.headers["X-API-Key"]
    if persona != "public":
        request.headers["X-API-Key"] = keys[persona]
    return client.send(request)


def compound_fields(place: str) -> dict[str, Any]:
    district, street = STREETS[place]
    return {
        "name": "权限测试小区",
        "district": district,
        "street": street,
        "built_year": 1995,
        "buildings": 4,
        "households": 96,
        "floor_area_m2": "7200.00",
        "property_type": "reformed",
    }


def programme_file() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(core.dataset_to_json(wuhai()))
    data["programme"]["code"] = "wuhai-copy"
    return data


# route → (method, url for a place, body for a place, setup as the city admin, success status)
def _route(name: str, place: str) -> tuple[str, str, Any, str | None, int]:
    code = PLACES[place]
    one = f"{COMPOUNDS}/{code}"
    return {
        "loadProgramme": ("POST", "/v1/programmes", programme_file(), None, 201),
        "createCompound": (
            "POST",
            COMPOUNDS,
            compound_fields(place) | {"code": f"NEW-{place}"},
            None,
            201,
        ),
        "replaceCompound": ("PUT", one, compound_fields(place), None, 200),
        "deleteCompound": ("DELETE", one, None, f"{one}/plan", 204),
        "createPlan": ("POST", f"{one}/plan", PLAN, f"{one}/plan", 201),
        "replacePlan": ("PUT", f"{one}/plan", PLAN, None, 200),
        "deletePlan": ("DELETE", f"{one}/plan", None, None, 204),
        "createProject": ("POST", f"{one}/projects", NEW_PROJECT, None, 201),
    }[name]


WRITES = [
    "loadProgramme",
    "createCompound",
    "replaceCompound",
    "deleteCompound",
    "createPlan",
    "replacePlan",
    "deletePlan",
    "createProject",
]


def expected(route: str, persona: str, place: str, success: int) -> tuple[int, str]:
    """The status, and for a refusal the problem's slug."""
    if persona == "public":
        return 401, "unauthenticated"
    if persona == "city_admin":
        return success, ""
    if persona in {"water_company", "resident", *READERS} or route == "loadProgramme":
        return 403, "forbidden"
    if place == "own":
        return success, ""
    # Outside the officer's scope: an existing compound does not exist for them; a new one
    # cannot be put there.
    return (403, "outside-scope") if route == "createCompound" else (404, "not-found")


def snapshot(client: TestClient[Any], keys: dict[str, str]) -> Any:
    """What any write would change: the places' compounds and plans, the programmes, the log."""
    admin = {"X-API-Key": keys["city_admin"]}
    reads = [
        f"{COMPOUNDS}/{code}{suffix}"
        for code in (*PLACES.values(), "NEW-own", "NEW-other")
        for suffix in ("", "/plan", "/projects/2022")
    ]
    return (
        [(r.status_code, r.text) for r in (client.get(url, headers=admin) for url in reads)],
        client.get("/v1/programmes", headers=admin).json(),
        client.get(f"{WUHAI}/projects", headers=admin).json(),
        len(audit_events(client, keys["city_admin"])),
    )


@pytest.mark.parametrize("place", ["own", "other"])
@pytest.mark.parametrize("persona", ROLES)
@pytest.mark.parametrize("route", WRITES)
def test_write_matrix(
    client: TestClient[Any], keys: dict[str, str], route: str, persona: str, place: str
) -> None:
    method, url, body, setup, success = _route(route, place)
    if setup:
        assert client.delete(setup).status_code == 204
    before = snapshot(client, keys)

    response = call(client, keys, persona, method, url, json=body)

    status, slug = expected(route, persona, place, success)
    assert response.status_code == status, response.text
    if status >= 400:
        problem(response, status, slug)
        assert snapshot(client, keys) == before, "a refused write changed something"
    else:
        [last] = audit_events(client, keys["city_admin"])[-1:]
        assert last["actor"] == f"key:{keys[persona].split('_')[1]}"
        assert last["role"] == PERSONAS[persona][0]
        assert last["request_id"] == response.headers["x-request-id"]


def _listed(
    client: TestClient[Any], keys: dict[str, str], persona: str, **params: Any
) -> list[str]:
    codes: list[str] = []
    params = {"page_size": 50, **params}
    while True:
        page = call(client, keys, persona, "GET", COMPOUNDS, params=params)
        assert page.status_code == 200, page.text
        codes += [c["code"] for c in page.json()["items"]]
        if not (cursor := page.json()["next_cursor"]):
            return codes
        params["cursor"] = cursor


@pytest.mark.parametrize(
    "persona", ["city_admin", "haibowan_officer", "xinhua_officer", "auditor", "nei_mongol_officer"]
)
def test_lists_hold_exactly_what_the_core_says_the_caller_covers(
    client: TestClient[Any], keys: dict[str, str], persona: str
) -> None:
    role, scope = PERSONAS[persona]
    principal = core.Principal(actor="x", role=core.Role.from_code(role), **scope)
    expected_codes = sorted(
        c.code for c in wuhai().compounds if principal.covers(c.district, c.street)
    )
    assert _listed(client, keys, persona) == expected_codes
    assert _listed(client, keys, persona, sort="priority") != [] or expected_codes == []
    # A filter cannot widen the scope: Wuda's compounds stay out of a Haibowan officer's list.
    wuda = _listed(client, keys, persona, district="150304")
    assert wuda == [c for c in expected_codes if c.startswith("150304")]


def test_scopes_have_the_sizes_of_the_register(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    assert len(_listed(client, keys, "auditor")) == 186
    assert len(_listed(client, keys, "haibowan_officer")) == 149
    assert len(_listed(client, keys, "xinhua_officer")) == 19


@pytest.mark.parametrize("persona", ["haibowan_officer", "xinhua_officer"])
def test_another_districts_compound_is_not_found_by_id_nor_by_nested_route(
    client: TestClient[Any], keys: dict[str, str], persona: str
) -> None:
    other = f"{COMPOUNDS}/{PLACES['other']}"
    problem(call(client, keys, persona, "GET", other), 404, "not-found")
    problem(call(client, keys, persona, "GET", f"{other}/plan"), 404, "not-found")
    own = f"{COMPOUNDS}/{PLACES['own']}"
    assert call(client, keys, persona, "GET", own).status_code == 200
    assert call(client, keys, persona, "GET", f"{own}/plan").status_code == 200
    # The same answer as for a code that does not exist at all: existence does not leak.
    missing = call(client, keys, persona, "GET", f"{COMPOUNDS}/150304-9999").json()
    found = call(client, keys, persona, "GET", other).json()
    assert {k: v for k, v in found.items() if k not in {"detail", "instance"}} == {
        k: v for k, v in missing.items() if k not in {"detail", "instance"}
    }


READS = {
    "published": [
        "/v1/programmes",
        WUHAI,
        f"{WUHAI}/districts",
        f"{WUHAI}/catalogue-items",
        f"{WUHAI}/annual-targets",
        f"{WUHAI}/reports/coverage",
        f"{WUHAI}/reports/target-vs-actual",
        f"{WUHAI}/reports/summary",
        "/v1/vocabularies",
        "/health",
    ],
    "findings": [f"{WUHAI}/reports/consistency"],
    "audit": ["/v1/audit-events"],
    "register": [
        COMPOUNDS,
        f"{WUHAI}/projects",
        f"{WUHAI}/warnings",
        f"{WUHAI}/tender-packages",
    ],
    "handovers": [f"{WUHAI}/handovers"],
}
# persona → what it may read (everything else: 401 for the public, 403 for the others)
MAY_READ = {
    "city_admin": {"published", "findings", "audit", "register", "handovers"},
    "auditor": {"published", "findings", "audit", "register", "handovers"},
    "nei_mongol_officer": {"published", "findings", "register", "handovers"},
    "beijing_officer": {"published", "findings", "register", "handovers"},
    "national_viewer": {"published", "findings", "register", "handovers"},
    "haibowan_officer": {"published", "register", "handovers"},
    "xinhua_officer": {"published", "register", "handovers"},
    "water_company": {"published", "handovers"},
    "resident": {"published"},
    "public": {"published"},
}


@pytest.mark.parametrize("persona", ROLES)
def test_reads_by_role(client: TestClient[Any], keys: dict[str, str], persona: str) -> None:
    for kind, urls in READS.items():
        for url in urls:
            response = call(client, keys, persona, "GET", url)
            if kind in MAY_READ[persona] and persona == "beijing_officer" and WUHAI in url:
                # Wuhai lies outside Beijing: its programme does not exist for Beijing's officer
                problem(response, 404, "not-found")
            elif kind in MAY_READ[persona]:
                assert response.status_code == 200, (url, response.text)
            elif persona == "public":
                problem(response, 401, "unauthenticated")
                assert response.headers["www-authenticate"].startswith("Bearer")
            else:
                problem(response, 403, "forbidden")


def test_a_body_cannot_move_a_compound_out_of_the_callers_scope(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    own = f"{COMPOUNDS}/{PLACES['own']}"
    before = snapshot(client, keys)
    for persona, place in (("haibowan_officer", "other"), ("xinhua_officer", "other")):
        moved = call(client, keys, persona, "PUT", own, json=compound_fields(place))
        body = problem(moved, 403, "outside-scope")
        assert {e["path"] for e in body["errors"]} == {"$.district", "$.street"}
    # Another street of the officer's own district is still outside a street officer's scope.
    next_street = compound_fields("own") | {"street": "150302003000"}
    problem(
        call(client, keys, "xinhua_officer", "PUT", own, json=next_street), 403, "outside-scope"
    )
    # Scope fields are not part of any body: they are refused as unknown, never applied.
    for extra in ({"districts": ["150304"]}, {"role": "city_admin"}, {"scope": "city"}):
        sneaky = compound_fields("own") | {"code": "SNEAKY"} | extra
        assert (
            call(client, keys, "haibowan_officer", "POST", COMPOUNDS, json=sneaky).status_code
            == 400
        )
    assert snapshot(client, keys) == before
    # The district officer may move it within the district.
    assert call(client, keys, "haibowan_officer", "PUT", own, json=next_street).status_code == 200


def test_idempotency_keys_belong_to_their_caller(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    """Another caller's same Idempotency-Key is another key: it neither replays the first
    caller's answer nor is refused as reused."""
    headers = {"Idempotency-Key": "f2b0c9a4-0d1e-4c55-9d0b-1b2f3c4d5e6f"}
    first = call(
        client,
        keys,
        "haibowan_officer",
        "POST",
        COMPOUNDS,
        json=compound_fields("own") | {"code": "IDEM-1"},
        headers=headers,
    )
    second = call(
        client,
        keys,
        "city_admin",
        "POST",
        COMPOUNDS,
        json=compound_fields("own") | {"code": "IDEM-2"},
        headers=headers,
    )
    assert (first.status_code, second.status_code) == (201, 201)
    assert "idempotent-replayed" not in second.headers
    again = call(
        client,
        keys,
        "haibowan_officer",
        "POST",
        COMPOUNDS,
        json=compound_fields("own") | {"code": "IDEM-1"},
        headers=headers,
    )
    assert again.headers["idempotent-replayed"] == "true"
