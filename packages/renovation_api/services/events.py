"""Domain events: what a committed write tells the systems around the programme.

Every write already leaves its audit record (action, resource, before and after as the API
shows them), in its own transaction; the unit of work derives the write's events from that
record here and appends them to the feed in the same transaction (a transactional outbox), so
there is no event for a rolled-back write and no write without its event. The catalogue below is
the one list of event types: each names the resource it tells of, the permission that resource
is read with (a reader sees an event only where it could read the resource), and the fields of
the resource its small payload carries. A write to anything the catalogue does not name (an API
key) is an administrative act, not a domain event: it is in the audit log only.
"""

import re
from collections.abc import Mapping
from typing import Any

import attrs

import renovation_core as core
from renovation_api.services import scope
from renovation_api.services.unit_of_work import (
    Action,
    Draft,
    FeedFilter,
    FeedPage,
    Place,
    UnitOfWork,
)
from renovation_core.register.regions import Level, level_of

Shown = Mapping[str, Any]
P = core.Permission


@attrs.frozen(kw_only=True)
class Kind:
    """A kind of resource the feed tells of: its address, the permission its events are read
    with, its event type per audited action, and the fields its payload carries."""

    name: str
    address: re.Pattern[str]
    permission: core.Permission
    types: Mapping[Action, str]
    fields: tuple[str, ...]
    description: str


_P = r"^/v1/programmes/(?P<programme>[^/]+)"
_C = _P + r"/compounds/(?P<compound>[^/]+)"


def _kind(
    name: str,
    address: str,
    permission: core.Permission,
    types: Mapping[Action, str],
    fields: tuple[str, ...],
    description: str,
) -> Kind:
    return Kind(
        name=name,
        address=re.compile(address + "$"),
        permission=permission,
        types=types,
        fields=fields,
        description=description,
    )


