"""Who manages a webhook subscription: its owner, and a city administrator whose region holds
everything the owner reads."""

from types import SimpleNamespace

import renovation_core as core
from renovation_api.storage.webhooks import principal_json
from renovation_api.webhooks.subscriptions import manages

HAIBOWAN = core.Principal(
    actor="key:haibowan", role=core.Role.DISTRICT_OFFICER, districts=frozenset({"150302"})
)
WATER = core.Principal(
    actor="key:water", role=core.Role.UTILITY_OPERATOR, organisation="乌海市水务公司"
)
WUHAI_ADMIN = core.Principal(actor="key:wuhai", role=core.Role.CITY_ADMIN, region="150300")
BAOTOU_ADMIN = core.Principal(actor="key:baotou", role=core.Role.CITY_ADMIN, region="150200")
ANY_ADMIN = core.Principal(actor="key:admin", role=core.Role.CITY_ADMIN)


def owned_by(owner: core.Principal) -> SimpleNamespace:
    return SimpleNamespace(owner=owner.actor, principal=principal_json(owner))


def test_an_owner_manages_its_own_and_nobody_elses() -> None:
    assert manages(HAIBOWAN, owned_by(HAIBOWAN))
    assert not manages(HAIBOWAN, owned_by(WATER))
    assert not manages(WATER, owned_by(HAIBOWAN))


def test_a_city_administrator_manages_those_whose_reading_lies_within_its_region() -> None:
    assert manages(ANY_ADMIN, owned_by(WATER))
    assert manages(WUHAI_ADMIN, owned_by(HAIBOWAN))
    assert not manages(BAOTOU_ADMIN, owned_by(HAIBOWAN))
    # An operator reads its handovers wherever they are: no bounded administrator holds that.
    assert not manages(WUHAI_ADMIN, owned_by(WATER))
    assert not manages(WUHAI_ADMIN, owned_by(ANY_ADMIN))
