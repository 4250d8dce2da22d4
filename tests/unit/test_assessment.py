"""The assessment: scores from measured shares with weights summing to exactly 1, and a reward
pool split by task volume and by score that adds up to the pool to the fen."""

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

from renovation_core.converter import structure, unstructure
from renovation_core.delivery import Stage
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.oversight import Tracked
from renovation_core.oversight.assessment import (
    CENTRAL_VOLUME_SHARE,
    Assessment,
    Dimension,
    DistrictFacts,
    RewardPool,
    Weights,
    count,
    measure,
    score,
    task_volumes,
)
from renovation_core.reference import wuhai
from tests.unit.test_delivery import (
    AWARD,
    EVERYONE,
    PACKAGE,
    TODAY,
    accepted,
    approved,
    building,
    completed,
    step,
)

D = datetime.date

EVEN = Weights(
    preparation=Fraction(1, 4),
    progress=Fraction(1, 4),
    acceptance=Fraction(1, 4),
    management=Fraction(1, 4),
)
FACTS = [
    DistrictFacts(
        district="150302",
        tendered_on_time=Fraction(1),
        start_rate=Fraction(47, 47),
        acceptance_pass_rate=Fraction(45, 47),
        management_coverage=Fraction(1),
        satisfaction=Fraction(7, 8),
        task_volume=47,
    ),
    DistrictFacts(
        district="150303",
        tendered_on_time=Fraction(6, 7),
        start_rate=Fraction(5, 7),
        acceptance_pass_rate=None,
        management_coverage=Fraction(3, 7),
        satisfaction=None,
        task_volume=7,
    ),
    DistrictFacts(
        district="150304",
        tendered_on_time=Fraction(0),
        start_rate=Fraction(0),
        acceptance_pass_rate=Fraction(0),
        management_coverage=Fraction(0),
        satisfaction=Fraction(0),
        task_volume=5,
    ),
]
SCORES = {f.district: score(f, EVEN) for f in FACTS}


def test_a_score_weighs_each_dimension_from_its_measured_shares() -> None:
    haibowan = SCORES["150302"]
    # (1 + 1 + 45/47 + (1 + 7/8)/2) / 4 × 100
    assert haibowan.total == 100 * (Fraction(1) + 1 + Fraction(45, 47) + Fraction(15, 16)) / 4
    # Nothing measured for acceptance counts 0; management is the one share measured.
    wuda = dict(SCORES["150303"].dimensions)
    assert wuda[Dimension.ACCEPTANCE] == 0
    assert wuda[Dimension.MANAGEMENT] == Fraction(3, 7) / 4
    assert SCORES["150304"].total == 0


def test_weights_sum_to_exactly_one() -> None:
    with pytest.raises(FieldValueError, match="sum to 11/10, not 1") as bad:
        Weights(
            preparation=Fraction(3, 10),
            progress=Fraction(3, 10),
            acceptance=Fraction(1, 4),
            management=Fraction(1, 4),
        )
    assert bad.value.field == "weights"
    with pytest.raises(FieldValueError, match="not negative"):
        Weights(preparation=Fraction(-1), progress=Fraction(1), acceptance=1, management=1)
    with pytest.raises(FieldValueError, match="from 0 to 1"):
        DistrictFacts(
            district="150302",
            tendered_on_time=Fraction(3, 2),
            start_rate=None,
            acceptance_pass_rate=None,
            management_coverage=None,
            satisfaction=None,
            task_volume=1,
        )


@pytest.mark.parametrize("amount", ["10000000.00", "9999999.99", "0.01", "0.00", "333.33"])
def test_allocations_sum_exactly_to_the_pool(amount: str) -> None:
    for share in (Fraction(0), CENTRAL_VOLUME_SHARE, Fraction(1)):
        pool = RewardPool(amount_yuan=Decimal(amount), volume_share=share)
        allocations = pool.allocate(FACTS, SCORES)
        assert sum(a.total_yuan for a in allocations) == Decimal(amount)
        assert all(a.total_yuan >= 0 for a in allocations)


