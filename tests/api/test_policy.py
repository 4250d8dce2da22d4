"""One programme's policy against another's, over HTTP: the same steps on the same data, under
Wuhai's policy and under two loaded from data files (``tests/api/policies``), one stricter and
one looser, block, warn or pass as each policy says, with no change of code."""

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

from renovation_core.loading import dataset_to_mapping
from renovation_core.reference import wuhai
from tests.api.conftest import WUHAI, problem
from tests.api.delivery_steps import (
    AWARD,
    CODE,
    ITEMS,
    PACKAGE,
    PROJECT,
    WALK,
    choose,
    ok,
    walk_to,
)
from tests.api.test_access import call

POLICIES = Path(__file__).parent / "policies"


def load(client: TestClient[Any], name: str) -> str:
    """The Wuhai programme again under the policy of ``policies/{name}.toml`` (``wuhai``: as
    shipped); its path."""
    if name == "wuhai":
        return WUHAI
    data: dict[str, Any] = json.loads(json.dumps(dataset_to_mapping(wuhai())))
    data["programme"]["code"] = f"{name}-city"
    data["policy"] = tomllib.loads((POLICIES / f"{name}.toml").read_text("utf-8"))["policy"]
    ok(client.post("/v1/programmes", json=data), 201)
    return f"/v1/programmes/{name}-city"


def warned(client: TestClient[Any], base: str, kind: str) -> list[dict[str, Any]]:
    params: dict[str, Any] = {"as_of": "2023-06-30", "kind": kind, "page_size": 500}
    found = ok(client.get(f"{base}/warnings", params=params))["items"]
    return [w for w in found if w["compound"] == CODE]


def test_each_policy_is_read_back_as_its_file_gives_it(client: TestClient[Any]) -> None:
    wuhai_policy = ok(client.get(WUHAI))["policy"]
    assert wuhai_policy["duties"]["canvass_before_design"] == "block"
    assert wuhai_policy["minimum_grades"][2] == {"role": "construction", "grade": "二级"}
    stricter = ok(client.get(load(client, "stricter")))["policy"]
    assert (
        stricter["duties"] | {"maintenance_fund": "warn", "survey_and_testing": "warn"}
        == (wuhai_policy["duties"])
    )
    assert (stricter["inspection_interval_days"], stricter["direct_award_limit_yuan"]) == (
        14,
        "0",
    )
    assert stricter["minimum_grades"] == [{"role": "construction", "grade": "一级"}]
    looser = ok(client.get(load(client, "looser")))["policy"]
    assert looser["follow_up_months"] == [12]
    assert looser["duties"]["maintenance_fund"] == "off"


@pytest.mark.parametrize(
    ("name", "outcome"), [("wuhai", "block"), ("stricter", "block"), ("looser", "warn")]
)
def test_the_design_before_the_residents_menu(
    client: TestClient[Any], name: str, outcome: str
) -> None:
    base = load(client, name)
    walk_to(client, "committee", base, menu=False)
    design = {"to": "designing", "on": "2021-11-20"}
    answer = client.post(f"{base}/compounds/{CODE}/projects/2022/transitions", json=design)
    if outcome == "block":
        refused = problem(answer, 409, "canvass-before-design")
        assert "no residents' menu confirmed" in refused["detail"]
        assert warned(client, base, "design_before_canvass") == []
        choose(client, base)
        answer = client.post(f"{base}/compounds/{CODE}/projects/2022/transitions", json=design)
        assert ok(answer)["stage"] == "designing"
    else:
        assert ok(answer)["stage"] == "designing"
        [finding] = warned(client, base, "design_before_canvass")
        assert (finding["due"], finding["stage"]) == ("2021-11-20", "designing")


