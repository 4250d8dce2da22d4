"""Residents decide, end to end over the API (issue 8's acceptance story): a committee is formed,
30 households order from the menu (some on paper), the menu closes and the committee confirms
the plan, one stairwell votes on its elevator, a survey is answered and its published results
are read by the public, who see aggregates and no personal data. Every bad request on the way
is refused precisely and changes nothing."""

from typing import Any

from litestar.testing import TestClient

from tests.api.conftest import WUHAI, problem
from tests.api.delivery_steps import ok
from tests.api.test_access import call
from tests.api.test_participation import COMPOUND, households

MENU = f"{COMPOUND}/menu"
SURVEYS = f"{WUHAI}/surveys"
SURVEY = f"{SURVEYS}/satisfaction-2022"
BASIC = ["water_supply", "drainage", "mobile_coverage", "common_parts_repair"]
OFFERED = [
    *BASIC,
    "sports_grounds",
    "power_capacity",
    "elevator_retrofit",
    "landscaping",
    "childcare",
    "elderly_care",
]
KEYS = [f"3-1-{n:02d}01" for n in range(1, 11)] + [f"3-2-{n:02d}01" for n in range(1, 21)]
COMMITTEE = {
    "formed_on": "2022-02-20",
    "members": [
        {"household": "3-2-0501", "role": "chair"},
        {"household": "3-1-0301", "role": "vice_chair"},
        {"household": "3-2-1201", "role": "member"},
    ],
}


def wishes(i: int) -> list[str]:
    """What household ``i`` orders besides the basic items: entrance 2 (i ≥ 10) wants its
    elevator; power capacity, landscaping and elderly care are each wanted by half or more."""
    items = ["power_capacity"] if i < 10 or i % 3 == 0 else []
    items += ["elevator_retrofit"] if i >= 10 else []
    items += ["landscaping"] if i % 2 == 0 else []
    items += ["elderly_care"] if i % 3 != 0 else []
    return items


def form_committee(client: TestClient[Any]) -> None:
    ok(client.put(f"{COMPOUND}/households", json=households()))
    stranger = {
        **COMMITTEE,
        "members": [*COMMITTEE["members"][:2], {"household": "9-9-0101", "role": "member"}],
    }
    refused = problem(client.put(f"{COMPOUND}/committee", json=stranger), 422, "invalid-data")
    assert refused["errors"][0]["path"] == "$.members[2].household"
    problem(client.get(f"{COMPOUND}/committee"), 404, "not-found")
    formed = ok(client.put(f"{COMPOUND}/committee", json=COMMITTEE))
    assert formed == {"compound": "150302-0002", **COMMITTEE}


def order_and_confirm(client: TestClient[Any]) -> None:
    menu = {
        "opened_on": "2022-03-01",
        "offered": [{"code": code} for code in OFFERED],
        "limits": [
            {"category": "improvement", "minimum": 1, "maximum": 3},
            {"category": "enhancement", "maximum": 1},
        ],
    }
    short = {**menu, "offered": [{"code": c} for c in OFFERED if c != "drainage"]}
    problem(client.post(MENU, json=short), 422, "invalid-data")
    opened = ok(client.post(MENU, json=menu), 201)
    assert [i["code"] for i in opened["offered"] if i["mandatory"]] == BASIC
    for i, key in enumerate(KEYS):
        body: dict[str, Any] = {"items": [*BASIC, *wishes(i)], "placed_on": "2022-03-05"}
        if i % 4 == 0:
            body["paper_reference"] = f"纸质选单 {i + 1:03d}"
        ok(client.put(f"{MENU}/orders/{key}", json=body))
    before = client.get(MENU)
    bad = {
        "a basic item deselected (应改尽改)": (
            "3-1-0101",
            ["water_supply", "drainage", "mobile_coverage", "power_capacity"],
            409,
            "mandatory-item",
        ),
        "four improvement items": (
            "3-1-0101",
            [*BASIC, "sports_grounds", "power_capacity", "elevator_retrofit", "landscaping"],
            409,
            "menu-rules",
        ),
        "no improvement item": ("3-1-0101", BASIC, 409, "menu-rules"),
        "a household the compound does not have": ("9-9-0101", BASIC, 404, "not-found"),
    }
    for key, items, status, slug in bad.values():
        body = {"items": items, "placed_on": "2022-03-06"}
        problem(client.put(f"{MENU}/orders/{key}", json=body), status, slug)
    assert client.get(MENU).json() == before.json(), "a refused order changed the menu"
    assert client.get(MENU).headers["ETag"] == before.headers["ETag"]

    closed = ok(client.post(f"{MENU}/closure", json={"on": "2022-03-20"}))
    assert len(closed["orders"]) == 30
    assert sum(o["paper_reference"] is not None for o in closed["orders"]) == 8
    tally = {i["code"]: i["ordered"] for i in closed["offered"]}
    assert [tally[c] for c in ("elevator_retrofit", "elderly_care", "power_capacity")] == [
        20,
        20,
        16,
    ]
    assert (tally["landscaping"], tally["sports_grounds"], tally["childcare"]) == (15, 0, 0)
    proposal = [*BASIC, "power_capacity", "elevator_retrofit", "landscaping", "elderly_care"]
    assert closed["proposal"] == proposal
    late = {"items": [*BASIC, "power_capacity"], "placed_on": "2022-03-21"}
    problem(client.put(f"{MENU}/orders/3-1-0101", json=late), 409, "menu-closed")
    problem(client.post(f"{MENU}/confirmation", json={"on": "2022-03-19"}), 422, "invalid-data")

    confirmed = ok(client.post(f"{MENU}/confirmation", json={"on": "2022-03-22"}))
    assert confirmed["confirmed_on"] == "2022-03-22"
    plan = ok(client.get(f"{COMPOUND}/plan"))
    assert [i["code"] for i in plan["items"]] == proposal
    problem(client.post(f"{MENU}/confirmation", json={"on": "2022-03-23"}), 409, "menu-confirmed")
    # The committee confirmed the plan on 22 March: it cannot now be dated as formed later, and
    # the plan its menu was drawn from is kept.
    redated = {**COMMITTEE, "formed_on": "2022-03-23"}
    problem(client.put(f"{COMPOUND}/committee", json=redated), 409, "committee-relied-on")
    plan_tag = client.get(f"{COMPOUND}/plan").headers["ETag"]
    problem(client.delete(f"{COMPOUND}/plan"), 409, "has-menu")
    assert client.get(f"{COMPOUND}/plan").headers["ETag"] == plan_tag


