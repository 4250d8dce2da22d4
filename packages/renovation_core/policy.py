"""A programme's policy: the duties its plan sets, and how hard the system holds a city to each.

Cities implement the same national policy with their own rules. Each duty here is checked once,
in the core; the policy says whether breaking it refuses the step (``block``), lets it pass with
a finding on the city's warnings (``warn``) or is not checked (``off``), and gives the figures
the duties read. The defaults are the Wuhai plan's; a city states its own in the ``policy``
table of its programme file, and nothing else changes.
"""

import datetime
from decimal import Decimal

import attrs

from renovation_core.delivery.participants import UnitRole
from renovation_core.enforcement import Duty, Enforcement
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.funding.sources import IN_HOME_ITEMS
from renovation_core.validators import between, quantity, unique_by

# 委托具备较高资质的单位: a qualification grade's rank on the national scale, highest first. The
# construction sequence (特级, 一级…) and the design, survey and supervision one (综合, 甲级…)
# meet at the same ranks.
MAX_FOLLOW_UPS, MAX_FOLLOW_UP_MONTH = 12, 60
GRADE_RANKS = (("特级", "综合"), ("一级", "甲级"), ("二级", "乙级"), ("三级", "丙级"))


@attrs.frozen(kw_only=True)
class Duties:
    """How each duty is enforced. Wuhai's plan makes its residents' right to choose (选择权),
    the elevators' management (明确加装电梯的管理责任), qualified units and special funds'
    purpose binding; it encourages (鼓励) the maintenance fund; it asks for survey and testing
    units where the works need them, which only people can judge, so their absence is a
    finding."""

    canvass_before_design: Enforcement = Enforcement.BLOCK
    elevator_management: Enforcement = Enforcement.BLOCK
    maintenance_fund: Enforcement = Enforcement.WARN
    qualification_grade: Enforcement = Enforcement.BLOCK
    survey_and_testing: Enforcement = Enforcement.WARN
    direct_award: Enforcement = Enforcement.BLOCK
    special_purpose: Enforcement = Enforcement.BLOCK

    def of(self, duty: Duty) -> Enforcement:
        enforcement: Enforcement = getattr(self, duty.code)
        return enforcement


def grade_rank(grade: str) -> int | None:
    """The rank (0 highest) of a qualification's grade, read from its text ("建筑工程施工总承包
    二级" ranks as 二级; a text naming several grades ranks as the lowest of them); ``None``
    when the text names no grade of the national scale."""
    found = [rank for rank, names in enumerate(GRADE_RANKS) if any(n in grade for n in names)]
    return max(found, default=None)


