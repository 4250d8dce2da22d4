"""Hostile input, replayed on both backends: nothing a caller sends may answer 500, write part of
a record, or break a read for anyone afterwards. (Spreadsheet bombs are in test_import_limits,
forwarded headers and failed authentication in test_rate_limits.)"""

import asyncio
import io
import itertools
import json
import re
from pathlib import Path
from typing import Any

import jsonschema_rs
import msgspec
import sqlalchemy as sa
from litestar.testing import TestClient
from openpyxl import load_workbook
from sqlalchemy.ext.asyncio import create_async_engine

from renovation_api.app import create_app
from renovation_api.bodies import MAX_DEPTH
from renovation_api.storage import tables
from tests.api.conftest import WUHAI, problem, settings, state
from tests.api.test_access import call
from tests.api.test_compounds import COMPOUNDS, NEW

SPEC = json.loads(Path("specs/openapi.json").read_text("utf-8"))
CONTROLS = ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\ufffe"]


def test_every_text_a_request_carries_refuses_control_characters() -> None:
    """Every string a request may carry (body fields at any depth, path, query and header
    parameters) is held by a pattern, an enum or a format, and each pattern refuses NUL and ESC
    and is one that outside tools can use (jsonschema-rs, as schemathesis uses it, takes it):
    the contract says what the server refuses, for fields not yet written too."""
    schemas = SPEC["components"]["schemas"]
    loose: list[str] = []

    def walk(schema: dict[str, Any], where: str, seen: frozenset[str]) -> None:
        if ref := schema.get("$ref"):
            name = ref.rsplit("/", 1)[1]
            if name not in seen:
                walk(schemas[name], name, seen | {name})
            return
        for part in (*schema.get("oneOf", ()), *schema.get("anyOf", ())):
            walk(part, where, seen)
        kinds = schema.get("type")
        if kinds == "string" or (isinstance(kinds, list) and "string" in kinds):
            pattern = schema.get("pattern")
            if pattern is not None:
                if any(re.search(pattern, f"a{c}b") for c in ("\u0000", "\u001b")):
                    loose.append(f"{where}: {pattern}")
                jsonschema_rs.validator_for({"type": "string", "pattern": pattern})
            elif not {"enum", "format", "const"} & schema.keys():
                loose.append(where)
        for name, field in schema.get("properties", {}).items():
            walk(field, f"{where}.{name}", seen)
        if "items" in schema:
            walk(schema["items"], f"{where}[]", seen)

    for operations in SPEC["paths"].values():
        for operation in operations.values():
            where = operation["operationId"]
            for parameter in operation.get("parameters", ()):
                walk(parameter["schema"], f"{where}:{parameter['name']}", frozenset())
            for content in operation.get("requestBody", {}).get("content", {}).values():
                if "schema" in content:
                    walk(content["schema"], where, frozenset())
    assert loose == []


def test_a_control_character_in_a_name_is_refused_naming_field_and_position(
    client: TestClient[Any],
) -> None:
    before = state(client)
    for character in CONTROLS:
        response = client.post(COMPOUNDS, json=NEW | {"name": f"控制{character}字符"})
        body = problem(response, 422, "invalid-data")
        (error,) = body["errors"]
        assert error["path"] == "$.name"
        assert error["message"].startswith(f"character 3 is U+{ord(character):04X}")
    assert state(client) == before


def test_text_fields_deep_in_a_body_and_line_breaks_where_a_field_allows_them(
    client: TestClient[Any],
) -> None:
    question = {"code": "q", "text": "最满意", "kind": "single_choice", "options": ["电梯"]}
    survey = {"code": "s-1", "title": "满意度", "opened_on": "2022-11-20", "questions": [question]}
    bad = survey | {"questions": [question | {"options": ["电梯", "绿\u001b化"]}]}
    refused = problem(client.post(f"{WUHAI}/surveys", json=bad), 422, "invalid-data")
    assert refused["errors"][0]["path"] == "$.questions[0].options[1]"
    one_line = problem(
        client.post(f"{WUHAI}/surveys", json=survey | {"title": "第一行\n第二行"}),
        422,
        "invalid-data",
    )
    assert "a line break or tab (this field is one line)" in one_line["errors"][0]["message"]
    pairing = {
        "leader": "王\u0000副市长",
        "title": "副市长",
        "district": "150302",
        "since": "2022-01-10",
    }
    problem(client.post(f"{WUHAI}/pairings", json=pairing), 422, "invalid-data")
    nomination = f"{COMPOUNDS}/150302-0001/nomination"
    reasons = {"nominated_on": "2022-06-01", "reasons": ["管网改造\n与海绵化改造", "好\u0008"]}
    refused = problem(client.post(nomination, json=reasons), 422, "invalid-data")
    assert refused["errors"][0]["path"] == "$.reasons[1]"
    assert refused["errors"][0]["message"].startswith("character 2 is U+0008")


