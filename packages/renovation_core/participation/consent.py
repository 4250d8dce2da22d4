"""Owners' consent by the Civil Code (民法典 art. 278), counted by floor area and by headcount.

Every decision needs owners holding at least two thirds of the exclusive floor area, and at
least two thirds of the owners, to take part. Raising the maintenance fund, rebuilding or
altering buildings and their facilities (an elevator retrofit), and changing the use of common
parts need at least three quarters of the participating area and of the participating owners
(items 6–8); every other matter more than half of each. "At least" includes the figure itself
(以上, art. 1259); "more than half" does not. Shares are exact fractions, never floats.

Note the law's own split: *using* the maintenance fund (item 5) is a majority matter; *raising*
it (item 6) needs three quarters.
"""

import datetime
from collections.abc import Iterable
from fractions import Fraction

import attrs

from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.labels import Labelled
from renovation_core.participation.households import MAX_COMPOUND_HOUSEHOLDS, Household, Scope
from renovation_core.validators import at_most, between_dates, not_after, unique_by


class Matter(Labelled):
    """The matters owners decide together (art. 278, items 1–9)."""

    PROCEDURE = ("procedure", "制定和修改业主大会议事规则")
    MANAGEMENT_RULES = ("management_rules", "制定和修改管理规约")
    COMMITTEE = ("committee", "选举业主委员会或者更换业主委员会成员")
    PROPERTY_SERVICE = ("property_service", "选聘和解聘物业服务企业或者其他管理人")
    USE_MAINTENANCE_FUND = ("use_maintenance_fund", "使用建筑物及其附属设施的维修资金")
    RAISE_MAINTENANCE_FUND = ("raise_maintenance_fund", "筹集建筑物及其附属设施的维修资金")
    REBUILD = ("rebuild", "改建、重建建筑物及其附属设施")
    COMMON_PARTS_USE = ("common_parts_use", "改变共有部分的用途或者利用共有部分从事经营活动")
    OTHER = ("other", "有关共有和共同管理权利的其他重大事项")


# Items 6–8: three quarters of the participants, by area and by headcount.
SPECIAL_MATTERS = frozenset(
    {Matter.RAISE_MAINTENANCE_FUND, Matter.REBUILD, Matter.COMMON_PARTS_USE}
)
PARTICIPATION = Fraction(2, 3)
SPECIAL_MAJORITY = Fraction(3, 4)
MAJORITY = Fraction(1, 2)


class Choice(Labelled):
    FOR = ("for", "同意")
    AGAINST = ("against", "反对")
    ABSTAIN = ("abstain", "弃权")


@attrs.frozen(kw_only=True)
class Ballot:
    """One owner's vote, cast for ``household`` (and every other unit the owner holds in the
    scope). A paper ballot entered by staff carries its reference."""

    voter: str
    household: str
    choice: Choice
    cast_on: datetime.date
    paper_reference: str | None = None


@attrs.frozen(kw_only=True)
class Threshold:
    """One test of the outcome: ``actual`` against ``required`` (``inclusive``: at least;
    otherwise more than)."""

    code: str
    required: Fraction
    inclusive: bool
    actual: Fraction

    @property
    def met(self) -> bool:
        return self.actual >= self.required if self.inclusive else self.actual > self.required


@attrs.frozen(kw_only=True)
class Outcome:
    thresholds: tuple[Threshold, ...]

    @property
    def passed(self) -> bool:
        return all(t.met for t in self.thresholds)

    @property
    def failed(self) -> tuple[Threshold, ...]:
        return tuple(t for t in self.thresholds if not t.met)


def _share(part: Fraction | int, whole: Fraction | int) -> Fraction:
    return Fraction(part) / Fraction(whole) if whole else Fraction(0)


