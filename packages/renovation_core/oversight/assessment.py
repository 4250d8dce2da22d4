"""The city's assessment of its districts and the reward pool it allocates (以奖代补).

Each district is scored over four dimensions, each the mean of shares from 0 to 1 measured
from what was counted of its year's plan (``count``, then ``measure``): preparation (前期手续:
the year's planned compounds whose design was approved, and those tendered, by the 31 December
before), progress (the start rate by compounds), acceptance (of the works that held their joint
acceptance, those that passed the first time) and long-term management (property-management
coverage of the district's renovated compounds, and residents' satisfaction where surveyed). The
score is 100 × Σ weight × dimension, the weights summing to exactly 1.

The pool is split in two, as the central subsidy is: its ``volume_share`` by task volume (the
compounds each district was set), the rest by score. Each part is apportioned in fen by largest
remainder, so the allocations sum exactly to the pool; where every score is 0, the second part
too goes by volume.
"""

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction

import attrs

from renovation_core.delivery import Stage
from renovation_core.delivery.schedule import tender_due
from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.labels import Labelled
from renovation_core.oversight.monthly import Tracked, progress
from renovation_core.register.geography import division_code
from renovation_core.register.targets import AnnualPlanTarget
from renovation_core.units import apportion, share
from renovation_core.validators import (
    MAX_DISTRICTS,
    at_most,
    not_after,
    not_before,
    not_blank,
    plausible_year,
    quantity,
    unique_by,
)

FEN = Decimal("0.01")
MAX_PAYMENTS = 10_000
# The central subsidy's split: 80% by task volume, 20% by performance.
CENTRAL_VOLUME_SHARE = Fraction(4, 5)


class Dimension(Labelled):
    PREPARATION = ("preparation", "前期准备")
    PROGRESS = ("progress", "建设进度")
    ACCEPTANCE = ("acceptance", "竣工验收")
    MANAGEMENT = ("management", "长效管理")


def exact(value: int | str | Decimal | Fraction) -> Fraction:
    """A share or weight as an exact fraction; a float is refused, since 0.1 is not 1/10."""
    if isinstance(value, float | bool):
        raise FieldValueError("value", f"an exact number (a fraction or decimal), not {value!r}")
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise FieldValueError("value", f"not a number: {value!r}") from None


def _exact_or_none(value: int | str | Decimal | Fraction | None) -> Fraction | None:
    return None if value is None else exact(value)


def _share(value: Fraction | None, field: str) -> None:
    if value is not None and not 0 <= value <= 1:
        raise FieldValueError(field, f"a share is from 0 to 1, not {value}")


@attrs.frozen(kw_only=True)
class DistrictFacts:
    """What was measured of a district for the year: shares from 0 to 1 (None where there was
    nothing to measure), and its task volume in compounds."""

    district: str = attrs.field(validator=division_code)
    tendered_on_time: Fraction | None = attrs.field(converter=_exact_or_none)
    start_rate: Fraction | None = attrs.field(converter=_exact_or_none)
    acceptance_pass_rate: Fraction | None = attrs.field(converter=_exact_or_none)
    management_coverage: Fraction | None = attrs.field(converter=_exact_or_none)
    satisfaction: Fraction | None = attrs.field(converter=_exact_or_none)
    task_volume: int = attrs.field(validator=attrs.validators.ge(0))
    # 前期手续: the planned compounds whose design was approved (its approval documents filed)
    # by the tender deadline. None in an assessment made before it was measured.
    approved_on_time: Fraction | None = attrs.field(default=None, converter=_exact_or_none)

    def __attrs_post_init__(self) -> None:
        for field in attrs.fields(DistrictFacts):
            if field.name not in ("district", "task_volume"):
                _share(getattr(self, field.name), field.name)

    def dimension(self, dimension: Dimension) -> Fraction:
        """A dimension's measure: the mean of its shares that were measured (0 if none)."""
        measured = [
            s
            for s in {
                Dimension.PREPARATION: (self.approved_on_time, self.tendered_on_time),
                Dimension.PROGRESS: (self.start_rate,),
                Dimension.ACCEPTANCE: (self.acceptance_pass_rate,),
                Dimension.MANAGEMENT: (self.management_coverage, self.satisfaction),
            }[dimension]
            if s is not None
        ]
        return sum(measured, Fraction(0)) / len(measured) if measured else Fraction(0)


def task_volumes(targets: Iterable[AnnualPlanTarget], year: int) -> dict[str, int]:
    """Each district's task volume for ``year``: the compounds its published row sets. A year
    the plan publishes no district rows (with compounds) for cannot be assessed."""
    volumes = {
        t.district: t.figures.compounds
        for t in targets
        if t.year == year and t.district and t.figures.compounds is not None
    }
    if not volumes:
        raise FieldValueError("year", f"the programme publishes no targets for {year}")
    return volumes


