"""The contract's worked example: one walk through the Wuhai programme, operation by operation.

Every parameter and body in ``specs/openapi.json`` takes its example from :data:`STEPS`, and the
paths are listed in their order. The examples assume a deployment in use: ``renovation serve``'s
(Wuhai and its province) after :data:`PRELUDE`, the work a city office and its district would
have done before (households registered, projects under way, budgets submitted by the district
and approved, a month reported). On such a deployment a city administrator's key takes every
step, in this order or in the order a contract tool sorts them (creates before reads, each
step resting on the prelude rather than on a step beside it). ``tests/api/test_story.py`` walks
both; ``nox -s contract_outside`` gives them to schemathesis.
"""

import json
from typing import Any, Literal

import attrs

from renovation_core.loading import dataset_to_mapping
from renovation_core.reference import wuhai

PROGRAMME = "wuhai-2022-2024"
# 150302-0002 (海勃湾区, planned for 2022) is delivered. Three compounds are added: one removed
# again, one planned, one whose plan is withdrawn; the inventory import brings a fourth, funded.
CODE = "150302-0002"
NEW, PLANNED, UNPLANNED = "150302-9001", "150302-9002", "150302-9003"
IMPORTED = "150302-9101"
PLAN = {"year": 2023, "items": ["water_supply", "elderly_care"], "investment_yuan": "1500000.00"}
WUHAI = {"programme": PROGRAMME}
COMPOUND = {**WUHAI, "code": CODE}
PROJECT = {**COMPOUND, "year": 2022}
HAIBOWAN = "150302"
BAOTOU = "150200"  # a city of the province `renovation serve` loads, with no programme here
MONTH = "2022-12"

# The compound the inventory import brings, with its plan, is funded.
FUNDING = {**WUHAI, "code": IMPORTED}
LINES = {
    "lines": [
        {
            "source": "city_finance",
            "party": "乌海市财政局",
            "amount_yuan": "1200000.00",
            "items": ["water_supply", "drainage"],
        }
    ]
}
OPERATORS = {"water": "乌海市水务公司", "power": "国网乌海供电公司"}
CLIENT = {"name": "海勃湾区住房和城乡建设局", "credit_code": "12150300MB0000001U"}
PROFILE = {
    "changes_land_ownership": False,
    "low_risk": True,
    "changes_main_structure": False,
    "signs_commitment_notice": True,
}


def unit(role: str, name: str, credit_code: str, valid_until: str = "2026-12-31") -> dict[str, Any]:
    """A unit of ``role``, qualified for it until ``valid_until``."""
    return {
        "organisation": {"name": name, "credit_code": credit_code},
        "qualification": {
            "certificate": f"{role.upper()}-2020-001",
            "covers": role,
            "grade": "甲级",
            "valid_from": "2020-01-01",
            "valid_until": valid_until,
        },
    }


HOUSEHOLDS = [
    {"building": "1", "entrance": "1", "unit": f"0{n}01", "floor_area_m2": "72.50"}
    for n in range(1, 7)
]
SEVENTH = {"building": "1", "entrance": "1", "unit": "0701", "floor_area_m2": "72.50"}
COMPOUND_FACTS = {
    "name": "滨河小区",
    "district": HAIBOWAN,
    "street": "150302002000",
    "built_year": 1998,
    "buildings": 3,
    "households": 120,
    "floor_area_m2": "10800.00",
    "property_type": "reformed",
}
FIGURES = {
    "planned": {
        "compounds": 30,
        "buildings": 160,
        "households": 5200,
        "floor_area_m2": "410000.00",
    },
    "started": {
        "compounds": 20,
        "buildings": 110,
        "households": 3600,
        "floor_area_m2": "290000.00",
    },
    "completed": {
        "compounds": 8,
        "buildings": 40,
        "households": 1400,
        "floor_area_m2": "110000.00",
    },
    "investment_planned_yuan": "180000000.00",
    "investment_completed_yuan": "60000000.00",
}


# An inventory as an office keeps it (CSV, the register's Chinese headings), one compound long.
INVENTORY = (
    "小区编码,小区名称,区县代码,街道代码,建成年份,楼栋数,户数,建筑面积（平方米）,产权性质,"
    "基础设施状况,管理状况,安全隐患状况,评估日期,改造年度,改造内容,预计投资,备注\r\n"
    f"{IMPORTED},滨河四区,150302,150302001000,1995,6,120,8000.50,房改房,"
    "较差,一般,较差,2021-09-11,2023,供水、排水,1200000.00,台账备注\r\n"
)