KINDS: tuple[Kind, ...] = (
    _kind(
        "programme",
        _P,
        P.READ_PUBLISHED,
        {"create": "programme.loaded"},
        ("code", "name", "start_year", "end_year"),
        "a programme loaded with its register, plans and targets",
    ),
    _kind(
        "compound",
        _C,
        P.READ_REGISTER,
        {"create": "compound.created", "replace": "compound.changed", "delete": "compound.deleted"},
        ("code", "district", "street", "eligibility", "priority"),
        "a compound entered in, changed in or removed from the register",
    ),
    _kind(
        "plan",
        _C + r"/plan",
        P.READ_REGISTER,
        {"create": "plan.created", "replace": "plan.changed", "delete": "plan.deleted"},
        ("compound", "year", "investment_yuan", "categories"),
        "a compound's renovation plan made, changed or withdrawn",
    ),
    _kind(
        "project",
        _C + r"/projects/(?P<year>[0-9]+)",
        P.READ_REGISTER,
        {
            "create": "project.created",
            "replace": "project.changed",
            "transition": "project.stage_changed",
            "supply": "project.documents_supplied",
            "assign": "project.units_assigned",
            "join": "project.packaged",
            "inspect": "project.inspected",
            "report-hazard": "project.hazard_reported",
            "close-hazard": "project.hazard_closed",
            "supply-material": "project.material_supplied",
            "report-event": "project.major_event_reported",
            "close-event": "project.major_event_closed",
            "accept": "project.accepted",
            "hand-over": "network.handed_over",
        },
        ("compound", "year", "stage"),
        "a project's delivery: stages, units, inspections, hazards, materials, major events, "
        "acceptance, handovers",
    ),
    _kind(
        "tender_package",
        _P + r"/tender-packages/(?P<package>[^/]+)",
        P.READ_REGISTER,
        {"create": "tender_package.created", "award": "tender_package.awarded"},
        ("code", "year", "compounds"),
        "a tender package of several compounds, and its award",
    ),
    _kind(
        "funding",
        _C + r"/funding",
        P.READ_FUNDING,
        {
            "create": "funding.drafted",
            "replace": "funding.changed",
            "delete": "funding.deleted",
            "submit": "funding.submitted",
            "review": "funding.reviewed",
            "respond": "funding.flag_answered",
        },
        ("compound", "year", "status", "total_yuan"),
        "a compound's funding plan drafted, submitted and reviewed, and its flags answered",
    ),
    _kind(
        "ledger_entry",
        _C + r"/funding/ledger/(?P<number>[0-9]+)",
        P.READ_FUNDING,
        {"pay": "ledger.paid", "reverse": "ledger.reversed"},
        ("number", "line", "source", "amount_yuan", "signed_yuan", "paid_on", "reverses"),
        "a payment posted to a compound's ledger, or its reversal",
    ),
    _kind(
        "households",
        _C + r"/households",
        P.READ_REGISTER,
        {"create": "households.registered", "replace": "households.changed"},
        ("compound", "households", "owners"),
        "a compound's register of households",
    ),
    _kind(
        "committee",
        _C + r"/committee",
        P.READ_REGISTER,
        {"create": "committee.formed", "replace": "committee.changed"},
        ("compound", "formed_on"),
        "a compound's residents' committee",
    ),
    _kind(
        "consent_vote",
        _C + r"/consent-votes/(?P<number>[0-9]+)",
        P.READ_REGISTER,
        {"create": "vote.opened", "vote": "vote.cast", "close": "vote.closed"},
        ("compound", "number", "matter", "passed", "failed", "closed_on"),
        "a residents' consent vote opened, a ballot cast, the vote closed",
    ),
    _kind(
        "menu",
        _C + r"/menu",
        P.READ_REGISTER,
        {
            "create": "menu.opened",
            "order": "menu.ordered",
            "close": "menu.closed",
            "confirm": "menu.confirmed",
        },
        ("compound", "opened_on", "closed_on", "confirmed_on"),
        "a compound's menu of works: opened, ordered from, closed and confirmed",
    ),
    _kind(
        "aftercare",
        _C + r"/aftercare",
        P.READ_REGISTER,
        {"create": "aftercare.recorded", "replace": "aftercare.changed"},
        ("compound", "management"),
        "a compound's long-term management after renovation",
    ),
    _kind(
        "nomination",
        _C + r"/nomination",
        P.READ_REGISTER,
        {"create": "nomination.made", "delete": "nomination.withdrawn"},
        ("compound", "year"),
        "a compound nominated as a demonstration, or the nomination withdrawn",
    ),
    _kind(
        "survey",
        _P + r"/surveys/(?P<survey>[^/]+)",
        P.READ_REGISTER,
        {"create": "survey.opened", "publish": "survey.published"},
        ("code", "opened_on", "published_on"),
        "a residents' survey opened, or its results published",
    ),
    _kind(
        "survey_response",
        _P + r"/surveys/(?P<survey>[^/]+)/responses",
        P.READ_REGISTER,
        {"respond": "survey.answered"},
        ("survey", "compound", "answered_on"),
        "a household's answers to a survey",
    ),
    _kind(
        "contract",
        _P + r"/contracts/(?P<year>[0-9]+)/(?P<district>[0-9]+)",
        P.READ_REGISTER,
        {"create": "contract.signed", "replace": "contract.changed"},
        ("year", "district", "signed_on"),
        "a district's responsibility contract for a year",
    ),
    _kind(
        "monthly_report",
        _P + r"/monthly-reports/(?P<month>[0-9-]+)/(?P<district>[0-9]+)",
        P.READ_REGISTER,
        {"submit": "monthly_report.submitted", "correct": "monthly_report.corrected"},
        ("month", "district", "version", "reason"),
        "a district's monthly progress report submitted, or corrected as a new version",
    ),
    _kind(
        "pairing",
        _P + r"/pairings/(?P<number>[0-9]+)",
        P.READ_REGISTER,
        {"create": "pairing.created", "delete": "pairing.ended"},
        ("id", "district", "leader"),
        "a leader paired with compounds (包联)",
    ),
    _kind(
        "assessment",
        _P + r"/assessments/(?P<year>[0-9]+)",
        P.READ_REGISTER,
        {
            "create": "assessment.made",
            "pay": "assessment.reward_paid",
            "reverse": "assessment.reward_reversed",
        },
        ("year", "assessed_on"),
        "the year's assessment of the districts, and its rewards paid (以奖代补)",
    ),
    _kind(
        "import",
        _P + r"/imports(/(?P<number>[0-9]+))?",
        P.READ_REGISTER,
        {"import": "import.finished"},
        ("rows", "inserted", "updated", "unchanged", "rejected", "plans_added"),
        "a spreadsheet of compounds imported: what it wrote (one event for the whole file)",
    ),
    _kind(
        "region",
        r"^/v1/regions/(?P<region>[0-9]+)",
        P.READ_PUBLISHED,
        {"create": "region.created"},
        ("code", "level", "name", "parent"),
        "a province and its cities and districts entered",
    ),
    _kind(
        "declaration",
        r"^/v1/regions/(?P<region>[0-9]+)/declarations/(?P<month>[0-9-]+)",
        P.READ_STATISTICS,
        {"submit": "declaration.submitted", "correct": "declaration.corrected"},
        ("region", "month", "version", "reason"),
        "a region's own survey figures declared, or corrected as a new version",
    ),
)

