"""Delivering a Wuhai compound's project over the API: the whole story, and every bad step
refused with a precise problem that leaves the project as it was."""

import datetime
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from litestar.testing import TestClient

from renovation_api.app import create_app
from renovation_core.delivery import StartBy
from tests.api.conftest import WUHAI, audit_events, problem, settings
from tests.api.delivery_steps import (
    AWARD,
    CODE,
    CONTRACTOR,
    EVERYONE,
    NETWORKS,
    NEW_PROJECT,
    PACKAGE,
    PROJECT,
    ok,
    unit,
    walk_to,
)
from tests.api.test_access import call

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "standards" / "oc4ids-0.9.5-project-schema.json").read_text()
)
FORWARD = [
    "planned",
    "consulting",
    "designing",
    "approved",
    "tendered",
    "under_construction",
    "completed",
    "accepted",
    "filed",
    "handed_over",
    "in_management",
]


def test_a_compound_walks_from_plan_to_long_term_management(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    project = walk_to(client, "in_management")

    read = ok(client.get(PROJECT))
    assert read == project
    assert [t["to"] for t in read["history"]] == FORWARD
    assert [t["from_stage"] for t in read["history"]] == [None, *FORWARD[:-1]]
    admin = f"key:{keys['city_admin'].split('_')[1]}"
    assert {t["by"] for t in read["history"]} == {admin}
    assert read["history"][8]["reference"] == "乌建竣备〔2022〕118号"
    assert read["networks"] == ["water", "drainage", "power", "telecom"]
    assert read["budget_yuan"] == "5932991.00"  # the plan's estimate
    assert read["missing_documents"] == []
    assert read["tender_package"] == "HBW-2022-01"
    assert [a["role"] for a in read["assignments"]] == [
        "design",
        "survey",
        "construction",
        "supervision",
        "testing",
    ]
    assert read["hazards"][0]["closure"]["evidence"] == ["整改回复单 2022-041", "现场照片 6张"]
    assert read["allowed_next"] == []
    assert len(read["handovers"]) == 4

    # Every step is in the audit log under the project's path, attributed to the caller.
    events = audit_events(client, keys["auditor"], resource=PROJECT)
    assert [e["action"] for e in events].count("transition") == len(FORWARD) - 1
    assert {e["actor"] for e in events} == {admin}

    # Nothing is overdue for a project that kept the plan's calendar; what Wuhai's policy lets
    # pass with a finding is listed, each with its detail.
    warnings = ok(client.get(f"{WUHAI}/warnings", params={"as_of": "2023-01-31", "page_size": 500}))
    assert [
        (w["kind"], w["due"], w["detail"]) for w in warnings["items"] if w["compound"] == CODE
    ] == [
        (
            "maintenance_fund_missing",
            "2022-11-15",
            "the compound has no housing maintenance fund by 2022-11-15 (补建住宅专项维修资金)",
        ),
    ]

    # Its OC4IDS record is valid against the published schema.
    record = ok(client.get(f"{PROJECT}/oc4ids"))
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    assert [e.message for e in validator.iter_errors(record)] == []
    assert record["status"] == "maintenance"
    assert record["contractingProcesses"][0]["summary"]["contractValue"] == {
        "amount": 5800000.00,
        "currency": "CNY",
    }
    assert '"amount":5800000.00' in client.get(f"{PROJECT}/oc4ids").text  # exact, digit for digit

    # The water company sees the water network handed to it, and nothing else.
    water = call(client, keys, "water_company", "GET", f"{WUHAI}/handovers")
    assert [(h["compound"], h["network"]) for h in ok(water)["items"]] == [(CODE, "water")]
    assert len(ok(client.get(f"{WUHAI}/handovers"))["items"]) == 4
    problem(call(client, keys, "water_company", "GET", PROJECT), 403, "forbidden")


def test_projects_are_listed_within_scope_with_their_stage(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    walk_to(client, "approved")
    listed = ok(client.get(f"{WUHAI}/projects", params={"stage": "approved"}))["items"]
    assert [(p["compound"], p["year"], p["stage"]) for p in listed] == [(CODE, 2022, "approved")]
    assert ok(client.get(f"{WUHAI}/projects", params={"district": "150304"}))["items"] == []
    wuda = call(client, keys, "haibowan_officer", "GET", f"{WUHAI}/projects")
    assert [p["compound"] for p in ok(wuda)["items"]] == [CODE]
    outside = call(client, keys, "xinhua_officer", "GET", f"{WUHAI}/projects")
    assert ok(outside)["items"] == []  # 150302-0002 is in another street of Haibowan


def test_warnings_for_the_wuhai_plan_on_a_fixed_day(client: TestClient[Any]) -> None:
    def count(**params: Any) -> int:
        items, cursor = [], None
        while True:
            query = {"page_size": 100, **params} | ({"cursor": cursor} if cursor else {})
            body = ok(client.get(f"{WUHAI}/warnings", params=query))
            items += body["items"]
            if not (cursor := body["next_cursor"]):
                return len(items)

    # 1 January 2023: the 59 compounds of 2022 missed all three deadlines, the 60 of 2023 the
    # tender deadline; Haibowan holds 47 and 48 of them.
    assert count(as_of="2023-01-01") == 3 * 59 + 60
    assert count(as_of="2023-01-01", district="150302") == 3 * 47 + 48
    assert count(as_of="2023-01-01", kind="tender_late") == 59 + 60
    totals = ok(client.get(f"{WUHAI}/warnings", params={"as_of": "2023-01-01"}))["totals"]
    tender_late = {t["district"]: t["count"] for t in totals if t["kind"] == "tender_late"}
    assert tender_late == {"150302": 47 + 48, "150303": 5 + 5, "150304": 7 + 7, None: 59 + 60}
    assert [(t["district"], t["kind"]) for t in totals][-3:] == [
        (None, "tender_late"),
        (None, "construction_not_started"),
        (None, "works_overdue"),
    ]
    assert count(as_of="2021-12-31") == 0
    walk_to(client, "under_construction")  # 150302-0002 started on 6 April 2022
    # It still owes its completion; and a finding of Wuhai's policy is its own: no inspection
    # since the start (one is due every 30 days on site).
    assert count(as_of="2023-01-01") == 3 * 59 + 60 - 2 + 1
    found = ok(client.get(f"{WUHAI}/warnings", params={"as_of": "2023-01-01", "page_size": 500}))
    assert [
        (w["kind"], w["due"], w["detail"])
        for w in found["items"]
        if w["compound"] == CODE and w["detail"] is not None
    ] == [
        (
            "inspection_overdue",
            "2022-05-06",
            "no quality and safety inspection since 2022-04-06; one is due every 30 days on site",
        ),
    ]
    first = ok(client.get(f"{WUHAI}/warnings", params={"as_of": "2022-05-01", "page_size": 1}))
    assert first["as_of"] == "2022-05-01"
    assert first["items"][0]["stage"] == "planned"


def test_a_districts_warnings_are_the_citys_in_that_district(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    """Read over the district's compounds alone (named, or the caller's scope), a district's
    warnings are the city's of that district, duties judged on the records beside included (a
    resident's answer holds the first follow-up survey); a street's officer sees its street's."""
    walk_to(client, "in_management")  # accepted 2022-10-15: surveys due 2023-04-15 and -10-15
    survey = {
        "code": "follow-up-2023",
        "title": "改造后回访",
        "opened_on": "2023-04-10",
        "questions": [{"code": "overall", "text": "总体满意度", "kind": "rating"}],
    }
    ok(client.post(f"{WUHAI}/surveys", json=survey), 201)
    answer = {
        "compound": CODE,
        "household": "1-1-0101",
        "answered_on": "2023-04-20",
        "answers": [{"question": "overall", "rating": 5}],
    }
    ok(client.post(f"{WUHAI}/surveys/follow-up-2023/responses", json=answer), 201)

    def every(persona: str, **params: Any) -> list[Any]:
        items, cursor = [], None
        while True:
            query = {"page_size": 500, **params} | ({"cursor": cursor} if cursor else {})
            body = ok(call(client, keys, persona, "GET", f"{WUHAI}/warnings", params=query))
            items += body["items"]
            if not (cursor := body["next_cursor"]):
                return items

    for day in ("2022-05-01", "2023-01-01", "2024-06-30"):
        city = every("city_admin", as_of=day)
        haibowan = [w for w in city if w["district"] == "150302"]
        assert every("city_admin", as_of=day, district="150302") == haibowan
        assert every("haibowan_officer", as_of=day) == haibowan
        assert every("city_admin", as_of=day, district="150303") == [
            w for w in city if w["district"] == "150303"
        ]
    followed = [
        w["due"]
        for w in every("haibowan_officer", as_of="2024-06-30")
        if (w["compound"], w["kind"]) == (CODE, "follow_up_overdue")
    ]
    assert followed == ["2023-10-15"]  # the first was held by the answer of 20 April
    street = every("xinhua_officer", as_of="2024-06-30")
    haibowan = every("haibowan_officer", as_of="2024-06-30")
    assert street
    assert all(w in haibowan and w["compound"] != CODE for w in street)
    assert every("haibowan_officer", as_of="2024-06-30", district="150303") == []


def test_the_spring_start_day_is_the_citys_setting(database_url: str, keys: dict[str, str]) -> None:
    late_spring = settings(database_url, construction_start_by=StartBy(month=6, day=1))
    with TestClient(create_app(late_spring)) as city:
        city.headers["X-API-Key"] = keys["city_admin"]
        params: dict[str, Any] = {
            "as_of": "2022-05-15",
            "kind": "construction_not_started",
            "page_size": 100,
        }
        assert ok(city.get(f"{WUHAI}/warnings", params=params))["items"] == []
        params["as_of"] = "2022-06-02"
        assert len(ok(city.get(f"{WUHAI}/warnings", params=params))["items"]) == 59


def test_bad_project_data_is_refused_by_field(client: TestClient[Any]) -> None:
    projects = f"{WUHAI}/compounds/{CODE}/projects"
    for change, path in (
        (
            {"client": {"name": "住建局", "credit_code": "12150300MB0000001T"}},
            "$.client.credit_code",
        ),
        ({"planned_on": "2999-01-01"}, "$.planned_on"),
        ({"networks": ["water", "water"]}, "$.networks"),
    ):
        refused = problem(client.post(projects, json=NEW_PROJECT | change), 422, "invalid-data")
        assert [e["path"] for e in refused["errors"]] == [path], refused
    assert ok(client.get(f"{WUHAI}/projects"))["items"] == []
    walk_to(client, "acceptance")
    bad = [*EVERYONE[:6], {"role": "utility_operator", "name": "工程师", "organisation": "水务"}]
    meeting = {"held_on": "2022-10-16", "attendees": bad, "passed": False}
    refused = problem(client.post(f"{PROJECT}/acceptances", json=meeting), 422, "invalid-data")
    assert [e["path"] for e in refused["errors"]] == ["$.attendees[6].network"]


def test_entering_a_project_claims_the_plan_as_read(client: TestClient[Any]) -> None:
    plan = f"{WUHAI}/compounds/{CODE}/plan"
    read = client.get(plan)
    body = {k: read.json()[k] for k in ("year", "investment_yuan")} | {
        "items": [i["code"] for i in read.json()["items"]]
    }
    ok(client.post(f"{WUHAI}/compounds/{CODE}/projects", json=NEW_PROJECT), 201)
    # A change written against the plan as it was before the project must be read again.
    stale = client.put(plan, json=body, headers={"If-Match": read.headers["etag"]})
    problem(stale, 412, "precondition-failed")
    fresh = client.get(plan).headers["etag"]
    assert ok(client.put(plan, json=body, headers={"If-Match": fresh}))["year"] == 2022


def test_a_compound_has_one_live_project_and_needs_its_plan(client: TestClient[Any]) -> None:
    ok(client.post(f"{WUHAI}/compounds/{CODE}/projects", json=NEW_PROJECT), 201)
    again = client.post(f"{WUHAI}/compounds/{CODE}/projects", json=NEW_PROJECT)
    assert problem(again, 409, "project-exists")["detail"].startswith("compound '150302-0002'")
    problem(client.delete(f"{WUHAI}/compounds/{CODE}/plan"), 409, "has-project")
    assert client.delete(f"{WUHAI}/compounds/150302-0003/plan").status_code == 204
    no_plan = client.post(f"{WUHAI}/compounds/150302-0003/projects", json=NEW_PROJECT)
    problem(no_plan, 409, "no-plan")


def bad_qualification() -> dict[str, Any]:
    """A design unit whose qualification ends before it starts."""
    designer = unit("design", "设计院", "91150300MA0N00001D")
    designer["qualification"] |= {"valid_from": "2022-01-01", "valid_until": "2021-01-01"}
    return designer


# (after the walk's step, the bad step's sub-path and body, its status, slug and field path)
BAD_STEPS = {
    "construction before design approval (严禁边设计边施工)": (
        "designing",
        "transitions",
        {"to": "under_construction", "on": "2021-12-01"},
        (409, "illegal-transition", "$.to"),
    ),
    "the same step twice": (
        "consulting",
        "transitions",
        {"to": "consulting", "on": "2021-11-06"},
        (409, "illegal-transition", "$.to"),
    ),
    "a step back in time": (
        "consulting",
        "transitions",
        {"to": "designing", "on": "2021-11-04"},
        (422, "invalid-data", "$.on"),
    ),
    "a step in the future": (
        "consulting",
        "transitions",
        {"to": "designing", "on": "2999-01-01"},
        (422, "invalid-data", "$.on"),
    ),
    "design without a residents' committee": (
        "consulting",
        "transitions",
        {"to": "designing", "on": "2021-11-20"},
        (409, "committee-missing", None),
    ),
    "design before the committee was formed": (
        "committee",
        "transitions",
        {"to": "designing", "on": "2021-11-09"},
        (409, "committee-missing", None),
    ),
    "long-term management without a management mode": (
        "handed_over",
        "transitions",
        {"to": "in_management", "on": "2022-11-15"},
        (409, "management-missing", None),
    ),
    "suspension without a reason": (
        "consulting",
        "transitions",
        {"to": "suspended", "on": "2021-11-06"},
        (422, "invalid-data", "$.reason"),
    ),
    "an expired qualification": (
        "designing",
        "units",
        {
            "role": "design",
            "unit": unit("design", "过期设计院", "91150300MA0N00005R", "2021-06-30"),
            "assigned_on": "2021-11-20",
        },
        (422, "invalid-data", "$.unit"),
    ),
    "a qualification for other work": (
        "designing",
        "units",
        {"role": "design", "unit": CONTRACTOR, "assigned_on": "2021-11-20"},
        (422, "invalid-data", "$.unit"),
    ),
    "no qualification": (
        "designing",
        "units",
        {
            "role": "design",
            "unit": {"organisation": {"name": "无资质单位"}},
            "assigned_on": "2021-11-20",
        },
        (422, "invalid-data", "$.unit"),
    ),
    "a qualification that ends before it starts": (
        "designing",
        "units",
        {"role": "design", "unit": bad_qualification(), "assigned_on": "2021-11-20"},
        (422, "invalid-data", "$.unit.qualification.valid_until"),
    ),
    "a document the project does not need": (
        "designing",
        "documents",
        {"kind": "drawing_review", "reference": "审查合格书", "issued_on": "2021-12-01"},
        (422, "invalid-data", "$.kind"),
    ),
    "approval with documents missing": (
        "design_unit",
        "transitions",
        {"to": "approved", "on": "2021-12-15"},
        (409, "documents-missing", None),
    ),
    "tendered with no awarded package": (
        "approved",
        "transitions",
        {"to": "tendered", "on": "2021-12-28"},
        (409, "tender-not-awarded", None),
    ),
    "construction with no supervision unit": (
        "tendered",
        "transitions",
        {"to": "under_construction", "on": "2022-04-06"},
        (409, "unit-missing", None),
    ),
    "a hazard due before it was found": (
        "under_construction",
        "hazards",
        {
            "found_on": "2022-05-10",
            "description": "x",
            "level": "general",
            "deadline": "2022-05-01",
        },
        (422, "invalid-data", "$.deadline"),
    ),
    "closing a hazard with no evidence": (
        "hazard",
        "hazards/1/closure",
        {"on": "2022-05-18", "by": "赵监理", "evidence": []},
        (400, "invalid-request", "$.evidence"),
    ),
    "closing a hazard with blank evidence": (
        "hazard",
        "hazards/1/closure",
        {"on": "2022-05-18", "by": "赵监理", "evidence": ["  "]},
        (422, "invalid-data", "$.evidence"),
    ),
    "closing a hazard before it was found": (
        "hazard",
        "hazards/1/closure",
        {"on": "2022-05-09", "by": "赵监理", "evidence": ["整改回复单"]},
        (422, "invalid-data", "$.on"),
    ),
    "closing a hazard that does not exist": (
        "hazard",
        "hazards/9/closure",
        {"on": "2022-05-18", "by": "赵监理", "evidence": ["整改回复单"]},
        (404, "not-found", None),
    ),
    "an acceptance the telecom operator missed": (
        "completed",
        "acceptances",
        {
            "held_on": "2022-10-15",
            "attendees": [a for a in EVERYONE if a.get("network") != "telecom"],
            "passed": True,
        },
        (422, "invalid-data", "$.attendees"),
    ),
    "accepted without a passed acceptance": (
        "completed",
        "transitions",
        {"to": "accepted", "on": "2022-10-15"},
        (409, "not-accepted", None),
    ),
    "filed without its number": (
        "accepted",
        "transitions",
        {"to": "filed", "on": "2022-10-30"},
        (422, "invalid-data", "$.reference"),
    ),
    "a handover before filing": (
        "accepted",
        "handovers",
        {
            "network": "water",
            "operator": "乌海市水务公司",
            "on": "2022-11-05",
            "documents": ["清单"],
        },
        (409, "wrong-stage", None),
    ),
    "handed over with networks still held": (
        "filed",
        "transitions",
        {"to": "handed_over", "on": "2022-11-10"},
        (409, "handover-missing", None),
    ),
}


@pytest.mark.parametrize("case", BAD_STEPS)
def test_bad_steps_are_refused_and_change_nothing(client: TestClient[Any], case: str) -> None:
    after, path, body, (status, slug, where) = BAD_STEPS[case]
    before = walk_to(client, after)
    response = client.post(f"{PROJECT}/{path}", json=body)
    found = problem(response, status, slug)
    if where is not None:
        assert where in [e["path"] for e in found["errors"]], found
    if slug == "illegal-transition":
        assert found["allowed"] == before["allowed_next"]
    assert ok(client.get(PROJECT)) == before, "a refused step changed the project"


def test_an_open_hazard_blocks_the_acceptance(client: TestClient[Any]) -> None:
    walk_to(client, "hazard")
    ok(client.post(f"{PROJECT}/transitions", json={"to": "completed", "on": "2022-09-30"}))
    meeting = {"held_on": "2022-10-15", "attendees": EVERYONE, "passed": True}
    before = ok(client.get(PROJECT))
    problem(client.post(f"{PROJECT}/acceptances", json=meeting), 409, "open-hazards")
    assert ok(client.get(PROJECT)) == before
    closure = {"on": "2022-10-01", "by": "赵监理", "evidence": ["整改回复单 2022-055"]}
    ok(client.post(f"{PROJECT}/hazards/1/closure", json=closure))
    assert ok(client.post(f"{PROJECT}/acceptances", json=meeting))["acceptances"][0]["passed"]


def test_a_package_is_awarded_once_and_only_by_who_covers_it(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    walk_to(client, "approved")
    package = PACKAGE | {"compounds": [CODE, "150399-0000"]}
    refused = problem(client.post(f"{WUHAI}/tender-packages", json=package), 422, "invalid-data")
    assert [e["path"] for e in refused["errors"]] == ["$.compounds[1]"]
    ok(client.post(f"{WUHAI}/tender-packages", json=PACKAGE | {"compounds": [CODE]}), 201)
    same_code = client.post(f"{WUHAI}/tender-packages", json=PACKAGE | {"compounds": [CODE]})
    problem(same_code, 409, "duplicate")
    other = PACKAGE | {"code": "HBW-2022-02", "compounds": [CODE]}
    problem(client.post(f"{WUHAI}/tender-packages", json=other), 409, "already-packaged")
    award = f"{WUHAI}/tender-packages/{PACKAGE['code']}/award"
    early = AWARD | {"awarded_on": "2021-12-14"}  # the day before the design approval
    refused = problem(client.post(award, json=early), 422, "invalid-data")
    assert [e["path"] for e in refused["errors"]] == ["$.awarded_on"]
    problem(call(client, keys, "xinhua_officer", "POST", award, json=AWARD), 404, "not-found")
    problem(call(client, keys, "auditor", "POST", award, json=AWARD), 403, "forbidden")
    awarded = ok(call(client, keys, "haibowan_officer", "POST", award, json=AWARD))
    assert awarded["award"]["contractor"]["organisation"]["name"] == "乌海市城市建设投资集团"
    problem(client.post(award, json=AWARD), 409, "already-awarded")
    assert ok(client.get(PROJECT))["assignments"][-1]["role"] == "construction"
    listed = call(client, keys, "haibowan_officer", "GET", f"{WUHAI}/tender-packages")
    assert [p["code"] for p in ok(listed)["items"]] == [PACKAGE["code"]]
    other = call(client, keys, "xinhua_officer", "GET", f"{WUHAI}/tender-packages")
    assert ok(other)["items"] == []


def test_a_package_spanning_districts_is_the_citys(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    walk_to(client, "designing")
    wuda = f"{WUHAI}/compounds/150304-0001/projects"
    ok(client.post(wuda, json=NEW_PROJECT), 201)
    mixed = PACKAGE | {"compounds": [CODE, "150304-0001"]}
    ok(client.post(f"{WUHAI}/tender-packages", json=mixed), 201)
    one = f"{WUHAI}/tender-packages/{PACKAGE['code']}"
    for persona in ("haibowan_officer", "xinhua_officer"):
        problem(call(client, keys, persona, "GET", one), 404, "not-found")
        problem(call(client, keys, persona, "POST", f"{one}/award", json=AWARD), 404, "not-found")
        listed = call(client, keys, persona, "GET", f"{WUHAI}/tender-packages")
        assert ok(listed)["items"] == []
    assert ok(client.get(one))["compounds"] == [CODE, "150304-0001"]
    # A tender follows the design: neither project is approved yet.
    refused = problem(client.post(f"{one}/award", json=AWARD), 409, "design-not-approved")
    assert "150302-0002, 150304-0001" in refused["detail"]
    assert ok(client.get(one))["award"] is None


def test_a_plan_under_a_project_keeps_its_year_and_its_networks(client: TestClient[Any]) -> None:
    projects = f"{WUHAI}/compounds/{CODE}/projects"
    left_out = NEW_PROJECT | {"networks": ["water", "drainage"]}
    refused = problem(client.post(projects, json=left_out), 422, "invalid-data")
    assert refused["errors"][0]["path"] == "$.networks"
    assert "power, telecom: their operators cannot be left out" in refused["errors"][0]["message"]
    ok(client.post(projects, json=NEW_PROJECT | {"networks": [*NETWORKS, "gas"]}), 201)
    plan = f"{WUHAI}/compounds/{CODE}/plan"
    current = ok(client.get(plan))
    body = {
        "year": 2022,
        "items": [i["code"] for i in current["items"]],
        "investment_yuan": current["investment_yuan"],
    }
    for change in ({"year": 2023}, {"items": [*body["items"], "heating"]}):
        problem(client.put(plan, json=body | change), 409, "has-project")
    assert ok(client.get(plan)) == current
    # Gas was declared: a gas item is covered.
    ok(client.put(plan, json=body | {"items": [*body["items"], "gas_supply"]}))


def test_a_projects_facts_are_corrected_until_its_design_is_approved(
    client: TestClient[Any],
) -> None:
    before = walk_to(client, "documents")
    facts = {k: v for k, v in NEW_PROJECT.items() if k != "planned_on"}
    structural = facts | {"profile": NEW_PROJECT["profile"] | {"changes_main_structure": True}}
    stale = {"If-Match": '"' + "0" * 32 + '"'}
    problem(client.put(PROJECT, json=structural, headers=stale), 412, "precondition-failed")
    left_out = structural | {"networks": ["water"]}
    problem(client.put(PROJECT, json=left_out), 422, "invalid-data")
    assert ok(client.get(PROJECT)) == before
    revised = ok(client.put(PROJECT, json=structural | {"budget_yuan": "6000000.00"}))
    assert revised["missing_documents"] == ["drawing_review"]
    assert revised["budget_yuan"] == "6000000.00"
    assert revised["history"] == before["history"]
    problem(
        client.post(f"{PROJECT}/transitions", json={"to": "approved", "on": "2021-12-15"}),
        409,
        "documents-missing",
    )
    review = {"kind": "drawing_review", "reference": "施审〔2021〕9号", "issued_on": "2021-12-12"}
    ok(client.post(f"{PROJECT}/documents", json=review))
    ok(client.post(f"{PROJECT}/transitions", json={"to": "approved", "on": "2021-12-15"}))
    problem(client.put(PROJECT, json=facts), 409, "wrong-stage")


def test_a_major_event_is_reported_at_once_and_shown_until_closed(
    client: TestClient[Any],
) -> None:
    """重大建设信息: on the city's warnings and in the month's report; closed with what was
    done, it leaves the warnings."""
    walk_to(client, "under_construction")
    event = {
        "kind": "safety_accident",
        "occurred_at": "2022-06-14T15:20:00+08:00",
        "consequence": "脚手架局部坍塌，一名工人轻伤",
        "measures": "停工整顿，伤者送医，专项检查",
    }
    problem(
        client.post(f"{PROJECT}/major-events", json=event | {"occurred_at": "2022-06-14T15:20"}),
        400,
        "invalid-request",
    )  # a time without its offset names no instant
    problem(
        client.post(
            f"{PROJECT}/major-events", json=event | {"occurred_at": "2999-01-01T00:00:00Z"}
        ),
        422,
        "invalid-data",
    )
    # Later today is after the report as much as next year is.
    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=10)
    later = problem(
        client.post(f"{PROJECT}/major-events", json=event | {"occurred_at": soon.isoformat()}),
        422,
        "invalid-data",
    )
    assert "must not be after the report" in later["errors"][0]["message"]
    project = ok(client.post(f"{PROJECT}/major-events", json=event))
    [recorded] = project["major_events"]
    assert (recorded["number"], recorded["late"], recorded["closure"]) == (1, True, None)
    params = {"kind": "major_event"}  # as of today: it is on the warnings from its report
    [shown] = ok(client.get(f"{WUHAI}/warnings", params=params))["items"]
    assert (shown["compound"], shown["due"]) == (CODE, "2022-06-14")
    assert shown["detail"].startswith("major event 1, safety_accident, reported on ")
    month = ok(client.get(f"{WUHAI}/monthly-reports/2022-06"))
    haibowan = next(d for d in month["districts"] if d["district"] == "150302")
    assert [(e["compound"], e["number"], e["kind"]) for e in haibowan["major_events"]] == [
        (CODE, 1, "safety_accident")
    ]
    assert haibowan["major_events_total"] == 1
    # A month's report reads the events that happened in it, by the day in China.
    ok(client.post(f"{PROJECT}/major-events", json=event | {"occurred_at": "2022-06-30T16:30:00Z"}))
    for asked, numbers in (("2022-05", []), ("2022-06", [1]), ("2022-07", [2])):
        districts = ok(client.get(f"{WUHAI}/monthly-reports/{asked}"))["districts"]
        events = next(d for d in districts if d["district"] == "150302")["major_events"]
        assert [e["number"] for e in events] == numbers
    closure = {"on": "2022-06-18", "by": "王主任", "outcome": "整改完毕，6月18日复工"}
    problem(client.post(f"{PROJECT}/major-events/3/closure", json=closure), 404, "not-found")
    closed = ok(client.post(f"{PROJECT}/major-events/1/closure", json=closure))
    assert closed["major_events"][0]["closure"] == closure
    left = ok(client.get(f"{WUHAI}/warnings", params=params))["items"]
    assert [w["detail"].split(",")[0] for w in left] == ["major event 2"]


def test_materials_are_recorded_with_their_inspection(client: TestClient[Any]) -> None:
    """严把材料采购或供应: each supply with the inspection that accepted it on site."""
    supply = {
        "material": "PE给水管 DN110",
        "supplier": "内蒙古联塑管业有限公司",
        "quantity": "1200 米",
        "delivered_on": "2022-04-20",
        "inspection": "进场检验报告 JC-2022-0417",
    }
    walk_to(client, "under_construction")
    refused = problem(
        client.post(f"{PROJECT}/materials", json=supply | {"delivered_on": "2021-12-01"}),
        422,
        "invalid-data",
    )
    assert refused["errors"][0]["path"] == "$.delivered_on"
    problem(
        client.post(f"{PROJECT}/materials", json=supply | {"inspection": ""}),
        400,
        "invalid-request",
    )
    recorded = ok(client.post(f"{PROJECT}/materials", json=supply))
    assert recorded["materials"] == [supply | {"number": 1}]
