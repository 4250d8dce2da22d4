"""Domain objects ↔ table rows, explicitly, in both directions.

Every figure the core computes for a row (eligibility, urgency) is the core's verdict, judged
when the row is written (``Registered.judged``), so the cached columns can never disagree with
the rules, and read back as stored.
"""

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import renovation_core as core
from renovation_api.fields import maybe, text
from renovation_api.services.unit_of_work import Registered
from renovation_core.converter import structure, unstructure
from renovation_core.register.catalogue import Catalogue

Row = Mapping[Any, Any]


def to_hundredths(value: Decimal) -> int:
    """Exact, or an error: the core allows at most two decimal places for money and areas."""
    scaled = value.scaleb(2)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{value} has more than two decimal places")
    return int(scaled)


def from_hundredths(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)


# A compound's columns that the API names otherwise, or nests under its condition.
_RENAMED = {"district_code": "district", "street_code": "street", "community_code": "community"}
_CONDITION = ("infrastructure", "management", "safety", "assessed_on")


def compound_fields(columns: Mapping[str, Any]) -> dict[str, Any]:
    """Some of a compound's columns (an import's change) with the API's names and units."""
    fields: dict[str, Any] = {}
    for name, value in columns.items():
        if name in _CONDITION:
            fields.setdefault("condition", {})[name] = value
        elif name == "floor_area_centi":
            fields["floor_area_m2"] = None if value is None else text(from_hundredths(value))
        else:
            fields[_RENAMED.get(name, name)] = value
    return fields


def programme_values(
    programme: core.Programme, provenance: core.Provenance | None, policy: core.Policy
) -> dict[str, Any]:
    total = programme.total_target or core.ProgrammeTotal()
    return {
        "code": programme.code,
        "name": programme.name,
        "city_code": programme.city.code,
        "city_name": programme.city.name,
        "city_name_en": programme.city.name_en,
        "published_on": programme.published_on,
        "start_year": programme.start_year,
        "end_year": programme.end_year,
        "eligibility_cutoff_year": programme.eligibility_cutoff_year,
        "first_year_cutoff_year": programme.first_year_cutoff_year,
        "partial_annual_rows": programme.partial_annual_rows,
        "total_compounds": total.compounds,
        "total_buildings": total.buildings,
        "total_floor_area_centi": maybe(to_hundredths, total.floor_area_m2),
        "total_households": total.households,
        "total_investment_fen": maybe(to_hundredths, total.investment_yuan),
        "provenance_source": provenance.source if provenance else None,
        "provenance_synthetic": provenance.synthetic if provenance else None,
        "provenance_note": provenance.note if provenance else None,
        "policy": unstructure(policy),
    }


def programme_children(
    programme: core.Programme, programme_id: int
) -> dict[str, list[dict[str, Any]]]:
    """Rows of the programme's child tables, keyed by table name, positions preserved."""
    base = {"programme_id": programme_id}
    return {
        "districts": [
            base | {"position": i, "code": d.code, "name": d.name, "name_en": d.name_en}
            for i, d in enumerate(programme.districts)
        ],
        "streets": [
            base | {"position": i, "district_code": d.code, "code": s.code, "name": s.name}
            for d in programme.districts
            for i, s in enumerate(d.streets)
        ],
        "communities": [
            base | {"position": i, "street_code": s.code, "code": c.code, "name": c.name}
            for d in programme.districts
            for s in d.streets
            for i, c in enumerate(s.communities)
        ],
        "catalogue_items": [
            base
            | {
                "position": i,
                "code": item.code,
                "category": item.category.code,
                "label": item.label,
                "label_en": item.label_en,
            }
            for i, item in enumerate(programme.catalogue)
        ],
        "annual_targets": [
            base
            | {
                "position": i,
                "year": t.year,
                "district_code": t.district,
                "compounds": t.figures.compounds,
                "buildings": t.figures.buildings,
                "households": t.figures.households,
                "floor_area_centi": maybe(to_hundredths, t.figures.floor_area_m2),
                "investment_fen": maybe(to_hundredths, t.figures.investment_yuan),
            }
            for i, t in enumerate(programme.annual_targets)
        ],
        "coverage_targets": [
            base
            | {
                "position": i,
                "category": t.category.code,
                "district_code": t.district,
                "rate": str(t.rate),
                "compounds": t.compounds,
            }
            for i, t in enumerate(programme.coverage_targets)
        ],
    }


