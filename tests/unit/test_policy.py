"""A programme's policy: read from its file with the Wuhai plan's defaults, checked field by
field, and enforcing each duty as the city chose."""

import datetime
from decimal import Decimal

import attrs
import pytest

from renovation_core import DataError, Duty, Enforcement, Policy, dataset_from_toml
from renovation_core.delivery import UnitRole
from renovation_core.errors import RuleViolation
from renovation_core.policy import grade_rank
from renovation_core.reference import wuhai

PROGRAMME = """
[programme]
code = "qinghe-2025"
name = "清河市老旧小区改造"
start_year = 2025
end_year = 2025
eligibility_cutoff_year = 2000
city = { code = "130500", name = "清河市" }
districts = [{ code = "130502", name = "桥东区", streets = [] }]
"""

# A stricter city than Wuhai: the maintenance fund and survey and testing units are required,
# inspections fortnightly, first-grade contractors, no direct award at all.
STRICT = """
[policy]
inspection_interval_days = 14
direct_award_limit_yuan = "0"
provident_fund_items = ["elevator_retrofit"]
[policy.duties]
maintenance_fund = "block"
survey_and_testing = "block"
[[policy.minimum_grades]]
role = "construction"
grade = "一级"
"""

# A looser one: residents are canvassed but design may start before the menu is confirmed,
# elevators' management is only a finding, grades are not checked.
LOOSE = """
[policy]
follow_up_months = [12]
direct_award_limit_yuan = "10000000"
minimum_grades = []
[policy.duties]
canvass_before_design = "warn"
elevator_management = "warn"
qualification_grade = "off"
special_purpose = "warn"
"""


def test_the_wuhai_plan_is_the_default_and_its_file_says_so() -> None:
    shipped = wuhai().policy  # its file writes the defaults out
    assert shipped.provident_fund_purposes == Policy().provident_fund_purposes
    assert attrs.evolve(shipped, provident_fund_items=None) == Policy()
    assert dataset_from_toml(PROGRAMME).policy == Policy()
    default = Policy()
    assert default.duties.of(Duty.CANVASS_BEFORE_DESIGN) is Enforcement.BLOCK
    assert default.duties.of(Duty.MAINTENANCE_FUND) is Enforcement.WARN
    assert default.direct_award_limit_yuan == Decimal("4000000")
    assert default.provident_fund_purposes == {
        "elevator_retrofit",
        "energy_retrofit",
        "heating",
        "power_supply",
        "water_supply",
    }


def test_a_city_states_its_own_policy_in_its_file() -> None:
    strict = dataset_from_toml(PROGRAMME + STRICT).policy
    assert strict.duties.of(Duty.MAINTENANCE_FUND) is Enforcement.BLOCK
    assert strict.duties.of(Duty.CANVASS_BEFORE_DESIGN) is Enforcement.BLOCK  # unstated: default
    assert strict.inspection_interval_days == 14
    assert strict.minimum_grade(UnitRole.CONSTRUCTION).grade == "一级"  # type: ignore[union-attr]
    assert strict.minimum_grade(UnitRole.DESIGN) is None  # the list replaces the default's
    assert strict.provident_fund_purposes == {"elevator_retrofit"}
    loose = dataset_from_toml(PROGRAMME + LOOSE).policy
    assert loose.follow_ups(datetime.date(2025, 8, 31)) == (datetime.date(2026, 8, 31),)
    assert loose.minimum_grades == ()


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        (
            '[policy.duties]\nmaintenance_fund = "sometimes"\n'
            '[[policy.minimum_grades]]\nrole = "design"\ngrade = "优秀"\n',
            [
                (
                    "$.policy.duties.maintenance_fund",
                    "unknown enforcement 'sometimes': expected one of block, warn, off",
                ),
                (
                    "$.policy.minimum_grades[0].grade",
                    "'优秀' is not a grade of the national scale "
                    "(特级/综合, 一级/甲级, 二级/乙级, 三级/丙级)",
                ),
            ],
        ),
        (
            "[policy]\ninspection_interval_days = 0\n",
            [("$.policy.inspection_interval_days", "must be between 1 and 366, got 0")],
        ),
        (
            "[policy]\nfollow_up_months = [12, 6]\n",
            [
                (
                    "$.policy.follow_up_months",
                    "must be at most 12 distinct months from 1 to 60 after acceptance, in order",
                )
            ],
        ),
        (
            '[policy]\nprovident_fund_items = ["gold_taps"]\n',
            [("$.policy.provident_fund_items[0]", "unknown catalogue item 'gold_taps'")],
        ),
        (
            "[policy]\nwhatever = 1\n",
            [("$.policy", "unknown field(s): whatever")],
        ),
    ],
)
def test_a_bad_policy_names_its_fields(text: str, errors: list[tuple[str, str]]) -> None:
    with pytest.raises(DataError) as error:
        dataset_from_toml(PROGRAMME + text)
    assert [(e.path, e.message) for e in error.value.errors] == errors


def test_grades_rank_on_the_national_scale_whatever_the_certificate_says_around_them() -> None:
    assert grade_rank("建筑工程施工总承包二级") == grade_rank("乙级") == 2
    assert grade_rank("工程设计综合资质") == 0
    # A text naming two grades counts as the lower: no "三级（拟申请一级）" passes for 一级.
    assert grade_rank("施工总承包三级（拟申请一级）") == 3
    assert grade_rank("特级") < grade_rank("一级") < grade_rank("三级")  # type: ignore[operator]
    assert grade_rank("暂定级") is None


@pytest.mark.parametrize(
    ("enforcement", "outcome"),
    [("block", "refused"), ("warn", "finding"), ("off", None)],
)
def test_each_enforcement_refuses_reports_or_ignores_a_breach(
    enforcement: str, outcome: str | None
) -> None:
    policy = dataset_from_toml(
        PROGRAMME + f'[policy.duties]\nmaintenance_fund = "{enforcement}"\n'
    ).policy
    assert policy.enforce(Duty.MAINTENANCE_FUND, None) is None
    if outcome == "refused":
        with pytest.raises(RuleViolation) as refused:
            policy.enforce(Duty.MAINTENANCE_FUND, "no fund")
        assert refused.value.rule == "maintenance-fund"
        assert refused.value.message == "补建续筹住宅专项维修资金: no fund"
    else:
        assert policy.enforce(Duty.MAINTENANCE_FUND, "no fund") == ("no fund" if outcome else None)