def test_a_canvass_answered_by_five_households_does_instead_of_the_menu(
    client: TestClient[Any],
) -> None:
    walk_to(client, "committee", menu=False)
    survey = {
        "code": "needs-2021",
        "title": "改造需求征询",
        "opened_on": "2021-11-06",
        "purpose": "canvass",
        "questions": [{"code": "wish", "text": "最希望改造的内容", "kind": "free_text"}],
    }
    assert ok(client.post(f"{WUHAI}/surveys", json=survey), 201)["purpose"] == "canvass"
    design = {"to": "designing", "on": "2021-11-20"}
    for n in range(1, 6):
        if n == 5:  # four answers do not yet stand for the compound
            refused = problem(
                client.post(f"{PROJECT}/transitions", json=design), 409, "canvass-before-design"
            )
            assert "no canvass of their needs" in refused["detail"]
        answer = {
            "compound": CODE,
            "household": f"1-1-0{n}01",
            "answered_on": f"2021-11-{10 + n}",
            "answers": [{"question": "wish", "text": "加装电梯"}],
        }
        ok(client.post(f"{WUHAI}/surveys/needs-2021/responses", json=answer), 201)
    assert ok(client.post(f"{PROJECT}/transitions", json=design))["stage"] == "designing"
    assert warned(client, WUHAI, "design_before_canvass") == []


@pytest.mark.parametrize(
    ("name", "outcome"), [("wuhai", "warn"), ("stricter", "block"), ("looser", "off")]
)
def test_long_term_management_without_a_maintenance_fund(
    client: TestClient[Any], name: str, outcome: str
) -> None:
    base = load(client, name)
    walk_to(client, "aftercare", base)
    manage = {"to": "in_management", "on": "2022-11-15"}
    transitions = f"{base}/compounds/{CODE}/projects/2022/transitions"
    if outcome == "block":
        refused = problem(client.post(transitions, json=manage), 409, "maintenance-fund")
        assert refused["detail"].endswith(
            "no housing maintenance fund by 2022-11-15 (补建住宅专项维修资金)"
        )
        fund = {"created_on": "2022-11-12"}
        ok(client.post(f"{base}/compounds/{CODE}/aftercare/fund", json=fund))
    assert ok(client.post(transitions, json=manage))["stage"] == "in_management"
    found = warned(client, base, "maintenance_fund_missing")
    assert [w["due"] for w in found] == (["2022-11-15"] if outcome == "warn" else [])


def test_the_stricter_city_requires_survey_and_testing_units(client: TestClient[Any]) -> None:
    """Wuhai lists a missing survey unit as a finding (tests/api/test_projects.py); the
    stricter city refuses the approval without one."""
    base = load(client, "stricter")
    walk_to(client, "design_unit", base)  # the walk's next step engages its surveyor
    project = f"{base}/compounds/{CODE}/projects/2022"
    for at, path, body in WALK:
        if at == "documents":
            ok(client.post(f"{project}/{path}", json=body))
    approve = {"to": "approved", "on": "2021-12-15"}
    refused = problem(
        client.post(f"{project}/transitions", json=approve), 409, "survey-and-testing"
    )
    assert refused["detail"].endswith("no survey unit was engaged before the design was approved")
    [(_, path, surveyor)] = [step for step in WALK if step[0] == "survey_unit"]
    ok(client.post(f"{project}/{path}", json=surveyor))
    assert ok(client.post(f"{project}/transitions", json=approve))["stage"] == "approved"
    assert warned(client, base, "unit_not_engaged") == []


