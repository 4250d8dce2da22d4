"""Aggregation invariants that hold for any register, not just Wuhai's."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from renovation_core import (
    STANDARD_CATALOGUE,
    Dataset,
    Figures,
    actual_annual_plan,
    coverage,
    dataset_from_json,
    dataset_to_json,
)

from .factories import compound, plan, programme

ITEM_CODES = [item.code for item in STANDARD_CATALOGUE]


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    district_codes = tuple(f"9901{n:02d}" for n in range(1, draw(st.integers(1, 5)) + 1))
    start = draw(st.integers(2015, 2030))
    prog = programme(district_codes, start_year=start, end_year=start + draw(st.integers(0, 3)))
    compounds, plans = [], []
    for i in range(draw(st.integers(0, 40))):
        code = f"C-{i}"
        compounds.append(
            compound(
                code,
                draw(st.sampled_from(district_codes)),
                built_year=draw(st.integers(1950, 2015)),
                households=draw(st.integers(1, 3000)),
                floor_area_m2=Decimal(draw(st.integers(1, 10**9))).scaleb(-2),
                previously_renovated_in=draw(st.none() | st.just(2010)),
            )
        )
        if draw(st.booleans()):
            plans.append(
                plan(
                    code,
                    year=draw(st.sampled_from(prog.years)),
                    items=tuple(draw(st.sets(st.sampled_from(ITEM_CODES), min_size=1, max_size=6))),
                    investment_yuan=str(Decimal(draw(st.integers(0, 10**12))).scaleb(-2)),
                )
            )
    return Dataset(programme=prog, compounds=tuple(compounds), plans=tuple(plans))


@settings(max_examples=150, deadline=None)
@given(datasets())
def test_district_rows_sum_to_totals(data):
    rows = actual_annual_plan(data.programme, data.compounds, data.plans)
    by_key = {(r.year, r.district): r.figures for r in rows}
    districts = [d.code for d in data.programme.districts]
    assert len(rows) == len(by_key) == (len(data.programme.years) + 1) * (len(districts) + 1)
    for year in data.programme.years:
        assert Figures.total(by_key[year, d] for d in districts) == by_key[year, None]
    for d in districts:
        assert Figures.total(by_key[y, d] for y in data.programme.years) == by_key[None, d]
    assert Figures.total(by_key[y, None] for y in data.programme.years) == by_key[None, None]
    assert Figures.total(by_key[None, d] for d in districts) == by_key[None, None]
    assert by_key[None, None].compounds == len(data.plans)


@settings(max_examples=150, deadline=None)
@given(datasets())
def test_coverage_stays_within_zero_and_one(data):
    cells = coverage(data.programme, data.compounds, data.plans)
    for cell in cells:
        assert 0 <= cell.covered <= cell.in_scope
        assert cell.rate is None or 0 <= cell.rate <= 1
    for category in {c.category for c in cells}:
        own = [c for c in cells if c.category is category]
        city = own[-1]
        assert city.district is None
        assert city.covered == sum(c.covered for c in own[:-1])
        assert city.in_scope == sum(c.in_scope for c in own[:-1])


@settings(max_examples=50, deadline=None)
@given(datasets())
def test_any_dataset_survives_a_json_round_trip(data):
    assert dataset_from_json(dataset_to_json(data)) == data