def vote_on_the_elevator(client: TestClient[Any]) -> None:
    votes = f"{COMPOUND}/consent-votes"
    body = {"matter": "rebuild", "building": "3", "entrance": "2", "opened_on": "2022-03-25"}
    vote = ok(client.post(votes, json=body), 201)
    url = f"{votes}/{vote['number']}"
    for n in range(1, 18):  # 16 of the 19 owners (one owns 0101 and 0201) take part
        if n == 2:
            continue
        ballot = {"household": f"3-2-{n:02d}01", "choice": "for" if n != 17 else "against"}
        ok(client.post(f"{url}/ballots", json=ballot | {"cast_on": "2022-03-28"}))
    twice = {"household": "3-2-0201", "choice": "against", "cast_on": "2022-03-28"}
    problem(client.post(f"{url}/ballots", json=twice), 409, "already-voted")
    other_stairwell = {"household": "3-1-0101", "choice": "for", "cast_on": "2022-03-28"}
    problem(client.post(f"{url}/ballots", json=other_stairwell), 409, "outside-vote-scope")
    closed = ok(client.post(f"{url}/closure", json={"on": "2022-03-31"}))
    assert (closed["passed"], closed["failed"], len(closed["ballots"])) == (True, [], 16)


def answer_the_survey(client: TestClient[Any]) -> None:
    survey = {
        "code": "satisfaction-2022",
        "title": "老旧小区改造满意度调查",
        "opened_on": "2022-11-20",
        "questions": [
            {"code": "overall", "text": "总体满意度", "kind": "rating"},
            {
                "code": "best",
                "text": "最满意的改造内容",
                "kind": "multiple_choice",
                "options": ["电梯", "绿化", "供水"],
            },
            {"code": "advice", "text": "意见和建议", "kind": "free_text"},
        ],
    }
    ok(client.post(SURVEYS, json=survey), 201)
    for i, key in enumerate(KEYS[:12]):
        answers = [
            {"question": "overall", "rating": 5 if i < 9 else 3},
            {"question": "best", "choices": ["电梯", "绿化"] if i % 2 else ["供水"]},
            {"question": "advice", "text": f"{key} 住户：希望楼道加装扶手"},
        ]
        body = {
            "compound": "150302-0002",
            "household": key,
            "answered_on": "2022-11-25",
            "answers": answers,
        }
        ok(client.post(f"{SURVEY}/responses", json=body), 201)
    bad: dict[str, tuple[list[dict[str, Any]], str]] = {
        "a rating of 6": ([{"question": "overall", "rating": 6}], "$.answers[0].rating"),
        "a question of another survey": (
            [{"question": "again", "choices": ["是"]}],
            "$.answers[0].question",
        ),
    }
    for given, path in bad.values():
        body = {
            "compound": "150302-0002",
            "household": "3-2-2001",
            "answered_on": "2022-11-25",
            "answers": given,
        }
        refused = problem(client.post(f"{SURVEY}/responses", json=body), 422, "invalid-data")
        assert refused["errors"][0]["path"] == path
    again = {
        "compound": "150302-0002",
        "household": KEYS[0],
        "answered_on": "2022-11-26",
        "answers": [{"question": "overall", "rating": 1}],
    }
    problem(client.post(f"{SURVEY}/responses", json=again), 409, "already-responded")
    unknown = again | {"household": "9-9-0101"}
    assert (
        problem(client.post(f"{SURVEY}/responses", json=unknown), 422, "invalid-data")["errors"][0][
            "path"
        ]
        == "$.household"
    )