# A review that decides the budget is told as the decision, which is what finance waits for.
_DECIDED = {"approved": "funding.approved", "returned": "funding.returned"}
HANDED_OVER = "network.handed_over"

TYPES: dict[str, Kind] = {t: kind for kind in KINDS for t in kind.types.values()} | {
    t: next(k for k in KINDS if k.name == "funding") for t in _DECIDED.values()
}
# Each type's zh-CN label, as the vocabularies show every code.
LABELS: dict[str, str] = {
    "programme.loaded": "改造计划导入",
    "compound.created": "小区登记",
    "compound.changed": "小区信息变更",
    "compound.deleted": "小区注销",
    "plan.created": "改造方案编制",
    "plan.changed": "改造方案调整",
    "plan.deleted": "改造方案撤销",
    "project.created": "项目立项",
    "project.changed": "项目信息变更",
    "project.stage_changed": "项目阶段变更",
    "project.documents_supplied": "项目手续办理",
    "project.units_assigned": "参建单位确定",
    "project.packaged": "项目纳入标段",
    "project.inspected": "质量安全检查",
    "project.hazard_reported": "安全隐患上报",
    "project.hazard_closed": "安全隐患整改销号",
    "project.material_supplied": "材料进场验收",
    "project.major_event_reported": "重大建设信息报送",
    "project.major_event_closed": "重大建设信息处置完毕",
    "project.accepted": "联合竣工验收",
    "network.handed_over": "专营设施移交",
    "tender_package.created": "标段组建",
    "tender_package.awarded": "标段定标",
    "funding.drafted": "资金方案编制",
    "funding.changed": "资金方案调整",
    "funding.deleted": "资金方案撤销",
    "funding.submitted": "资金方案报审",
    "funding.reviewed": "资金方案审核",
    "funding.flag_answered": "资金监管问题处理（追究责任）",
    "funding.approved": "资金方案批复",
    "funding.returned": "资金方案退回",
    "ledger.paid": "资金拨付",
    "ledger.reversed": "拨付冲销",
    "households.registered": "住户登记",
    "households.changed": "住户信息变更",
    "committee.formed": "改造委员会成立",
    "committee.changed": "改造委员会变更",
    "vote.opened": "居民表决发起",
    "vote.cast": "居民投票",
    "vote.closed": "居民表决结束",
    "menu.opened": "改造菜单发布",
    "menu.ordered": "居民点单",
    "menu.closed": "点单截止",
    "menu.confirmed": "改造内容确认",
    "aftercare.recorded": "长效管理确定",
    "aftercare.changed": "长效管理变更",
    "nomination.made": "示范小区推荐",
    "nomination.withdrawn": "示范推荐撤回",
    "survey.opened": "居民问卷发布",
    "survey.answered": "居民问卷作答",
    "survey.published": "问卷结果公布",
    "contract.signed": "责任书签订",
    "contract.changed": "责任书变更",
    "monthly_report.submitted": "月报报送",
    "monthly_report.corrected": "月报更正",
    "pairing.created": "包联建立",
    "pairing.ended": "包联结束",
    "assessment.made": "年度考核",
    "assessment.reward_paid": "以奖代补资金拨付",
    "assessment.reward_reversed": "以奖代补拨付冲销",
    "import.finished": "批量导入完成",
    "region.created": "行政区划录入",
    "declaration.submitted": "统计数据填报",
    "declaration.corrected": "统计数据更正",
}
# A handover is read by the operator it is handed to, which reads nothing else of a project.
PERMISSIONS: dict[str, core.Permission] = {t: kind.permission for t, kind in TYPES.items()} | {
    HANDED_OVER: P.READ_HANDOVERS
}


