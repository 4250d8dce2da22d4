"""Eligibility (built by the cutoff, not yet renovated) and the first-year rule."""

import pytest

from renovation_core import Ineligibility, check_register, eligibility, in_scope

from .factories import compound, plan, programme


@pytest.mark.parametrize(
    ("built", "eligible", "first_year"),
    [
        (1975, True, True),
        (2000, True, True),
        (2001, True, False),
        (2005, True, False),
        (2006, False, False),
    ],
)
def test_cutoffs_are_inclusive_years(built, eligible, first_year):
    verdict = eligibility(programme(), compound(built_year=built))
    assert (verdict.eligible, verdict.first_year_required) == (eligible, first_year)


def test_a_compound_is_renovated_once():
    verdict = eligibility(programme(), compound(built_year=1990, previously_renovated_in=2020))
    assert not verdict.eligible
    assert not verdict.first_year_required
    assert verdict.reasons == (Ineligibility.ALREADY_RENOVATED,)


def test_reasons_accumulate():
    verdict = eligibility(programme(), compound(built_year=2010, previously_renovated_in=2020))
    assert verdict.reasons == (Ineligibility.BUILT_AFTER_CUTOFF, Ineligibility.ALREADY_RENOVATED)


def test_without_a_first_year_cutoff_nothing_is_forced_into_the_first_year():
    verdict = eligibility(programme(first_year_cutoff_year=None), compound(built_year=1960))
    assert verdict.eligible
    assert not verdict.first_year_required


def test_in_scope_keeps_the_eligible():
    compounds = [compound("a", built_year=1990), compound("b", built_year=2010)]
    assert [c.code for c in in_scope(programme(), compounds)] == ["a"]


def test_register_findings():
    compounds = [
        compound("old-late", built_year=1990),
        compound("old-unplanned", built_year=1991),
        compound("new-ok", built_year=2003),
        compound("too-new", built_year=2010),
    ]
    plans = [plan("old-late", year=2023), plan("new-ok", year=2024), plan("too-new", year=2022)]
    findings = check_register(programme(), compounds, plans)
    assert [(f.code, f.location) for f in findings] == [
        ("plan.first_year_required", "compounds[old-late]"),
        ("plan.first_year_required", "compounds[old-unplanned]"),
        ("plan.compound_not_eligible", "compounds[too-new]"),
    ]
    assert findings[0].message.endswith("must be renovated in 2022 but is planned for 2023")
    assert findings[1].message.endswith("but has no plan")
    assert "(built_after_cutoff)" in findings[2].message