def test_residents_decide_from_committee_to_published_results(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    form_committee(client)
    order_and_confirm(client)
    vote_on_the_elevator(client)
    answer_the_survey(client)

    # Unpublished, the survey and its results are the staff's alone.
    problem(call(client, keys, "public", "GET", f"{SURVEY}/results"), 404, "not-found")
    assert ok(call(client, keys, "public", "GET", SURVEYS)) == {"items": [], "next_cursor": None}
    staff = ok(client.get(f"{SURVEY}/results"))
    assert (staff["respondents"], staff["satisfaction"]) == (12, "87.50")  # mean 4.5 → 87.5
    street = problem(
        call(
            client,
            keys,
            "xinhua_officer",
            "POST",
            f"{SURVEY}/publication",
            json={"on": "2022-12-31"},
        ),
        403,
        "forbidden",
    )
    assert "the city" in street["detail"]
    ok(client.post(f"{SURVEY}/publication", json={"on": "2022-12-31"}))

    public = call(client, keys, "public", "GET", f"{SURVEY}/results?compound=150302-0002")
    results = ok(public)
    assert (results["respondents"], results["disclosed"], results["satisfaction"]) == (
        12,
        True,
        "87.50",
    )
    overall, best, advice = results["questions"]
    assert (overall["ratings"], overall["mean_rating"]) == ([0, 0, 3, 0, 9], "4.50")
    assert best["counts"] == [
        {"option": "电梯", "count": 6},
        {"option": "绿化", "count": 6},
        {"option": "供水", "count": 6},
    ]
    assert advice["texts"] == 12
    assert results["compounds"] == [
        {
            "compound": "150302-0002",
            "district": "150302",
            "respondents": 12,
            "satisfaction": "87.50",
        }
    ]
    # No household, no answer written, no committee member: aggregates only.
    for private in ("3-1-", "3-2-", "住户", "扶手"):
        assert private not in public.text
    assert ok(call(client, keys, "public", "GET", SURVEYS))["items"][0]["published_on"] == (
        "2022-12-31"
    )
    problem(call(client, keys, "public", "GET", f"{COMPOUND}/committee"), 401, "unauthenticated")
    problem(call(client, keys, "public", "GET", MENU), 401, "unauthenticated")
    late = {
        "compound": "150302-0002",
        "household": KEYS[20],
        "answered_on": "2023-01-02",
        "answers": [{"question": "overall", "rating": 4}],
    }
    problem(client.post(f"{SURVEY}/responses", json=late), 409, "survey-published")


def test_published_results_never_give_away_a_small_compound(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    """Four households of 150302-0002 and five of 150302-0001 answer. The public sees the
    second compound and a total of it alone: subtracting one from the other yields nothing."""
    other = f"{WUHAI}/compounds/150302-0001"
    for compound in (COMPOUND, other):
        ok(client.put(f"{compound}/households", json=households()))
    survey = {
        "code": "satisfaction-2022",
        "title": "满意度调查",
        "opened_on": "2022-11-20",
        "questions": [{"code": "overall", "text": "总体满意度", "kind": "rating"}],
    }
    ok(client.post(SURVEYS, json=survey), 201)
    for code, count, rating in (("150302-0002", 4, 1), ("150302-0001", 5, 5)):
        for key in KEYS[:count]:
            body = {
                "compound": code,
                "household": key,
                "answered_on": "2022-11-25",
                "answers": [{"question": "overall", "rating": rating}],
            }
            ok(client.post(f"{SURVEY}/responses", json=body), 201)
    early = problem(
        client.post(f"{SURVEY}/publication", json={"on": "2022-11-24"}), 422, "invalid-data"
    )
    assert early["errors"][0]["path"] == "$.on"
    ok(client.post(f"{SURVEY}/publication", json={"on": "2022-12-31"}))

    public = ok(call(client, keys, "public", "GET", f"{SURVEY}/results"))
    assert (public["respondents"], public["disclosed"], public["satisfaction"]) == (
        5,
        True,
        "100.00",
    )
    assert [c["compound"] for c in public["compounds"]] == ["150302-0001"]
    small = ok(call(client, keys, "public", "GET", f"{SURVEY}/results?compound=150302-0002"))
    assert (small["respondents"], small["disclosed"], small["satisfaction"]) == (0, False, None)
    assert (small["questions"], small["compounds"]) == ([], [])
    # Staff of the compounds' scope see their aggregates whole.
    staff = ok(client.get(f"{SURVEY}/results"))
    assert (staff["respondents"], staff["satisfaction"]) == (9, "55.56")  # mean 29/9
    assert [c["respondents"] for c in staff["compounds"]] == [5, 4]