def programme_from_rows(row: Row, children: Mapping[str, Sequence[Row]]) -> core.Programme:
    def ordered(name: str) -> list[Row]:
        return sorted(children[name], key=lambda r: r["position"])

    communities: dict[str, list[core.Community]] = {}
    for c in ordered("communities"):
        communities.setdefault(c["street_code"], []).append(
            core.Community(code=c["code"], name=c["name"])
        )
    streets: dict[str, list[core.Street]] = {}
    for s in ordered("streets"):
        streets.setdefault(s["district_code"], []).append(
            core.Street(
                code=s["code"], name=s["name"], communities=tuple(communities.get(s["code"], ()))
            )
        )
    total = core.ProgrammeTotal(
        compounds=row["total_compounds"],
        buildings=row["total_buildings"],
        floor_area_m2=maybe(from_hundredths, row["total_floor_area_centi"]),
        households=row["total_households"],
        investment_yuan=maybe(from_hundredths, row["total_investment_fen"]),
    )
    return core.Programme(
        code=row["code"],
        name=row["name"],
        city=core.City(code=row["city_code"], name=row["city_name"], name_en=row["city_name_en"]),
        published_on=row["published_on"],
        start_year=row["start_year"],
        end_year=row["end_year"],
        eligibility_cutoff_year=row["eligibility_cutoff_year"],
        first_year_cutoff_year=row["first_year_cutoff_year"],
        partial_annual_rows=row["partial_annual_rows"],
        districts=tuple(
            core.District(
                code=d["code"],
                name=d["name"],
                name_en=d["name_en"],
                streets=tuple(streets.get(d["code"], ())),
            )
            for d in ordered("districts")
        ),
        catalogue=Catalogue(
            items=tuple(
                core.CatalogueItem(
                    code=i["code"],
                    category=core.Category.from_code(i["category"]),
                    label=i["label"],
                    label_en=i["label_en"],
                )
                for i in ordered("catalogue_items")
            )
        ),
        annual_targets=tuple(
            core.AnnualPlanTarget(
                year=t["year"],
                district=t["district_code"],
                figures=core.Figures(
                    compounds=t["compounds"],
                    buildings=t["buildings"],
                    households=t["households"],
                    floor_area_m2=maybe(from_hundredths, t["floor_area_centi"]),
                    investment_yuan=maybe(from_hundredths, t["investment_fen"]),
                ),
            )
            for t in ordered("annual_targets")
        ),
        total_target=total if total != core.ProgrammeTotal() else None,
        coverage_targets=tuple(
            core.CoverageTarget(
                category=core.Category.from_code(t["category"]),
                district=t["district_code"],
                rate=Decimal(t["rate"]),
                compounds=t["compounds"],
            )
            for t in ordered("coverage_targets")
        ),
    )


def provenance_from_row(row: Row) -> core.Provenance | None:
    if row["provenance_source"] is None:
        return None
    return core.Provenance(
        source=row["provenance_source"],
        synthetic=bool(row["provenance_synthetic"]),
        note=row["provenance_note"],
    )


def policy_from_row(row: Row) -> core.Policy:
    """The programme's policy; one stored before policies were kept has the defaults."""
    stored = row["policy"]
    return core.Policy() if stored is None else structure(stored, core.Policy)


def compound_values(programme: core.Programme, compound: core.Compound) -> dict[str, Any]:
    """The compound's columns, with the core's verdicts on it."""
    return registered_values(Registered.judged(programme, compound))


def registered_values(entry: Registered) -> dict[str, Any]:
    """The columns of a compound as the register holds it: its facts and the verdicts."""
    compound, verdict, priority = entry.compound, entry.eligibility, entry.priority
    condition = compound.condition
    return {
        "code": compound.code,
        "name": compound.name,
        "district_code": compound.district,
        "street_code": compound.street,
        "community_code": compound.community,
        "built_year": compound.built_year,
        "buildings": compound.buildings,
        "households": compound.households,
        "floor_area_centi": to_hundredths(compound.floor_area_m2),
        "property_type": compound.property_type.code,
        "original_property_unit": compound.original_property_unit,
        "previously_renovated_in": compound.previously_renovated_in,
        "infrastructure": condition.infrastructure.code if condition else None,
        "management": condition.management.code if condition else None,
        "safety": condition.safety.code if condition else None,
        "assessed_on": condition.assessed_on if condition else None,
        "eligible": verdict.eligible,
        "ineligibility": ",".join(reason.code for reason in verdict.reasons),
        "first_year_required": verdict.first_year_required,
        "text_findings": len(core.text_findings(compound)),
        "priority_level": priority.level.code if priority else None,
        "priority_score": priority.score if priority else None,
        "urgency": entry.urgency,
    }


def registered_from_row(row: Row) -> Registered:
    """The compound and the verdicts stored with it: reading runs no rule again."""
    level = row["priority_level"]
    return Registered(
        compound=compound_from_row(row),
        eligibility=core.Eligibility(
            eligible=bool(row["eligible"]),
            first_year_required=bool(row["first_year_required"]),
            reasons=tuple(
                core.Ineligibility.from_code(code)
                for code in row["ineligibility"].split(",")
                if code
            ),
        ),
        priority=None
        if level is None
        else core.Priority(level=core.PriorityLevel.from_code(level), score=row["priority_score"]),
        urgency=row["urgency"],
    )


def compound_from_row(row: Row) -> core.Compound:
    condition = None
    if row["infrastructure"] is not None:
        condition = core.ConditionAssessment(
            infrastructure=core.Severity.from_code(row["infrastructure"]),
            management=core.Severity.from_code(row["management"]),
            safety=core.Severity.from_code(row["safety"]),
            assessed_on=row["assessed_on"],
        )
    return core.Compound(
        code=row["code"],
        name=row["name"],
        district=row["district_code"],
        street=row["street_code"],
        community=row["community_code"],
        built_year=row["built_year"],
        buildings=row["buildings"],
        households=row["households"],
        floor_area_m2=from_hundredths(row["floor_area_centi"]),
        property_type=core.PropertyType.from_code(row["property_type"]),
        original_property_unit=row["original_property_unit"],
        previously_renovated_in=row["previously_renovated_in"],
        condition=condition,
    )


def plan_from_row(compound_code: str, row: Row, items: Iterable[str]) -> core.RenovationPlan:
    return core.RenovationPlan(
        compound=compound_code,
        year=row["year"],
        items=tuple(items),
        investment_yuan=from_hundredths(row["investment_fen"]),
    )
