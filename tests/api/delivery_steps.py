"""Request bodies for walking a Wuhai compound's project through its lifecycle over the API.

The compound is 150302-0002 (Haibowan, 2022 plan): its items touch the water, drainage, power and
telecom networks, so its acceptance needs four operators and its handover four records.
"""

from typing import Any

from litestar.testing import TestClient

from renovation_api import story
from tests.api.conftest import WUHAI

CODE = "150302-0002"
PROJECT = f"{WUHAI}/compounds/{CODE}/projects/2022"
OPERATORS = {
    "water": "乌海市水务公司",
    "drainage": "乌海市排水公司",
    "power": "国网乌海供电公司",
    "telecom": "中国电信乌海分公司",
}
NETWORKS = list(OPERATORS)
NEW_PROJECT = story.NEW_PROJECT


unit = story.unit
DESIGNER, CONTRACTOR, SUPERVISOR = story.DESIGNER, story.CONTRACTOR, story.SUPERVISOR
SURVEYOR = unit("survey", "内蒙古勘察设计院", "91150300MA0N00004N")
TESTER = unit("testing", "乌海市建设工程质量检测中心", "91150300MA0N00005R")
EVERYONE = [
    {"role": "client", "name": "王主任", "organisation": "海勃湾区住房和城乡建设局"},
    {"role": "contractor", "name": "李经理", "organisation": "乌海市城市建设投资集团"},
    {"role": "supervisor", "name": "赵监理", "organisation": "内蒙古工程监理公司"},
    {"role": "street", "name": "孙书记", "organisation": "新华街道办事处"},
    {"role": "community", "name": "周主任", "organisation": "新华社区居委会"},
    {"role": "residents", "name": "吴代表", "organisation": "小区改造委员会"},
    *(
        {"role": "utility_operator", "name": "工程师", "organisation": name, "network": network}
        for network, name in OPERATORS.items()
    ),
]
# Each step of the walk: (its name, sub-path of the project, body), in order; a transition is
# named for the stage it reaches.
# The compound's households (one stairwell of six units) and the committee three of them form.
HOUSEHOLDS = {"households": story.HOUSEHOLDS}
COMMITTEE = story.COMMITTEE
# The residents' menu (改造前问需): it offers the compound's planned items, a household orders
# them all and the committee confirms them before the design starts, so the plan stays as it is.
ITEMS = [
    "water_supply",
    "drainage",
    "mobile_coverage",
    "common_parts_repair",
    "sports_grounds",
    "power_capacity",
    "childcare",
]
MENU = {"opened_on": "2021-11-12", "offered": [{"code": code} for code in ITEMS]}
WALK: list[tuple[str, str, dict[str, Any]]] = [
    ("consulting", "transitions", {"to": "consulting", "on": "2021-11-05"}),
    ("committee", "", COMMITTEE),
    ("designing", "transitions", {"to": "designing", "on": "2021-11-20"}),
    ("design_unit", "units", {"role": "design", "unit": DESIGNER, "assigned_on": "2021-11-20"}),
    ("survey_unit", "units", {"role": "survey", "unit": SURVEYOR, "assigned_on": "2021-11-20"}),
    *(
        (
            "documents",
            "documents",
            {"kind": kind, "reference": f"乌海建审〔2021〕{n}号", "issued_on": "2021-12-10"},
        )
        for n, kind in enumerate(
            ("existing_land_documents", "design_approval", "commitment_notice"), start=31
        )
    ),
    ("approved", "transitions", {"to": "approved", "on": "2021-12-15"}),
]
AFTER_AWARD: list[tuple[str, str, dict[str, Any]]] = [
    ("tendered", "transitions", {"to": "tendered", "on": "2021-12-28"}),
    (
        "supervision_unit",
        "units",
        {"role": "supervision", "unit": SUPERVISOR, "assigned_on": "2021-12-28"},
    ),
    ("under_construction", "transitions", {"to": "under_construction", "on": "2022-04-06"}),
    (
        "inspection",
        "inspections",
        {"on": "2022-05-10", "inspector": "市质监站 刘工", "findings": "管沟回填分层夯实不足"},
    ),
    (
        "hazard",
        "hazards",
        {
            "found_on": "2022-05-10",
            "description": "管沟开挖未设置临边防护",
            "level": "major",
            "deadline": "2022-05-20",
        },
    ),
    (
        "hazard_closed",
        "hazards/1/closure",
        {"on": "2022-05-18", "by": "赵监理", "evidence": ["整改回复单 2022-041", "现场照片 6张"]},
    ),
    ("completed", "transitions", {"to": "completed", "on": "2022-09-30"}),
    ("testing_unit", "units", {"role": "testing", "unit": TESTER, "assigned_on": "2022-10-08"}),
    (
        "acceptance",
        "acceptances",
        {"held_on": "2022-10-15", "attendees": EVERYONE, "passed": True},
    ),
    ("accepted", "transitions", {"to": "accepted", "on": "2022-10-15"}),
    (
        "filed",
        "transitions",
        {"to": "filed", "on": "2022-10-30", "reference": "乌建竣备〔2022〕118号"},
    ),
    *(
        (
            "handovers",
            "handovers",
            {"network": network, "operator": name, "on": "2022-11-05", "documents": ["移交清单"]},
        )
        for network, name in OPERATORS.items()
    ),
    ("handed_over", "transitions", {"to": "handed_over", "on": "2022-11-10"}),
    ("aftercare", "", {"mode": "community", "since": "2022-11-12"}),
    ("in_management", "transitions", {"to": "in_management", "on": "2022-11-15"}),
]
PACKAGE = {"code": "HBW-2022-01", "name": "海勃湾区2022年老旧小区改造第一标段", "year": 2022}
AWARD = {
    "contractor": CONTRACTOR,
    "method": "open",
    "awarded_on": "2021-12-25",
    "contract_value_yuan": "5800000.00",
}


