"""A project as an Open Contracting for Infrastructure Data Standard (OC4IDS 0.9.5) record.

Audit and transparency systems read infrastructure projects in OC4IDS; this maps ours onto it:
identification, status on the OC4IDS codelist, budget, parties with their roles, contracting
processes and completion. Amounts stay exact decimals (the encoder writes them as JSON numbers);
dates become date-times at the start of the day in China Standard Time.
"""

import datetime
from decimal import Decimal
from typing import Any

from renovation_core.calendar import CHINA_STANDARD_TIME
from renovation_core.delivery.participants import Organisation, UnitRole
from renovation_core.delivery.project import Project
from renovation_core.delivery.stages import Stage
from renovation_core.delivery.tender import ProcurementMethod, TenderPackage
from renovation_core.register.compound import Compound
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.programme import Programme

VERSION = "0.9.5"

STATUS = {
    Stage.PLANNED: "identification",
    Stage.CONSULTING: "identification",
    Stage.DESIGNING: "preparation",
    Stage.APPROVED: "preparation",
    Stage.TENDERED: "preparation",
    Stage.UNDER_CONSTRUCTION: "implementation",
    Stage.COMPLETED: "completion",
    Stage.ACCEPTED: "completion",
    Stage.FILED: "completion",
    Stage.HANDED_OVER: "completion",
    Stage.IN_MANAGEMENT: "maintenance",
    Stage.CANCELLED: "cancelled",
}
METHOD = {
    ProcurementMethod.OPEN: "open",
    ProcurementMethod.INVITED: "selective",
    ProcurementMethod.NEGOTIATED: "limited",
    ProcurementMethod.DIRECT: "direct",
}
# The contractNature codelist: design, construction, supervision.
_NATURE = {
    UnitRole.SURVEY: "design",
    UnitRole.DESIGN: "design",
    UnitRole.CONSTRUCTION: "construction",
    UnitRole.SUPERVISION: "supervision",
    UnitRole.TESTING: "supervision",
}


def _instant(day: datetime.date) -> str:
    return datetime.datetime.combine(day, datetime.time(), CHINA_STANDARD_TIME).isoformat()


def _value(amount: Decimal) -> dict[str, Any]:
    return {"amount": amount, "currency": "CNY"}


class _Parties:
    """The parties array: one entry per organisation, with every role it plays."""

    def __init__(self) -> None:
        self._entries: dict[str, dict[str, Any]] = {}

    def add(self, organisation: Organisation | str, role: str) -> dict[str, str]:
        """A reference to the organisation, entered with ``role``."""
        name = organisation if isinstance(organisation, str) else organisation.name
        credit = None if isinstance(organisation, str) else organisation.credit_code
        key = credit or name
        entry = self._entries.get(key)
        if entry is None:
            entry = {"id": credit or f"name-{len(self._entries) + 1}", "name": name, "roles": []}
            self._entries[key] = entry
        if role not in entry["roles"]:
            entry["roles"].append(role)
        return {"id": entry["id"], "name": name}

    def all(self) -> list[dict[str, Any]]:
        return list(self._entries.values())


def project_id(programme: Programme, project: Project) -> str:
    return f"{programme.code}-{project.compound}-{project.year}"


def oc4ids_project(
    programme: Programme,
    compound: Compound,
    plan: RenovationPlan,
    project: Project,
    package: TenderPackage | None,
) -> dict[str, Any]:
    """The OC4IDS project record of ``project``."""
    identifier = project_id(programme, project)
    parties = _Parties()
    authority = parties.add(project.client, "publicAuthority")
    district = next(d for d in programme.districts if d.code == compound.district)
    catalogue = programme.catalogue
    record: dict[str, Any] = {
        "id": identifier,
        "updated": _instant(project.history[-1].on),
        "language": "zh",
        "identifiers": [{"id": identifier, "scheme": "renovation"}],
        "publicAuthority": authority,
        "title": f"{compound.name}老旧小区改造（{project.year}年）",
        "description": "改造内容：" + "、".join(catalogue.item(i).label for i in plan.items),
        "status": STATUS[project.effective_stage],
        "type": "rehabilitation",
        "sector": ["socialHousing"],
        "budget": {"amount": _value(project.budget_yuan)},
        "period": {
            "startDate": _instant(datetime.date(project.year, 1, 1)),
            "endDate": _instant(datetime.date(project.year, 12, 31)),
        },
        "locations": [
            {
                "id": compound.code,
                "description": compound.name,
                "address": {
                    "region": programme.city.name,
                    "locality": district.name,
                    "countryName": "中国",
                },
            }
        ],
    }
    processes = []
    if package is not None:
        process: dict[str, Any] = {
            "nature": ["construction"],
            "title": package.name,
            "status": "pre-award",
            "tender": {"procuringEntity": authority},
        }
        if package.award is not None:
            award = package.award
            process |= {
                "status": "closed"
                if project.reached(Stage.COMPLETED) or project.stage is Stage.CANCELLED
                else "active",
                "suppliers": [parties.add(award.contractor.organisation, "supplier")],
                "contractValue": _value(award.contract_value_yuan),
            }
            process["tender"]["procurementMethod"] = METHOD[award.method]
        processes.append({"id": package.code, "summary": process})
    for role in UnitRole:
        assigned = project.unit(role)
        if assigned is None or (role is UnitRole.CONSTRUCTION and package is not None):
            continue
        supplier = parties.add(assigned.unit.organisation, "supplier")
        processes.append(
            {
                "id": f"{identifier}-{role.code}",
                "summary": {
                    "nature": [_NATURE[role]],
                    "title": f"{role.label}：{assigned.unit.organisation.name}",
                    "suppliers": [supplier],
                },
            }
        )
    if processes:
        record["contractingProcesses"] = processes
    for handover in project.handovers:
        parties.add(handover.operator, "interestedParty")
    record["parties"] = parties.all()
    started = project.reached(Stage.UNDER_CONSTRUCTION)
    completed = project.reached(Stage.COMPLETED)
    if started is not None:
        record["implementationPeriod"] = {"startDate": _instant(started.on)} | (
            {"endDate": _instant(completed.on)} if completed else {}
        )
    if completed is not None:
        record["completion"] = {
            "endDate": _instant(completed.on),
            "finalScope": record["description"],
        }
    return record
