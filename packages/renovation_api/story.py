"""The contract's worked example: one walk through the Wuhai programme, operation by operation.

Every parameter and body in ``specs/openapi.json`` takes its example from here, and the paths are
listed in this order, so that a reader (or a contract tool that sends each example in turn, as
schemathesis does) on a fresh ``renovation serve`` with the city administrator's key succeeds:
each step rests on those before it (a compound is created before it is planned, a project
before its stage moves, a funding plan before its review). ``tests/api/test_story.py`` walks it.
"""

import json
from typing import Any

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

ALONE = ("consulting", "designing", "approved")  # the stages one caller reaches in order
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


def _unit(role: str, name: str, credit_code: str) -> dict[str, Any]:
    return {
        "organisation": {"name": name, "credit_code": credit_code},
        "qualification": {
            "certificate": f"{role.upper()}-2020-001",
            "covers": role,
            "grade": "甲级",
            "valid_from": "2020-01-01",
            "valid_until": "2026-12-31",
        },
    }


HOUSEHOLDS = [
    {"building": "1", "entrance": "1", "unit": f"0{n}01", "floor_area_m2": "72.50"}
    for n in range(1, 7)
]
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


@attrs.frozen
class Step:
    """One request: the operation, its parameters by name (path and query alike) and its body.

    ``alone`` is False where one caller walking the contract in order cannot take the step: a
    budget is reviewed by someone other than its submitter, and a project is tendered only once
    its package is awarded, which needs its design approved first (the stages move through one
    operation, so its examples run together)."""

    operation: str
    parameters: dict[str, Any] = attrs.field(factory=dict)
    body: Any = None
    alone: bool = True


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
    # Residents: households, their committee, a vote, the menu and its orders.
    Step("replaceHouseholds", COMPOUND, {"households": HOUSEHOLDS}),
    Step("getHouseholds", COMPOUND),
    Step(
        "replaceCommittee",
        COMPOUND,
        {
            "formed_on": "2021-11-10",
            "members": [
                {"household": "1-1-0101", "role": "chair"},
                {"household": "1-1-0201", "role": "vice_chair"},
                {"household": "1-1-0301", "role": "member"},
            ],
        },
    ),
    Step("getCommittee", COMPOUND),
    Step(
        "openConsentVote",
        COMPOUND,
        {"matter": "rebuild", "building": "1", "entrance": "1", "opened_on": "2021-11-12"},
    ),
    Step("listConsentVotes", COMPOUND),
    Step("getConsentVote", {**COMPOUND, "number": 1}),
    Step(
        "castBallot",
        {**COMPOUND, "number": 1},
        {"household": "1-1-0101", "choice": "for", "cast_on": "2021-11-13"},
    ),
    Step("closeConsentVote", {**COMPOUND, "number": 1}, {"on": "2021-11-15"}),
    Step(
        "openMenu",
        COMPOUND,
        {
            "opened_on": "2021-11-12",
            "offered": [
                {"code": code}
                for code in (
                    "water_supply",
                    "drainage",
                    "mobile_coverage",
                    "common_parts_repair",
                    "elderly_care",
                )
            ],
        },
    ),
    Step("getMenu", COMPOUND),
    Step(
        "placeOrder",
        {**COMPOUND, "household": "1-1-0101"},
        {
            "items": ["water_supply", "drainage", "mobile_coverage", "common_parts_repair"],
            "placed_on": "2021-11-14",
        },
    ),
    Step("closeMenu", COMPOUND, {"on": "2021-11-16"}),
    Step("confirmMenu", COMPOUND, {"on": "2021-11-17"}),
    # Its project, from planned to in management.
    Step(
        "createProject",
        COMPOUND,
        {"client": CLIENT, "profile": PROFILE, "planned_on": "2021-11-01"},
    ),
    Step("getProject", PROJECT),
    Step("getProjectOc4ids", PROJECT),
    Step("reviseProject", PROJECT, {"client": CLIENT, "profile": PROFILE}),
    *(
        Step(
            "supplyProjectDocument",
            PROJECT,
            {"kind": kind, "reference": f"乌海建审〔2021〕{n}号", "issued_on": "2021-12-10"},
        )
        for n, kind in enumerate(
            ("existing_land_documents", "design_approval", "commitment_notice"), start=31
        )
    ),
    *(
        Step(
            "assignProjectUnit", PROJECT, {"role": role, "unit": unit, "assigned_on": "2021-11-20"}
        )
        for role, unit in (
            ("design", _unit("design", "乌海市建筑设计院", "91150300MA0N00001D")),
            ("construction", _unit("construction", "乌海市城市建设投资集团", "91150300MA0N00002G")),
            ("supervision", _unit("supervision", "内蒙古工程监理公司", "91150300MA0N00003K")),
        )
    ),
    *(
        Step("advanceProject", PROJECT, {"to": stage, "on": on}, alone=stage in ALONE)
        for stage, on in (
            ("consulting", "2021-11-05"),
            ("designing", "2021-11-20"),
            ("approved", "2021-12-15"),
            ("tendered", "2021-12-28"),
            ("under_construction", "2022-04-06"),
        )
    ),
    Step(
        "recordProjectInspection",
        PROJECT,
        {"on": "2022-05-10", "inspector": "市质监站 刘工", "findings": "管沟回填分层夯实不足"},
        alone=False,
    ),
    Step(
        "reportProjectHazard",
        PROJECT,
        {
            "found_on": "2022-05-10",
            "description": "管沟开挖未设置临边防护",
            "level": "major",
            "deadline": "2022-05-20",
        },
        alone=False,
    ),
    Step(
        "closeProjectHazard",
        {**PROJECT, "number": 1},
        {"on": "2022-05-18", "by": "赵监理", "evidence": ["整改回复单 2022-041"]},
        alone=False,
    ),
    Step(
        "recordProjectAcceptance",
        PROJECT,
        {
            "held_on": "2022-10-15",
            "passed": True,
            "attendees": [
                {"role": "client", "name": "王主任", "organisation": "海勃湾区住房和城乡建设局"},
                {"role": "contractor", "name": "李经理", "organisation": "乌海市城市建设投资集团"},
                {"role": "supervisor", "name": "赵监理", "organisation": "内蒙古工程监理公司"},
            ],
        },
        alone=False,
    ),
    Step(
        "recordProjectHandover",
        PROJECT,
        {
            "network": "water",
            "operator": OPERATORS["water"],
            "on": "2022-11-05",
            "documents": ["移交清单"],
        },
        alone=False,
    ),
    Step(
        "createTenderPackage",
        WUHAI,
        {
            "code": "HBW-2022-01",
            "name": "海勃湾区2022年老旧小区改造第一标段",
            "year": 2022,
            "compounds": [CODE],
        },
    ),
    Step("listTenderPackages", {**WUHAI, "year": 2022}),
    Step("getTenderPackage", {**WUHAI, "package": "HBW-2022-01"}),
    Step(
        "awardTenderPackage",
        {**WUHAI, "package": "HBW-2022-01"},
        {
            "contractor": _unit("construction", "乌海市城市建设投资集团", "91150300MA0N00002G"),
            "method": "open",
            "awarded_on": "2021-12-25",
            "contract_value_yuan": "5800000.00",
        },
    ),
    Step("listProjects", {**WUHAI, "district": HAIBOWAN, "year": 2022}),
    Step("listHandovers", {**WUHAI, "year": 2022}),
    Step("listScheduleWarnings", {**WUHAI, "district": HAIBOWAN, "as_of": "2022-06-30"}),
    # Its money: a funding plan, reviewed by both bureaus, paid and a payment reversed.
    Step("createFunding", FUNDING, LINES),
    Step("getFunding", FUNDING),
    Step("replaceFunding", FUNDING, LINES),
    Step("submitFunding", FUNDING, {"on": "2022-03-01"}),
    Step(
        "reviewFunding",
        FUNDING,
        {"round": 1, "bureau": "housing", "verdict": "approved", "on": "2022-03-05"},
        alone=False,
    ),
    Step(
        "reviewFunding",
        FUNDING,
        {"round": 1, "bureau": "finance", "verdict": "approved", "on": "2022-03-08"},
        alone=False,
    ),
    Step(
        "postPayment",
        FUNDING,
        {
            "line": 1,
            "paid_on": "2022-05-10",
            "payee": "乌海市建筑工程有限责任公司",
            "amount_yuan": "100000.00",
            "purpose": "water_supply",
            "document": "国库集中支付凭证 01",
        },
        alone=False,
    ),
    Step("listLedgerEntries", FUNDING),
    Step("getLedgerEntry", {**FUNDING, "number": 1}, alone=False),
    Step(
        "reversePayment",
        FUNDING,
        {"reverses": 1, "on": "2022-05-12", "reason": "收款账户有误", "document": "冲正凭证 01"},
        alone=False,
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
        {**WUHAI, "survey": "satisfaction-2022"},
        {
            "compound": CODE,
            "household": "1-1-0101",
            "answered_on": "2022-11-25",
            "answers": [
                {"question": "overall", "rating": 5},
                {"question": "best", "choices": ["供水"]},
            ],
        },
    ),
    Step("publishSurvey", {**WUHAI, "survey": "satisfaction-2022"}, {"on": "2022-12-20"}),
    Step("getSurveyResults", {**WUHAI, "survey": "satisfaction-2022", "district": HAIBOWAN}),
    # Monthly reports and the statistical survey's figures.
    Step(
        "submitMonthlyReport",
        WUHAI,
        {"district": HAIBOWAN, "month": MONTH, "remarks": "管网改造同步推进"},
    ),
    Step("getMonth", {**WUHAI, "month": MONTH}),
    Step("listMonthlyReportVersions", {**WUHAI, "month": MONTH, "district": HAIBOWAN}),
    Step(
        "correctMonthlyReport",
        {**WUHAI, "month": MONTH, "district": HAIBOWAN},
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
    Step("listAssessments", WUHAI),
    Step("getAssessment", {**WUHAI, "year": 2022}),
    Step("exportAssessmentCsv", {**WUHAI, "year": 2022}),
    Step("exportAssessment", {**WUHAI, "year": 2022}),
    Step(
        "nominateDemonstration",
        COMPOUND,
        {"nominated_on": "2022-12-10", "reasons": ["居民满意度高", "长效管理机制健全"]},
        alone=False,
    ),
    Step("getNomination", COMPOUND, alone=False),
    Step("listDemonstrations", {**WUHAI, "district": HAIBOWAN, "year": 2022}),
    Step("withdrawNomination", COMPOUND, alone=False),
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
]


def by_operation() -> dict[str, list[Step]]:
    """The steps of each operation, in the order the story first takes them."""
    found: dict[str, list[Step]] = {}
    for step in STEPS:
        found.setdefault(step.operation, []).append(step)
    return found