def ok(response: Any, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return response.json()  # type: ignore[no-any-return]


STEPS = [*WALK, ("award", "", {}), *AFTER_AWARD]
NAMES = list(dict.fromkeys(name for name, _, _ in STEPS))


def choose(client: TestClient[Any], base: str = WUHAI) -> None:
    """The residents' menu opened, ordered, closed and confirmed (the committee is formed)."""
    menu = f"{base}/compounds/{CODE}/menu"
    ok(client.post(menu, json=MENU), 201)
    order = {"items": ITEMS, "placed_on": "2021-11-14"}
    ok(client.put(f"{menu}/orders/1-1-0101", json=order))
    ok(client.post(f"{menu}/closure", json={"on": "2021-11-16"}))
    ok(client.post(f"{menu}/confirmation", json={"on": "2021-11-17"}))


def walk_to(
    client: TestClient[Any], step: str, base: str = WUHAI, *, menu: bool = True
) -> dict[str, Any]:
    """Create the project (of the programme at ``base``) and take every step up to and
    including the one named ``step`` (``committee``: the households recorded, their committee
    formed and, if ``menu``, their menu confirmed; ``award``: the package bundled and awarded;
    ``aftercare``: a management mode recorded)."""
    compound = f"{base}/compounds/{CODE}"
    project = ok(client.post(f"{compound}/projects", json=NEW_PROJECT), 201)
    last = NAMES.index(step)
    for at, path, body in STEPS:
        if NAMES.index(at) > last:
            break
        if at == "committee":
            ok(client.put(f"{compound}/households", json=HOUSEHOLDS))
            ok(client.put(f"{compound}/committee", json=COMMITTEE))
            if menu:
                choose(client, base)
        elif at == "aftercare":
            ok(client.post(f"{compound}/aftercare/management", json=body))
        elif at == "award":
            package = PACKAGE | {"compounds": [CODE]}
            ok(client.post(f"{base}/tender-packages", json=package), 201)
            ok(client.post(f"{base}/tender-packages/{PACKAGE['code']}/award", json=AWARD))
            project = ok(client.get(f"{compound}/projects/2022"))
        else:
            project = ok(client.post(f"{compound}/projects/2022/{path}", json=body))
    return project
