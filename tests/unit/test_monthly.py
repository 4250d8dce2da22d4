"""Monthly progress reports: figures computed from project states and the ledger as of the
month's end, due on the 25th, one report per district and month with corrections as versions,
rolled up by adding, compared month over month."""

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.funding import FundingSource
from renovation_core.funding.ledger import Entry, Ledger
from renovation_core.oversight import (
    Month,
    MonthlyReport,
    Progress,
    ReportStatus,
    Tracked,
    as_of,
    baseline,
    monthly,
    progress,
    status,
    submit,
)
from tests.unit.test_delivery import building, completed, planned

D = datetime.date
TODAY = D(2023, 12, 31)


def entry(number: int, on: datetime.date, amount: str, reverses: int | None = None) -> Entry:
    return Entry(
        number=number,
        line=1,
        source=FundingSource.CENTRAL_SUBSIDY,
        paid_on=on,
        payee="乌海市建筑工程有限责任公司",
        amount_yuan=Decimal(amount),
        purpose="water_supply",
        document=f"凭证 {number}",
        recorded_on=on,
        recorded_by="key:finance",
        reverses=reverses,
        reason="重复支付" if reverses else None,
    )


# A district's three compounds of the 2023 plan: one completed (started 10 April, completed
# 30 September), one under construction since 10 April, one not started.
LEDGER = Ledger(
    entries=(
        entry(1, D(2023, 4, 20), "300000.00"),
        entry(2, D(2023, 5, 3), "0.10"),
        entry(3, D(2023, 5, 9), "0.10", reverses=2),
    )
)
DISTRICT = [
    Tracked(district="150302", year=2023, households=120, project=completed(), ledger=LEDGER),
    Tracked(district="150302", year=2023, households=80, project=building()),
    Tracked(district="150302", year=2023, households=50, project=planned()),
    # Another district's, and this district's compound of another year: neither counts.
    Tracked(district="150303", year=2023, households=70, project=building()),
    Tracked(district="150302", year=2024, households=90, project=None),
]


def haibowan(day: datetime.date) -> Progress:
    return progress(DISTRICT, "150302", 2023, day)


def test_figures_as_of_a_day_from_project_states_and_the_ledger() -> None:
    april = haibowan(Month(year=2023, month=4).last_day)
    assert (april.compounds_planned, april.households_planned) == (3, 250)
    assert (april.compounds_started, april.households_started) == (2, 200)
    assert (april.compounds_completed, april.investment_completed_yuan) == (0, Decimal("300000.00"))
    assert april.start_rate_compounds == Fraction(2, 3)
    assert april.start_rate_households == Fraction(4, 5)
    assert april.completion_rate_compounds == 0
    october = haibowan(Month(year=2023, month=10).last_day)
    assert (october.compounds_completed, october.households_completed) == (1, 120)
    assert october.completion_rate_households == Fraction(12, 25)
    # The payment reversed in May is not investment completed.
    assert october.investment_completed_yuan == Decimal("300000.00")
    march = haibowan(D(2023, 3, 31))
    assert (march.compounds_started, march.start_rate_compounds) == (0, Fraction(0))
    assert Progress().start_rate_compounds is None


def test_months_over_months_and_roll_ups_add_up() -> None:
    april = haibowan(D(2023, 4, 30))
    october = haibowan(D(2023, 10, 31))
    change = october.since(april)
    assert (change.compounds_started, change.compounds_completed) == (0, 1)
    assert (change.households_completed, change.investment_completed_yuan) == (120, Decimal(0))
    city = april + october
    assert (city.compounds_planned, city.households_completed) == (6, 120)
    with pytest.raises(FieldValueError, match="completed ≤ started ≤ planned"):
        Progress(compounds_planned=1, compounds_started=2)


def test_a_month_knows_its_days_and_its_due_date() -> None:
    month = Month(year=2024, month=2)
    assert (month.first_day, month.last_day, monthly.due_on(month)) == (
        D(2024, 2, 1),
        D(2024, 2, 29),
        D(2024, 2, 25),
    )
    assert (str(month.previous), str(Month(year=2023, month=12).following)) == (
        "2024-01",
        "2024-01",
    )
    assert as_of(month, D(2024, 2, 10)) == D(2024, 2, 10)
    assert as_of(month, D(2024, 3, 2)) == D(2024, 2, 29)
    assert baseline(Month(year=2024, month=1)) == D(2023, 12, 31)
    assert Month(year=2100, month=12).last_day == D(2100, 12, 31)
    with pytest.raises(FieldValueError):
        Month(year=2024, month=13)


def test_one_report_per_district_and_month_corrections_are_versions_with_reasons() -> None:
    may = Month(year=2023, month=5)
    figures = haibowan(as_of(may, D(2023, 5, 24)))

    def report(
        on: datetime.date,
        versions: tuple[MonthlyReport, ...] = (),
        remarks: str | None = None,
        reason: str | None = None,
    ) -> MonthlyReport:
        return submit(
            versions,
            "150302",
            may,
            figures,
            on=on,
            by="key:haibowan",
            today=TODAY,
            remarks=remarks,
            reason=reason,
        )

    first = report(D(2023, 5, 24), remarks="雨季影响管网施工")
    assert (first.version, status([first], may, TODAY)) == (1, ReportStatus.ON_TIME)
    with pytest.raises(RuleViolation) as twice:
        report(D(2023, 5, 26), (first,))
    assert twice.value.rule == "report-exists"
    corrected = report(D(2023, 6, 2), (first,), reason="海北小区开工日期更正")
    assert (corrected.version, status([first, corrected], may, TODAY)) == (
        2,
        ReportStatus.ON_TIME,
    )
    with pytest.raises(FieldValueError, match="corrects nothing"):
        report(D(2023, 5, 24), reason="无")
    with pytest.raises(FieldValueError, match="before the version it corrects"):
        report(D(2023, 5, 20), (first,), reason="更正")


def test_late_overdue_and_future_reports() -> None:
    june = Month(year=2023, month=6)
    figures = Progress()
    late = submit((), "150302", june, figures, on=D(2023, 6, 26), by="key:x", today=TODAY)
    assert status([late], june, TODAY) is ReportStatus.LATE
    assert status([], june, D(2023, 6, 25)) is ReportStatus.PENDING
    assert status([], june, D(2023, 6, 26)) is ReportStatus.OVERDUE
    with pytest.raises(FieldValueError, match="2024-01 has not begun") as future:
        submit((), "150302", Month(year=2024, month=1), figures, on=TODAY, by="k", today=TODAY)
    assert future.value.field == "month"
    with pytest.raises(FieldValueError, match="month's start"):
        submit((), "150302", june, figures, on=D(2023, 5, 31), by="key:x", today=TODAY)
