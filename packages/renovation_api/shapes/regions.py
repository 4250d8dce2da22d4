"""Regions, declared figures and roll-ups as clients send and read them."""

import datetime
import re
from typing import Annotated

import attrs
import msgspec

import renovation_core as core
from renovation_api.fields import Area, Count, DistrictCode, Money, Name, SignedMoney
from renovation_api.problems import from_data_error
from renovation_api.services.regions import RollUp, Span
from renovation_api.services.unit_of_work import Stored
from renovation_api.shapes.common import Body, to_core
from renovation_api.shapes.oversight import MonthText, month_of
from renovation_api.shapes.statistics import SurveyFiguresOut, survey_figures_out
from renovation_api.views import view
from renovation_core.converter import structure
from renovation_core.errors import DataError
from renovation_core.register.regions import Level, parent_of
from renovation_core.statistics import Declaration, Line, Mismatch, Source, SurveyFigures
from renovation_core.validators import MAX_DISTRICTS, MAX_VERSIONS

RegionCode = Annotated[
    str,
    msgspec.Meta(
        min_length=6,
        max_length=6,
        pattern=r"^[0-9]{6}$",
        description="A GB/T 2260 code; 000000 stands for the nation.",
        examples=["150000"],
    ),
]
MAX_LINES = 1 + MAX_DISTRICTS + MAX_DISTRICTS * MAX_DISTRICTS


class PlaceBody(Body):
    """A district (区/县) of a city that declares its districts' figures."""

    code: DistrictCode
    name: Name
    name_en: Name | None = None


class CityBody(Body):
    code: Annotated[DistrictCode, msgspec.Meta(examples=["150300"])]
    name: Name
    name_en: Name | None = None
    districts: Annotated[list[PlaceBody], msgspec.Meta(max_length=MAX_DISTRICTS)] = msgspec.field(
        default_factory=list
    )


class ProvinceBody(Body):
    """A province and its cities (a city's districts only where it declares theirs): each
    code under its parent's (150300 under 150000, 150302 under 150300)."""

    code: Annotated[DistrictCode, msgspec.Meta(examples=["150000"])]
    name: Name
    cities: Annotated[list[CityBody], msgspec.Meta(min_length=1, max_length=MAX_DISTRICTS)]
    name_en: Name | None = None


def province_of(body: ProvinceBody) -> core.Region:
    """The core's province; a 422 naming the field if a code is not under its parent's."""
    data = msgspec.to_builtins(body)
    for city in data["cities"]:
        city["parts"] = city.pop("districts")
    data["parts"] = data.pop("cities")
    try:
        return structure(data, core.Region)
    except DataError as error:
        raise from_data_error(
            DataError([attrs.evolve(e, path=_named(e.path)) for e in error.errors]), "$"
        ) from None


def _named(path: str) -> str:
    """A core path (``$.parts[0].parts[1].code``) as the body names it
    (``$.cities[0].districts[1].code``)."""
    return _PARTS.sub(lambda m: f"$.cities[{m[1]}]" + (f".districts[{m[2]}]" if m[2] else ""), path)


_PARTS = re.compile(r"^\$\.parts\[(\d+)\](?:\.parts\[(\d+)\])?")


class RegionOut(msgspec.Struct, kw_only=True):
    """A region and the regions directly under it (their own parts left out)."""

    code: RegionCode
    name: Name
    name_en: Name | None
    level: Level
    parent: RegionCode | None
    parts: Annotated[list["RegionPartOut"], msgspec.Meta(max_length=MAX_DISTRICTS)]


class RegionPartOut(msgspec.Struct, kw_only=True):
    code: RegionCode
    name: Name
    level: Level


def region_out(region: core.Region) -> RegionOut:
    return RegionOut(
        code=region.code,
        name=region.name,
        name_en=region.name_en,
        level=region.level,
        parent=parent_of(region.code),
        parts=[RegionPartOut(code=p.code, name=p.name, level=p.level) for p in region.parts],
    )


@view(core.Region)
def show_region(stored: Stored[core.Region]) -> RegionOut:
    return region_out(stored.value)


