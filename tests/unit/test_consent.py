"""Owners' consent by the Civil Code (art. 278): each threshold at its exact boundary, failing
alone, by floor area and by headcount; and the ballots a vote refuses."""

import datetime
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.participation import Choice, ConsentVote, Household, Matter, Scope

D = datetime.date
TODAY = D(2023, 6, 30)
F, A, X = Choice.FOR, Choice.AGAINST, Choice.ABSTAIN


def homes(
    *areas: str, entrance: str = "1", owners: dict[int, str] | None = None
) -> list[Household]:
    return [
        Household(
            building="3",
            entrance=entrance,
            unit=f"{i + 1:02d}01",
            floor_area_m2=Decimal(area),
            owner=(owners or {}).get(i),
        )
        for i, area in enumerate(areas)
    ]


def vote(matter: Matter, households: list[Household], *choices: Choice | None) -> ConsentVote:
    """A vote in which household i chooses ``choices[i]`` (None: does not vote)."""
    ballot = ConsentVote.open(matter, Scope(), households, on=D(2023, 6, 1), today=TODAY)
    for home, choice in zip(households, choices, strict=False):
        if choice is not None:
            ballot = ballot.cast(home.key, choice, on=D(2023, 6, 2), today=TODAY)
    return ballot


def failed(ballot: ConsentVote) -> list[str]:
    return [t.code for t in ballot.outcome().failed]


@pytest.mark.parametrize(
    ("areas", "choices", "fails"),
    [
        # Participation: two thirds by area and by owners, each at least (以上 includes it).
        (["100"] * 6, [F, F, F, F], []),
        (["100", "100", "100", "99.99", "100", "100.01"], [F, F, F, F], ["participation_area"]),
        (["200", "200", "200", "100", "100", "100"], [F, F, F], ["participation_owners"]),
        # Items 6–8 (an elevator retrofit rebuilds common parts): three quarters of participants.
        (["100"] * 4, [F, F, F, A], []),
        (["100", "100", "99.99", "100.01"], [F, F, F, A], ["approval_area"]),
        (["120"] * 5 + ["100", "50", "50"], [F, F, F, F, F, A, A, A], ["approval_owners"]),
    ],
)
def test_a_special_matter_at_each_boundary(
    areas: list[str], choices: list[Choice], fails: list[str]
) -> None:
    assert failed(vote(Matter.REBUILD, homes(*areas), *choices)) == fails


@pytest.mark.parametrize(
    ("areas", "choices", "fails"),
    [
        # Other matters: more than half of each, so exactly half fails.
        (["100", "150", "100", "150", "100"], [F, F, F, A, A], []),
        (["100", "100", "50", "125", "125"], [F, F, F, A, A], ["approval_area"]),
        (["150", "150", "100", "100"], [F, F, A, A], ["approval_owners"]),
    ],
)
def test_an_ordinary_matter_needs_more_than_half(
    areas: list[str], choices: list[Choice], fails: list[str]
) -> None:
    assert failed(vote(Matter.USE_MAINTENANCE_FUND, homes(*areas), *choices)) == fails


def test_thresholds_report_the_exact_share_reached() -> None:
    outcome = vote(Matter.REBUILD, homes("100", "100", "99.99", "100.01"), F, F, F, A).outcome()
    area = next(t for t in outcome.thresholds if t.code == "approval_area")
    assert (area.actual, area.required, area.inclusive, area.met) == (
        Fraction(29999, 40000),
        Fraction(3, 4),
        True,
        False,
    )
    assert not outcome.passed


def test_an_abstention_takes_part_but_does_not_agree() -> None:
    assert failed(vote(Matter.REBUILD, homes(*["100"] * 4), F, F, F, X)) == []
    assert failed(vote(Matter.REBUILD, homes(*["100"] * 4), F, F, X, X)) == [
        "approval_area",
        "approval_owners",
    ]


def test_an_owner_of_several_units_counts_once_by_headcount_and_fully_by_area() -> None:
    # Units 1 and 2 are one owner's: three owners, 400 m².
    households = homes("100", "100", "100", "100", owners={0: "owner-7", 1: "owner-7"})
    ballot = vote(Matter.REBUILD, households, F, None, F)
    shares = {t.code: t.actual for t in ballot.outcome().thresholds}
    assert shares["participation_owners"] == Fraction(2, 3)
    assert shares["participation_area"] == Fraction(3, 4)
    with pytest.raises(RuleViolation) as twice:
        ballot.cast(households[1].key, A, on=D(2023, 6, 3), today=TODAY)
    assert twice.value.rule == "already-voted"


def test_a_stairwell_decides_its_own_elevator() -> None:
    first, second = homes("80", "80", "80", entrance="1"), homes("90", "90", entrance="2")
    ballot = ConsentVote.open(
        Matter.REBUILD,
        Scope(building="3", entrance="2"),
        first + second,
        on=D(2023, 6, 1),
        today=TODAY,
    )
    assert [h.key for h in ballot.electorate] == ["3-2-0101", "3-2-0201"]
    with pytest.raises(RuleViolation) as outside:
        ballot.cast(first[0].key, F, on=D(2023, 6, 2), today=TODAY)
    assert outside.value.rule == "outside-vote-scope"
    ballot = ballot.cast(
        second[0].key, F, on=D(2023, 6, 2), today=TODAY, paper_reference="纸质表决票 07"
    )
    ballot = ballot.cast(second[1].key, F, on=D(2023, 6, 2), today=TODAY)
    assert ballot.outcome().passed
    with pytest.raises(RuleViolation) as again:
        ballot.cast(second[0].key, A, on=D(2023, 6, 3), today=TODAY)
    assert again.value.rule == "already-voted"


def test_a_closed_vote_takes_no_ballot_and_dates_are_in_order() -> None:
    ballot = vote(Matter.REBUILD, homes("100", "100"), F)
    closed = ballot.close(D(2023, 6, 10), TODAY)
    with pytest.raises(RuleViolation, match="closed"):
        closed.cast("3-1-0201", F, on=D(2023, 6, 10), today=TODAY)
    with pytest.raises(FieldValueError, match="between the opening"):
        ballot.cast("3-1-0201", F, on=D(2023, 5, 31), today=TODAY)
    with pytest.raises(FieldValueError, match="within its building"):
        Scope(entrance="2")
    with pytest.raises(RuleViolation) as empty:
        ConsentVote.open(
            Matter.REBUILD, Scope(building="9"), homes("100"), on=D(2023, 6, 1), today=TODAY
        )
    assert empty.value.rule == "empty-scope"


def test_a_stored_vote_is_checked_as_a_new_ballot_is() -> None:
    households = homes("100", "100", owners={0: "owner-1", 1: "owner-1"})
    ballot = vote(Matter.REBUILD, households, F)
    with pytest.raises(FieldValueError, match="voter"):
        attrs.evolve(ballot, ballots=ballot.ballots * 2)
    forged = attrs.evolve(ballot.ballots[0], voter="unit:3-1-0201")
    with pytest.raises(FieldValueError, match="elector's owner"):
        attrs.evolve(ballot, ballots=(forged,))
    with pytest.raises(FieldValueError, match="households of building 9"):
        attrs.evolve(ballot, scope=Scope(building="9"))
    with pytest.raises(FieldValueError, match="last ballot"):
        ballot.close(D(2023, 6, 1), TODAY)  # the ballot was cast on 06-02
    with pytest.raises(FieldValueError, match="no '-'"):
        Household(building="3-1", entrance="2", unit="01", floor_area_m2=Decimal(1))