def test_the_central_split_eighty_by_volume_twenty_by_score() -> None:
    pool = RewardPool(amount_yuan=Decimal("5900000.00"), volume_share=CENTRAL_VOLUME_SHARE)
    haibowan, wuda, hainan = pool.allocate(FACTS, SCORES)
    # 4,720,000 by volume: 47, 7 and 5 parts of 59.
    assert (haibowan.by_volume_yuan, wuda.by_volume_yuan, hainan.by_volume_yuan) == (
        Decimal("3760000.00"),
        Decimal("560000.00"),
        Decimal("400000.00"),
    )
    # The 1,180,000 by score: a district scoring 0 gets none of it.
    assert hainan.by_score_yuan == 0
    assert haibowan.by_score_yuan + wuda.by_score_yuan == Decimal("1180000.00")
    assert haibowan.by_score_yuan > wuda.by_score_yuan


def test_a_pool_is_exact_and_not_negative() -> None:
    with pytest.raises(FieldValueError, match="non-negative") as negative:
        RewardPool(amount_yuan=Decimal("-1.00"))
    assert negative.value.field == "amount_yuan"
    with pytest.raises(FieldValueError, match="2 decimal places"):
        RewardPool(amount_yuan=Decimal("1.001"))
    with pytest.raises(FieldValueError, match="from 0 to 1"):
        RewardPool(amount_yuan=Decimal(1), volume_share=Fraction(6, 5))
    with pytest.raises(FieldValueError, match="allocated once"):
        RewardPool(amount_yuan=Decimal(1)).allocate([FACTS[0], FACTS[0]], SCORES)
    with pytest.raises(FieldValueError, match="no score for 150303, 150304"):
        RewardPool(amount_yuan=Decimal(1)).allocate(FACTS, {"150302": SCORES["150302"]})
    with pytest.raises(FieldValueError, match=r"not 0\.1"):
        RewardPool(amount_yuan=Decimal(1), volume_share=0.1)  # type: ignore[arg-type]
    # Weights may come as decimals or text, exactly.
    assert Weights(
        preparation="0.1",
        progress=Decimal("0.2"),
        acceptance="3/10",
        management="0.4",
    ).of(Dimension.MANAGEMENT) == Fraction(2, 5)
    # Everyone scoring 0: the score's part goes by volume too.
    zero = {f.district: score(f, EVEN) for f in FACTS[2:]}
    (only,) = RewardPool(amount_yuan=Decimal("100.00")).allocate(FACTS[2:], zero)
    assert only.by_score_yuan == Decimal("100.00")


def test_facts_are_measured_from_the_works_of_the_years_plan() -> None:
    # The 2023 plan: one compound tendered 2022-11-25 and accepted at its second meeting,
    # one tendered the same day and building, one tendered in 2023 (late), one not begun.
    failed_first = completed().accept(
        held_on=D(2023, 10, 5), attendees=EVERYONE, passed=False, remarks="排水未通", today=TODAY
    )
    failed_first = failed_first.accept(
        held_on=D(2023, 10, 12), attendees=EVERYONE, passed=True, remarks=None, today=TODAY
    )
    late = step(
        approved().join(PACKAGE),
        Stage.TENDERED,
        D(2023, 1, 5),
        tender=PACKAGE.awarded(AWARD, TODAY),
    )
    compounds = [
        Tracked(district="150302", year=2023, households=120, project=failed_first),
        Tracked(district="150302", year=2023, households=80, project=building()),
        Tracked(district="150302", year=2023, households=60, project=late),
        Tracked(district="150302", year=2023, households=50, project=None),
        Tracked(district="150303", year=2023, households=70, project=accepted()),
    ]
    facts = measure(
        count(compounds, "150302", 2023, D(2023, 12, 31)),
        "150302",
        task_volume=4,
        management_coverage=Fraction(1),
        satisfaction_points=Fraction(250, 3),
    )
    assert facts.tendered_on_time == Fraction(2, 4)
    # 前期手续: the late one too had its design approved by the end of 2022.
    assert facts.approved_on_time == Fraction(3, 4)
    assert facts.dimension(Dimension.PREPARATION) == Fraction(5, 8)
    assert facts.start_rate == Fraction(2, 4)
    assert facts.acceptance_pass_rate == 0  # its one acceptance failed the first time
    # Before the acceptances were held, there is nothing to measure; tenders are judged on
    # the day asked, so one by the end of 2022 was not yet known on 2022-11-01.
    early = measure(
        count(compounds, "150302", 2023, D(2022, 11, 1)),
        "150302",
        task_volume=4,
        management_coverage=None,
        satisfaction_points=None,
    )
    assert (early.tendered_on_time, early.acceptance_pass_rate) == (Fraction(0), None)
    other = measure(
        count(compounds, "150303", 2023, D(2023, 12, 31)),
        "150303",
        task_volume=1,
        management_coverage=None,
        satisfaction_points=None,
    )
    assert other.acceptance_pass_rate == 1
    assert (
        measure(
            count([], "150304", 2023, D(2023, 12, 31)),
            "150304",
            task_volume=0,
            management_coverage=None,
            satisfaction_points=None,
        ).start_rate
        is None
    )