def test_a_programme_file_with_a_control_character_is_refused_whole(
    client: TestClient[Any],
) -> None:
    body = {"programme": {"code": "x-1", "name": "乌\u001b海"}}
    refused = problem(client.post("/v1/programmes", json=body), 422, "invalid-data")
    assert refused["errors"][0] == {
        "path": "$.programme.name",
        "message": "character 2 is U+001B, a control character, which a text may not hold",
    }
    assert [p["code"] for p in client.get("/v1/programmes").json()["items"]] == ["wuhai-2022-2024"]


def nested(depth: int) -> bytes:
    return b'{"programme": ' + b"[" * (depth - 1) + b"]" * (depth - 1) + b"}"


def test_a_body_nested_past_the_limit_is_refused_before_anything_decodes_it(
    client: TestClient[Any],
) -> None:
    for depth, url in itertools.product(
        [MAX_DEPTH + 1, 490, 100_000], [COMPOUNDS, "/v1/programmes"]
    ):
        response = client.post(
            url, content=nested(depth), headers={"content-type": "application/json"}
        )
        body = problem(response, 400, "invalid-request")
        assert (
            body["detail"] == f"the body nests arrays and objects more than {MAX_DEPTH} levels deep"
        )


def test_a_body_made_to_be_slow_to_scan_is_refused_like_any_other(client: TestClient[Any]) -> None:
    """Escaped quotes without a closing one: a scan that went back over them for each would
    take hours on 1 MiB; the depth check reads the body once."""
    for body in (b'\\"' * (512 * 1024), b'"' + b'\\"' * (512 * 1024), b"[" + b'"[",' * 250_000):
        response = client.post(
            COMPOUNDS, content=body, headers={"content-type": "application/json"}
        )
        problem(response, 400, "invalid-request")


def test_a_body_nested_to_the_limit_is_judged_on_its_shape(client: TestClient[Any]) -> None:
    response = client.post(
        "/v1/programmes", content=nested(MAX_DEPTH), headers={"content-type": "application/json"}
    )
    body = problem(response, 422, "invalid-data")
    assert body["errors"][0]["path"] == "$.programme"
    brackets_in_text = json.dumps(NEW | {"name": "[" * 500 + "{" * 500}).encode()
    response = client.post(
        COMPOUNDS, content=brackets_in_text, headers={"content-type": "application/json"}
    )
    assert problem(response, 400, "invalid-request")["errors"][0]["path"] == "$.name"


HOSTILE_URLS = [
    f"{COMPOUNDS}/%00",
    f"{COMPOUNDS}/150302-0001%00",
    f"{COMPOUNDS}/%1b/plan",
    "/v1/programmes/%00",
    f"{WUHAI}/tender-packages/%00",
    f"{WUHAI}/surveys/%00/results",
    f"{COMPOUNDS}?district=%00",
    f"{COMPOUNDS}?district=150302%00",
    f"{COMPOUNDS}?cursor=%00",
    "/v1/audit-events?actor=key%00x",
    "/v1/audit-events?resource=%1b%5b31m",
    f"{WUHAI}/surveys/s/results?compound=%00",
]


def test_nul_and_control_characters_in_paths_and_query_strings_are_400(
    client: TestClient[Any],
) -> None:
    for url in HOSTILE_URLS:
        problem(client.get(url), 400, "invalid-request")


def test_nul_in_headers_and_an_import_name_are_refused(client: TestClient[Any]) -> None:
    before = state(client)
    response = client.post(COMPOUNDS, json=NEW, headers={"Idempotency-Key": "k\u0001"})
    problem(response, 400, "invalid-request")
    response = client.post(
        f"{WUHAI}/imports",
        params={"filename": "台账\u0000.csv"},
        content=b"code\n",
        headers={"content-type": "text/csv"},
    )
    problem(response, 400, "invalid-request")
    assert state(client) == before


def store_legacy_name(database_url: str, code: str, name: str) -> None:
    """A name recorded before the rule for text was kept, written behind the API's back, and
    counted as the migration that began counting such names (0019) counted it."""

    async def write() -> None:
        engine = create_async_engine(database_url)
        async with engine.begin() as conn:
            await conn.execute(
                tables.compounds.update()
                .where(tables.compounds.c.code == code)
                .values(name=name, text_findings=1)
            )
        await engine.dispose()

    asyncio.run(write())