def kind_of(resource: str) -> tuple[Kind, dict[str, str]] | None:
    for kind in KINDS:
        found = kind.address.match(resource)
        if found:
            return kind, found.groupdict()
    return None


def _changed(before: Shown | None, after: Shown | None) -> list[str]:
    """The resource's fields this write changed (all of them for a create or a delete)."""
    old, new = before or {}, after or {}
    return sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))


def _handovers(before: Shown | None, after: Shown) -> list[dict[str, Any]]:
    """The handovers this write added to a project."""
    known = (before or {}).get("handovers") or []
    return [h for h in after.get("handovers") or [] if h not in known]


def _district(parts: Mapping[str, str], shown: Shown) -> str | None:
    """The district an event belongs to: its resource's, or the region declared if that is
    a district (whose officer declares it)."""
    region = parts.get("region")
    if region is not None:
        return region if level_of(region) is Level.DISTRICT else None
    return parts.get("district") or shown.get("district")


def drafts(
    action: Action,
    resource: str,
    before: Shown | None,
    after: Shown | None,
    place: Place | None = None,
) -> list[Draft]:
    """The events of one audited write (none for a resource the catalogue does not name)."""
    found = kind_of(resource)
    if found is None or action not in found[0].types:
        return []
    kind, parts = found
    shown = after if after is not None else before or {}
    data: dict[str, Any] = {f: shown.get(f) for f in kind.fields}
    data["changed"] = _changed(before, after)
    base = Draft(
        type=kind.types[action],
        resource=resource,
        programme=parts.get("programme"),
        compound=parts.get("compound") or shown.get("compound"),
        compounds=tuple(c for c in shown.get("compounds") or () if isinstance(c, str)),
        region=parts.get("region"),
        # As the resource now shows it (a compound moved to another district is told there),
        # else where its compound lies.
        district=_district(parts, shown) or (place.district if place else None),
        street=shown.get("street") or (place.street if place else None),
        data=data,
    )
    if base.type == "project.stage_changed":
        data["previous_stage"] = (before or {}).get("stage")
    if base.type == "funding.reviewed" and before and shown.get("status") != before.get("status"):
        base = attrs.evolve(base, type=_DECIDED.get(str(shown.get("status")), base.type))
    if base.type == HANDED_OVER and after is not None:
        return [
            attrs.evolve(
                base, operator=h.get("operator"), data={**data, "handover": h, "changed": []}
            )
            for h in _handovers(before, after)
        ]
    return [base]


# Reading the feed -------------------------------------------------------------------------


def readable(by: core.Principal) -> frozenset[str]:
    """The event types a caller may read at all: those of resources its role reads."""
    return frozenset(t for t, permission in PERMISSIONS.items() if by.may(permission))


def published() -> frozenset[str]:
    """The types of published figures' events: read by anyone within the region, wherever
    in it they happened."""
    return frozenset(t for t, permission in PERMISSIONS.items() if permission is P.READ_PUBLISHED)


async def feed(
    uow: UnitOfWork, where: FeedFilter, after: tuple[int, int] | None, limit: int
) -> FeedPage:
    """A page of the events the caller may read, in feed order, after a position."""
    if where.programme is not None:
        await scope.programme(uow, where.programme)
    return await uow.events.page(where, uow.by, readable(uow.by), after, limit)


async def expired(uow: UnitOfWork, after: tuple[int, int]) -> bool:
    """Whether events after a cursor's position may have gone with the feed's retention."""
    through = await uow.events.pruned_through()
    return through is not None and after < through


def describe() -> list[tuple[str, str, core.Permission, str]]:
    """Each type, its label, the permission it is read with, and what it tells: the list
    documented (in the vocabularies and the README)."""
    return sorted((t, LABELS[t], PERMISSIONS[t], TYPES[t].description) for t in TYPES)
