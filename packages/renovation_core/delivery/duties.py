"""The plan's duties that a project's steps owe to records beside it, each said once.

Each function says why a project breaks one duty on a day, or ``None``. The project's commands
use them as guards (:meth:`renovation_core.policy.Policy.enforce` refuses the step where the
programme's policy blocks), and :func:`renovation_core.delivery.schedule.duty_warnings` lists
every breach the policy checks on the day asked, so a duty that only warns is never silent.
"""

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from renovation_core.delivery.participants import Unit, UnitRole
from renovation_core.delivery.stages import Stage
from renovation_core.delivery.tender import Award, ProcurementMethod
from renovation_core.participation.surveys import MIN_CANVASSED

if TYPE_CHECKING:
    from renovation_core.policy import Policy

ELEVATOR_ITEM = "elevator_retrofit"
_TENDERED = frozenset({ProcurementMethod.OPEN, ProcurementMethod.INVITED})
# The units the plan names beside design, construction and supervision, and the step each must
# be engaged by: a survey before the design is approved, testing before the works are accepted.
ENGAGED_BEFORE = {
    Stage.APPROVED: (UnitRole.SURVEY, "before the design was approved"),
    Stage.ACCEPTED: (UnitRole.TESTING, "before the works were accepted"),
}


class Canvassed(Protocol):
    """What the design asks of the residents' menu (:class:`renovation_core.participation.Menu`):
    the day the residents' choice was confirmed."""

    @property
    def confirmed_on(self) -> datetime.date | None: ...


class Managed(Protocol):
    """What long-term management asks of a compound's aftercare record (see
    :class:`renovation_core.oversight.Aftercare`)."""

    def mode_on(self, day: datetime.date) -> object | None: ...

    def elevators_run_by(self, day: datetime.date) -> bool: ...

    def fund_by(self, day: datetime.date) -> bool: ...


def canvass(
    menu: Canvassed | None, canvassed: datetime.date | None, on: datetime.date
) -> str | None:
    """改造前问需: the design starts from what the residents asked for by then: their menu
    confirmed (居民点单), or the day a canvass survey stood for their households (``canvassed``,
    see :meth:`renovation_core.participation.Survey.canvassed_on`)."""
    days = [d for d in (menu.confirmed_on if menu is not None else None, canvassed) if d]
    if not days:
        return (
            f"the design started on {on} with no residents' menu confirmed (居民点单) and no "
            f"canvass of their needs (需求征询: a survey of purpose canvass answered by "
            f"{MIN_CANVASSED} of its households, or all of a smaller compound's)"
        )
    if min(days) > on:
        return (
            f"the design started on {on}, before the residents' menu was confirmed or their "
            f"needs canvassed ({min(days)})"
        )
    return None


def elevator_management(
    items: Iterable[str], aftercare: Managed | None, on: datetime.date
) -> str | None:
    """A plan that retrofits elevators reaches long-term management with their management mode
    (物业包干制, 物业酬金制 or 居民自管) in force."""
    if ELEVATOR_ITEM not in items or (aftercare is not None and aftercare.elevators_run_by(on)):
        return None
    return f"the plan retrofits elevators and no elevator has a management mode by {on}"


def maintenance_fund(aftercare: Managed | None, on: datetime.date) -> str | None:
    """补建续筹: a renovated compound enters long-term management with a maintenance fund."""
    if aftercare is not None and aftercare.fund_by(on):
        return None
    return f"the compound has no housing maintenance fund by {on} (补建住宅专项维修资金)"


def grade(policy: "Policy", role: UnitRole, unit: Unit) -> str | None:
    """委托具备较高资质的单位: a unit's grade is at least the policy's minimum for its work."""
    minimum = policy.minimum_grade(role)
    held = unit.qualification
    if minimum is None or held is None or not minimum.falls_short(held.grade):
        return None
    return (
        f"{unit.organisation.name} holds {held.grade}; {role.code} work needs {minimum.grade} "
        "or higher"
    )


def unit_engaged(role: UnitRole, assigned: bool, by: str) -> str | None:
    """Survey before the design is approved, testing before the works are accepted: the units
    the plan names beside design, construction and supervision."""
    return None if assigned else f"no {role.code} unit was engaged {by}"


def direct_award(policy: "Policy", award: Award) -> str | None:
    """Works are let without a tender (直接委托, or negotiation) only below the policy's limit;
    from it on they are tendered, openly or by invitation (400万元以上 includes 400万元)."""
    if award.method in _TENDERED:
        return None
    limit = policy.direct_award_limit_yuan
    if limit is None:
        return f"the programme lets no works by {award.method.code} award; tender them"
    value = award.contract_value_yuan
    if value < limit:
        return None
    return (
        f"a {award.method.code} award of {value} yuan is not below the limit of {limit} yuan; "
        "tender it"
    )


def inspection_gap(
    last: datetime.date, day: datetime.date, interval_days: int
) -> datetime.date | None:
    """定期检查: the day an inspection fell due when the works went more than ``interval_days``
    since ``last`` (the start, or the last inspection) by ``day``; ``None`` if none is owed."""
    due = last + datetime.timedelta(days=interval_days)
    return due if day > due else None
