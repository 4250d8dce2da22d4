"""The register as clients send and read it: compounds, their facts and the core's verdicts on
them as stored with each compound (reading one runs no rule again), and programmes as
published."""

import datetime
from decimal import Decimal
from typing import Annotated

import msgspec

import renovation_core as core
from renovation_api.fields import (
    Area,
    Code,
    Count,
    DistrictCode,
    Label,
    LocalCode,
    Money,
    Name,
    Note,
    PositiveArea,
    WanM2,
    Year,
    YiYuan,
    maybe,
    text,
)
from renovation_api.pagination import MAX_PAGE_SIZE, Cursor
from renovation_api.services.unit_of_work import Published, Registered, Stored
from renovation_api.views import view
from renovation_core.delivery import UnitRole
from renovation_core.policy import MAX_FOLLOW_UP_MONTH, MAX_FOLLOW_UPS
from renovation_core.units import to_wan_m2, to_yi_yuan
from renovation_core.validators import (
    MAX_BUILDINGS,
    MAX_CATALOGUE_ITEMS,
    MAX_HOUSEHOLDS,
)


class PlanItemOut(msgspec.Struct, kw_only=True):
    code: Code
    category: core.Category
    label: Label


class PlanOut(msgspec.Struct, kw_only=True):
    compound: Code
    year: Year
    items: Annotated[list[PlanItemOut], msgspec.Meta(max_length=MAX_CATALOGUE_ITEMS)]
    categories: Annotated[list[core.Category], msgspec.Meta(max_length=len(core.Category))]
    investment_yuan: Money


def plan_out(plan: core.RenovationPlan, catalogue: core.Catalogue) -> PlanOut:
    """A plan with each item's category and label from the programme's catalogue."""
    return PlanOut(
        compound=plan.compound,
        year=plan.year,
        items=[
            PlanItemOut(
                code=code, category=catalogue.item(code).category, label=catalogue.item(code).label
            )
            for code in plan.items
        ],
        categories=[c for c in core.Category if c in plan.categories(catalogue)],
        investment_yuan=text(plan.investment_yuan),
    )


class ConditionIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A condition assessment on the three grounds for urgency (先急后缓)."""

    infrastructure: core.Severity
    management: core.Severity
    safety: core.Severity
    assessed_on: datetime.date | None = None


class CompoundFields(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A compound's facts, as recorded in the inventory."""

    name: Name
    district: DistrictCode
    street: LocalCode
    built_year: Year
    buildings: Annotated[int, msgspec.Meta(ge=1, le=MAX_BUILDINGS)]
    households: Annotated[int, msgspec.Meta(ge=1, le=MAX_HOUSEHOLDS)]
    floor_area_m2: PositiveArea
    property_type: core.PropertyType
    community: LocalCode | None = None
    original_property_unit: Name | None = None
    previously_renovated_in: Year | None = None
    condition: ConditionIn | None = None


class CompoundIn(CompoundFields, kw_only=True, forbid_unknown_fields=True):
    """A new compound: its facts and the code it will be known by."""

    code: Code


class PriorityOut(msgspec.Struct, kw_only=True):
    level: core.PriorityLevel
    level_label: Label
    score: Annotated[int, msgspec.Meta(ge=0, le=9)]


class EligibilityOut(msgspec.Struct, kw_only=True):
    eligible: bool
    first_year_required: bool
    reasons: Annotated[list[core.Ineligibility], msgspec.Meta(max_length=len(core.Ineligibility))]


class CompoundOut(msgspec.Struct, kw_only=True):
    """A compound with the core's verdicts on it."""

    code: Code
    name: Name
    district: DistrictCode
    street: LocalCode
    community: LocalCode | None
    built_year: Year
    buildings: Annotated[int, msgspec.Meta(ge=1, le=MAX_BUILDINGS)]
    households: Annotated[int, msgspec.Meta(ge=1, le=MAX_HOUSEHOLDS)]
    floor_area_m2: Area
    property_type: core.PropertyType
    property_type_label: Label
    original_property_unit: Name | None
    previously_renovated_in: Year | None
    condition: ConditionIn | None
    eligibility: EligibilityOut
    priority: PriorityOut | None


class CompoundPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[CompoundOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


def to_compound(code: str, fields: CompoundFields) -> core.Compound:
    """The domain compound; its invariants answer as 422 naming the field."""
    condition = fields.condition
    return core.Compound(
        code=code,
        name=fields.name,
        district=fields.district,
        street=fields.street,
        community=fields.community,
        built_year=fields.built_year,
        buildings=fields.buildings,
        households=fields.households,
        floor_area_m2=Decimal(fields.floor_area_m2),
        property_type=fields.property_type,
        original_property_unit=fields.original_property_unit,
        previously_renovated_in=fields.previously_renovated_in,
        condition=None
        if condition is None
        else core.ConditionAssessment(
            infrastructure=condition.infrastructure,
            management=condition.management,
            safety=condition.safety,
            assessed_on=condition.assessed_on,
        ),
    )


HUNDREDTH = Decimal("0.01")  # areas are shown to the hundredth, as they are stored


@view(Registered)
def show_compound(stored: Stored[Registered]) -> CompoundOut:
    """A compound with the verdicts stored with it: the core judged it when it was written,
    so showing it runs no rule again."""
    entry = stored.value
    compound, verdict, priority = entry.compound, entry.eligibility, entry.priority
    condition = compound.condition
    return CompoundOut(
        code=compound.code,
        name=compound.name,
        district=compound.district,
        street=compound.street,
        community=compound.community,
        built_year=compound.built_year,
        buildings=compound.buildings,
        households=compound.households,
        floor_area_m2=text(compound.floor_area_m2.quantize(HUNDREDTH)),
        property_type=compound.property_type,
        property_type_label=compound.property_type.label,
        original_property_unit=compound.original_property_unit,
        previously_renovated_in=compound.previously_renovated_in,
        condition=None
        if condition is None
        else ConditionIn(
            infrastructure=condition.infrastructure,
            management=condition.management,
            safety=condition.safety,
            assessed_on=condition.assessed_on,
        ),
        eligibility=EligibilityOut(
            eligible=verdict.eligible,
            first_year_required=verdict.first_year_required,
            reasons=list(verdict.reasons),
        ),
        priority=None
        if priority is None
        else PriorityOut(
            level=priority.level, level_label=priority.level.label, score=priority.score
        ),
    )


class CityOut(msgspec.Struct, kw_only=True):
    code: DistrictCode
    name: Name
    name_en: Name | None


class TotalOut(msgspec.Struct, kw_only=True):
    """The programme-wide totals as published; null where the plan leaves one out (households
    and investment often are)."""

    compounds: Count | None
    buildings: Count | None
    floor_area_m2: Area | None
    households: Count | None
    investment_yuan: Money | None


class ProvenanceOut(msgspec.Struct, kw_only=True):
    source: Name
    synthetic: bool
    note: Note | None


class DutiesOut(msgspec.Struct, kw_only=True):
    """How each of the plan's duties is enforced: ``block`` refuses the step, ``warn`` lets it
    pass with a finding on the programme's warnings, ``off`` does not check it."""

    canvass_before_design: core.Enforcement
    elevator_management: core.Enforcement
    maintenance_fund: core.Enforcement
    qualification_grade: core.Enforcement
    survey_and_testing: core.Enforcement
    direct_award: core.Enforcement
    special_purpose: core.Enforcement


class MinimumGradeOut(msgspec.Struct, kw_only=True):
    role: UnitRole
    grade: Name


class PolicyOut(msgspec.Struct, kw_only=True):
    """The programme's policy settings, from its file (the Wuhai plan's where it says nothing)."""

    duties: DutiesOut
    inspection_interval_days: Annotated[int, msgspec.Meta(ge=1, le=366)]
    follow_up_months: Annotated[
        list[Annotated[int, msgspec.Meta(ge=1, le=MAX_FOLLOW_UP_MONTH)]],
        msgspec.Meta(max_length=MAX_FOLLOW_UPS),
    ]
    follow_up_window_days: Annotated[int, msgspec.Meta(ge=0, le=180)]
    minimum_grades: Annotated[list[MinimumGradeOut], msgspec.Meta(max_length=len(UnitRole))]
    direct_award_limit_yuan: Money | None
    provident_fund_items: Annotated[list[Code], msgspec.Meta(max_length=MAX_CATALOGUE_ITEMS)]
    public_briefs: bool


def policy_out(policy: core.Policy) -> PolicyOut:
    duties = policy.duties
    return PolicyOut(
        duties=DutiesOut(
            canvass_before_design=duties.canvass_before_design,
            elevator_management=duties.elevator_management,
            maintenance_fund=duties.maintenance_fund,
            qualification_grade=duties.qualification_grade,
            survey_and_testing=duties.survey_and_testing,
            direct_award=duties.direct_award,
            special_purpose=duties.special_purpose,
        ),
        inspection_interval_days=policy.inspection_interval_days,
        follow_up_months=list(policy.follow_up_months),
        follow_up_window_days=policy.follow_up_window_days,
        minimum_grades=[MinimumGradeOut(role=m.role, grade=m.grade) for m in policy.minimum_grades],
        direct_award_limit_yuan=maybe(text, policy.direct_award_limit_yuan),
        provident_fund_items=sorted(policy.provident_fund_purposes),
        public_briefs=policy.public_briefs,
    )


class ProgrammeOut(msgspec.Struct, kw_only=True):
    """A city's multi-year renovation programme."""

    code: Code
    name: Name
    city: CityOut
    published_on: datetime.date | None
    start_year: Year
    end_year: Year
    eligibility_cutoff_year: Year
    first_year_cutoff_year: Year | None
    partial_annual_rows: bool
    total_target: TotalOut | None
    provenance: ProvenanceOut | None
    policy: PolicyOut


@view(Published)
def programme_out(stored: Stored[Published]) -> ProgrammeOut:
    programme, provenance = stored.value.programme, stored.value.provenance
    total = programme.total_target
    return ProgrammeOut(
        code=programme.code,
        name=programme.name,
        city=CityOut(
            code=programme.city.code, name=programme.city.name, name_en=programme.city.name_en
        ),
        published_on=programme.published_on,
        start_year=programme.start_year,
        end_year=programme.end_year,
        eligibility_cutoff_year=programme.eligibility_cutoff_year,
        first_year_cutoff_year=programme.first_year_cutoff_year,
        partial_annual_rows=programme.partial_annual_rows,
        total_target=None
        if total is None
        else TotalOut(
            compounds=total.compounds,
            buildings=total.buildings,
            floor_area_m2=maybe(text, total.floor_area_m2),
            households=total.households,
            investment_yuan=maybe(text, total.investment_yuan),
        ),
        provenance=None
        if provenance is None
        else ProvenanceOut(
            source=provenance.source, synthetic=provenance.synthetic, note=provenance.note
        ),
        policy=policy_out(stored.value.policy),
    )


class ProgrammePage(msgspec.Struct, kw_only=True):
    items: Annotated[list[ProgrammeOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class DistrictOut(msgspec.Struct, kw_only=True):
    code: DistrictCode
    name: Name
    name_en: Name | None


class DistrictPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[DistrictOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class StreetOut(msgspec.Struct, kw_only=True):
    code: LocalCode
    name: Name
    district: DistrictCode


class StreetPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[StreetOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class CommunityOut(msgspec.Struct, kw_only=True):
    code: LocalCode
    name: Name
    street: LocalCode
    district: DistrictCode


class CommunityPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[CommunityOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class CatalogueItemOut(msgspec.Struct, kw_only=True):
    code: Code
    category: core.Category
    category_label: Label
    label: Label
    label_en: Label


class CatalogueItemPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[CatalogueItemOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


class AnnualTargetOut(msgspec.Struct, kw_only=True):
    """One row of a year's published plan; ``district`` null is the year's total (总计)."""

    year: Year
    district: DistrictCode | None
    compounds: Count | None
    buildings: Count | None
    households: Count | None
    floor_area_m2: Area | None
    floor_area_wan_m2: WanM2 | None
    investment_yuan: Money | None
    investment_yi_yuan: YiYuan | None


class AnnualTargetPage(msgspec.Struct, kw_only=True):
    items: Annotated[list[AnnualTargetOut], msgspec.Meta(max_length=MAX_PAGE_SIZE)]
    next_cursor: Cursor | None


def annual_target_out(target: core.AnnualPlanTarget) -> AnnualTargetOut:
    f = target.figures
    return AnnualTargetOut(
        year=target.year,
        district=target.district,
        compounds=f.compounds,
        buildings=f.buildings,
        households=f.households,
        floor_area_m2=maybe(text, f.floor_area_m2),
        floor_area_wan_m2=maybe(lambda a: text(to_wan_m2(a)), f.floor_area_m2),
        investment_yuan=maybe(text, f.investment_yuan),
        investment_yi_yuan=maybe(lambda m: text(to_yi_yuan(m)), f.investment_yuan),
    )
