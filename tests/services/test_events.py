"""Which events a write makes, derived from its audit record (the resource before and after,
as the API shows it)."""

from renovation_api.services import events
from renovation_api.services.unit_of_work import Place

WUHAI = "/v1/programmes/wuhai-2022-2024"
FUNDING = f"{WUHAI}/compounds/150302-0002/funding"
PROJECT = f"{WUHAI}/compounds/150302-0002/projects/2022"


def test_a_review_that_decides_the_budget_is_told_as_the_decision() -> None:
    submitted = {"compound": "150302-0002", "status": "submitted", "reviews": []}
    for status, told in (
        ("approved", "funding.approved"),
        ("returned", "funding.returned"),
        ("submitted", "funding.reviewed"),  # the first of two bureaus: nothing decided yet
    ):
        after = {**submitted, "status": status, "reviews": [{"bureau": "housing"}]}
        (draft,) = events.drafts("review", FUNDING, submitted, after)
        assert draft.type == told
        assert draft.data["status"] == status


def test_a_handover_is_told_once_per_network_handed_over_to_its_operator() -> None:
    water = {"network": "water", "operator": "乌海市水务公司", "on": "2022-11-05"}
    power = {"network": "power", "operator": "国网乌海供电公司", "on": "2022-11-05"}
    before = {"stage": "filed", "handovers": [water]}
    after = {"stage": "filed", "handovers": [water, power]}
    place = Place(district="150302", street="150302002000")
    (draft,) = events.drafts("hand-over", PROJECT, before, after, place)
    assert (draft.type, draft.operator, draft.data["handover"]) == (
        "network.handed_over",
        "国网乌海供电公司",
        power,
    )
    assert (draft.district, draft.street) == ("150302", "150302002000")


def test_a_payload_names_what_changed_and_carries_the_kinds_fields_only() -> None:
    before = {"compound": "150302-0002", "year": 2022, "stage": "designing", "documents": []}
    after = {**before, "stage": "approved", "history": ["…"]}
    (draft,) = events.drafts("transition", PROJECT, before, after)
    assert draft.type == "project.stage_changed"
    assert draft.data == {
        "compound": "150302-0002",
        "year": 2022,
        "stage": "approved",
        "previous_stage": "designing",
        "changed": ["history", "stage"],
    }
    assert (draft.programme, draft.compound) == ("wuhai-2022-2024", "150302-0002")


def test_a_withdrawn_record_is_told_from_what_it_was() -> None:
    gone = {"compound": "150302-0002", "year": 2022, "status": "draft", "total_yuan": "1.00"}
    (draft,) = events.drafts("delete", FUNDING, gone, None)
    assert draft.type == "funding.deleted"
    assert draft.data["status"] == "draft"


def test_a_districts_own_declaration_belongs_to_its_district_a_citys_to_none() -> None:
    figures = {"region": "150302", "month": "2022-12", "version": 1}
    (district,) = events.drafts("submit", "/v1/regions/150302/declarations/2022-12", None, figures)
    (city,) = events.drafts("submit", "/v1/regions/150300/declarations/2022-12", None, figures)
    assert (district.type, district.region, district.district) == (
        "declaration.submitted",
        "150302",
        "150302",
    )
    assert (city.region, city.district) == ("150300", None)


def test_administrative_writes_are_not_domain_events() -> None:
    assert events.drafts("create", "api-keys/038e6ed56a60d9a9", None, {"role": "auditor"}) == []
    assert events.drafts("revoke", FUNDING, None, {}) == []  # no such act on a funding


def test_every_type_is_labelled_and_read_with_a_permission() -> None:
    assert set(events.LABELS) == set(events.TYPES) == set(events.PERMISSIONS)
    assert len({t for t, *_ in events.describe()}) == len(events.TYPES)