@attrs.frozen(kw_only=True)
class Counts:
    """What a district's year is measured from, counted over its year's planned compounds as of
    a day: how many were planned; whose design was approved, and whose works were tendered, by
    the tender deadline (``prepared_by``); which had started; and of their first acceptance
    meetings held by the day, how many passed (a database may count them in one GROUP BY)."""

    planned: int = 0
    approved: int = 0
    tendered: int = 0
    started: int = 0
    held: int = 0
    passed: int = 0


def prepared_by(year: int, as_of: datetime.date) -> datetime.date:
    """The day a year's preparation is measured by: its tender deadline, or the day measured
    as of if that comes first."""
    return min(as_of, tender_due(year))


def count(compounds: Iterable[Tracked], district: str, year: int, as_of: datetime.date) -> Counts:
    """:class:`Counts` of ``district``'s ``year`` from its planned compounds' live projects."""
    mine = [c for c in compounds if (c.district, c.year) == (district, year)]
    by = prepared_by(year, as_of)
    held = [
        first
        for c in mine
        if c.project is not None
        and (first := c.project.first_acceptance) is not None
        and first.held_on <= as_of
    ]
    return Counts(
        planned=len(mine),
        approved=sum(c.reached_by(Stage.APPROVED, by) for c in mine),
        tendered=sum(c.reached_by(Stage.TENDERED, by) for c in mine),
        started=progress(mine, district, year, as_of).compounds_started,
        held=len(held),
        passed=sum(a.passed for a in held),
    )


def measure(
    counts: Counts,
    district: str,
    *,
    task_volume: int,
    management_coverage: Fraction | None,
    satisfaction_points: Fraction | None,
) -> DistrictFacts:
    """What the city measured of ``district``'s year, from what was counted of its year's plan
    (``count``). Coverage (of all the district's renovated compounds) and satisfaction (a
    survey's score out of 100, as its results give it) are measured elsewhere and given."""
    return DistrictFacts(
        district=district,
        tendered_on_time=share(counts.tendered, counts.planned),
        approved_on_time=share(counts.approved, counts.planned),
        start_rate=share(counts.started, counts.planned),
        acceptance_pass_rate=share(counts.passed, counts.held),
        management_coverage=management_coverage,
        satisfaction=None if satisfaction_points is None else satisfaction_points / 100,
        task_volume=task_volume,
    )


@attrs.frozen(kw_only=True)
class Weights:
    """How much each dimension counts; exactly 1 in all."""

    preparation: Fraction = attrs.field(converter=exact)
    progress: Fraction = attrs.field(converter=exact)
    acceptance: Fraction = attrs.field(converter=exact)
    management: Fraction = attrs.field(converter=exact)

    def __attrs_post_init__(self) -> None:
        values = [getattr(self, d.code) for d in Dimension]
        for d, value in zip(Dimension, values, strict=True):
            if value < 0:
                raise FieldValueError(d.code, "a weight is not negative")
        if sum(values) != 1:
            raise FieldValueError("weights", f"the weights sum to {sum(values)}, not 1")

    def of(self, dimension: Dimension) -> Fraction:
        return Fraction(getattr(self, dimension.code))


@attrs.frozen(kw_only=True)
class Score:
    district: str
    dimensions: tuple[tuple[Dimension, Fraction], ...]

    @property
    def total(self) -> Fraction:
        """From 0 to 100."""
        return 100 * sum((value for _, value in self.dimensions), Fraction(0))


def score(facts: DistrictFacts, weights: Weights) -> Score:
    """The district's weighted score per dimension (each out of 100 × its weight)."""
    return Score(
        district=facts.district,
        dimensions=tuple((d, weights.of(d) * facts.dimension(d)) for d in Dimension),
    )


@attrs.frozen(kw_only=True)
class Allocation:
    district: str
    by_volume_yuan: Decimal
    by_score_yuan: Decimal

    @property
    def total_yuan(self) -> Decimal:
        return self.by_volume_yuan + self.by_score_yuan


@attrs.frozen(kw_only=True)
class RewardPool:
    """The money to allocate, exact to the fen and not negative, and the share of it that goes
    by task volume (``CENTRAL_VOLUME_SHARE`` to split as the central subsidy does)."""

    amount_yuan: Decimal = attrs.field(validator=quantity(2))
    volume_share: Fraction = attrs.field(default=Fraction(0), converter=exact)

    def __attrs_post_init__(self) -> None:
        _share(self.volume_share, "volume_share")

    def allocate(
        self, facts: Iterable[DistrictFacts], scores: Mapping[str, Score]
    ) -> tuple[Allocation, ...]:
        """The pool over the districts: the volume share by task volume, the rest by score,
        each in fen by largest remainder, so that the allocations sum exactly to the pool."""
        districts = list(facts)
        codes = [f.district for f in districts]
        if len(set(codes)) != len(codes):
            raise FieldValueError("districts", "each district is allocated once")
        unscored = [c for c in codes if c not in scores]
        if unscored:
            raise FieldValueError("scores", f"no score for {', '.join(unscored)}")
        fen = int(self.amount_yuan / FEN)
        by_volume = int(fen * self.volume_share)
        volumes = [f.task_volume for f in districts]
        totals = [scores[c].total for c in codes]
        score_weights = totals if any(totals) else volumes
        if (by_volume and not any(volumes)) or (fen - by_volume and not any(score_weights)):
            raise FieldValueError(
                "districts", "no district has a task volume or a score to allocate by"
            )
        volume_parts = apportion(by_volume, volumes) if by_volume else [0] * len(codes)
        score_parts = (
            apportion(fen - by_volume, score_weights) if fen - by_volume else [0] * len(codes)
        )
        return tuple(
            Allocation(
                district=f.district,
                by_volume_yuan=Decimal(v) * FEN,
                by_score_yuan=Decimal(s) * FEN,
            )
            for f, v, s in zip(districts, volume_parts, score_parts, strict=True)
        )