def test_text_recorded_before_the_rule_breaks_no_read_and_is_a_finding(
    database_url: str, keys: dict[str, str]
) -> None:
    legacy = "控制\u001b字符\u0085" + ("\u0000" if database_url.startswith("sqlite") else "")
    store_legacy_name(database_url, "150302-0001", legacy)
    with TestClient(create_app(settings(database_url))) as client:
        client.headers["X-API-Key"] = keys["city_admin"]
        assert client.get(f"{COMPOUNDS}/150302-0001").json()["name"] == legacy
        for url in (
            f"{WUHAI}/exports/compounds.xlsx",
            f"{WUHAI}/exports/compounds.csv",
            f"{WUHAI}/reports/consistency.xlsx",
            f"{WUHAI}/reports/consistency.csv",
            f"{WUHAI}/reports/summary.xlsx",
        ):
            for persona in ("city_admin", "haibowan_officer", "auditor"):
                response = call(client, keys, persona, "GET", url)
                allowed = persona != "haibowan_officer" or "consistency" not in url
                assert response.status_code == (200 if allowed else 403), (url, persona)
        shown = "控制␛字符\ufffd" + ("␀" if database_url.startswith("sqlite") else "")
        export = client.get(f"{WUHAI}/exports/compounds.xlsx").content
        sheet = load_workbook(io.BytesIO(export), read_only=True).worksheets[0]
        names = [row[1] for row in sheet.iter_rows(values_only=True)]
        assert shown in names
        assert shown in client.get(f"{WUHAI}/exports/compounds.csv").text
        findings = client.get(f"{WUHAI}/reports/consistency").json()["register"]
        assert {
            "code": "compound.text",
            "message": "compound 150302-0001's name: character 3 is U+001B, a control character, "
            "which a text may not hold",
            "location": "compounds[150302-0001].name",
        } in findings
        assert "compound 150302-0001's name" in client.get(f"{WUHAI}/reports/consistency.csv").text


WUDA = {"district": "150304", "street": "150304001000"}


def test_a_code_outside_the_callers_scope_is_refused_without_saying_where(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    wuda_code = next(
        c["code"] for c in client.get(COMPOUNDS, params={"district": "150304"}).json()["items"]
    )
    before = state(client)
    taken = call(
        client, keys, "haibowan_officer", "POST", COMPOUNDS, json=NEW | {"code": wuda_code}
    )
    elsewhere = call(client, keys, "haibowan_officer", "POST", COMPOUNDS, json=NEW | WUDA)
    body = problem(taken, 403, "outside-scope")
    assert body["errors"] == [{"path": "$.code", "message": "outside your scope"}]
    assert "district" not in taken.text
    assert "street" not in taken.text
    problem(elsewhere, 403, "outside-scope")
    own = call(
        client, keys, "haibowan_officer", "POST", COMPOUNDS, json=NEW | {"code": "150302-0001"}
    )
    problem(own, 409, "duplicate")
    assert state(client) == before


def test_an_import_row_outside_the_scope_reads_the_same_wherever_the_compound_is(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    wuda = client.get(f"{COMPOUNDS}", params={"district": "150304"}).json()["items"][0]
    header = "code,name,district,street,built_year,buildings,households,floor_area_m2,property_type"
    rows = [
        f"{wuda['code']},借名,150302,150302002000,1998,6,210,18650.40,reformed",
        "150304-9001,外区,150304,150304001000,1998,6,210,18650.40,reformed",
    ]
    response = call(
        client,
        keys,
        "haibowan_officer",
        "POST",
        f"{WUHAI}/imports?mode=valid_rows",
        content="\n".join([header, *rows]).encode(),
        headers={"content-type": "text/csv"},
    )
    assert response.status_code == 202, response.text
    report = call(client, keys, "haibowan_officer", "GET", response.headers["location"]).json()
    problems = report["report"]["problems"]
    assert sorted((p["row"], p["column"], p["message"]) for p in problems) == [
        (2, None, "the compound is outside your scope"),
        (3, None, "the compound is outside your scope"),
    ]
    assert wuda["street"] not in msgspec.json.encode(report).decode()


def test_a_write_refused_for_text_writes_nothing_on_either_backend(
    database_url: str, client: TestClient[Any]
) -> None:
    before = state(client)
    for character in CONTROLS:
        client.put(
            f"{COMPOUNDS}/150302-0001",
            json={k: v for k, v in NEW.items() if k != "code"}
            | {"original_property_unit": character},
            headers={"If-Match": client.get(f"{COMPOUNDS}/150302-0001").headers["etag"]},
        )
    assert state(client) == before

    async def count() -> int:
        engine = create_async_engine(database_url)
        async with engine.connect() as conn:
            found = await conn.scalar(
                sa.select(sa.func.count()).where(tables.compounds.c.name.contains("\u001b"))
            )
        await engine.dispose()
        return int(found or 0)

    assert asyncio.run(count()) == 0
