"""A programme listing a district outside its city (a finding of the consistency report, but
loaded): an administrator bounded to the city answers for the districts inside it alone. It
neither assesses the programme nor draws up its plans (each is over every district), nor
pairs, contracts or pays a reward for the district outside; what it reads across districts
is theirs, and the city's line their sum."""

from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

import renovation_core as core
from renovation_api.services import oversight, planning, statistics
from renovation_api.services.errors import OutsideScope
from renovation_core.oversight import Month, Pairing, RewardPool, Weights
from renovation_core.register.targets import AnnualPlanTarget, Figures
from tests.services.conftest import run
from tests.services.fakes import FakeUnitOfWork
from tests.unit import factories
from tests.unit.test_delivery import accepted

P = "test"
INSIDE, OUTSIDE = "150302", "150402"  # 海勃湾区 of 乌海市; 东河区 of 包头市, listed by mistake
BOUNDED = core.Principal(actor="key:wuhai", role=core.Role.CITY_ADMIN, region="150300")
QUARTER = Fraction(1, 4)
TARGETS = Figures(
    compounds=1, households=90, floor_area_m2=Decimal("8100.50"), investment_yuan=Decimal("1.00")
)


@pytest.fixture
def uow(uow: FakeUnitOfWork) -> FakeUnitOfWork:
    """A compound in each district, planned for 2023 and its works accepted."""
    uow.programmes.by_code[P] = factories.programme(
        (INSIDE, OUTSIDE),
        city=core.City(code="150300", name="乌海市"),
        annual_targets=tuple(
            AnnualPlanTarget(year=2023, district=d, figures=TARGETS) for d in (INSIDE, OUTSIDE)
        ),
    )
    for district in (INSIDE, OUTSIDE):
        code = f"{district}-0001"
        uow.compounds.add(P, factories.compound(code, district))
        uow.plans.table.put((P, code), factories.plan(code, year=2023))
        uow.projects.table.put((P, code, 2023), attrs.evolve(accepted(), compound=code))
    return uow


def test_acts_over_every_district_or_on_the_one_outside_are_refused(uow):
    bounded = uow.acting_as(BOUNDED)
    weights = Weights(preparation=QUARTER, progress=QUARTER, acceptance=QUARTER, management=QUARTER)
    assess = oversight.Assess(
        programme=P, year=2023, weights=weights, pool=RewardPool(amount_yuan=Decimal("100.00"))
    )
    with pytest.raises(OutsideScope, match=OUTSIDE):
        run(oversight.assess(assess, bounded))
    with pytest.raises(OutsideScope, match=OUTSIDE):
        run(planning.proposed_tables(bounded, P, {}))
    paired = Pairing(leader="王副市长", title="副市长", district=OUTSIDE, since=uow.today)
    with pytest.raises(OutsideScope, match=OUTSIDE):
        run(oversight.pair(oversight.Pair(programme=P, pairing=paired), bounded))
    drawn = oversight.DrawContract(programme=P, district=OUTSIDE, year=2023)
    with pytest.raises(OutsideScope, match=OUTSIDE):
        run(oversight.draw_contract(drawn, bounded))
    run(oversight.assess(assess, uow))  # the city, unbounded, assesses every district
    paid = oversight.PayReward(
        programme=P,
        year=2023,
        district=OUTSIDE,
        paid_on=uow.today,
        amount_yuan=Decimal("1.00"),
        document="拨款文件",
    )
    with pytest.raises(OutsideScope, match=OUTSIDE):
        run(oversight.pay_reward(paid, bounded))
    run(oversight.pay_reward(paid, uow))  # the city, unbounded, pays the district outside
    reversal = oversight.ReverseReward(
        programme=P, year=2023, reverses=1, on=uow.today, reason="错付", document="冲销文件"
    )
    with pytest.raises(OutsideScope, match=OUTSIDE):
        run(oversight.reverse_reward(reversal, bounded))
    assert [(e.action, e.resource) for e in uow.audit.events] == [
        ("create", "/v1/programmes/test/assessments/2023"),
        ("pay", "/v1/programmes/test/assessments/2023"),
    ]
    # Inside its city it acts as the city does.
    run(oversight.draw_contract(attrs.evolve(drawn, district=INSIDE), bounded))
    run(
        oversight.pair(
            oversight.Pair(programme=P, pairing=attrs.evolve(paired, district=INSIDE)), bounded
        )
    )


def test_reads_across_districts_are_its_districts_and_their_sum(uow):
    bounded = uow.acting_as(BOUNDED)
    december = Month(year=2023, month=12)
    reported = oversight.SubmitReport(programme=P, district=OUTSIDE, month=december)
    with pytest.raises(OutsideScope, match=OUTSIDE):
        run(oversight.submit_report(reported, bounded))
    run(oversight.submit_report(reported, uow))  # its figures are the report's, as submitted
    whole, mine = (run(oversight.month_across(u, P, december)) for u in (uow, bounded))
    assert [d.district.code for d in whole.districts] == [INSIDE, OUTSIDE]
    assert [d.district.code for d in mine.districts] == [INSIDE]
    assert whole.city is not None
    assert mine.city is not None
    assert (whole.city.compounds_completed, mine.city.compounds_completed) == (2, 1)
    _, cells = run(statistics.coverage_delivered(uow, P, None))
    _, own = run(statistics.coverage_delivered(bounded, P, None))
    assert {c.district for c in cells} == {INSIDE, OUTSIDE, None}
    assert {c.district for c in own} == {INSIDE, None}
    city = {c.category: c.in_scope for c in own if c.district is None}
    inside = {c.category: c.in_scope for c in own if c.district == INSIDE}
    assert city == inside
    assert set(city.values()) == {1}
