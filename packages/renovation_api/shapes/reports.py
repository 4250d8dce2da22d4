"""The register's reports as clients read them: figures in base and display units, coverage
rows, findings; and the cells their workbooks share."""

from decimal import Decimal
from typing import Annotated, Any

import msgspec

import renovation_core as core
from renovation_api.fields import (
    Area,
    Code,
    Count,
    DistrictCode,
    Label,
    Money,
    Name,
    Note,
    Rate,
    SignedArea,
    SignedMoney,
    WanM2,
    Year,
    YiYuan,
    optional_rate,
    text,
)
from renovation_core.units import to_wan_m2, to_yi_yuan
from renovation_core.validators import MAX_COUNT, MAX_DISTRICTS, MAX_PROGRAMME_YEARS

PERCENT = Decimal("0.01")
MAX_FINDINGS = 1000
SignedCount = Annotated[int, msgspec.Meta(ge=-MAX_COUNT, le=MAX_COUNT)]


class FiguresOut(msgspec.Struct, kw_only=True):
    """The four figures of a plan row, exact and as the plan prints them."""

    compounds: Count
    households: Count
    floor_area_m2: Area
    floor_area_wan_m2: WanM2
    investment_yuan: Money
    investment_yi_yuan: YiYuan


class VarianceOut(msgspec.Struct, kw_only=True):
    """actual − target."""

    compounds: SignedCount
    households: SignedCount
    floor_area_m2: SignedArea
    floor_area_wan_m2: WanM2
    investment_yuan: SignedMoney
    investment_yi_yuan: YiYuan


class TargetVsActualRow(msgspec.Struct, kw_only=True):
    year: Year
    district: DistrictCode | None
    district_name: Name
    target: FiguresOut | None
    actual: FiguresOut
    variance: VarianceOut | None


class TargetVsActualReport(msgspec.Struct, kw_only=True):
    """The plan's tables, year by year (districts, then 总计), target beside actual."""

    programme: Code
    rows: Annotated[
        list[TargetVsActualRow],
        msgspec.Meta(max_length=MAX_PROGRAMME_YEARS * (MAX_DISTRICTS + 1)),
    ]


class CoverageRow(msgspec.Struct, kw_only=True):
    category: core.Category
    category_label: Label
    district: DistrictCode | None
    district_name: Name
    covered: Count
    in_scope: Count
    rate: Rate | None
    percent: (
        Annotated[
            str,
            msgspec.Meta(
                max_length=3, pattern="^[0-9]{1,3}$", description="Rate in whole percent, half up."
            ),
        ]
        | None
    )
    target_rate: Rate | None
    target_compounds: Count | None


CoverageRows = Annotated[
    list[CoverageRow], msgspec.Meta(max_length=len(core.Category) * (MAX_DISTRICTS + 1))
]


class CoverageReport(msgspec.Struct, kw_only=True):
    programme: Code
    rows: CoverageRows


class FindingOut(msgspec.Struct, kw_only=True):
    code: Code
    message: Note
    location: Note


Findings = Annotated[
    list[FindingOut],
    msgspec.Meta(max_length=MAX_FINDINGS, description=f"The first {MAX_FINDINGS} findings."),
]


class ConsistencyReport(msgspec.Struct, kw_only=True):
    """Where the programme's targets disagree with themselves, and where the register breaks
    the programme's rules. Empty lists are a consistent programme; a register with more findings
    than one answer lists shows the first ones and counts them all. ``explained`` holds what the
    programme says that accounts for a difference (a partial table), never a flag."""

    programme: Code
    targets: Findings
    targets_total: Count
    register: Findings
    register_total: Count
    explained: Findings


class PublishedTotalOut(msgspec.Struct, kw_only=True):
    """The programme-wide target as published; plans often omit households and investment."""

    compounds: Count
    floor_area_m2: Area
    floor_area_wan_m2: WanM2
    households: Count | None
    investment_yuan: Money | None
    investment_yi_yuan: YiYuan | None


class SummaryReport(msgspec.Struct, kw_only=True):
    programme: Code
    compounds_registered: Count
    compounds_in_scope: Count
    compounds_planned: Count
    compounds_first_year_required: Count
    target: PublishedTotalOut | None
    actual: FiguresOut
    coverage: CoverageRows
    findings: Count


def figures_out(f: core.Figures) -> FiguresOut:
    return FiguresOut(
        compounds=f.compounds,
        households=f.households,
        floor_area_m2=text(f.floor_area_m2),
        floor_area_wan_m2=text(to_wan_m2(f.floor_area_m2)),
        investment_yuan=text(f.investment_yuan),
        investment_yi_yuan=text(to_yi_yuan(f.investment_yuan)),
    )


def variance_out(v: core.Variance) -> VarianceOut:
    return VarianceOut(
        compounds=v.compounds,
        households=v.households,
        floor_area_m2=text(v.floor_area_m2),
        floor_area_wan_m2=text(to_wan_m2(v.floor_area_m2)),
        investment_yuan=text(v.investment_yuan),
        investment_yi_yuan=text(to_yi_yuan(v.investment_yuan)),
    )


FIGURE_HEADERS = ("数量", "户数", "建筑面积/万平方米", "预计投资/亿元")
GAP = (None, None, None)  # the rest of a group's caption, as the published table merges it


def figure_cells(f: core.Figures | core.Variance | None) -> tuple[Any, ...]:
    """The four figures as the published tables print them: 万平方米 and 亿元."""
    if f is None:
        return (None,) * 4
    return (f.compounds, f.households, to_wan_m2(f.floor_area_m2), to_yi_yuan(f.investment_yuan))


def coverage_rows(
    programme: core.Programme, cells: tuple[core.CoverageCell, ...]
) -> list[CoverageRow]:
    names = {d.code: d.name for d in programme.districts}
    targets = {(t.category, t.district): t for t in programme.coverage_targets}
    rows = []
    for cell in cells:
        target = targets.get((cell.category, cell.district))
        rounded = cell.rounded(PERCENT)
        rows.append(
            CoverageRow(
                category=cell.category,
                category_label=cell.category.label,
                district=cell.district,
                district_name=names.get(cell.district or "", programme.city.name),
                covered=cell.covered,
                in_scope=cell.in_scope,
                rate=optional_rate(cell.rate),
                percent=None if rounded is None else text((rounded * 100).quantize(Decimal(1))),
                target_rate=None if target is None else text(target.rate),
                target_compounds=None if target is None else target.compounds,
            )
        )
    return rows


def findings_out(findings: tuple[core.Finding, ...]) -> list[FindingOut]:
    return [
        FindingOut(code=f.code, message=f.message, location=f.location)
        for f in findings[:MAX_FINDINGS]
    ]
