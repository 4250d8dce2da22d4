"""Aftercare (长效管理): what keeps a renovated compound from decaying again (防止前改后乱).

Every renovated compound gets a property-management mode (物业管理全覆盖), each retrofitted
elevator a management mode, and its maintenance fund is created or topped up (房屋养老金);
residents are asked again months after the acceptance (the programme's policy says when). A
compound's aftercare record keeps each of these dated, so coverage can be judged on any day.
"""

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction

import attrs

from renovation_core.delivery import Project, Stage
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.labels import Labelled
from renovation_core.participation.households import part
from renovation_core.units import share
from renovation_core.validators import (
    at_most,
    code,
    not_after,
    not_before,
    not_blank,
    quantity,
    unique_by,
)

MAX_RECORDS = 1000


class ManagementMode(Labelled):
    PROFESSIONAL = ("professional", "专业物业")
    COMMUNITY = ("community", "社区简易物业")
    SELF_MANAGED = ("self_managed", "业主自治")


class ElevatorMode(Labelled):
    LUMP_SUM = ("lump_sum", "物业包干制")
    FEE_BASED = ("fee_based", "物业酬金制")
    RESIDENTS = ("residents", "居民自管")


class FundMovementKind(Labelled):
    TOP_UP = ("top_up", "续筹")
    USE = ("use", "使用")


@attrs.frozen(kw_only=True)
class Management:
    """A property-management mode from ``since``; a professional one names its company."""

    mode: ManagementMode
    since: datetime.date
    provider: str | None = attrs.field(default=None, validator=attrs.validators.optional(not_blank))

    def __attrs_post_init__(self) -> None:
        if self.mode is ManagementMode.PROFESSIONAL and self.provider is None:
            raise FieldValueError("provider", "professional management names its company")


@attrs.frozen(kw_only=True)
class Elevator:
    """A retrofitted elevator: the stairwell it serves and how it is run from ``since``."""

    building: str = attrs.field(validator=part)
    entrance: str = attrs.field(validator=part)
    mode: ElevatorMode
    since: datetime.date


@attrs.frozen(kw_only=True)
class FundMovement:
    kind: FundMovementKind
    on: datetime.date
    amount_yuan: Decimal = attrs.field(validator=quantity(2, positive=True))
    reference: str = attrs.field(validator=not_blank)

    @property
    def signed_yuan(self) -> Decimal:
        return self.amount_yuan if self.kind is FundMovementKind.TOP_UP else -self.amount_yuan


@attrs.frozen(kw_only=True)
class MaintenanceFund:
    """The compound's maintenance fund (住宅专项维修资金): created on a day, then topped up
    and used; it is never overdrawn."""

    created_on: datetime.date
    movements: tuple[FundMovement, ...] = attrs.field(
        default=(), validator=at_most(MAX_RECORDS, "movements")
    )

    def __attrs_post_init__(self) -> None:
        balance, last = Decimal(0), self.created_on
        for i, movement in enumerate(self.movements):
            not_before(f"movements[{i}].on", movement.on, last, "the movement before it")
            balance += movement.signed_yuan
            if balance < 0:
                raise RuleViolation(
                    "fund-overdrawn",
                    f"the fund holds {balance + movement.amount_yuan} yuan; it cannot pay "
                    f"{movement.amount_yuan}",
                )
            last = movement.on

    @property
    def balance_yuan(self) -> Decimal:
        return sum((m.signed_yuan for m in self.movements), Decimal(0))

    def move(self, movement: FundMovement, today: datetime.date) -> "MaintenanceFund":
        not_after("on", movement.on, today)
        return attrs.evolve(self, movements=(*self.movements, movement))


