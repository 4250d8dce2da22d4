"""The survey's figures as clients read them: quantities by compounds, buildings, households
and floor area, the rates as exact decimals (a ratio above 1 where more started than was
planned), the two views side by side."""

import datetime
from typing import Annotated

import msgspec

from renovation_api.fields import (
    DistrictCode,
    Name,
    Ratio,
    SignedMoney,
    SignedTotalAmount,
    TotalAmount,
    TotalCount,
    Year,
    maybe,
    optional_rate,
    text,
)
from renovation_api.services.statistics import DeliveredAccount, PlaceFigures, YearToDate
from renovation_api.shapes.reports import FiguresOut, figures_out
from renovation_core.statistics import Account, Quantities, SurveyFigures
from renovation_core.validators import MAX_DISTRICTS, MAX_PROGRAMME_YEARS


class QuantitiesOut(msgspec.Struct, kw_only=True):
    """小区个数, 楼栋数, 户数 and 建筑面积 (m²)."""

    compounds: TotalCount
    buildings: TotalCount
    households: TotalCount
    floor_area_m2: TotalAmount


class SurveyFiguresOut(msgspec.Struct, kw_only=True):
    """Planned, started (开工) and completed (完工), the investment planned and completed, and
    the rates against the planned (none where nothing was planned)."""

    planned: QuantitiesOut
    started: QuantitiesOut
    completed: QuantitiesOut
    investment_planned_yuan: TotalAmount
    investment_completed_yuan: SignedTotalAmount
    start_rate_compounds: Ratio | None
    start_rate_households: Ratio | None
    completion_rate_compounds: Ratio | None
    completion_rate_households: Ratio | None


class PlanYearOut(msgspec.Struct, kw_only=True):
    plan_year: Year
    started: QuantitiesOut


class PlaceFiguresOut(msgspec.Struct, kw_only=True):
    """A district's figures (``district`` null: the city's): ``by_period`` counts what
    happened in the period whatever its plan's year (the survey's view); ``by_plan`` the year's
    plan as it stood on the period's last day; ``started_by_plan_year`` the period's starts by
    the plan they belong to."""

    district: DistrictCode | None
    name: Name
    by_period: SurveyFiguresOut
    by_plan: SurveyFiguresOut
    started_by_plan_year: Annotated[
        list[PlanYearOut], msgspec.Meta(max_length=MAX_PROGRAMME_YEARS + 1)
    ]


class SurveyReportOut(msgspec.Struct, kw_only=True):
    """A year to date: each district the caller answers for, then the city for a city-wide
    caller."""

    year: Year
    first_day: datetime.date
    last_day: datetime.date
    places: Annotated[list[PlaceFiguresOut], msgspec.Meta(max_length=MAX_DISTRICTS + 1)]


def quantities_out(q: Quantities) -> QuantitiesOut:
    return QuantitiesOut(
        compounds=q.compounds,
        buildings=q.buildings,
        households=q.households,
        floor_area_m2=text(q.floor_area_m2),
    )


def survey_figures_out(f: SurveyFigures) -> SurveyFiguresOut:
    return SurveyFiguresOut(
        planned=quantities_out(f.planned),
        started=quantities_out(f.started),
        completed=quantities_out(f.completed),
        investment_planned_yuan=text(f.investment_planned_yuan),
        investment_completed_yuan=text(f.investment_completed_yuan),
        start_rate_compounds=optional_rate(f.start_rate_compounds),
        start_rate_households=optional_rate(f.start_rate_households),
        completion_rate_compounds=optional_rate(f.completion_rate_compounds),
        completion_rate_households=optional_rate(f.completion_rate_households),
    )


def _place_out(place: PlaceFigures, city: str) -> PlaceFiguresOut:
    return PlaceFiguresOut(
        district=place.district.code if place.district else None,
        name=place.district.name if place.district else city,
        by_period=survey_figures_out(place.by_period),
        by_plan=survey_figures_out(place.by_plan),
        started_by_plan_year=[
            PlanYearOut(plan_year=year, started=quantities_out(q))
            for year, q in place.started_by_plan_year.items()
        ],
    )


def survey_report_out(report: YearToDate) -> SurveyReportOut:
    return SurveyReportOut(
        year=report.year,
        first_day=report.period.first,
        last_day=report.period.last,
        places=[_place_out(p, report.city.name) for p in report.places],
    )


class AccountRowOut(msgspec.Struct, kw_only=True):
    """A year's plan in a district (``district`` null: the year's total; ``year`` null too:
    the whole programme, 三年交总账): its published target (null where none was), the works
    delivered (passed joint acceptance) by the day, the money paid by then for the plan's
    compounds, delivered or not, and the delivered share of the target's compounds."""

    year: Year | None
    district: DistrictCode | None
    name: Name
    target: FiguresOut | None
    delivered: QuantitiesOut
    investment_completed_yuan: SignedMoney
    delivery_rate_compounds: Ratio | None


class DeliveredReportOut(msgspec.Struct, kw_only=True):
    as_of: datetime.date
    rows: Annotated[
        list[AccountRowOut],
        msgspec.Meta(max_length=(MAX_DISTRICTS + 1) * MAX_PROGRAMME_YEARS + 1),
    ]


def _row_out(row: Account, names: dict[str | None, str]) -> AccountRowOut:
    return AccountRowOut(
        year=row.year,
        district=row.district,
        name=names[row.district],
        target=maybe(figures_out, row.target),
        delivered=quantities_out(row.delivered),
        investment_completed_yuan=text(row.investment_completed_yuan),
        delivery_rate_compounds=optional_rate(row.delivery_rate_compounds),
    )


def delivered_report_out(report: DeliveredAccount) -> DeliveredReportOut:
    names: dict[str | None, str] = {d.code: d.name for d in report.programme.districts}
    names[None] = report.programme.city.name
    return DeliveredReportOut(as_of=report.as_of, rows=[_row_out(r, names) for r in report.rows])