def programme_file() -> dict[str, Any]:
    """A programme file: Wuhai's frame (districts, catalogue, targets) and three compounds,
    under a code of its own."""
    data = dataset_to_mapping(wuhai())
    data["programme"]["code"] = "wuhai-sample"
    data["compounds"], data["plans"], data["fundings"] = data["compounds"][:3], [], []
    file: dict[str, Any] = _without_nulls(json.loads(json.dumps(data)))
    return file


def _without_nulls(value: Any) -> Any:
    """A file leaves out what it does not know, as the published spec's examples do."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


Persona = Literal["city_admin", "district_officer", "finance_officer"]


@attrs.frozen
class Step:
    """One request: the operation, its parameters by name (path and query alike), its body, and
    who sends it. The prelude's district and finance officers are Haibowan's: a budget the
    district submits is reviewed by two others, one for each bureau (nobody reviews their own,
    nor for both)."""

    operation: str
    parameters: dict[str, Any] = attrs.field(factory=dict)
    body: Any = None
    by: Persona = "city_admin"


# The prelude's records: compounds whose projects stand at the stages the examples act at,
# budgets submitted and approved, households and a vote, a menu open, a survey open, a month
# reported.
UNDER_WAY, COMPLETED, FILED, APPROVED = "150302-9201", "150302-9202", "150302-9203", "150302-9204"
REVIEWED, PAID, ORDERING = "150302-9205", "150302-9206", "150302-9207"
OPEN_SURVEY = "residents-2022"
MONTH_BEFORE = "2022-11"
PRELUDE_ITEMS = ["water_supply", "elderly_care"]
PRELUDE_PLAN = {
    "year": 2022,
    "items": PRELUDE_ITEMS,
    "investment_yuan": "1500000.00",
}
MEMBERS = [
    {"household": "1-1-0101", "role": "chair"},
    {"household": "1-1-0201", "role": "vice_chair"},
    {"household": "1-1-0301", "role": "member"},
]
COMMITTEE: dict[str, Any] = {"formed_on": "2021-11-10", "members": MEMBERS}
FOURTH = {"household": "1-1-0401", "role": "member"}
OFFERED = ["water_supply", "drainage", "mobile_coverage", "common_parts_repair", "elderly_care"]
BASIC = OFFERED[:4]
NEW_PROJECT: dict[str, Any] = {"client": CLIENT, "profile": PROFILE, "planned_on": "2021-11-01"}
DOCUMENTS = ("existing_land_documents", "design_approval", "commitment_notice")
DESIGNER = unit("design", "乌海市建筑设计院", "91150300MA0N00001D")
CONTRACTOR = unit("construction", "乌海市城市建设投资集团", "91150300MA0N00002G")
SUPERVISOR = unit("supervision", "内蒙古工程监理公司", "91150300MA0N00003K")
ATTENDEES = [
    {"role": "client", "name": "王主任", "organisation": "海勃湾区住房和城乡建设局"},
    {"role": "contractor", "name": "李经理", "organisation": "乌海市城市建设投资集团"},
    {"role": "supervisor", "name": "赵监理", "organisation": "内蒙古工程监理公司"},
    {"role": "street", "name": "孙书记", "organisation": "新华街道办事处"},
    {"role": "community", "name": "周主任", "organisation": "新华社区居委会"},
    {"role": "residents", "name": "吴代表", "organisation": "小区改造委员会"},
    {
        "role": "utility_operator",
        "name": "工程师",
        "organisation": OPERATORS["water"],
        "network": "water",
    },
]
FUNDED_LINES = {
    "lines": [
        {
            "source": "city_finance",
            "party": "乌海市财政局",
            "amount_yuan": "1500000.00",
            "items": ["water_supply", "elderly_care"],
        }
    ]
}
MENU = {"opened_on": "2021-11-12", "offered": [{"code": code} for code in OFFERED]}


def _at(code: str, **more: Any) -> dict[str, Any]:
    return {**WUHAI, "code": code, **more}


def _planned(code: str, name: str) -> list[Step]:
    """A compound added to the register, planned for 2022."""
    return [
        Step("createCompound", WUHAI, {"code": code, **COMPOUND_FACTS, "name": name}),
        Step("createPlan", _at(code), PRELUDE_PLAN),
    ]


def _residents(code: str) -> list[Step]:
    """Its households registered, and the committee three of them form."""
    return [
        Step("replaceHouseholds", _at(code), {"households": HOUSEHOLDS}),
        Step("replaceCommittee", _at(code), COMMITTEE),
    ]


def _chosen(code: str) -> list[Step]:
    """Its residents' menu (改造前问需): the plan's items offered, ordered by a household and
    confirmed by the committee before the design starts."""
    items = PRELUDE_ITEMS
    return [
        Step(
            "openMenu",
            _at(code),
            {"opened_on": "2021-11-12", "offered": [{"code": item} for item in items]},
        ),
        Step(
            "placeOrder",
            _at(code, household="1-1-0101"),
            {"items": items, "placed_on": "2021-11-14"},
        ),
        Step("closeMenu", _at(code), {"on": "2021-11-16"}),
        Step("confirmMenu", _at(code), {"on": "2021-11-17"}),
    ]


def _project(code: str, stage: str) -> list[Step]:
    """Its 2022 project, taken to ``stage`` (approved, under_construction, completed or filed)
    the way the plan has it: designed with the residents, approved, tendered, built, accepted."""
    project = _at(code, year=2022)

    def to(stage: str, on: str, **more: str) -> Step:
        return Step("advanceProject", project, {"to": stage, "on": on, **more})

    steps = [
        Step("createProject", _at(code), NEW_PROJECT),
        *(
            Step(
                "supplyProjectDocument",
                project,
                {"kind": kind, "reference": f"乌海建审〔2021〕{n}号", "issued_on": "2021-12-10"},
            )
            for n, kind in enumerate(DOCUMENTS, start=31)
        ),
        to("consulting", "2021-11-05"),
        to("designing", "2021-11-20"),
        Step(
            "assignProjectUnit",
            project,
            {"role": "design", "unit": DESIGNER, "assigned_on": "2021-11-20"},
        ),
        to("approved", "2021-12-15"),
    ]
    if stage == "approved":
        return steps
    package = f"HBW-{code[-4:]}"
    steps += [
        Step(
            "createTenderPackage",
            WUHAI,
            {
                "code": package,
                "name": f"海勃湾区2022年{code}标段",
                "year": 2022,
                "compounds": [code],
            },
        ),
        Step("awardTenderPackage", {**WUHAI, "package": package}, AWARD),
        to("tendered", "2021-12-28"),
        Step(
            "assignProjectUnit",
            project,
            {"role": "supervision", "unit": SUPERVISOR, "assigned_on": "2021-12-28"},
        ),
        to("under_construction", "2022-04-06"),
        Step("recordProjectInspection", project, INSPECTION),
    ]
    if stage == "under_construction":
        return [*steps, Step("reportProjectHazard", project, HAZARD)]
    steps.append(to("completed", "2022-09-30"))
    if stage == "completed":
        return steps
    return [
        *steps,
        Step("recordProjectAcceptance", project, ACCEPTANCE),
        to("accepted", "2022-10-15"),
        to("filed", "2022-10-30", reference="乌建竣备〔2022〕118号"),
    ]


def _budget(code: str, *, approved: bool) -> list[Step]:
    """Its budget drafted, submitted by the district, and (if ``approved``) approved for the
    housing bureau by the city administrator and for the finance bureau by its officer."""
    steps = [
        Step("createFunding", _at(code), FUNDED_LINES),
        Step("submitFunding", _at(code), {"on": "2022-03-01"}, by="district_officer"),
    ]
    if approved:
        steps += [
            Step("reviewFunding", _at(code), {**REVIEW, "bureau": "housing", "on": "2022-03-05"}),
            Step(
                "reviewFunding",
                _at(code),
                {**REVIEW, "bureau": "finance", "on": "2022-03-08"},
                by="finance_officer",
            ),
        ]
    return steps


AWARD = {
    "contractor": CONTRACTOR,
    "method": "open",
    "awarded_on": "2021-12-25",
    "contract_value_yuan": "1400000.00",
}
INSPECTION = {"on": "2022-05-10", "inspector": "市质监站 刘工", "findings": "管沟回填分层夯实不足"}
HAZARD = {
    "found_on": "2022-05-10",
    "description": "管沟开挖未设置临边防护",
    "level": "major",
    "deadline": "2022-05-20",
}
ACCEPTANCE = {"held_on": "2022-10-15", "passed": True, "attendees": ATTENDEES}
REVIEW = {"round": 1, "verdict": "approved"}

# Where the story's webhooks go: a reserved name (RFC 2606) that never resolves, so a
# deployment walking the story sends nothing anywhere.
HOOKS = "https://hooks.wuhai.example"
FINANCE_HOOK: dict[str, Any] = {
    "url": f"{HOOKS}/finance",
    "types": ["funding.approved", "ledger.paid"],
    "description": "区财政局资金监管系统",
}

PRELUDE: list[Step] = [
    *_residents(CODE),
    Step(
        "openConsentVote",
        COMPOUND,
        {"matter": "rebuild", "building": "1", "entrance": "1", "opened_on": "2021-11-12"},
    ),
    *(
        step
        for code, stage in (
            (UNDER_WAY, "under_construction"),
            (COMPLETED, "completed"),
            (FILED, "filed"),
            (APPROVED, "approved"),
        )
        for step in (
            *_planned(code, f"滨河{code[-4:]}小区"),
            *_residents(code),
            *_chosen(code),
            *_project(code, stage),
        )
    ),
    *_planned(REVIEWED, "滨河9205小区"),
    *_budget(REVIEWED, approved=False),
    *_planned(PAID, "滨河9206小区"),
    *_budget(PAID, approved=True),
    *_planned(ORDERING, "滨河9207小区"),
    Step("replaceHouseholds", _at(ORDERING), {"households": HOUSEHOLDS}),
    Step("openMenu", _at(ORDERING), MENU),
    Step(
        "createSurvey",
        WUHAI,
        {
            "code": OPEN_SURVEY,
            "title": "居民需求调查",
            "opened_on": "2021-10-20",
            "questions": [{"code": "overall", "text": "总体满意度", "kind": "rating"}],
        },
    ),
    Step("submitMonthlyReport", WUHAI, {"district": HAIBOWAN, "month": MONTH_BEFORE}),
    # Finance follows approvals and payments by webhook (subscription 1); subscription 2 is
    # the one the story deletes.
    Step("createWebhookSubscription", body=FINANCE_HOOK, by="finance_officer"),
    Step("createWebhookSubscription", body={"url": f"{HOOKS}/old", "types": ["plan.changed"]}),
]


STEPS: list[Step] = [
    # What is published, and the programme's frame.
    Step("getIndex"),
    Step("getHealth"),
    Step("getVocabularies"),
    Step("listProgrammes", {"page_size": 10}),
    Step("loadProgramme", body=programme_file()),
    Step("getProgramme", WUHAI),
    Step("listDistricts", WUHAI),
    Step("listStreets", {**WUHAI, "district": HAIBOWAN}),
    Step("listCommunities", {**WUHAI, "street": "150302002000"}),
    Step("listCatalogueItems", {**WUHAI, "category": "basic"}),
    Step("listAnnualTargets", {**WUHAI, "year": 2022, "district": HAIBOWAN}),
    Step("getCoverage", WUHAI),
    Step("getSummary", WUHAI),
    Step("getTargetVsActual", {**WUHAI, "year": 2022}),
    Step("exportCoverageCsv", WUHAI),
    Step("exportCoverage", WUHAI),
    Step("exportSummaryCsv", WUHAI),
    Step("exportSummary", WUHAI),
    Step("exportTargetVsActualCsv", {**WUHAI, "year": 2022}),
    Step("exportTargetVsActual", {**WUHAI, "year": 2022}),
    Step("getConsistency", WUHAI),
    Step("exportConsistencyCsv", WUHAI),
    Step("exportConsistency", WUHAI),
    # The register: a compound created, read, updated, planned, exported.
    Step("listCompounds", {**WUHAI, "district": HAIBOWAN, "sort": "priority", "page_size": 20}),
    Step("createCompound", WUHAI, {"code": NEW, **COMPOUND_FACTS}),
    Step("createCompound", WUHAI, {"code": PLANNED, **COMPOUND_FACTS, "name": "滨河二区"}),
    Step("createCompound", WUHAI, {"code": UNPLANNED, **COMPOUND_FACTS, "name": "滨河三区"}),
    Step("getCompound", {**WUHAI, "code": NEW}),
    Step("replaceCompound", {**WUHAI, "code": NEW}, {**COMPOUND_FACTS, "buildings": 4}),
    Step("deleteCompound", {**WUHAI, "code": NEW}),
    Step("createPlan", {**WUHAI, "code": PLANNED}, PLAN),
    Step("createPlan", {**WUHAI, "code": UNPLANNED}, PLAN),
    Step("getPlan", {**WUHAI, "code": PLANNED}),
    Step("replacePlan", {**WUHAI, "code": PLANNED}, PLAN | {"investment_yuan": "1600000.00"}),
    Step("deletePlan", {**WUHAI, "code": UNPLANNED}),
    Step("exportCompoundsCsv", {**WUHAI, "district": HAIBOWAN, "language": "zh"}),
    Step("exportCompoundsXlsx", {**WUHAI, "district": HAIBOWAN, "language": "zh"}),
    Step(
        "importCompounds",
        {**WUHAI, "mode": "all_or_nothing", "filename": "海勃湾区台账.csv"},
        INVENTORY,
    ),
    Step("getImport", {**WUHAI, "number": 1}),
    # What it wrote, row by row, beside its one audit event (for the auditor and the city).
    Step("listImportChanges", {**WUHAI, "import_number": 1}),
    # Residents: households, their committee, a vote, the menu and its orders.
    # The register as the prelude left it, and a household more; the committee's third member
    # another household.
    Step("replaceHouseholds", COMPOUND, {"households": [*HOUSEHOLDS, SEVENTH]}),
    Step("getHouseholds", COMPOUND),
    Step("replaceCommittee", COMPOUND, {**COMMITTEE, "members": [*MEMBERS[:2], FOURTH]}),
    Step("getCommittee", COMPOUND),
    Step(
        "openConsentVote",
        COMPOUND,
        {"matter": "property_service", "opened_on": "2021-11-12"},
    ),
    Step("listConsentVotes", COMPOUND),
    Step("getConsentVote", {**COMPOUND, "number": 1}),
    Step(
        "castBallot",
        {**COMPOUND, "number": 1},
        {"household": "1-1-0101", "choice": "for", "cast_on": "2021-11-13"},
    ),
    Step("closeConsentVote", {**COMPOUND, "number": 1}, {"on": "2021-11-15"}),
    Step("openMenu", COMPOUND, MENU),
    Step("getMenu", COMPOUND),
    Step(
        "placeOrder",
        _at(ORDERING, household="1-1-0101"),
        {"items": [*BASIC, "elderly_care"], "placed_on": "2021-11-14"},
    ),
    Step("closeMenu", COMPOUND, {"on": "2021-11-16"}),
    Step("confirmMenu", COMPOUND, {"on": "2021-11-17"}),
    # Its project, designed with the residents; the projects of the prelude further on.
    Step("createProject", COMPOUND, NEW_PROJECT),
    Step("getProject", PROJECT),
    Step("getProjectOc4ids", PROJECT),
    Step(
        "reviseProject",
        PROJECT,
        {"client": CLIENT, "profile": PROFILE, "budget_yuan": "1400000.00"},
    ),
    *(
        Step(
            "supplyProjectDocument",
            PROJECT,
            {"kind": kind, "reference": f"乌海建审〔2021〕{n}号", "issued_on": "2021-12-10"},
        )
        for n, kind in enumerate(DOCUMENTS, start=31)
    ),
    Step(
        "assignProjectUnit",
        PROJECT,
        {"role": "design", "unit": DESIGNER, "assigned_on": "2021-11-20"},
    ),
    *(
        Step("advanceProject", PROJECT, {"to": stage, "on": on})
        for stage, on in (
            ("consulting", "2021-11-05"),
            ("designing", "2021-11-20"),
            ("approved", "2021-12-15"),
        )
    ),
    Step("recordProjectInspection", _at(UNDER_WAY, year=2022), INSPECTION),
    Step("reportProjectHazard", _at(UNDER_WAY, year=2022), HAZARD),
    Step(
        "closeProjectHazard",
        _at(UNDER_WAY, year=2022, number=1),
        {"on": "2022-05-18", "by": "赵监理", "evidence": ["整改回复单 2022-041"]},
    ),
    Step(
        "recordProjectMaterial",
        _at(UNDER_WAY, year=2022),
        {
            "material": "PE给水管 DN110",
            "supplier": "内蒙古联塑管业有限公司",
            "quantity": "1200 米",
            "delivered_on": "2022-04-20",
            "inspection": "进场检验报告 JC-2022-0417",
        },
    ),
    Step(
        "reportProjectMajorEvent",
        _at(UNDER_WAY, year=2022),
        {
            "kind": "stoppage",
            "occurred_at": "2022-06-14T15:20:00+08:00",
            "consequence": "燃气管道开挖时发现未登记的老旧管线，停工待燃气公司确认",
            "measures": "现场封闭，燃气公司到场排查，调整开挖方案",
        },
    ),
    Step(
        "closeProjectMajorEvent",
        _at(UNDER_WAY, year=2022, number=1),
        {"on": "2022-06-16", "by": "海勃湾区住建局 王主任", "outcome": "管线迁改完成，6月16日复工"},
    ),
    Step("recordProjectAcceptance", _at(COMPLETED, year=2022), ACCEPTANCE),
    Step(
        "recordProjectHandover",
        _at(FILED, year=2022),
        {
            "network": "water",
            "operator": OPERATORS["water"],
            "on": "2022-11-05",
            "documents": ["移交清单"],
        },
    ),
    Step(
        "createTenderPackage",
        WUHAI,
        {
            "code": "HBW-2022-01",
            "name": "海勃湾区2022年老旧小区改造第一标段",
            "year": 2022,
            "compounds": [APPROVED],
        },
    ),
    Step("listTenderPackages", {**WUHAI, "year": 2022}),
    Step("getTenderPackage", {**WUHAI, "package": "HBW-2022-01"}),
    Step("awardTenderPackage", {**WUHAI, "package": "HBW-2022-01"}, AWARD),
    Step("listProjects", {**WUHAI, "district": HAIBOWAN, "year": 2022}),
    Step("listHandovers", {**WUHAI, "year": 2022}),
    Step("listScheduleWarnings", {**WUHAI, "district": HAIBOWAN, "as_of": "2022-06-30"}),
    # Money: a budget drafted and submitted; the district's reviewed; an approved one paid.
    Step("createFunding", FUNDING, LINES),
    Step("getFunding", FUNDING),
    Step(
        "replaceFunding", FUNDING, {"lines": [LINES["lines"][0] | {"party": "乌海市财政局国库科"}]}
    ),
    Step("submitFunding", FUNDING, {"on": "2022-03-01"}),
    Step("reviewFunding", _at(REVIEWED), {**REVIEW, "bureau": "housing", "on": "2022-03-05"}),
    Step(
        "postPayment",
        _at(PAID),
        {
            "line": 1,
            "paid_on": "2022-05-10",
            "payee": "乌海市建筑工程有限责任公司",
            "amount_yuan": "100000.00",
            "purpose": "water_supply",
            "document": "国库集中支付凭证 01",
        },
    ),
    Step("listLedgerEntries", _at(PAID)),
    Step("getLedgerEntry", _at(PAID, number=1)),
    Step(
        "reversePayment",
        _at(PAID),
        {"reverses": 1, "on": "2022-05-12", "reason": "收款账户有误", "document": "冲正凭证 01"},
    ),
    # Paid (by the treasury's date) the day before the budget was in force: flagged, and answered.
    Step(
        "postPayment",
        _at(PAID),
        {
            "line": 1,
            "paid_on": "2022-03-07",
            "payee": "乌海市建筑工程有限责任公司",
            "amount_yuan": "50000.00",
            "purpose": "water_supply",
            "document": "国库集中支付凭证 2022-0307",
        },
    ),
    Step(
        "answerFundingFlag",
        _at(PAID),
        {
            "kind": "before_approval",
            "line": 1,
            "entry": 3,
            "on": "2022-03-20",
            "by": "海勃湾区财政局 李科长",
            "action": "约谈经办人，补办批复手续，责令书面检查",
        },
    ),
    Step("listFundings", {**WUHAI, "district": HAIBOWAN, "year": 2022}),
    Step("listFundingFlags", {**WUHAI, "district": HAIBOWAN, "year": 2022}),
    Step("getFundingReport", {**WUHAI, "year": 2022}),
    Step("exportFundingReportCsv", {**WUHAI, "year": 2022}),
    Step("exportFundingReport", {**WUHAI, "year": 2022}),
    # Aftercare.
    Step(
        "setManagementMode",
        COMPOUND,
        {"mode": "professional", "since": "2022-11-12", "provider": "乌海市物业服务有限公司"},
    ),
    Step(
        "setElevatorMode",
        COMPOUND,
        {"building": "1", "entrance": "1", "mode": "fee_based", "since": "2022-11-12"},
    ),
    Step("createMaintenanceFund", COMPOUND, {"created_on": "2022-12-01"}),
    Step(
        "moveMaintenanceFund",
        COMPOUND,
        {"kind": "top_up", "on": "2022-12-05", "amount_yuan": "50000.00", "reference": "续筹 01"},
    ),
    Step("getAftercare", COMPOUND),
    Step("getManagementCoverage", {**WUHAI, "as_of": "2022-12-31"}),
    Step("exportManagementCoverageCsv", {**WUHAI, "as_of": "2022-12-31"}),
    Step("exportManagementCoverage", {**WUHAI, "as_of": "2022-12-31"}),
    # A satisfaction survey, answered and published.
    Step(
        "createSurvey",
        WUHAI,
        {
            "code": "satisfaction-2022",
            "title": "老旧小区改造满意度调查",
            "opened_on": "2022-11-20",
            "questions": [
                {"code": "overall", "text": "总体满意度", "kind": "rating"},
                {
                    "code": "best",
                    "text": "最满意的内容",
                    "kind": "single_choice",
                    "options": ["供水", "道路"],
                },
            ],
        },
    ),
    Step("listSurveys", WUHAI),
    Step("getSurvey", {**WUHAI, "survey": "satisfaction-2022"}),
    Step(
        "recordSurveyResponse",
        {**WUHAI, "survey": OPEN_SURVEY},
        {
            "compound": CODE,
            "household": "1-1-0101",
            "answered_on": "2022-11-25",
            "answers": [{"question": "overall", "rating": 5}],
        },
    ),
    Step("publishSurvey", {**WUHAI, "survey": "satisfaction-2022"}, {"on": "2022-12-20"}),
    Step("getSurveyResults", {**WUHAI, "survey": "satisfaction-2022", "district": HAIBOWAN}),
    # What the compound's residents are told: plan, budget, funding by source, stage, surveys.
    Step("getCompoundBrief", COMPOUND),
    # Monthly reports and the statistical survey's figures.
    Step(
        "submitMonthlyReport",
        WUHAI,
        {"district": HAIBOWAN, "month": MONTH, "remarks": "管网改造同步推进"},
    ),
    Step("getMonth", {**WUHAI, "month": MONTH}),
    Step("listMonthlyReportVersions", {**WUHAI, "month": MONTH_BEFORE, "district": HAIBOWAN}),
    Step(
        "correctMonthlyReport",
        {**WUHAI, "month": MONTH_BEFORE, "district": HAIBOWAN},
        {"reason": "开工小区数更正", "remarks": "已核实"},
    ),
    Step("exportMonthCsv", {**WUHAI, "month": MONTH}),
    Step("exportMonth", {**WUHAI, "month": MONTH}),
    Step("getSurveyFigures", {**WUHAI, "year": 2022, "as_of": "2022-12-31"}),
    Step("getDeliveredAccount", {**WUHAI, "as_of": "2022-12-31"}),
    Step("getDeliveredCoverage", {**WUHAI, "as_of": "2022-12-31"}),
    Step("exportDeliveredAccountCsv", {**WUHAI, "as_of": "2022-12-31"}),
    Step("exportDeliveredAccount", {**WUHAI, "as_of": "2022-12-31"}),
    # Responsibility contracts, pairings, assessment, demonstrations.
    Step("createContract", WUHAI, {"district": HAIBOWAN, "year": 2022}),
    Step("listContracts", {**WUHAI, "year": 2022}),
    Step("getContract", {**WUHAI, "year": 2022, "district": HAIBOWAN}),
    Step(
        "signContract",
        {**WUHAI, "year": 2022, "district": HAIBOWAN},
        {
            "on": "2022-02-15",
            "signatories": [
                {"party": "city", "name": "张市长", "title": "乌海市人民政府副市长"},
                {"party": "district", "name": "刘区长", "title": "海勃湾区人民政府区长"},
            ],
        },
    ),
    Step("exportContractsCsv", {**WUHAI, "year": 2022}),
    Step("exportContracts", {**WUHAI, "year": 2022}),
    Step(
        "createPairing",
        WUHAI,
        {
            "leader": "乌海市住房和城乡建设局",
            "title": "城建党建联建",
            "district": HAIBOWAN,
            "since": "2022-01-10",
        },
    ),
    Step("listPairings", {**WUHAI, "district": HAIBOWAN}),
    Step("getPairing", {**WUHAI, "pairing": 1}),
    Step("deletePairing", {**WUHAI, "pairing": 1}),
    Step(
        "createAssessment",
        WUHAI,
        {
            "year": 2022,
            "weights": {
                "preparation": "0.25",
                "progress": "0.25",
                "acceptance": "0.25",
                "management": "0.25",
            },
            "pool": {"amount_yuan": "3000000.00"},
            "as_of": "2022-12-31",
        },
    ),
    Step(
        "payReward",
        {**WUHAI, "year": 2022},
        {
            "district": HAIBOWAN,
            "paid_on": "2023-02-10",
            "amount_yuan": "500000.00",
            "document": "乌财建〔2023〕12号",
        },
    ),
    Step(
        "reverseReward",
        {**WUHAI, "year": 2022},
        {
            "reverses": 1,
            "on": "2023-02-12",
            "reason": "拨付金额有误",
            "document": "乌财建〔2023〕15号",
        },
    ),
    Step("listAssessments", WUHAI),
    Step("getAssessment", {**WUHAI, "year": 2022}),
    Step("exportAssessmentCsv", {**WUHAI, "year": 2022}),
    Step("exportAssessment", {**WUHAI, "year": 2022}),
    Step(
        "nominateDemonstration",
        _at(UNDER_WAY),
        {"nominated_on": "2022-12-10", "reasons": ["居民满意度高", "长效管理机制健全"]},
    ),
    Step("getNomination", _at(UNDER_WAY)),
    Step("listDemonstrations", {**WUHAI, "district": HAIBOWAN, "year": 2022}),
    Step("withdrawNomination", _at(UNDER_WAY)),
    # Above the city: the nation, a province added, figures declared and corrected.
    Step("getNation"),
    Step(
        "addProvince",
        body={
            "code": "110000",
            "name": "北京市",
            "cities": [{"code": "110100", "name": "北京市市辖区"}],
        },
    ),
    Step("getRegion", {"code": "110000"}),
    Step("declareFigures", body={"region": BAOTOU, "month": MONTH, "figures": FIGURES}),
    Step("listDeclarationVersions", {"code": BAOTOU, "month": MONTH}),
    Step(
        "correctDeclaration",
        {"code": BAOTOU, "month": MONTH},
        {"figures": FIGURES, "reason": "完工户数更正"},
    ),
    Step("getRegionSurvey", {"code": "150000", "month": MONTH, "span": "year_to_date"}),
    Step("exportRegionSurveyCsv", {"code": "150000", "month": MONTH}),
    Step("exportRegionSurvey", {"code": "150000", "month": MONTH}),
    # The record of every write.
    Step("listAuditEvents", {"resource": f"/v1/programmes/{PROGRAMME}/compounds/{CODE}"}),
    # What changed, as the systems around the programme follow it.
    Step("listEvents", {"type": ["network.handed_over"], "district": HAIBOWAN}),
    Step(
        "createWebhookSubscription",
        body={"url": f"{HOOKS}/water", "types": ["network.handed_over"]},
    ),
    Step("listWebhookSubscriptions", {"page_size": 10}),
    Step("getWebhookSubscription", {"number": 1}),
    Step(
        "replaceWebhookSubscription",
        {"number": 1},
        {**FINANCE_HOOK, "types": [*FINANCE_HOOK["types"], "ledger.reversed"], "enabled": True},
    ),
    Step("rotateWebhookSecret", {"number": 1}),
    Step("replayWebhookEvents", {"number": 1}, {"event": 1}),
    Step("listWebhookAttempts", {"number": 1, "page_size": 20}),
    Step("deleteWebhookSubscription", {"number": 2}),
    # Last, the plan drawn up again (科学编制): asked, read back with its result and its tables,
    # adopted (every compound it moves), withdrawn.
    Step(
        "createPlanProposal",
        WUHAI,
        # A what-if: the story's new compounds are more than the published budgets carry.
        {
            "time_limit_seconds": 10,
            "weights": {"urgent": 4, "high": 2, "normal": 1},
            "budget_factor": "1.5",
        },
    ),
    Step("getPlanProposal", {**WUHAI, "number": 1}),
    # A second, weighing urgent work twice as much again and pricing each street's years of
    # works (连片改造), set beside the first.
    Step(
        "createPlanProposal",
        WUHAI,
        {
            "time_limit_seconds": 10,
            "weights": {"urgent": 8, "high": 2, "normal": 1, "street_year": "0.01"},
            "budget_factor": "1.5",
        },
    ),
    Step("comparePlanProposals", {**WUHAI, "number": 1, "other": 2}),
    Step("exportPlanProposal", {**WUHAI, "number": 1}),
    Step("exportPlanProposalCsv", {**WUHAI, "number": 1}),
    Step("adoptPlanProposal", {**WUHAI, "number": 1}, {}),
    Step("deletePlanProposal", {**WUHAI, "number": 2}),
]


def by_operation() -> dict[str, list[Step]]:
    """The steps of each operation, in the order the story first takes them."""
    found: dict[str, list[Step]] = {}
    for step in STEPS:
        found.setdefault(step.operation, []).append(step)
    return found