@attrs.frozen(kw_only=True)
class Aftercare:
    """A compound's aftercare: its management modes in order, its elevators, its fund."""

    compound: str = attrs.field(validator=code)
    management: tuple[Management, ...] = attrs.field(
        default=(), validator=at_most(MAX_RECORDS, "management")
    )
    elevators: tuple[Elevator, ...] = attrs.field(
        default=(),
        validator=[
            at_most(MAX_RECORDS, "elevators"),
            unique_by(lambda e: (e.building, e.entrance), "stairwell"),
        ],
    )
    fund: MaintenanceFund | None = None

    def __attrs_post_init__(self) -> None:
        for i, (earlier, later) in enumerate(
            zip(self.management, self.management[1:], strict=False)
        ):
            not_before(f"management[{i + 1}].since", later.since, earlier.since, "the mode before")

    def mode_on(self, day: datetime.date) -> Management | None:
        """The property-management mode in force on ``day``, if any."""
        return next((m for m in reversed(self.management) if m.since <= day), None)

    @property
    def managed_from(self) -> datetime.date | None:
        """The day it first had a management mode (modes follow one another, none ends): a
        mode is in force on every day from it. A store keeps it beside the record."""
        return self.management[0].since if self.management else None

    @property
    def funded_from(self) -> datetime.date | None:
        """The day its maintenance fund was created, if it has one."""
        return self.fund.created_on if self.fund is not None else None

    def elevators_run_by(self, day: datetime.date) -> bool:
        """Whether a retrofitted elevator had its management mode by ``day``."""
        return any(e.since <= day for e in self.elevators)

    def fund_by(self, day: datetime.date) -> bool:
        """Whether the maintenance fund had been created by ``day``."""
        return self.funded_from is not None and self.funded_from <= day

    def manage(self, management: Management, today: datetime.date) -> "Aftercare":
        """The record with a (new) management mode from its ``since``."""
        not_after("since", management.since, today)
        return attrs.evolve(self, management=(*self.management, management))

    def run_elevator(self, elevator: Elevator, today: datetime.date) -> "Aftercare":
        """The record with a stairwell's elevator run by ``elevator.mode`` (replacing its
        earlier mode, not before it)."""
        not_after("since", elevator.since, today)
        stairwell = (elevator.building, elevator.entrance)
        earlier = next((e for e in self.elevators if (e.building, e.entrance) == stairwell), None)
        if earlier is not None:
            not_before("since", elevator.since, earlier.since, "the elevator's mode before")
        kept = tuple(e for e in self.elevators if (e.building, e.entrance) != stairwell)
        return attrs.evolve(self, elevators=(*kept, elevator))

    def create_fund(self, on: datetime.date, today: datetime.date) -> "Aftercare":
        if self.fund is not None:
            raise RuleViolation("fund-exists", f"the fund was created on {self.fund.created_on}")
        not_after("created_on", on, today)
        return attrs.evolve(self, fund=MaintenanceFund(created_on=on))

    def move_fund(self, movement: FundMovement, today: datetime.date) -> "Aftercare":
        if self.fund is None:
            raise RuleViolation("no-fund", "the compound's maintenance fund is created first")
        return attrs.evolve(self, fund=self.fund.move(movement, today))


@attrs.frozen(kw_only=True)
class Renovated:
    """A compound of the register with its project and aftercare record, for coverage."""

    compound: str
    district: str
    project: Project | None
    aftercare: Aftercare | None = None

    def renovated_by(self, day: datetime.date) -> bool:
        """Renovated: its works passed the joint acceptance by ``day``."""
        return self.project is not None and self.project.reached_by(Stage.ACCEPTED, day)

    def managed_on(self, day: datetime.date) -> bool:
        since = None if self.aftercare is None else self.aftercare.managed_from
        return since is not None and since <= day

    def funded_by(self, day: datetime.date) -> bool:
        """With a maintenance fund (补建续筹) by ``day``."""
        return self.aftercare is not None and self.aftercare.fund_by(day)


@attrs.frozen(kw_only=True)
class ManagementCoverage:
    """Of a district's (or the city's, ``district`` None) renovated compounds, those with a
    property-management mode, the target being all of them (物业管理全覆盖), and those with a
    maintenance fund (补建续筹)."""

    district: str | None
    renovated: int
    managed: int
    without: tuple[str, ...]
    funded: int = 0

    @property
    def share(self) -> Fraction | None:
        return share(self.managed, self.renovated)

    @property
    def fund_share(self) -> Fraction | None:
        return share(self.funded, self.renovated)


def management_coverage(
    compounds: Iterable[Renovated], on: datetime.date, districts: Iterable[str]
) -> tuple[ManagementCoverage, ...]:
    """Coverage on ``on`` for each of ``districts`` in order, then the whole."""
    done = [c for c in compounds if c.renovated_by(on)]
    tallies = {
        district: ManagementCoverage(
            district=district,
            renovated=len(mine),
            managed=sum(c.managed_on(on) for c in mine),
            without=tuple(c.compound for c in mine if not c.managed_on(on)),
            funded=sum(c.funded_by(on) for c in mine),
        )
        for district in {c.district for c in done}
        if (mine := [c for c in done if c.district == district])
    }
    return management_coverage_of(tallies, districts)


def management_coverage_of(
    tallies: Mapping[str, ManagementCoverage], districts: Iterable[str]
) -> tuple[ManagementCoverage, ...]:
    """Coverage rows from each district's tally (a store may count them itself: renovated, a
    project of the compound's plan accepted by the day; managed, from ``managed_from``;
    funded, from ``funded_from``): each of ``districts`` in order, then the whole, every
    tally summed. A compound without a mode is named in order of its code."""

    def row(district: str | None, of: Iterable[ManagementCoverage]) -> ManagementCoverage:
        rows = list(of)
        return ManagementCoverage(
            district=district,
            renovated=sum(r.renovated for r in rows),
            managed=sum(r.managed for r in rows),
            without=tuple(sorted(code for r in rows for code in r.without)),
            funded=sum(r.funded for r in rows),
        )

    return (
        *(row(d, [tallies[d]] if d in tallies else []) for d in districts),
        row(None, tallies.values()),
    )