def _on_scale(instance: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if grade_rank(value) is None:
        raise FieldValueError(
            attribute.name,
            f"{value!r} is not a grade of the national scale "
            f"({', '.join('/'.join(names) for names in GRADE_RANKS)})",
        )


@attrs.frozen(kw_only=True)
class MinimumGrade:
    """The lowest qualification grade a unit may hold for one kind of work."""

    role: UnitRole
    grade: str = attrs.field(validator=_on_scale)

    def falls_short(self, held: str) -> bool:
        rank = grade_rank(held)
        minimum = grade_rank(self.grade)
        assert minimum is not None  # the validator says so
        return rank is None or rank > minimum


def _months(
    _instance: object, attribute: "attrs.Attribute[tuple[int, ...]]", value: tuple[int, ...]
) -> None:
    if (
        list(value) != sorted(set(value))
        or any(not 1 <= m <= MAX_FOLLOW_UP_MONTH for m in value)
        or len(value) > MAX_FOLLOW_UPS
    ):
        raise FieldValueError(
            attribute.name,
            f"must be at most {MAX_FOLLOW_UPS} distinct months from 1 to "
            f"{MAX_FOLLOW_UP_MONTH} after acceptance, in order",
        )


_optional_money = attrs.validators.optional(quantity(2))
# 《必须招标的工程项目规定》: construction contracts from 400万元 must be tendered.
TENDER_THRESHOLD_YUAN: Decimal | None = Decimal("4000000")
PROVIDENT_FUND_ITEMS = frozenset({"elevator_retrofit", *IN_HOME_ITEMS})


@attrs.frozen(kw_only=True)
class Policy:
    """A programme's policy settings (see the module's docstring).

    ``inspection_interval_days``: the longest a project under construction goes without a quality
    and safety inspection (定期检查). ``follow_up_months``: when the follow-up surveys fall due
    after acceptance, each answerable from ``follow_up_window_days`` before its day and overdue
    that many days after it. ``direct_award_limit_yuan``: works below this contract value may be
    let without a tender (直接委托 or negotiation; ``None``: never); Wuhai's default is the
    national threshold from which construction must be tendered (《必须招标的工程项目规定》,
    400万元以上).
    ``provident_fund_items``: the catalogue items housing provident fund withdrawals may pay for;
    by default the plan's 加装电梯等自住住房改造, elevators and the works inside homes
    (:data:`PROVIDENT_FUND_ITEMS`), whatever a city's catalogue holds of them.
    ``public_briefs``: whether anyone may read each compound's brief to its residents (its plan,
    budget, funding by source, stage and survey results: :mod:`renovation_core.disclosure`);
    by default only its households' representatives and the staff covering it may.
    """

    duties: Duties = Duties()
    inspection_interval_days: int = attrs.field(default=30, validator=between(1, 366))
    follow_up_months: tuple[int, ...] = attrs.field(default=(6, 12), validator=_months)
    follow_up_window_days: int = attrs.field(default=30, validator=between(0, 180))
    minimum_grades: tuple[MinimumGrade, ...] = attrs.field(
        default=(
            MinimumGrade(role=UnitRole.SURVEY, grade="乙级"),
            MinimumGrade(role=UnitRole.DESIGN, grade="乙级"),
            MinimumGrade(role=UnitRole.CONSTRUCTION, grade="二级"),
            MinimumGrade(role=UnitRole.SUPERVISION, grade="乙级"),
        ),
        validator=unique_by(lambda minimum: minimum.role, "role"),
    )
    direct_award_limit_yuan: Decimal | None = attrs.field(
        default=TENDER_THRESHOLD_YUAN,
        validator=_optional_money,
    )
    provident_fund_items: tuple[str, ...] | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(unique_by(lambda item: item, "item")),
    )
    public_briefs: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    def enforce(self, duty: Duty, breach: str | None) -> str | None:
        """Hold a step to ``duty``: raise if it is breached and the policy blocks; otherwise the
        breach (a finding) where the duty is checked at all, else ``None``."""
        enforcement = self.duties.of(duty)
        if breach is None or enforcement is Enforcement.OFF:
            return None
        if enforcement is Enforcement.BLOCK:
            raise RuleViolation(duty.code.replace("_", "-"), f"{duty.label}: {breach}")
        return breach

    def checks(self, duty: Duty) -> bool:
        return self.duties.of(duty) is not Enforcement.OFF

    @property
    def provident_fund_purposes(self) -> frozenset[str]:
        if self.provident_fund_items is None:
            return PROVIDENT_FUND_ITEMS
        return frozenset(self.provident_fund_items)

    def minimum_grade(self, role: UnitRole) -> MinimumGrade | None:
        return next((m for m in self.minimum_grades if m.role is role), None)

    def follow_ups(self, accepted_on: datetime.date) -> tuple[datetime.date, ...]:
        """The days the follow-up surveys fall due (the month's last day where the month is
        shorter than the acceptance's day)."""
        return tuple(_months_after(accepted_on, months) for months in self.follow_up_months)


def _months_after(day: datetime.date, months: int) -> datetime.date:
    year, month = divmod(day.month - 1 + months, 12)
    first = datetime.date(day.year + year, month + 1, 1)
    last = ((first + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)).day
    return first.replace(day=min(day.day, last))
