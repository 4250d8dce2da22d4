"""Programmes, their geography, catalogue and targets, and loading a programme over HTTP."""

import json
from typing import Any

import pytest

from renovation_core.loading import dataset_to_mapping
from renovation_core.reference import wuhai
from tests.api.conftest import WUHAI, problem
from tests.unit.test_second_city import SECOND_CITY


def test_programme(client: Any) -> None:
    listed = client.get("/v1/programmes").json()
    assert [p["code"] for p in listed["items"]] == ["wuhai-2022-2024"]
    one = client.get(WUHAI)
    assert one.status_code == 200
    body = one.json()
    assert body["city"] == {"code": "150300", "name": "乌海市", "name_en": "Wuhai"}
    assert body["total_target"]["floor_area_m2"] == "2974900.00"
    assert body["provenance"]["synthetic"] is True
    assert one.headers["etag"]
    problem(client.get("/v1/programmes/nowhere"), 404, "not-found")


def test_geography(client: Any) -> None:
    districts = client.get(f"{WUHAI}/districts").json()["items"]
    assert [d["name"] for d in districts] == ["海勃湾区", "乌达区", "海南区"]
    streets = client.get(f"{WUHAI}/streets", params={"district": "150304"}).json()["items"]
    assert len(streets) == 8
    assert streets[0]["name"] == "巴音赛街道"
    communities = client.get(f"{WUHAI}/communities", params={"street": streets[0]["code"]}).json()
    assert communities["items"]
    assert all(c["street"] == streets[0]["code"] for c in communities["items"])


def test_small_lists_page_too(client: Any) -> None:
    first = client.get(f"{WUHAI}/streets", params={"page_size": 7}).json()
    second = client.get(
        f"{WUHAI}/streets", params={"page_size": 7, "cursor": first["next_cursor"]}
    ).json()
    third = client.get(
        f"{WUHAI}/streets", params={"page_size": 7, "cursor": second["next_cursor"]}
    ).json()
    assert len(first["items"]) == len(second["items"]) == 7
    assert len(third["items"]) == 6
    assert third["next_cursor"] is None
    codes = [s["code"] for s in first["items"] + second["items"] + third["items"]]
    assert len(set(codes)) == 20


def test_catalogue_and_vocabularies(client: Any) -> None:
    items = client.get(f"{WUHAI}/catalogue-items", params={"category": "enhancement"}).json()[
        "items"
    ]
    assert len(items) == 9
    assert items[0]["category_label"] == "提升类"
    vocabularies = client.get("/v1/vocabularies").json()
    assert vocabularies["categories"][0] == {
        "code": "basic",
        "label": "基础类",
        "obligation": "应改尽改",
    }
    assert {"code": "public", "label": "公有住房"} in vocabularies["property_types"]
    assert {"code": "filed", "label": "竣工验收备案"} in vocabularies["stages"]
    assert [t["code"] for t in vocabularies["networks"]] == [
        "water",
        "drainage",
        "power",
        "telecom",
        "gas",
        "heating",
    ]


def test_annual_targets(client: Any) -> None:
    rows = client.get(f"{WUHAI}/annual-targets", params={"year": 2023}).json()["items"]
    assert [
        (r["district"], r["compounds"], r["floor_area_wan_m2"], r["investment_yi_yuan"])
        for r in rows
    ] == [
        ("150302", 48, "95.55", "3.346"),
        ("150304", 7, "12.29", "0.694"),
        ("150303", 5, "9.87", "0.244"),
        (None, 60, "117.71", "4.284"),
    ]


def test_load_a_second_programme(client: Any) -> None:
    import tomllib  # noqa: PLC0415

    data = tomllib.loads(SECOND_CITY, parse_float=str)  # the API takes decimals as strings
    loaded = client.post("/v1/programmes", json=data)
    assert loaded.status_code == 201, loaded.text
    assert loaded.headers["location"] == "/v1/programmes/qinghe-2025-2026"
    assert len(client.get("/v1/programmes").json()["items"]) == 2
    summary = client.get("/v1/programmes/qinghe-2025-2026/reports/summary").json()
    assert summary["compounds_registered"] == 5
    assert summary["compounds_in_scope"] == 4
    problem(client.post("/v1/programmes", json=data), 409, "duplicate")


def test_a_bad_programme_file_names_every_field_and_stores_nothing(client: Any) -> None:
    data = json.loads(json.dumps(dataset_to_mapping(wuhai())))
    data["programme"]["code"] = "copy"
    data["compounds"][3]["households"] = -5
    data["compounds"][7]["floor_area_m2"] = 12.5
    body = problem(client.post("/v1/programmes", json=data), 422, "invalid-data")
    assert [(e["path"], e["message"]) for e in body["errors"]] == [
        ("$.compounds[3].households", "must be between 1 and 1000000, got -5"),
        (
            "$.compounds[7].floor_area_m2",
            'must be a decimal string such as "1234.50", not the float 12.5: '
            "floats cannot hold money or areas exactly",
        ),
    ]
    problem(client.get("/v1/programmes/copy"), 404, "not-found")


def test_a_programme_file_may_draft_a_funding_with_no_lines(client: Any) -> None:
    data = json.loads(json.dumps(dataset_to_mapping(wuhai())))
    data["programme"]["code"] = "lineless"
    for part in ("compounds", "plans", "fundings"):
        data[part] = data[part][:3]
    for funding in data["fundings"]:
        funding["lines"] = []
    assert client.post("/v1/programmes", json=data).status_code == 201
    assert client.get("/v1/programmes/lineless/reports/funding").json()["by_source"] == []


def _file(**programme: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(dataset_to_mapping(wuhai())))
    data["programme"].update(programme)
    data["compounds"], data["plans"], data["fundings"] = data["compounds"][:3], [], []
    return data


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"code": "x" * 65}, "$.programme.code"),
        ({"code": "with/slash"}, "$.programme.code"),
        (
            {"total_target": {"compounds": 186, "floor_area_m2": "1", "investment_yuan": "1.239"}},
            "$.programme.total_target.investment_yuan",
        ),
        (
            {"total_target": {"compounds": 186, "floor_area_m2": "1", "households": -5}},
            "$.programme.total_target.households",
        ),
        (
            {"total_target": {"compounds": 186, "floor_area_m2": "1" + "0" * 14}},
            "$.programme.total_target.floor_area_m2",
        ),
    ],
)
def test_every_limit_of_the_store_is_a_rule_of_the_core(
    client: Any, change: dict[str, Any], path: str
) -> None:
    body = problem(client.post("/v1/programmes", json=_file(**change)), 422, "invalid-data")
    assert [e["path"] for e in body["errors"]] == [path]


def test_a_zero_total_investment_is_kept_as_zero(client: Any) -> None:
    data = _file(
        code="zero", total_target={"compounds": 3, "floor_area_m2": "1", "investment_yuan": "0"}
    )
    assert client.post("/v1/programmes", json=data).status_code == 201
    assert client.get("/v1/programmes/zero").json()["total_target"]["investment_yuan"] == "0.00"


def test_the_root_points_to_the_docs_and_the_contract(client: Any) -> None:
    root = client.get("/")
    assert root.status_code == 200, root.text
    links = root.json()
    assert links["docs"] == "/docs"
    for name in ("docs", "openapi", "health", "programmes"):
        assert client.get(links[name]).status_code == 200, name
