"""The register's reports as clients read them: figures in base and display units, coverage
rows, findings; and the cells their workbooks share."""

from collections.abc import Sequence
from decimal import Decimal
from typing import Annotated, Any

import attrs
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
    maybe,
    optional_rate,
    text,
)
from renovation_api.workbook import Sheet
from renovation_core.units import to_wan_m2, to_yi_yuan
from renovation_core.validators import MAX_COUNT, MAX_DISTRICTS, MAX_PROGRAMME_YEARS

PERCENT = Decimal("0.01")
MAX_FINDINGS = 1000
SignedCount = Annotated[int, msgspec.Meta(ge=-MAX_COUNT, le=MAX_COUNT)]


class FiguresOut(msgspec.Struct, kw_only=True):
    """The five figures of a plan row (小区个数, 楼栋数, 户数, 建筑面积, 投资), exact and as the
    plan prints them; null where a published table leaves one out (counted from the register,
    none is)."""

    compounds: Count | None
    buildings: Count | None
    households: Count | None
    floor_area_m2: Area | None
    floor_area_wan_m2: WanM2 | None
    investment_yuan: Money | None
    investment_yi_yuan: YiYuan | None


class VarianceOut(msgspec.Struct, kw_only=True):
    """actual − target; null where the target leaves the figure out."""

    compounds: SignedCount | None
    buildings: SignedCount | None
    households: SignedCount | None
    floor_area_m2: SignedArea | None
    floor_area_wan_m2: WanM2 | None
    investment_yuan: SignedMoney | None
    investment_yi_yuan: YiYuan | None


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
    """Where the programme's targets disagree with themselves, where the register breaks the
    programme's rules, and where its schedule puts a compound after less urgent ones of its
    district (``schedule``, 先急后缓: each compound with its grounds and those that go first).
    Empty lists are a consistent programme; a register with more findings than one answer lists
    shows the first ones and counts them all. ``explained`` holds what the programme says that
    accounts for a difference (a partial table), never a flag."""

    programme: Code
    targets: Findings
    targets_total: Count
    register: Findings
    register_total: Count
    schedule: Findings
    schedule_total: Count
    explained: Findings


class SummaryReport(msgspec.Struct, kw_only=True):
    programme: Code
    compounds_registered: Count
    compounds_in_scope: Count
    compounds_planned: Count
    compounds_first_year_required: Count
    target: FiguresOut | None  # as published: plans often omit households and investment
    actual: FiguresOut
    coverage: CoverageRows
    findings: Count


def _wan(area: Decimal) -> str:
    return text(to_wan_m2(area))


def _yi(money: Decimal) -> str:
    return text(to_yi_yuan(money))


def figures_out(f: core.Figures) -> FiguresOut:
    return FiguresOut(
        compounds=f.compounds,
        buildings=f.buildings,
        households=f.households,
        floor_area_m2=maybe(text, f.floor_area_m2),
        floor_area_wan_m2=maybe(_wan, f.floor_area_m2),
        investment_yuan=maybe(text, f.investment_yuan),
        investment_yi_yuan=maybe(_yi, f.investment_yuan),
    )


def variance_out(v: core.Variance) -> VarianceOut:
    return VarianceOut(
        compounds=v.compounds,
        buildings=v.buildings,
        households=v.households,
        floor_area_m2=maybe(text, v.floor_area_m2),
        floor_area_wan_m2=maybe(_wan, v.floor_area_m2),
        investment_yuan=maybe(text, v.investment_yuan),
        investment_yi_yuan=maybe(_yi, v.investment_yuan),
    )


GAP = (None, None, None)  # the rest of a four-column group's caption, as tables merge it
_PRINTED = {
    "compounds": ("数量", lambda n: n),
    "buildings": ("楼栋数", lambda n: n),
    "households": ("户数", lambda n: n),
    "floor_area_m2": ("建筑面积/万平方米", to_wan_m2),
    "investment_yuan": ("预计投资/亿元", to_yi_yuan),
}


def comparison_sheets(
    found: core.Programme,
    comparisons: Sequence[core.TargetComparison],
    year: int | None,
    beside: str,
) -> list[Sheet]:
    """A sheet per year laid out as the published plan lays out its figures: districts as rows
    and the total last, the published target (改造计划), then ``beside`` it (the actual plan,
    a proposal's), then the difference."""
    names = {d.code: d.name for d in found.districts}
    columns = FigureColumns.of(found)
    gap = columns.gap
    return [
        Sheet(
            title=f"{at}年",
            caption=("各区", f"{at}年改造计划", *gap, beside, *gap, "差异", *gap),
            headers=(None, *columns.headers * 3),
            rows=[
                (
                    names[c.district] if c.district else "总计",
                    *columns.cells(c.target),
                    *columns.cells(c.actual),
                    *columns.cells(c.variance),
                )
                for c in comparisons
                if c.year == at
            ],
        )
        # every year's sheet, or the year asked (empty, if the programme has no such year)
        for at in sorted({c.year for c in comparisons} | ({year} if year else set()))
    ]


@attrs.frozen
class FigureColumns:
    """The figures a programme's tables print, as the published tables print them (万平方米,
    亿元): the four every plan table has, and 楼栋数 after 数量 where a table of the programme
    publishes buildings, so that a plan's own layout is reproduced exactly."""

    measures: tuple[str, ...]

    @classmethod
    def of(cls, programme: core.Programme) -> "FigureColumns":
        published = [t.figures for t in programme.annual_targets]
        published += [programme.total_target] if programme.total_target else []
        buildings = any(f.buildings is not None for f in published)
        return cls(tuple(m for m in _PRINTED if buildings or m != "buildings"))

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(_PRINTED[m][0] for m in self.measures)

    @property
    def gap(self) -> tuple[None, ...]:
        """The rest of the group's caption after its first column."""
        return (None,) * (len(self.measures) - 1)

    def cells(self, f: core.Figures | core.Variance | None) -> tuple[Any, ...]:
        """A row's figures, blank where a table leaves one out."""
        if f is None:
            return (None,) * len(self.measures)
        return tuple(maybe(_PRINTED[m][1], getattr(f, m)) for m in self.measures)


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