class QuantitiesBody(Body):
    """小区个数, 楼栋数, 户数 and 建筑面积 (m²)."""

    compounds: Count
    buildings: Count
    households: Count
    floor_area_m2: Area


class FiguresBody(Body):
    """The year to date at the month's end (累计): the year's plan as it stands, what started
    (开工) and completed (完工) since January, the investment planned and paid."""

    planned: QuantitiesBody
    started: QuantitiesBody
    completed: QuantitiesBody
    investment_planned_yuan: Money
    investment_completed_yuan: SignedMoney


class DeclarationBody(Body):
    """A region's figures for a month that has begun; dated the day the server receives them."""

    region: RegionCode
    month: MonthText
    figures: FiguresBody


class DeclarationCorrectionBody(Body):
    figures: FiguresBody
    reason: Name


def figures_of(body: FiguresBody) -> SurveyFigures:
    return to_core(body, SurveyFigures, "$.figures")  # type: ignore[no-any-return]


def declared_month(body: DeclarationBody) -> core.oversight.Month:
    return month_of(body.month)


class DeclarationOut(msgspec.Struct, kw_only=True):
    region: RegionCode
    month: MonthText
    version: Annotated[int, msgspec.Meta(ge=1, le=MAX_VERSIONS)]
    figures: SurveyFiguresOut
    declared_on: datetime.date
    declared_by: Name
    reason: Name | None


class DeclarationVersionsOut(msgspec.Struct, kw_only=True):
    items: Annotated[list[DeclarationOut], msgspec.Meta(max_length=MAX_VERSIONS)]


def declaration_out(declaration: Declaration) -> DeclarationOut:
    return DeclarationOut(
        region=declaration.region,
        month=str(declaration.month),
        version=declaration.version,
        figures=survey_figures_out(declaration.figures),
        declared_on=declaration.declared_on,
        declared_by=declaration.declared_by,
        reason=declaration.reason,
    )


@view(Declaration)
def show_declaration(stored: Stored[Declaration]) -> DeclarationOut:
    return declaration_out(stored.value)


class RegionLineOut(msgspec.Struct, kw_only=True):
    """A region's figures (null: it did not report) and where they came from: computed from
    the compounds' works kept here, declared by the region, or summed from the regions under
    it."""

    region: RegionCode
    name: Name
    level: Level
    parent: RegionCode | None
    source: Source
    figures: SurveyFiguresOut | None


class MismatchOut(msgspec.Struct, kw_only=True):
    """A region whose own figures are not the sum of the regions under it that reported."""

    region: RegionCode
    name: Name
    source: Source
    figures: SurveyFiguresOut
    parts_sum: SurveyFiguresOut


class RegionSurveyOut(msgspec.Struct, kw_only=True):
    """The region first, then each region under it and the regions under those (depth first),
    for the month alone or the year to date at its end (today, within the month)."""

    region: RegionCode
    month: MonthText
    span: Span
    first_day: datetime.date
    last_day: datetime.date
    lines: Annotated[list[RegionLineOut], msgspec.Meta(max_length=MAX_LINES)]
    findings: Annotated[list[MismatchOut], msgspec.Meta(max_length=MAX_LINES)]


def lines(line: Line) -> list[Line]:
    """The line, then the lines under it, depth first."""
    return [line, *(found for part in line.parts for found in lines(part))]


def _line_out(line: Line) -> RegionLineOut:
    return RegionLineOut(
        region=line.region.code,
        name=line.region.name,
        level=line.region.level,
        parent=parent_of(line.region.code),
        source=line.source,
        figures=None if line.figures is None else survey_figures_out(line.figures),
    )


def _mismatch_out(found: Mismatch) -> MismatchOut:
    return MismatchOut(
        region=found.region.code,
        name=found.region.name,
        source=found.source,
        figures=survey_figures_out(found.figures),
        parts_sum=survey_figures_out(found.parts_sum),
    )


def region_survey_out(report: RollUp) -> RegionSurveyOut:
    return RegionSurveyOut(
        region=report.line.region.code,
        month=str(report.month),
        span=report.span,
        first_day=report.period.first,
        last_day=report.period.last,
        lines=[_line_out(line) for line in lines(report.line)],
        findings=[_mismatch_out(f) for f in report.findings],
    )