def test_a_payment_for_an_item_its_line_does_not_fund(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    """专款专用 blocks in Wuhai (tests/api/test_funding.py); the looser city pays and flags."""
    base = load(client, "looser")
    funding = f"{base}/compounds/{CODE}/funding"
    ok(client.post(f"{funding}/submissions", json={"on": "2022-03-01"}))
    for persona, bureau in (("haibowan_officer", "housing"), ("haibowan_finance", "finance")):
        review = {"round": 1, "bureau": bureau, "verdict": "approved", "on": "2022-03-08"}
        ok(call(client, keys, persona, "POST", f"{funding}/reviews", json=review))
    lines = ok(client.get(funding))["lines"]
    number, unfunded = next(
        (n, item)
        for n, line in enumerate(lines, start=1)
        for item in ITEMS
        if item not in line["items"]
    )
    payment = {
        "line": number,
        "paid_on": "2022-05-10",
        "payee": "乌海市建筑工程有限责任公司",
        "amount_yuan": "100.00",
        "purpose": unfunded,
        "document": "国库集中支付凭证 01",
    }
    ok(client.post(f"{funding}/ledger", json=payment), 201)
    flags = ok(client.get(f"{base}/funding-flags", params={"kind": "purpose_mismatch"}))
    assert [(f["compound"], f["line"], f["entry"], f["amount_yuan"]) for f in flags["items"]] == [
        (CODE, number, 1, "100.00")
    ]


def test_a_designer_below_grade_and_a_direct_award_above_the_limit_are_refused(
    client: TestClient[Any],
) -> None:
    """较高资质 and 直接委托 under Wuhai's policy, over HTTP: each refused with its rule, and
    the unit and award within the policy accepted."""
    walk_to(client, "designing")
    project = f"{WUHAI}/compounds/{CODE}/projects/2022"
    [(_, path, design)] = [step for step in WALK if step[0] == "design_unit"]
    low = json.loads(json.dumps(design))
    low["unit"]["qualification"]["grade"] = "工程设计丙级"
    refused = problem(client.post(f"{project}/{path}", json=low), 409, "qualification-grade")
    assert refused["detail"].endswith("design work needs 乙级 or higher")
    start = next(i for i, step in enumerate(WALK) if step[0] == "design_unit")
    for _, path, body in WALK[start:]:  # the walk goes on with its qualified designer
        ok(client.post(f"{project}/{path}", json=body))
    ok(client.post(f"{WUHAI}/tender-packages", json=PACKAGE | {"compounds": [CODE]}), 201)
    award = f"{WUHAI}/tender-packages/{PACKAGE['code']}/award"
    direct = AWARD | {"method": "direct", "contract_value_yuan": "4000000.00"}
    refused = problem(client.post(award, json=direct), 409, "direct-award")
    assert refused["detail"].endswith("not below the limit of 4000000 yuan; tender it")
    within = ok(client.post(award, json=direct | {"contract_value_yuan": "3999999.99"}))
    assert within["award"]["method"] == "direct"


def test_an_elevator_retrofit_enters_management_with_its_elevators_mode(
    client: TestClient[Any],
) -> None:
    """The looser city still blocks on the elevators' management: a plan with an elevator
    retrofit enters long-term management once an elevator has its mode."""
    base = load(client, "looser")
    plan = ok(client.get(f"{base}/compounds/{CODE}/plan"))
    body = {k: plan[k] for k in ("year", "investment_yuan")} | {
        "items": [*(item["code"] for item in plan["items"]), "elevator_retrofit"]
    }
    ok(client.put(f"{base}/compounds/{CODE}/plan", json=body))
    walk_to(client, "aftercare", base, menu=False)  # its design may start before the menu
    manage = {"to": "in_management", "on": "2022-11-15"}
    transitions = f"{base}/compounds/{CODE}/projects/2022/transitions"
    refused = problem(client.post(transitions, json=manage), 409, "elevator-management")
    assert refused["detail"].endswith("no elevator has a management mode by 2022-11-15")
    elevator = {"building": "1", "entrance": "1", "mode": "lump_sum", "since": "2022-11-12"}
    ok(client.post(f"{base}/compounds/{CODE}/aftercare/elevators", json=elevator))
    assert ok(client.post(transitions, json=manage))["stage"] == "in_management"


def test_a_follow_up_survey_not_held_is_on_the_warnings(client: TestClient[Any]) -> None:
    walk_to(client, "in_management")  # accepted on 2022-10-15: surveys due 2023-04-15, -10-15
    params = {"kind": "follow_up_overdue", "as_of": "2023-05-15"}
    assert ok(client.get(f"{WUHAI}/warnings", params=params))["items"] == []  # within 30 days
    [overdue] = ok(client.get(f"{WUHAI}/warnings", params=params | {"as_of": "2023-05-16"}))[
        "items"
    ]
    assert (overdue["compound"], overdue["due"]) == (CODE, "2023-04-15")
    assert "6 months after the acceptance on 2022-10-15" in overdue["detail"]
