"""Responsibility contracts drawn from the published plan, signed by both parties and tracked
against delivery; leaders paired with a district or some of its compounds."""

import datetime
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from renovation_core.errors import FieldValueError, RuleViolation
from renovation_core.oversight import Progress
from renovation_core.oversight.contracts import (
    Pairing,
    Party,
    ResponsibilityContract,
    Signatory,
)
from renovation_core.reference import wuhai

D = datetime.date
TODAY = D(2022, 12, 31)
SIGNED_BY = [
    Signatory(party=Party.CITY, name="张市长", title="乌海市人民政府市长"),
    Signatory(party=Party.DISTRICT, name="李区长", title="海勃湾区人民政府区长"),
]


def haibowan_2022() -> ResponsibilityContract:
    return ResponsibilityContract.drawn_from(wuhai().programme.annual_targets, "150302", 2022)


def test_a_contract_carries_the_districts_published_targets() -> None:
    contract = haibowan_2022()
    targets = contract.targets
    assert (targets.compounds, targets.households) == (47, 4695)
    assert (targets.floor_area_m2, targets.investment_yuan) == (
        Decimal("495100.00"),
        Decimal("219400000.00"),
    )
    with pytest.raises(FieldValueError, match="no row for 150399"):
        ResponsibilityContract.drawn_from(wuhai().programme.annual_targets, "150399", 2022)


def test_both_parties_sign_once() -> None:
    signed = haibowan_2022().sign(D(2022, 2, 15), SIGNED_BY, TODAY)
    assert signed.signed_on == D(2022, 2, 15)
    with pytest.raises(RuleViolation, match="signed on 2022-02-15"):
        signed.sign(D(2022, 2, 16), SIGNED_BY, TODAY)
    with pytest.raises(FieldValueError, match="both the city and the district"):
        haibowan_2022().sign(D(2022, 2, 15), SIGNED_BY[:1], TODAY)
    with pytest.raises(FieldValueError, match="after today"):
        haibowan_2022().sign(D(2023, 1, 1), SIGNED_BY, TODAY)


def test_tracking_gives_the_shares_of_the_targets_delivered() -> None:
    delivered = Progress(
        compounds_planned=47,
        households_planned=4695,
        compounds_started=47,
        households_started=4695,
        compounds_completed=40,
        households_completed=3756,
        investment_completed_yuan=Decimal("164550000.00"),
    )
    tracking = haibowan_2022().track(delivered)
    assert (tracking.compounds_started, tracking.compounds_completed) == (
        Fraction(1),
        Fraction(40, 47),
    )
    assert tracking.households_completed == Fraction(3756, 4695)
    assert tracking.investment_completed == Fraction(3, 4)


def test_a_leader_answers_for_a_district_or_its_named_compounds() -> None:
    whole = Pairing(leader="王副市长", title="副市长", district="150302", since=D(2022, 1, 10))
    some = Pairing(
        leader="赵副市长",
        title="副市长",
        district="150302",
        compounds=("150302-0001", "150302-0002"),
        since=D(2022, 1, 10),
    )
    assert whole.covers("150302-0040", "150302")
    assert not whole.covers("150303-0001", "150303")
    assert some.covers("150302-0002", "150302")
    assert not some.covers("150302-0040", "150302")
    with pytest.raises(FieldValueError, match="compound"):
        Pairing(
            leader="x",
            title="y",
            district="150302",
            compounds=("150302-0001", "150302-0001"),
            since=D(2022, 1, 10),
        )


def test_a_pairing_names_only_compounds_of_its_district() -> None:
    some = Pairing(
        leader="赵副市长",
        title="副市长",
        district="150302",
        compounds=("150302-0001", "150303-0001"),
        since=D(2022, 1, 10),
    )
    register = {"150302-0001": "150302", "150303-0001": "150303"}
    today = D(2022, 3, 1)
    with pytest.raises(
        FieldValueError, match="150303-0001 is not a compound of district 150302"
    ) as bad:
        some.check(register, today)
    assert bad.value.field == "compounds[1]"
    attrs.evolve(some, compounds=("150302-0001",)).check(register, today)
    with pytest.raises(FieldValueError, match=r"compounds\[0\]"):
        attrs.evolve(some, compounds=("150302-9999",)).check(register, today)
    with pytest.raises(FieldValueError, match="after today") as early:
        attrs.evolve(some, compounds=()).check(register, D(2022, 1, 9))
    assert early.value.field == "since"
