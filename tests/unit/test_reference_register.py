"""The shipped Wuhai register: made by its generator, synthetic (and saying so), rule-abiding."""

from collections import Counter
from fractions import Fraction

from renovation_core import check_register, check_targets, eligibility
from renovation_core.reference import wuhai, wuhai_text
from renovation_core.reference.wuhai_register import build, render
from renovation_core.units import apportion


def test_the_generator_reproduces_the_shipped_file_byte_for_byte():
    assert render() == wuhai_text()


def test_another_seed_gives_another_register_with_the_same_figures():
    other = build(seed=7)
    assert other.compounds != wuhai().compounds
    assert check_register(other.programme, other.compounds, other.plans) == ()


def test_the_register_says_it_is_synthetic():
    provenance = wuhai().provenance
    assert provenance is not None
    assert provenance.synthetic
    assert "synthetic" in (provenance.note or "")


def test_every_compound_is_eligible_and_those_built_by_2000_are_in_2022():
    data = wuhai()
    plan_year = {plan.compound: plan.year for plan in data.plans}
    assert len(data.compounds) == len(data.plans) == 186
    for compound in data.compounds:
        verdict = eligibility(data.programme, compound)
        assert verdict.eligible
        assert compound.built_year <= 2005
        if compound.built_year <= 2000:
            assert verdict.first_year_required
            assert plan_year[compound.code] == 2022


def test_the_published_targets_and_the_register_raise_no_findings():
    data = wuhai()
    assert check_targets(data.programme) == ()
    assert check_register(data.programme, data.compounds, data.plans) == ()


def test_the_register_is_realistic():
    data = wuhai()
    assert len({c.name for c in data.compounds}) == 186
    streets = Counter(c.street for c in data.compounds)
    assert len(streets) >= 15  # spread over the real streets, not piled on one
    for compound in data.compounds:
        assert 16 <= compound.households <= 1000
        assert 40 <= compound.floor_area_m2 / compound.households <= 200
        assert compound.condition is not None
    assessed = {c.condition.assessed_on for c in data.compounds if c.condition}
    assert {day.year if day else None for day in assessed} == {2021}  # before the plan


def test_apportion_splits_exactly_and_respects_the_minimum():
    parts = apportion(100, [1, 1, 1], minimum=10)
    assert sum(parts) == 100
    assert min(parts) >= 10
    assert parts == [34, 33, 33]
    # Exact shares (scores) and a zero share split exactly too.
    assert apportion(1000, [Fraction(1, 3), Fraction(2, 3), 0]) == [333, 667, 0]
