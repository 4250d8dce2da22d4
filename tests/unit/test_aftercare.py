"""Aftercare: management modes dated so coverage can be judged on any day, elevators run by a
mode per stairwell, a maintenance fund never overdrawn, follow-up surveys 6 and 12 months after
the acceptance, and the coverage report with the compounds still without a mode."""

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from renovation_core import Policy
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.oversight.aftercare import (
    Aftercare,
    Elevator,
    ElevatorMode,
    FundMovement,
    FundMovementKind,
    Management,
    ManagementMode,
    Renovated,
    management_coverage,
)
from renovation_core.oversight.demonstration import nominate
from tests.unit.test_delivery import accepted, building, planned

D = datetime.date
TODAY = D(2024, 6, 30)
SIMPLE = Management(mode=ManagementMode.COMMUNITY, since=D(2023, 11, 1))


def test_the_mode_in_force_on_a_day() -> None:
    care = Aftercare(compound="150302-0001").manage(SIMPLE, TODAY)
    professional = Management(
        mode=ManagementMode.PROFESSIONAL, since=D(2024, 3, 1), provider="乌海市物业服务有限公司"
    )
    care = care.manage(professional, TODAY)
    assert care.mode_on(D(2023, 10, 31)) is None
    assert care.mode_on(D(2024, 2, 29)) == SIMPLE
    assert care.mode_on(D(2024, 3, 1)) == professional
    with pytest.raises(FieldValueError, match="names its company"):
        Management(mode=ManagementMode.PROFESSIONAL, since=D(2024, 3, 1))
    with pytest.raises(FieldValueError, match="before the mode before"):
        care.manage(Management(mode=ManagementMode.SELF_MANAGED, since=D(2024, 1, 1)), TODAY)
    with pytest.raises(FieldValueError, match="after today"):
        care.manage(Management(mode=ManagementMode.SELF_MANAGED, since=D(2024, 7, 1)), TODAY)


def test_each_stairwell_elevator_has_one_mode() -> None:
    lift = Elevator(building="3", entrance="2", mode=ElevatorMode.LUMP_SUM, since=D(2023, 12, 1))
    care = Aftercare(compound="150302-0001").run_elevator(lift, TODAY)
    changed = Elevator(building="3", entrance="2", mode=ElevatorMode.RESIDENTS, since=D(2024, 5, 1))
    care = care.run_elevator(changed, TODAY)
    assert care.elevators == (changed,)
    with pytest.raises(FieldValueError, match="before"):
        care.run_elevator(lift, TODAY)


def test_the_maintenance_fund_is_created_once_and_never_overdrawn() -> None:
    care = Aftercare(compound="150302-0001")
    with pytest.raises(RuleViolation) as missing:
        care.move_fund(
            FundMovement(
                kind=FundMovementKind.TOP_UP,
                on=D(2024, 1, 5),
                amount_yuan=Decimal(1),
                reference="r",
            ),
            TODAY,
        )
    assert missing.value.rule == "no-fund"
    care = care.create_fund(D(2024, 1, 2), TODAY)
    with pytest.raises(RuleViolation, match="created on 2024-01-02"):
        care.create_fund(D(2024, 1, 3), TODAY)
    top_up = FundMovement(
        kind=FundMovementKind.TOP_UP,
        on=D(2024, 1, 5),
        amount_yuan=Decimal("36000.00"),
        reference="续筹通知 2024-01",
    )
    care = care.move_fund(top_up, TODAY)
    use = FundMovement(
        kind=FundMovementKind.USE,
        on=D(2024, 4, 1),
        amount_yuan=Decimal("12000.50"),
        reference="屋面防水维修",
    )
    care = care.move_fund(use, TODAY)
    assert care.fund is not None
    assert care.fund.balance_yuan == Decimal("23999.50")
    with pytest.raises(RuleViolation, match=r"holds 23999\.50 yuan") as overdrawn:
        care.move_fund(
            FundMovement(
                kind=FundMovementKind.USE,
                on=D(2024, 5, 1),
                amount_yuan=Decimal("24000.00"),
                reference="x",
            ),
            TODAY,
        )
    assert overdrawn.value.rule == "fund-overdrawn"


def test_follow_up_surveys_fall_six_and_twelve_months_after_acceptance() -> None:
    assert Policy().follow_ups(D(2023, 10, 15)) == (D(2024, 4, 15), D(2024, 10, 15))
    assert Policy().follow_ups(D(2023, 8, 31)) == (D(2024, 2, 29), D(2024, 8, 31))


def test_coverage_counts_renovated_compounds_and_lists_those_without_a_mode() -> None:
    done = accepted()  # jointly accepted in 2023
    step = done.reached(done.stage)
    assert step is not None
    managed = (
        Aftercare(compound="150302-0001")
        .manage(Management(mode=ManagementMode.COMMUNITY, since=step.on), TODAY)
        .create_fund(step.on, TODAY)
    )
    compounds = [
        Renovated(compound="150302-0001", district="150302", project=done, aftercare=managed),
        Renovated(compound="150302-0002", district="150302", project=done),
        Renovated(compound="150303-0001", district="150303", project=building()),
        Renovated(compound="150303-0002", district="150303", project=None),
    ]
    haibowan, wuda, city = management_coverage(compounds, TODAY, ["150302", "150303"])
    assert (haibowan.renovated, haibowan.managed, haibowan.without) == (2, 1, ("150302-0002",))
    assert haibowan.share == Fraction(1, 2)
    # 补建续筹: of the two renovated, one has its maintenance fund.
    assert (haibowan.funded, haibowan.fund_share) == (1, Fraction(1, 2))
    assert (wuda.renovated, wuda.share, wuda.fund_share) == (0, None, None)
    assert (city.district, city.renovated, city.managed) == (None, 2, 1)
    before, _ = management_coverage(compounds, step.on - datetime.timedelta(days=1), ["150302"])
    assert (before.renovated, before.funded) == (0, 0)


def test_a_demonstration_project_is_nominated_with_reasons() -> None:
    project = accepted()
    nomination = nominate(
        project, ["加装电梯全覆盖", "居民满意度98%"], on=TODAY, by="key:city", today=TODAY
    )
    assert (nomination.compound, nomination.year) == (project.compound, project.year)
    with pytest.raises(FieldValueError, match="gives its reasons"):
        nominate(project, [], on=TODAY, by="key:city", today=TODAY)
    with pytest.raises(FieldValueError, match="blank"):
        nominate(project, [" "], on=TODAY, by="key:city", today=TODAY)
    with pytest.raises(RuleViolation) as none:
        nominate(None, ["好"], on=TODAY, by="key:city", today=TODAY)
    assert none.value.rule == "no-project"
    for early in (planned(), project):
        with pytest.raises(RuleViolation, match="had not begun by 2023-01-01") as not_yet:
            nominate(early, ["好"], on=D(2023, 1, 1), by="key:city", today=TODAY)
        assert not_yet.value.rule == "not-under-way"
