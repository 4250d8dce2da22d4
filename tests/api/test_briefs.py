"""A compound's brief to its residents over HTTP (知情权、监督权): a resident's key reads its own
compound's plan, budget, funding by source, stage and survey results, and nothing else; staff
read the briefs of their scope; the public reads them only where the city publishes them."""

from typing import Any

from litestar.testing import TestClient

from tests.api.conftest import WUHAI, problem
from tests.api.delivery_steps import CODE, ok, walk_to
from tests.api.test_access import call
from tests.api.test_funding import approved, pay
from tests.api.test_policy import load
from tests.api.test_residents_decide import SURVEY, answer_the_survey, form_committee

BRIEF = f"{WUHAI}/compounds/{CODE}/brief"
WUDA = f"{WUHAI}/compounds/150304-0001/brief"


def test_a_resident_reads_their_compounds_brief_and_nothing_else(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    approved(client, keys)
    ok(pay(client, keys, "300000.00"), 201)
    brief = ok(call(client, keys, "resident", "GET", BRIEF))
    assert brief["compound"]["code"] == CODE
    assert brief["plan"]["items"][0] == {
        "code": "water_supply",
        "label": "供水",
        "category": "basic",
    }
    assert (brief["budget_yuan"], brief["funding_approved_on"]) == ("5932991.00", "2022-03-08")
    assert brief["funding"] == [
        {
            "source": "central_subsidy",
            "source_label": "中央补助资金",
            "amount_yuan": "1000000.00",
            "share": "0.168549",
            "paid_yuan": "300000.00",
        },
        {
            "source": "city_finance",
            "source_label": "市级财政资金",
            "amount_yuan": "4932991.00",
            "share": "0.831451",
            "paid_yuan": "0.00",
        },
    ]
    assert (brief["stage"], brief["surveys"]) == (None, [])
    # The ledger's payee and document are the bureaus' records, not the residents' brief.
    assert "乌海市建筑工程" not in str(brief)
    assert "凭证" not in str(brief)
    # Another compound's brief, and the register itself, are not the resident's.
    problem(call(client, keys, "resident", "GET", WUDA), 404, "not-found")
    problem(call(client, keys, "resident", "GET", f"{WUHAI}/compounds/{CODE}"), 403, "forbidden")
    problem(call(client, keys, "resident", "GET", f"{WUHAI}/compounds"), 403, "forbidden")
    problem(
        call(client, keys, "resident", "GET", f"{WUHAI}/compounds/{CODE}/funding"), 403, "forbidden"
    )


def test_staff_read_the_briefs_of_their_scope_and_the_public_none_unless_published(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    walk_to(client, "approved")
    assert ok(call(client, keys, "haibowan_officer", "GET", BRIEF))["stage_label"] == "审批通过"
    for outsider, url in (("haibowan_officer", WUDA), ("water_company", BRIEF)):
        problem(call(client, keys, outsider, "GET", url), 404, "not-found")
    problem(call(client, keys, "public", "GET", BRIEF), 404, "not-found")
    # A city whose policy publishes its briefs: anyone reads them.
    published = load(client, "looser")
    told = ok(call(client, keys, "public", "GET", f"{published}/compounds/{CODE}/brief"))
    assert (told["programme"], told["compound"]["code"], told["plan"]["year"]) == (
        "looser-city",
        CODE,
        2022,
    )


def test_a_published_surveys_results_reach_the_brief_and_no_household_with_them(
    client: TestClient[Any], keys: dict[str, str]
) -> None:
    form_committee(client)
    answer_the_survey(client)
    assert ok(call(client, keys, "resident", "GET", BRIEF))["surveys"] == []
    ok(client.post(f"{SURVEY}/publication", json={"on": "2022-12-31"}))
    read = call(client, keys, "resident", "GET", BRIEF)
    [survey] = ok(read)["surveys"]
    assert (survey["survey"], survey["respondents"], survey["disclosed"]) == (
        "satisfaction-2022",
        12,
        True,
    )
    assert (survey["satisfaction"], survey["questions"][0]["mean_rating"]) == ("87.50", "4.50")
    for private in ("3-1-", "3-2-", "住户", "扶手"):
        assert private not in read.text