@attrs.frozen(kw_only=True)
class ConsentVote:
    """A vote on one matter among the owners of ``scope``: the electorate is the compound's
    households in the scope, fixed when the vote opens."""

    matter: Matter
    scope: Scope
    electorate: tuple[Household, ...] = attrs.field(
        validator=[
            at_most(MAX_COMPOUND_HOUSEHOLDS, "households"),
            unique_by(lambda h: h.key, "household"),
        ]
    )
    opened_on: datetime.date
    ballots: tuple[Ballot, ...] = attrs.field(
        default=(), validator=unique_by(lambda b: b.voter, "voter")
    )
    closed_on: datetime.date | None = None

    def __attrs_post_init__(self) -> None:
        """A stored vote is checked as a new one is: its electorate is the scope's, each ballot
        is an elector's own, once, and cast while the vote was open."""
        if not self.electorate or not all(self.scope.contains(h) for h in self.electorate):
            raise FieldValueError("electorate", f"must be the households of {self.scope}")
        voters = {h.key: h.voter for h in self.electorate}
        end = self.closed_on or datetime.date.max
        if end < self.opened_on:
            raise FieldValueError("closed_on", f"must not be before the opening ({self.opened_on})")
        for i, ballot in enumerate(self.ballots):
            if voters.get(ballot.household) != ballot.voter:
                raise FieldValueError(f"ballots[{i}]", "is not the vote of an elector's owner")
            if not self.opened_on <= ballot.cast_on <= end:
                raise FieldValueError(f"ballots[{i}].cast_on", "must fall while the vote is open")

    @classmethod
    def open(
        cls,
        matter: Matter,
        scope: Scope,
        households: Iterable[Household],
        *,
        on: datetime.date,
        today: datetime.date,
    ) -> "ConsentVote":
        not_after("opened_on", on, today)
        electorate = tuple(h for h in households if scope.contains(h))
        if not electorate:
            raise RuleViolation("empty-scope", f"no household of the compound is in {scope}")
        return cls(matter=matter, scope=scope, electorate=electorate, opened_on=on)

    def cast(
        self,
        household: str,
        choice: Choice,
        *,
        on: datetime.date,
        today: datetime.date,
        paper_reference: str | None = None,
    ) -> "ConsentVote":
        """The vote with the owner of ``household`` having voted ``choice``."""
        between_dates("cast_on", on, self.opened_on, "the opening", today)
        if self.closed_on is not None:
            raise RuleViolation("vote-closed", f"the vote closed on {self.closed_on}")
        if paper_reference is not None and not paper_reference.strip():
            raise FieldValueError("paper_reference", "must not be blank")
        unit = next((h for h in self.electorate if h.key == household), None)
        if unit is None:
            raise RuleViolation(
                "outside-vote-scope",
                f"household {household} is not among the owners of {self.scope} who decide this",
            )
        if any(b.voter == unit.voter for b in self.ballots):
            raise RuleViolation("already-voted", f"the owner of {household} has voted")
        ballot = Ballot(
            voter=unit.voter,
            household=household,
            choice=choice,
            cast_on=on,
            paper_reference=paper_reference,
        )
        return attrs.evolve(self, ballots=(*self.ballots, ballot))

    def close(self, on: datetime.date, today: datetime.date) -> "ConsentVote":
        """The vote closed on ``on``: not before its last ballot, and final."""
        if self.closed_on is not None:
            raise RuleViolation("vote-closed", f"the vote closed on {self.closed_on}")
        last = max((b.cast_on for b in self.ballots), default=self.opened_on)
        between_dates("closed_on", on, last, "the last ballot or opening", today)
        return attrs.evolve(self, closed_on=on)

    def outcome(self) -> Outcome:
        """The thresholds of art. 278, each with the share it reached."""
        area: dict[str, Fraction] = {}
        for h in self.electorate:
            area[h.voter] = area.get(h.voter, Fraction(0)) + Fraction(h.floor_area_m2)
        voted = {b.voter: b.choice for b in self.ballots}
        agreed = [v for v, choice in voted.items() if choice is Choice.FOR]
        total_area = sum(area.values(), Fraction(0))
        voted_area = sum((area[v] for v in voted), Fraction(0))
        special = self.matter in SPECIAL_MATTERS
        approval = SPECIAL_MAJORITY if special else MAJORITY
        return Outcome(
            thresholds=(
                Threshold(
                    code="participation_area",
                    required=PARTICIPATION,
                    inclusive=True,
                    actual=_share(voted_area, total_area),
                ),
                Threshold(
                    code="participation_owners",
                    required=PARTICIPATION,
                    inclusive=True,
                    actual=_share(len(voted), len(area)),
                ),
                Threshold(
                    code="approval_area",
                    required=approval,
                    inclusive=special,
                    actual=_share(sum((area[v] for v in agreed), Fraction(0)), voted_area),
                ),
                Threshold(
                    code="approval_owners",
                    required=approval,
                    inclusive=special,
                    actual=_share(len(agreed), len(voted)),
                ),
            )
        )
