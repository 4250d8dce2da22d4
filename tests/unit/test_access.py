"""The access rules: which role may do what, and which compounds a scope covers."""

from typing import Any

import pytest

import renovation_core as core
from renovation_core.access import GRANTS
from renovation_core.errors import FieldValueError

P = core.Permission
HAIBOWAN, WUDA = "150302", "150304"
XINHUA, SANDAOKAN = "150302002000", "150304002000"


def principal(role: str, **scope: Any) -> core.Principal:
    return core.Principal(actor="key:0123456789abcdef", role=core.Role.from_code(role), **scope)


def test_the_auditor_reads_everything_and_writes_nothing() -> None:
    auditor = principal("auditor")
    assert all(
        auditor.may(p)
        for p in (P.READ_PUBLISHED, P.READ_REGISTER, P.READ_FINDINGS, P.READ_AUDIT_LOG)
    )
    assert not any(auditor.may(p) for p in (P.WRITE_REGISTER, P.LOAD_PROGRAMME))
    assert auditor.covers(WUDA, SANDAOKAN)


def test_the_public_reads_only_what_is_published() -> None:
    assert GRANTS[core.Role.PUBLIC] == {P.READ_PUBLISHED}
    assert not core.PUBLIC.covers(HAIBOWAN, XINHUA)


def test_every_role_reads_what_is_published_and_only_the_city_admin_loads_programmes() -> None:
    assert all(P.READ_PUBLISHED in grants for grants in GRANTS.values())
    assert [r for r, g in GRANTS.items() if P.LOAD_PROGRAMME in g] == [core.Role.CITY_ADMIN]
    assert set(GRANTS) == set(core.Role)


def test_a_utility_operator_reads_the_handovers_to_it_and_nothing_of_the_register() -> None:
    water = principal("utility_operator", organisation="乌海市水务公司")
    assert GRANTS[core.Role.UTILITY_OPERATOR] == {P.READ_PUBLISHED, P.READ_HANDOVERS, P.SUBSCRIBE}
    assert water.receives("乌海市水务公司")
    assert not water.receives("国网乌海供电公司")
    assert not water.covers(HAIBOWAN, XINHUA)
    assert not principal("district_officer", districts=[HAIBOWAN]).receives("乌海市水务公司")


def test_officers_cover_their_own_places_only() -> None:
    district = principal("district_officer", districts=[HAIBOWAN])
    street = principal("street_officer", streets=[XINHUA])
    assert district.covers(HAIBOWAN, "150302005000")
    assert not district.covers(WUDA, SANDAOKAN)
    assert street.covers(HAIBOWAN, XINHUA)
    assert not street.covers(HAIBOWAN, "150302005000")  # the next street of the same district
    assert district.may(P.WRITE_REGISTER)
    assert street.may(P.WRITE_REGISTER)
    assert not district.may(P.READ_AUDIT_LOG)
    several = principal("district_officer", districts=[HAIBOWAN, WUDA])
    assert several.covers(WUDA, SANDAOKAN)


@pytest.mark.parametrize(
    ("role", "scope", "message"),
    [
        ("district_officer", {}, "districts: the role district_officer needs at least one"),
        (
            "street_officer",
            {"districts": [HAIBOWAN]},
            "districts: the role street_officer takes none",
        ),
        ("utility_operator", {}, "organisation: the role utility_operator needs at least one"),
        ("auditor", {"streets": [XINHUA]}, "streets: the role auditor takes none"),
        (
            "city_admin",
            {"organisation": "乌海市水务公司"},
            "organisation: the role city_admin takes none",
        ),
        ("district_officer", {"districts": ["15030"]}, "'15030' is not a six-digit district code"),
        ("street_officer", {"streets": [HAIBOWAN]}, "is not a street code of 7 to 32 digits"),
        ("utility_operator", {"organisation": "  "}, "organisation: must not be blank"),
    ],
)
def test_a_role_takes_exactly_the_scope_it_needs(
    role: str, scope: dict[str, object], message: str
) -> None:
    with pytest.raises(FieldValueError, match=message):
        principal(role, **scope)


def test_a_scope_is_a_list_of_codes_not_one_string() -> None:
    with pytest.raises(TypeError, match="not one string"):
        principal("district_officer", districts=HAIBOWAN)


def test_an_actor_is_named() -> None:
    with pytest.raises(FieldValueError, match="actor: must not be blank"):
        core.Principal(actor=" ", role=core.Role.AUDITOR)