@attrs.frozen(kw_only=True)
class RewardPayment:
    """One payment of a district's reward (以奖代补), in the ledger's manner: entries are only
    ever added, and a reversal (``reverses`` names the payment) cancels a payment whole."""

    number: int
    district: str = attrs.field(validator=division_code)
    paid_on: datetime.date
    amount_yuan: Decimal = attrs.field(validator=quantity(2, positive=True))
    document: str = attrs.field(validator=not_blank)
    recorded_on: datetime.date
    recorded_by: str
    reverses: int | None = None
    reason: str | None = None

    @property
    def signed_yuan(self) -> Decimal:
        return -self.amount_yuan if self.reverses is not None else self.amount_yuan


@attrs.frozen(kw_only=True)
class Assessment:
    """The city's assessment of a year as decided: the facts measured as of a day, the weights
    and the pool. Scores and allocations follow from them, so the record cannot disagree with
    itself, and later changes to the works do not move it."""

    year: int = attrs.field(validator=plausible_year)
    as_of: datetime.date
    assessed_on: datetime.date
    weights: Weights
    pool: RewardPool
    facts: tuple[DistrictFacts, ...] = attrs.field(
        validator=[
            at_most(MAX_DISTRICTS, "facts"),
            unique_by(lambda f: f.district, "district"),
        ]
    )
    payments: tuple[RewardPayment, ...] = attrs.field(
        default=(), validator=at_most(MAX_PAYMENTS, "payments")
    )

    def __attrs_post_init__(self) -> None:
        not_after("as_of", self.as_of, self.assessed_on)
        self.allocations  # noqa: B018 - a pool it cannot allocate is refused now, not on reading

    @property
    def scores(self) -> tuple[Score, ...]:
        return tuple(score(f, self.weights) for f in self.facts)

    @property
    def allocations(self) -> tuple[Allocation, ...]:
        return self.pool.allocate(self.facts, {s.district: s for s in self.scores})

    def paid(self, district: str) -> Decimal:
        """What the district has been paid of its reward, net of reversals."""
        return sum((p.signed_yuan for p in self.payments if p.district == district), Decimal(0))

    def pay(
        self,
        district: str,
        *,
        paid_on: datetime.date,
        amount_yuan: Decimal,
        document: str,
        by: str,
        today: datetime.date,
    ) -> "Assessment":
        """The assessment with a payment of ``district``'s reward: never beyond what its
        allocation has left, never dated before the day the districts were measured (an
        assessment recorded after the event is dated by its entry, its payments by theirs)."""
        allocation = next((a for a in self.allocations if a.district == district), None)
        if allocation is None:
            raise FieldValueError(
                "district", f"district {district} was not assessed in {self.year}"
            )
        not_after("paid_on", paid_on, today)
        not_before("paid_on", paid_on, self.as_of, "the day the districts were measured")
        payment = RewardPayment(
            number=len(self.payments) + 1,
            district=district,
            paid_on=paid_on,
            amount_yuan=amount_yuan,
            document=document,
            recorded_on=today,
            recorded_by=by,
        )
        left = allocation.total_yuan - self.paid(district)
        if amount_yuan > left:
            raise RuleViolation(
                "over-allocation",
                f"district {district} has {left} yuan left of its {allocation.total_yuan} yuan "
                f"reward; {amount_yuan} yuan is more",
            )
        return attrs.evolve(self, payments=(*self.payments, payment))

    def reverse(
        self,
        number: int,
        *,
        on: datetime.date,
        reason: str,
        document: str,
        by: str,
        today: datetime.date,
    ) -> "Assessment":
        """The assessment with payment ``number`` cancelled whole by a reversing entry."""
        original = next((p for p in self.payments if p.number == number), None)
        if original is None or original.reverses is not None:
            raise RuleViolation("not-a-payment", f"entry {number} is not a payment to reverse")
        if any(p.reverses == number for p in self.payments):
            raise RuleViolation("already-reversed", f"payment {number} was reversed")
        if not reason.strip():
            raise FieldValueError("reason", "a reversal says why")
        not_after("on", on, today)
        not_before("on", on, original.paid_on, f"payment {number}")
        reversal = attrs.evolve(
            original,
            number=len(self.payments) + 1,
            paid_on=on,
            document=document,
            recorded_on=today,
            recorded_by=by,
            reverses=number,
            reason=reason,
        )
        return attrs.evolve(self, payments=(*self.payments, reversal))