def test_an_assessment_is_kept_as_decided_and_must_allocate() -> None:
    pool = RewardPool(amount_yuan=Decimal("5900000.00"), volume_share=CENTRAL_VOLUME_SHARE)
    made = Assessment(
        year=2023,
        as_of=D(2023, 12, 31),
        assessed_on=D(2024, 1, 15),
        weights=EVEN,
        pool=pool,
        facts=tuple(FACTS),
    )
    assert structure(unstructure(made), Assessment) == made
    assert unstructure(made)["weights"]["progress"] == "1/4"
    assert made.allocations == pool.allocate(FACTS, SCORES)
    with pytest.raises(FieldValueError, match="after today"):
        attrs.evolve(made, as_of=D(2024, 2, 1))
    nothing = [attrs.evolve(f, task_volume=0) for f in FACTS]
    with pytest.raises(FieldValueError, match="no district has a task volume"):
        attrs.evolve(made, facts=tuple(nothing))
    with pytest.raises(FieldValueError, match="district"):
        attrs.evolve(made, facts=(FACTS[0], FACTS[0]))


def test_task_volumes_are_the_compounds_each_published_row_sets() -> None:
    targets = wuhai().programme.annual_targets
    assert task_volumes(targets, 2022) == {"150302": 47, "150303": 5, "150304": 7}
    with pytest.raises(FieldValueError, match="no targets for 2021") as refused:
        task_volumes(targets, 2021)
    assert refused.value.field == "year"


def test_rewards_are_paid_within_their_allocation_and_reversed_whole() -> None:
    """以奖代补 paid in the ledger's manner: added to, never edited; a reversal cancels."""
    made = Assessment(
        year=2023,
        as_of=D(2023, 12, 31),
        assessed_on=D(2024, 1, 15),
        weights=EVEN,
        pool=RewardPool(amount_yuan=Decimal("5900000.00"), volume_share=CENTRAL_VOLUME_SHARE),
        facts=tuple(FACTS),
    )
    [haibowan] = [a for a in made.allocations if a.district == "150302"]
    pay: dict[str, Any] = {
        "paid_on": D(2024, 2, 1),
        "document": "乌财建〔2024〕3号",
        "by": "key:city",
    }
    paid = made.pay("150302", amount_yuan=Decimal("1000000.00"), today=D(2024, 3, 1), **pay)
    assert paid.paid("150302") == Decimal("1000000.00")
    assert structure(unstructure(paid), Assessment) == paid
    left = haibowan.total_yuan - Decimal("1000000.00")
    with pytest.raises(RuleViolation) as over:
        paid.pay("150302", amount_yuan=left + Decimal("0.01"), today=D(2024, 3, 1), **pay)
    assert over.value.rule == "over-allocation"
    assert paid.pay("150302", amount_yuan=left, today=D(2024, 3, 1), **pay).paid("150302") == (
        haibowan.total_yuan
    )
    with pytest.raises(FieldValueError, match="was not assessed"):
        made.pay("150399", amount_yuan=Decimal("1.00"), today=D(2024, 3, 1), **pay)
    with pytest.raises(FieldValueError, match="the day the districts were measured"):
        made.pay(
            "150302",
            amount_yuan=Decimal("1.00"),
            today=D(2024, 3, 1),
            **pay | {"paid_on": D(2023, 12, 1)},
        )
    undo: dict[str, Any] = {
        "on": D(2024, 2, 5),
        "reason": "金额有误",
        "document": "冲正",
        "by": "key:city",
    }
    reversed_ = paid.reverse(1, today=D(2024, 3, 1), **undo)
    assert reversed_.paid("150302") == 0
    assert [p.signed_yuan for p in reversed_.payments] == [
        Decimal("1000000.00"),
        Decimal("-1000000.00"),
    ]
    for number, rule in ((1, "already-reversed"), (2, "not-a-payment"), (9, "not-a-payment")):
        with pytest.raises(RuleViolation) as refused:
            reversed_.reverse(number, today=D(2024, 3, 1), **undo)
        assert refused.value.rule == rule
