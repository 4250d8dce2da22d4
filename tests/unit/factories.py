"""Small valid domain objects for tests, with any field overridden."""

from decimal import Decimal
from typing import Any

from renovation_core import (
    City,
    Compound,
    ConditionAssessment,
    District,
    Programme,
    PropertyType,
    RenovationPlan,
    Severity,
    Street,
)


def district(code: str, streets: int = 1) -> District:
    return District(
        code=code,
        name=f"区{code}",
        streets=tuple(
            Street(code=f"{code}{n:03d}000", name=f"街道{n}") for n in range(1, streets + 1)
        ),
    )


def programme(
    district_codes: tuple[str, ...] = ("990101", "990102"), **overrides: Any
) -> Programme:
    fields: dict[str, Any] = {
        "code": "test",
        "name": "测试计划",
        "city": City(code="990100", name="测试市"),
        "start_year": 2022,
        "end_year": 2024,
        "eligibility_cutoff_year": 2005,
        "first_year_cutoff_year": 2000,
        "districts": tuple(district(code) for code in district_codes),
    }
    return Programme(**(fields | overrides))


def compound(code: str = "C-1", district_code: str = "990101", **overrides: Any) -> Compound:
    fields: dict[str, Any] = {
        "code": code,
        "name": f"小区{code}",
        "district": district_code,
        "street": f"{district_code}001000",
        "built_year": 1995,
        "buildings": 3,
        "households": 90,
        "floor_area_m2": Decimal("8100.50"),
        "property_type": PropertyType.REFORMED,
    }
    return Compound(**(fields | overrides))


def assessment(infrastructure: str, management: str, safety: str) -> ConditionAssessment:
    return ConditionAssessment(
        infrastructure=Severity[infrastructure.upper()],
        management=Severity[management.upper()],
        safety=Severity[safety.upper()],
    )


def plan(
    compound_code: str = "C-1",
    year: int = 2022,
    items: tuple[str, ...] = ("water_supply",),
    investment_yuan: str = "1000000",
) -> RenovationPlan:
    return RenovationPlan(
        compound=compound_code, year=year, items=items, investment_yuan=Decimal(investment_yuan)
    )
